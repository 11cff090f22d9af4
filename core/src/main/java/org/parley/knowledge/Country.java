package org.parley.knowledge;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A country, territory or CAMEO region with the names news uses for it.
 *
 * <p>Source: the {@code countries.tsv} resource, generated from the npm package world-countries (ODbL-1.0,
 * Mohammed Le Doze and contributors) plus parley's hand-written news forms; see {@link Countries}.
 *
 * @param code     the CAMEO country code: ISO 3166-1 alpha-3 ("USA"), "XKX" for Kosovo, or a CAMEO region code
 *                 ("AFR", "WST") when {@code region}; three upper-case letters
 * @param alpha2   the ISO 3166-1 alpha-2 code ("US", "XK" for Kosovo); "" only for a region
 * @param name     the common English name ("United States"); not blank
 * @param aliases  other names: the official name, alternative spellings and news forms ("the U.S.", "America");
 *                 may be empty; no blank element
 * @param demonyms adjectives and plural nouns ("American", "Americans"); may be empty; no blank element
 * @param capitals capitals and seats of government used as metonyms ("Washington"); may be empty
 * @param region   true for a CAMEO region (Africa, Europe, the West, ...), false for a country or territory
 * @throws IllegalArgumentException naming the bad value when a field breaks these rules
 */
public record Country(String code, String alpha2, String name, List<String> aliases, List<String> demonyms,
                      List<String> capitals, boolean region) {
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");
    private static final Pattern ALPHA2 = Pattern.compile("[A-Z]{2}");

    public Country {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(alpha2, "alpha2");
        Objects.requireNonNull(name, "name");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("country code must be three upper-case letters: '" + code + "'");
        }
        if (!ALPHA2.matcher(alpha2).matches() && !(region && alpha2.isEmpty())) {
            throw new IllegalArgumentException("malformed alpha-2 code for " + code + ": '" + alpha2 + "'");
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("blank name for country " + code);
        }
        aliases = checked(code, "alias", aliases);
        demonyms = checked(code, "demonym", demonyms);
        capitals = checked(code, "capital", capitals);
    }

    private static List<String> checked(String code, String what, List<String> values) {
        List<String> copy = List.copyOf(values);
        for (String v : copy) {
            if (v.isBlank()) {
                throw new IllegalArgumentException("blank " + what + " for country " + code);
            }
        }
        return copy;
    }
}
