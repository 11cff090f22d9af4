package org.parley.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A CAMEO actor: a country or international organisation with optional agent (role) codes.
 *
 * <p>Codes follow CAMEO: three-letter ISO 3166-1 alpha-3 country (or CAMEO region such as {@code AFR})
 * followed by three-letter agent codes ({@code USAGOV}, {@code RUSMIL}, {@code CHNGOVMIL}); an
 * international organisation is {@code IGO} plus its short name ({@code IGOUNO}, {@code IGONATO}).
 *
 * @param code the CAMEO actor code, upper case
 * @param name the name the text gives (a person, "China", "the Kremlin"), for display
 */
public record Actor(String code, String name) {
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}[A-Z0-9]*");

    public Actor {
        Objects.requireNonNull(name, "name");
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("malformed CAMEO actor code: " + code);
        }
    }

    /** True for international organisations ({@code IGO...}). */
    public boolean isOrganisation() {
        return code.startsWith("IGO");
    }

    /**
     * The part of the code that names the country (first three letters), or the whole code for an
     * international organisation, as eval's actor matching uses it.
     */
    public String country() {
        return isOrganisation() ? code : code.substring(0, 3);
    }

    /** The agent codes after the country, e.g. "GOV" for USAGOV, "" for a bare country. */
    public String agents() {
        return isOrganisation() ? "" : code.substring(3);
    }
}
