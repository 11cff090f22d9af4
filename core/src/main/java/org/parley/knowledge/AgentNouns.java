package org.parley.knowledge;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The agent-noun table ({@code org/parley/knowledge/agents.tsv}): phrases such as "foreign minister",
 * "troops", "security forces" with the CAMEO agent code a country prefix combines with.
 *
 * <p>Source: written for parley from the CAMEO manual's agent codes (Schrodt, CAMEO Conflict and
 * Mediation Event Observations Codebook, 2012) and the conventions of {@code shared/eval/FORMAT.md};
 * see {@code README-actors.md}. Both singular and plural forms, British and American spellings are rows.
 * Immutable and thread-safe once loaded.
 */
public final class AgentNouns {
    private static final List<String> HEADER = List.of("phrase", "agent", "kind");

    private final List<AgentNoun> all;
    private final Map<String, AgentNoun> byPhrase;
    private final int maxWords;

    private AgentNouns(List<AgentNoun> all) {
        this.all = List.copyOf(all);
        Map<String, AgentNoun> map = new HashMap<>();
        int words = 0;
        for (AgentNoun noun : all) {
            AgentNoun previous = map.put(noun.phrase(), noun);
            if (previous != null) {
                throw new IllegalArgumentException("duplicate agent phrase: '" + noun.phrase() + "'");
            }
            words = Math.max(words, NameKeys.words(noun.phrase()));
        }
        this.byPhrase = Map.copyOf(map);
        this.maxWords = words;
    }

    /**
     * Loads {@code agents.tsv} from the classpath.
     *
     * @throws IllegalStateException    if the resource is missing or its header is wrong
     * @throws IllegalArgumentException if a row is malformed (message names the line) or a phrase repeats
     */
    public static AgentNouns load() {
        return of(TsvRows.read("agents.tsv", HEADER).stream().map(AgentNouns::parse).toList());
    }

    /**
     * A table over the given rows (for tests and user extensions).
     *
     * @throws IllegalArgumentException if two rows have the same phrase
     */
    public static AgentNouns of(List<AgentNoun> nouns) {
        return new AgentNouns(nouns);
    }

    /**
     * A table over {@code first} and then the rows of {@code then} whose phrase no earlier row has (the
     * first row for a phrase wins). For importing users' dictionaries, which repeat phrases.
     *
     * @throws IllegalArgumentException if two rows of {@code first} have the same phrase
     */
    static AgentNouns ofMerged(List<AgentNoun> first, List<AgentNoun> then) {
        Map<String, AgentNoun> rows = new LinkedHashMap<>();
        new AgentNouns(first).all().forEach(noun -> rows.put(noun.phrase(), noun));
        then.forEach(noun -> rows.putIfAbsent(noun.phrase(), noun));
        return new AgentNouns(List.copyOf(rows.values()));
    }

    private static AgentNoun parse(TsvRows.Row row) {
        try {
            AgentNoun.Kind kind = AgentNoun.Kind.valueOf(row.cell(2).toUpperCase(Locale.ROOT));
            return new AgentNoun(row.cell(0), row.cell(1), kind);
        } catch (IllegalArgumentException e) {
            throw row.error(e.getMessage());
        }
    }

    /**
     * The row for a phrase, compared case-insensitively after collapsing whitespace
     * ("Foreign  Minister" finds "foreign minister"). No stemming: plural forms are their own rows.
     *
     * @return the row, or empty if the phrase is not in the table (including blank input)
     */
    public Optional<AgentNoun> lookup(String phrase) {
        return Optional.ofNullable(byPhrase.get(NameKeys.phrase(phrase)));
    }

    /** The largest number of words in any phrase (for longest-match scanning over tokens). */
    public int maxWords() {
        return maxWords;
    }

    /** All rows in file order. */
    public List<AgentNoun> all() {
        return all;
    }
}
