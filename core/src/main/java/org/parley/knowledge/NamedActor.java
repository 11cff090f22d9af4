package org.parley.knowledge;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A named actor that is not a country or a person: an international organisation ("NATO" →
 * IGONATO), an armed group or movement ("Hamas" → PSEREB), a seat of power used as a metonym
 * ("the Kremlin" → RUSGOV), a government agency ("FSB" → RUSSPY), a political party ("Likud" →
 * ISRPTY) or a university ("Tsinghua University" → CHNEDU). One row of {@code named-actors.tsv}.
 *
 * @param name    the usual English name ("United Nations")
 * @param aliases other names and acronyms ("UN", "U.N."), possibly empty, never containing blanks
 * @param code    the full CAMEO actor code: country plus agents ("RUSGOV"), or IGO plus the
 *                organisation's short name ("IGOUNO", "IGOG20")
 * @param kind    what sort of actor this is
 */
public record NamedActor(String name, List<String> aliases, String code, Kind kind) {
    private static final Pattern CODE = Pattern.compile("(?:[A-Z]{3})+|IGO[A-Z0-9]+");

    /** What sort of named actor a row is. */
    public enum Kind {
        /** An international (intergovernmental) organisation or one of its organs. */
        IGO,
        /** An armed group, militia, movement or private military company. */
        GROUP,
        /** A building or place that stands for a government ("the Kremlin", "Downing Street"). */
        SEAT,
        /** A state agency, legislature, armed service or state medium ("CIA", "Knesset", "Xinhua"). */
        AGENCY,
        /** A political party ("BJP" → INDPTY, "Likud" → ISRPTY). */
        PARTY,
        /** A university or other academic institution ("Harvard" → USAEDU). */
        UNIVERSITY
    }

    /**
     * @throws IllegalArgumentException if the name or an alias is blank, or the code is not a
     *                                  sequence of three-letter upper-case codes or IGO plus a short name
     * @throws NullPointerException     if aliases or kind is null
     */
    public NamedActor {
        Objects.requireNonNull(kind, "kind");
        aliases = List.copyOf(aliases);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("named actor needs a name");
        }
        if (aliases.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("blank alias for " + name);
        }
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("malformed CAMEO actor code for " + name + ": " + code);
        }
    }
}
