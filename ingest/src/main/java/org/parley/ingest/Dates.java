package org.parley.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Article dates as sources write them: an ISO day ("2023-06-18") or ISO date-time, of which the day is kept. */
final class Dates {
    private Dates() {
    }

    /**
     * The day of an ISO day or date-time ("2023-06-18", "2023-06-18T09:30:00Z",
     * "2023-06-18T09:30:00+08:00", "2023-06-18T09:30"); the day as written, without zone conversion.
     * Empty when the text is not one of those forms.
     */
    static Optional<LocalDate> parse(String text) {
        String s = text.strip();
        for (DateTimeFormatter f : new DateTimeFormatter[] {DateTimeFormatter.ISO_DATE, DateTimeFormatter.ISO_DATE_TIME}) {
            try {
                return Optional.of(LocalDate.from(f.parse(s)));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    /** The one-line problem for a date that does not parse. */
    static String problem(String text) {
        String s = text.strip();
        return "bad date '" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "'";
    }
}
