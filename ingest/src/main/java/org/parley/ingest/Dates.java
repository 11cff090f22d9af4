package org.parley.ingest;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Article dates as sources write them, of which the day is kept as written (no zone conversion): ISO days
 * and date-times ("2023-06-18", "2023-06-18T09:30:00+08:00", "2023-06-18 09:30:00"), RFC 1123 as feeds and
 * HTTP write it ("Sun, 18 Jun 2023 09:30:00 GMT"), and English dates ("June 18, 2023", "Jun. 18, 2023",
 * "18 June 2023"). Impossible days ("2023-02-30") do not parse.
 */
final class Dates {
    private static final List<DateTimeFormatter> FORMS = List.of(
            DateTimeFormatter.ISO_DATE,
            DateTimeFormatter.ISO_DATE_TIME,
            pattern("uuuu-MM-dd HH:mm[:ss][.SSS][XXX][ X]"),
            DateTimeFormatter.RFC_1123_DATE_TIME,
            pattern("[EEEE, ][EEE, ]MMMM d[,] uuuu"),
            pattern("[EEEE, ][EEE, ]MMM d[,] uuuu"),
            pattern("[EEEE ][EEE ]d MMMM[,] uuuu"),
            pattern("[EEEE ][EEE ]d MMM[,] uuuu"));

    private Dates() {
    }

    /** The day of {@code text} in one of the forms above; empty when it is none of them. */
    static Optional<LocalDate> parse(String text) {
        String s = text.strip().replaceAll("\\s+", " ").replaceAll("\\bSept\\b", "Sep")
                .replaceAll("\\b([A-Za-z]{3})\\. ", "$1 ");
        for (DateTimeFormatter f : FORMS) {
            try {
                return Optional.of(LocalDate.from(f.parse(s)));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    /** The UTC day of an instant given as {@link java.util.Date} (what Rome gives for feed dates). */
    static LocalDate utcDay(java.util.Date date) {
        return date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
    }

    /** The one-line problem for a date that does not parse. */
    static String problem(String text) {
        String s = text.strip();
        return "bad date '" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "'";
    }

    private static DateTimeFormatter pattern(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .parseDefaulting(ChronoField.ERA, 1)
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }
}
