package org.parley.knowledge;

import java.io.BufferedReader;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads users' PETRARCH/TABARI actor and agent dictionaries (the formats of the Phoenix and PETRARCH
 * validation dictionaries; see petrarch2 {@code docs/source/dictionaries.rst}) into parley's table rows.
 * Pure parsing: the caller opens the file, decoding leniently; NUL characters are dropped here too.
 *
 * <p><b>Actors.</b> A block is one or more name lines (a primary phrase, {@code +} synonyms) followed by
 * codes, either on the name line ({@code UN_ [IGOUNO]}) or on their own lines ({@code [USAGOV >090120]}).
 * Words are joined by {@code _}; a trailing {@code _} is dropped. A code may carry a date restriction,
 * read as PETRARCH does ("or equal" on every bound): {@code <date}, {@code >date} or {@code date-date},
 * dates as YYYYMMDD or YYMMDD (YY 00-30 is 20YY, else 19YY). {@code [---]} is the null code.
 * A block without dated codes becomes one {@link NamedActor} (kind IGO for IGO codes, else GROUP). A block
 * with dated codes becomes {@link OfficeHolder} rows with role {@value #ROLE}, one per dated code, plus
 * rows for its undated (default) code over the days no dated code covers; country is the code's first
 * three letters, or IGO and the organisation's three letters. As in PETRARCH, name lines before the
 * first code all belong to the block those codes end.
 *
 * <p><b>Agents.</b> {@code PHRASE {PLURALS} [~CODE]} or {@code [CODE~]}: regular plurals are formed
 * (+S, +ES after S/X/CH/SH, Y→IES after a consonant) unless {@code {...}} lists the plural forms
 * ({@code {}}: none). {@code !MARKER! = A, B, C} defines a substitution set; a phrase containing
 * {@code !MARKER!} stands for one phrase per member, without plurals. Each becomes an {@link AgentNoun},
 * kind TITLE for a singular phrase ending in a title word ("minister", "president", ...), else GROUP.
 *
 * <p>Comments: {@code #} or {@code ;} to the end of a line, {@code <!-- -->}, lines beginning with
 * {@code <} (agent combination rules are not supported and are ignored). A line or code that cannot be
 * read is skipped and reported as {@code "SOURCE:LINE: message"}.
 */
public final class PetrarchDictionaries {
    /** The role of every imported {@link OfficeHolder} row. */
    public static final String ROLE = "imported";

    private static final Pattern CODE = Pattern.compile("(?:[A-Z]{3})+|IGO[A-Z0-9]+");
    private static final Pattern BEFORE = Pattern.compile("<\\s*(\\d+)");
    private static final Pattern AFTER = Pattern.compile(">\\s*(\\d+)");
    private static final Pattern BETWEEN = Pattern.compile("(\\d+)\\s*-\\s*(\\d+)");
    private static final String NULL_CODE = "---";

    /**
     * What one dictionary file gave.
     *
     * @param entries  the rows read
     * @param problems one {@code "SOURCE:LINE: message"} per skipped line or code, in file order
     * @param <T>      the kind of rows
     */
    public record ImportResult<T>(T entries, List<String> problems) {
        /** @throws NullPointerException if entries or problems is null */
        public ImportResult {
            Objects.requireNonNull(entries, "entries");
            problems = List.copyOf(problems);
        }
    }

    /**
     * The rows an actor dictionary gave.
     *
     * @param namedActors   blocks without date restrictions
     * @param officeHolders rows of blocks with date restrictions, several per block
     * @param actors        the number of blocks that gave rows
     */
    public record Actors(List<NamedActor> namedActors, List<OfficeHolder> officeHolders, int actors) {
        /** Copies the lists. */
        public Actors {
            namedActors = List.copyOf(namedActors);
            officeHolders = List.copyOf(officeHolders);
        }
    }

    private PetrarchDictionaries() {
    }

    /**
     * Reads an actor dictionary.
     *
     * @param in         the dictionary text
     * @param sourceName the name problems are reported under (usually the file name)
     * @return the rows and the problems; never throws for bad content
     * @throws UncheckedIOException if the reader fails
     */
    public static ImportResult<Actors> readActors(BufferedReader in, String sourceName) {
        ActorReader reader = new ActorReader(sourceName);
        for (PetrarchLines.Line line : PetrarchLines.read(in)) {
            reader.accept(line);
        }
        reader.finishBlock();
        return new ImportResult<>(new Actors(reader.named, reader.holders, reader.actors), reader.problems);
    }

    /**
     * Reads an agent dictionary.
     *
     * @param in         the dictionary text
     * @param sourceName the name problems are reported under (usually the file name)
     * @return one row per phrase form (first definition of a phrase kept) and the problems
     * @throws UncheckedIOException if the reader fails
     */
    public static ImportResult<List<AgentNoun>> readAgents(BufferedReader in, String sourceName) {
        return PetrarchAgents.read(PetrarchLines.read(in), sourceName);
    }

    /** A phrase as parley writes names: {@code BAN_KI-MOON_} → "Ban Ki-Moon"; two- and three-letter acronyms stay. */
    static String displayName(String phrase) {
        String words = phrase.replace('_', ' ').replaceAll("\\s+", " ").strip();
        if (words.matches("[A-Z0-9]{2,3}")) {
            return words;
        }
        StringBuilder out = new StringBuilder(words.length());
        for (String word : words.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            if (word.matches(".*[.0-9].*")) {
                out.append(word);
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            for (int i = 0; i < lower.length(); i++) {
                char c = lower.charAt(i);
                boolean first = i == 0 || "-(/'".indexOf(lower.charAt(i - 1)) >= 0;
                out.append(first ? Character.toUpperCase(c) : c);
            }
        }
        return out.toString();
    }

    /** A date of a restriction: YYYYMMDD, or YYMMDD with YY 00-30 read as 20YY. */
    static LocalDate date(String digits) {
        if (digits.length() == 8) {
            return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                    Integer.parseInt(digits.substring(6, 8)));
        }
        if (digits.length() == 6) {
            int yy = Integer.parseInt(digits.substring(0, 2));
            return LocalDate.of(yy <= 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(digits.substring(2, 4)),
                    Integer.parseInt(digits.substring(4, 6)));
        }
        throw new DateTimeException("date '" + digits + "' is neither YYMMDD nor YYYYMMDD");
    }

    /** A code with its half-open validity [start, end); undated codes span MIN..MAX. */
    private record DatedCode(String code, LocalDate start, LocalDate end, boolean dated, int line) {
    }

    private static final class ActorReader {
        private final String source;
        private final List<NamedActor> named = new ArrayList<>();
        private final List<OfficeHolder> holders = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();
        private int actors;

        private final Map<String, String> names = new LinkedHashMap<>();
        private final List<DatedCode> codes = new ArrayList<>();
        private int blockLine;
        private boolean sawCode;
        /** True if the last undated code of the block is the null code {@code [---]}. */
        private boolean nullCode;

        ActorReader(String source) {
            this.source = source;
        }

        void accept(PetrarchLines.Line line) {
            String text = line.text().strip();
            int bracket = text.indexOf('[');
            String namePart = bracket < 0 ? text : text.substring(0, bracket).strip();
            boolean synonym = namePart.startsWith("+");
            if (synonym) {
                namePart = namePart.substring(1).strip();
            }
            if (!namePart.isEmpty() && !synonym && sawCode) {
                finishBlock();
            }
            if (!namePart.isEmpty() || synonym) {
                if (names.isEmpty() && synonym) {
                    problem(line.number(), "synonym '" + namePart + "' with no actor before it; skipped");
                    return;
                }
                String name = displayName(namePart);
                if (name.isBlank()) {
                    problem(line.number(), "blank actor name; skipped");
                    return;
                }
                if (names.isEmpty()) {
                    blockLine = line.number();
                }
                names.putIfAbsent(NameKeys.folded(name), name);
            } else if (names.isEmpty()) {
                problem(line.number(), "code with no actor before it; skipped");
                return;
            }
            if (bracket >= 0) {
                readCodes(text.substring(bracket), line.number());
            }
        }

        private void readCodes(String text, int line) {
            int at = 0;
            while (at < text.length()) {
                int open = text.indexOf('[', at);
                if (open < 0) {
                    return;
                }
                int close = text.indexOf(']', open);
                if (close < 0) {
                    problem(line, "missing ']' in '" + text.substring(open).strip() + "'; skipped");
                    return;
                }
                readCode(text.substring(open + 1, close).strip(), line);
                at = close + 1;
            }
        }

        private void readCode(String spec, int line) {
            sawCode = true;
            String[] parts = spec.split("\\s+", 2);
            String code = parts[0].toUpperCase(Locale.ROOT);
            String restriction = parts.length > 1 ? parts[1].strip() : "";
            if (code.equals(NULL_CODE)) {
                nullCode = restriction.isEmpty() || nullCode;
                return;
            }
            if (restriction.isEmpty()) {
                nullCode = false;
            }
            if (!CODE.matcher(code).matches()) {
                problem(line, "malformed actor code '" + parts[0] + "'; skipped");
                return;
            }
            try {
                codes.add(restricted(code, restriction, line));
            } catch (DateTimeException | IllegalArgumentException e) {
                problem(line, "[" + spec + "]: " + e.getMessage() + "; skipped");
            }
        }

        private static DatedCode restricted(String code, String restriction, int line) {
            if (restriction.isEmpty()) {
                return new DatedCode(code, LocalDate.MIN, LocalDate.MAX, false, line);
            }
            Matcher m;
            if ((m = BEFORE.matcher(restriction)).matches()) {
                return new DatedCode(code, LocalDate.MIN, date(m.group(1)).plusDays(1), true, line);
            }
            if ((m = AFTER.matcher(restriction)).matches()) {
                return new DatedCode(code, date(m.group(1)), LocalDate.MAX, true, line);
            }
            if ((m = BETWEEN.matcher(restriction)).matches()) {
                LocalDate start = date(m.group(1));
                LocalDate last = date(m.group(2));
                if (last.isBefore(start)) {
                    throw new IllegalArgumentException("range ends " + last + ", before it starts " + start);
                }
                return new DatedCode(code, start, last.plusDays(1), true, line);
            }
            throw new IllegalArgumentException("cannot read date restriction '" + restriction
                    + "' (expected <date, >date or date-date)");
        }

        void finishBlock() {
            if (!names.isEmpty()) {
                emitBlock();
            }
            names.clear();
            codes.clear();
            sawCode = false;
            nullCode = false;
        }

        private void emitBlock() {
            List<String> forms = List.copyOf(names.values());
            String name = forms.get(0);
            List<String> aliases = forms.subList(1, forms.size());
            List<DatedCode> dated = codes.stream().filter(DatedCode::dated).toList();
            Optional<DatedCode> fallback = nullCode ? Optional.empty()
                    : codes.stream().filter(c -> !c.dated()).reduce((a, b) -> b);
            if (dated.isEmpty() && fallback.isEmpty()) {
                if (!sawCode) {
                    problem(blockLine, "actor '" + name + "' has no code; skipped");
                }
                return;
            }
            try {
                if (dated.isEmpty()) {
                    String code = fallback.orElseThrow().code();
                    named.add(new NamedActor(name, aliases, code,
                            code.startsWith("IGO") ? NamedActor.Kind.IGO : NamedActor.Kind.GROUP));
                } else {
                    List<OfficeHolder> rows = new ArrayList<>();
                    for (DatedCode c : dated) {
                        rows.add(holder(name, aliases, c.code(), c.start(), c.end()));
                    }
                    if (fallback.isPresent()) {
                        rows.addAll(gaps(name, aliases, fallback.get().code(), dated));
                    }
                    holders.addAll(rows);
                }
                actors++;
            } catch (IllegalArgumentException e) {
                problem(blockLine, e.getMessage() + "; skipped");
            }
        }

        private static List<OfficeHolder> gaps(String name, List<String> aliases, String code, List<DatedCode> dated) {
            List<OfficeHolder> rows = new ArrayList<>();
            LocalDate cursor = LocalDate.MIN;
            for (DatedCode c : dated.stream().sorted(Comparator.comparing(DatedCode::start)).toList()) {
                if (c.start().isAfter(cursor)) {
                    rows.add(holder(name, aliases, code, cursor, c.start()));
                }
                if (c.end().isAfter(cursor)) {
                    cursor = c.end();
                }
            }
            if (cursor.isBefore(LocalDate.MAX)) {
                rows.add(holder(name, aliases, code, cursor, LocalDate.MAX));
            }
            return rows;
        }

        private static OfficeHolder holder(String name, List<String> aliases, String code, LocalDate start,
                                           LocalDate end) {
            return new OfficeHolder(name, aliases, country(code), code, ROLE, start, end);
        }

        private void problem(int line, String message) {
            problems.add(source + ":" + line + ": " + message);
        }
    }

    /** The country part of an actor code: IGO plus three letters for organisations, else the first three. */
    static String country(String code) {
        return code.startsWith("IGO") && code.length() >= 6 ? code.substring(0, 6) : code.substring(0, 3);
    }
}
