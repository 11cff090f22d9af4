package org.parley.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An event as the analytics read it: enough to rank it and show its evidence.
 *
 * @param id        the stored event id
 * @param date      the day it happened (UTC)
 * @param source    CAMEO actor code of the source
 * @param target    CAMEO actor code of the target
 * @param code      CAMEO event code
 * @param quadClass GDELT QuadClass, 1-4
 * @param goldstein Goldstein value, -10..10
 * @param mentions  how many times it was reported (1 for an event seen once)
 * @param evidence  the sentence span that carries it
 * @param issues    its issue codes
 */
public record DyadEvent(String id, LocalDate date, String source, String target, String code, int quadClass,
                        double goldstein, int mentions, String evidence, List<String> issues) {
    public DyadEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(evidence, "evidence");
        issues = List.copyOf(issues);
        if (quadClass < 1 || quadClass > 4) {
            throw new IllegalArgumentException("QuadClass must be 1-4: " + quadClass);
        }
        if (goldstein < -10 || goldstein > 10 || Double.isNaN(goldstein)) {
            throw new IllegalArgumentException("Goldstein value out of -10..10: " + goldstein);
        }
        if (mentions < 1) {
            throw new IllegalArgumentException("mentions must be at least 1: " + mentions);
        }
    }
}
