package org.parley.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The named-actor table ({@code org/parley/knowledge/named-actors.tsv}): international organisations,
 * armed groups, seats of power and state agencies with their CAMEO actor codes.
 *
 * <p>Matching: a name or alias that is an acronym of two to four capitals or digits ("UN", "WHO",
 * "G20", "FSB") matches only exactly, so "who" is not the World Health Organization; every other
 * name matches case- and diacritics-insensitively ("Elysee" = "Élysée"). A leading "the" is ignored.
 *
 * <p>Sources: organisation names and acronyms from the organisations' own sites; codes follow the
 * CAMEO manual (Schrodt 2012) and {@code shared/eval/FORMAT.md}; choices for groups without a
 * CAMEO precedent are explained in {@code README-actors.md}. Immutable and thread-safe.
 */
public final class NamedActors {
    private static final List<String> HEADER = List.of("name", "aliases", "code", "kind");
    private static final Pattern LEADING_THE = Pattern.compile("(?i)^the\\s+");

    private final List<NamedActor> all;
    private final Map<String, NamedActor> exact;
    private final Map<String, NamedActor> folded;
    private final int maxWords;

    private NamedActors(List<NamedActor> all) {
        this.all = List.copyOf(all);
        Map<String, NamedActor> exactMap = new HashMap<>();
        Map<String, NamedActor> foldedMap = new HashMap<>();
        int words = 0;
        for (NamedActor actor : all) {
            for (String form : Stream.concat(Stream.of(actor.name()), actor.aliases().stream()).toList()) {
                String bare = strip(form);
                boolean acronym = isAcronym(bare);
                String key = acronym ? bare : NameKeys.folded(bare);
                NamedActor previous = (acronym ? exactMap : foldedMap).put(key, actor);
                if (previous != null && previous != actor) {
                    throw new IllegalArgumentException("'" + form + "' names both " + previous.name()
                            + " and " + actor.name());
                }
                words = Math.max(words, NameKeys.words(NameKeys.folded(bare)));
            }
        }
        this.exact = Map.copyOf(exactMap);
        this.folded = Map.copyOf(foldedMap);
        this.maxWords = words;
    }

    /**
     * Loads {@code named-actors.tsv} from the classpath.
     *
     * @throws IllegalStateException    if the resource is missing or its header is wrong
     * @throws IllegalArgumentException if a row is malformed or one name is given to two actors
     */
    public static NamedActors load() {
        return of(TsvRows.read("named-actors.tsv", HEADER).stream().map(NamedActors::parse).toList());
    }

    /**
     * A table over the given rows.
     *
     * @throws IllegalArgumentException if one name or alias is given to two actors
     */
    public static NamedActors of(List<NamedActor> actors) {
        return new NamedActors(actors);
    }

    /**
     * A table over {@code first} and then those rows of {@code then} that do not clash with an earlier row:
     * a name or alias already given to an earlier actor is dropped from the later one (its first remaining
     * form becomes its name), and an actor left with no form is skipped. For importing users' dictionaries,
     * which repeat names.
     *
     * @throws IllegalArgumentException if two rows of {@code first} share a name
     */
    static NamedActors ofMerged(List<NamedActor> first, List<NamedActor> then) {
        List<NamedActor> rows = new ArrayList<>(first);
        Set<String> taken = new HashSet<>();
        first.forEach(actor -> taken.addAll(keys(actor)));
        for (NamedActor actor : then) {
            List<String> free = Stream.concat(Stream.of(actor.name()), actor.aliases().stream())
                    .filter(form -> !taken.contains(key(form))).distinct().toList();
            if (free.isEmpty()) {
                continue;
            }
            free.forEach(form -> taken.add(key(form)));
            rows.add(new NamedActor(free.get(0), free.subList(1, free.size()), actor.code(), actor.kind()));
        }
        return new NamedActors(rows);
    }

    private static Set<String> keys(NamedActor actor) {
        Set<String> keys = new HashSet<>();
        Stream.concat(Stream.of(actor.name()), actor.aliases().stream()).forEach(form -> keys.add(key(form)));
        return keys;
    }

    private static String key(String form) {
        String bare = strip(form);
        return isAcronym(bare) ? "=" + bare : NameKeys.folded(bare);
    }

    private static NamedActor parse(TsvRows.Row row) {
        try {
            NamedActor.Kind kind = NamedActor.Kind.valueOf(row.cell(3).toUpperCase(Locale.ROOT));
            return new NamedActor(row.cell(0), TsvRows.splitList(row.cell(1)), row.cell(2), kind);
        } catch (IllegalArgumentException e) {
            throw row.error(e.getMessage());
        }
    }

    private static String strip(String text) {
        String stripped = text.strip();
        return mayStartWithThe(stripped) ? LEADING_THE.matcher(stripped).replaceFirst("") : stripped;
    }

    /** False when the text cannot begin with "the" and white space (a cheap test before the regular expression). */
    static boolean mayStartWithThe(String text) {
        return text.length() > 3 && text.regionMatches(true, 0, "the", 0, 3);
    }

    /** {@code [A-Z][A-Z0-9]{1,3}}: an acronym looked up exactly ("UN", "EU", "G20"). */
    private static boolean isAcronym(String text) {
        int n = text.length();
        if (n < 2 || n > 4 || text.charAt(0) < 'A' || text.charAt(0) > 'Z') {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = text.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The actor a phrase names, such as "the Kremlin", "NATO", "United Nations Security Council".
     *
     * @return the actor, or empty for an unknown or blank phrase
     */
    public Optional<NamedActor> byName(String phrase) {
        String bare = strip(phrase.replace('\u00A0', ' ').strip());
        if (bare.isEmpty()) {
            return Optional.empty();
        }
        if (isAcronym(bare)) {
            return Optional.ofNullable(exact.get(bare));
        }
        return Optional.ofNullable(folded.get(NameKeys.folded(bare)));
    }

    /** The largest number of words in any name or alias, without a leading "the". */
    public int maxWords() {
        return maxWords;
    }

    /** All rows in file order. */
    public List<NamedActor> all() {
        return all;
    }
}
