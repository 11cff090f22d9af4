package org.parley.store;

import java.util.Objects;

/**
 * What coded the rows a store writes: recorded with each article and event mention so that a later
 * {@code parley recode} can tell which rows an older coder or other knowledge tables produced.
 *
 * @param parleyVersion the parley release, e.g. "0.1.0"
 * @param tablesVersion a fingerprint of the knowledge tables and users' dictionaries used, e.g.
 *                      "builtin-3f2a9c01" or "builtin-3f2a9c01+dict-77ab0e12"; "" when unknown
 */
public record Coding(String parleyVersion, String tablesVersion) {
    public Coding {
        Objects.requireNonNull(parleyVersion, "parleyVersion");
        Objects.requireNonNull(tablesVersion, "tablesVersion");
        if (parleyVersion.isBlank()) {
            throw new IllegalArgumentException("blank parley version");
        }
    }
}
