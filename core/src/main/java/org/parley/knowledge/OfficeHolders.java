package org.parley.knowledge;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The date-ranged table of office holders ({@code org/parley/knowledge/office-holders.tsv}): heads of
 * state and government, foreign ministers and heads of international organisations since about 2010.
 *
 * <p>Names match case-, diacritics- and hyphen-insensitively ("Erdogan" finds "Erdoğan", "Kim Jong-un"
 * finds "Kim Jong Un"). A surname is the family name (the first word for Chinese, Korean and
 * Taiwanese names, the last word otherwise), any one-word alias ("Lula") or any alias the full name ends
 * with ("von der Leyen").
 *
 * <p>Sources: public record (government and organisation websites, Wikipedia lists of office holders),
 * transcribed for parley; rows whose exact day is uncertain carry a note. Terms are half-open, see
 * {@link OfficeHolder}. Immutable and thread-safe.
 */
public final class OfficeHolders {
    private static final List<String> HEADER =
            List.of("name", "aliases", "country", "code", "role", "start", "end", "note");
    private static final Set<String> FAMILY_NAME_FIRST = Set.of("CHN", "TWN", "PRK", "KOR", "HKG", "MAC");
    private static final Comparator<OfficeHolder> MOST_SENIOR =
            Comparator.comparingInt(OfficeHolder::seniority).thenComparing(OfficeHolder::start);

    private final List<OfficeHolder> all;
    private final Map<String, List<OfficeHolder>> byKey;
    private final Map<String, Set<String>> bySurnameKey;

    private OfficeHolders(List<OfficeHolder> all) {
        this.all = List.copyOf(all);
        Map<String, List<OfficeHolder>> keys = new HashMap<>();
        Map<String, Set<String>> surnames = new HashMap<>();
        for (OfficeHolder holder : all) {
            String person = NameKeys.folded(holder.name());
            for (String form : Stream.concat(Stream.of(holder.name()), holder.aliases().stream()).toList()) {
                keys.computeIfAbsent(NameKeys.folded(form), k -> new ArrayList<>()).add(holder);
            }
            for (String surname : surnames(holder)) {
                surnames.computeIfAbsent(surname, k -> new LinkedHashSet<>()).add(person);
            }
        }
        Map<String, List<OfficeHolder>> sorted = new HashMap<>();
        keys.forEach((k, v) -> sorted.put(k, v.stream().distinct()
                .sorted(Comparator.comparing(OfficeHolder::start)).toList()));
        this.byKey = Map.copyOf(sorted);
        Map<String, Set<String>> frozen = new HashMap<>();
        surnames.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        this.bySurnameKey = Map.copyOf(frozen);
    }

    private static Set<String> surnames(OfficeHolder holder) {
        Set<String> result = new LinkedHashSet<>();
        String[] words = NameKeys.folded(holder.name()).split(" ");
        boolean familyFirst = FAMILY_NAME_FIRST.contains(holder.country());
        result.add(familyFirst ? words[0] : words[words.length - 1]);
        String full = NameKeys.folded(holder.name());
        for (String alias : holder.aliases()) {
            String key = NameKeys.folded(alias);
            if (!key.contains(" ") || full.endsWith(" " + key)) {
                result.add(key);
            }
        }
        return result;
    }

    /**
     * Loads {@code office-holders.tsv} from the classpath.
     *
     * @throws IllegalStateException    if the resource is missing or its header is wrong
     * @throws IllegalArgumentException if a row is malformed (message names the line)
     */
    public static OfficeHolders load() {
        return of(TsvRows.read("office-holders.tsv", HEADER).stream().map(OfficeHolders::parse).toList());
    }

    /** A table over the given rows. */
    public static OfficeHolders of(List<OfficeHolder> holders) {
        return new OfficeHolders(holders);
    }

    /**
     * A table over {@code first} and then the rows of {@code then} for people not in {@code first}: a row
     * of {@code then} whose name or any alias is a name or alias of a row of {@code first} is skipped (the
     * earlier table knows that person). Rows of {@code then} that repeat each other are all kept, as in
     * {@link #of}. For importing users' dictionaries.
     */
    static OfficeHolders ofMerged(List<OfficeHolder> first, List<OfficeHolder> then) {
        Set<String> known = new HashSet<>();
        for (OfficeHolder holder : first) {
            Stream.concat(Stream.of(holder.name()), holder.aliases().stream())
                    .forEach(form -> known.add(NameKeys.folded(form)));
        }
        List<OfficeHolder> rows = new ArrayList<>(first);
        for (OfficeHolder holder : then) {
            if (Stream.concat(Stream.of(holder.name()), holder.aliases().stream())
                    .noneMatch(form -> known.contains(NameKeys.folded(form)))) {
                rows.add(holder);
            }
        }
        return new OfficeHolders(rows);
    }

    private static OfficeHolder parse(TsvRows.Row row) {
        try {
            LocalDate start = LocalDate.parse(row.cell(5));
            LocalDate end = row.cell(6).isEmpty() ? LocalDate.MAX : LocalDate.parse(row.cell(6));
            return new OfficeHolder(row.cell(0), TsvRows.splitList(row.cell(1)), row.cell(2), row.cell(3),
                    row.cell(4), start, end);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw row.error(e.getMessage());
        }
    }

    /**
     * Every office of the person with this full name or alias, earliest first.
     *
     * @return the rows, empty for an unknown or blank name
     */
    public List<OfficeHolder> byName(String name) {
        return byKey.getOrDefault(NameKeys.folded(name), List.of());
    }

    /**
     * The office the named person held on {@code date}; if several, the most senior
     * ({@link OfficeHolder#seniority()}), then the earliest begun.
     *
     * @return the office, or empty if the name is unknown or the person held no office that day
     */
    public Optional<OfficeHolder> holding(String name, LocalDate date) {
        return byName(name).stream().filter(h -> h.inOffice(date)).min(MOST_SENIOR);
    }

    /**
     * The office held on {@code date} by the one person whose surname (see the class comment) is
     * {@code surname}: "Biden" on 2024-11-16 gives Joe Biden, President, USAGOV.
     *
     * @return the office, or empty if no one or more than one person with that surname was in office
     */
    public Optional<OfficeHolder> bySurname(String surname, LocalDate date) {
        Set<String> people = bySurnameKey.getOrDefault(NameKeys.folded(surname), Set.of());
        List<Optional<OfficeHolder>> inOffice = people.stream()
                .map(person -> holding(person, date)).filter(Optional::isPresent).toList();
        return inOffice.size() == 1 ? inOffice.get(0) : Optional.empty();
    }

    /**
     * The person's most recent office that had ended by {@code date} (its end on or before the date),
     * for coding former leaders; ties go to the most senior.
     *
     * @return the office, or empty if the name is unknown or no office of theirs had ended
     */
    public Optional<OfficeHolder> lastOffice(String name, LocalDate date) {
        return byName(name).stream().filter(h -> !h.end().isAfter(date))
                .max(Comparator.comparing(OfficeHolder::end)
                        .thenComparing(MOST_SENIOR.reversed()));
    }

    /** All rows in file order. */
    public List<OfficeHolder> all() {
        return all;
    }
}
