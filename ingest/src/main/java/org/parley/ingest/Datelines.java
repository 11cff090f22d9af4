package org.parley.ingest;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an article's date in its dateline: the opening words of a news story, as in
 * "BEIJING, June 18, 2023 (Reuters) -", "LONDON, 18 June 2023 —" or "Published 2023-06-18". Only the first
 * {@value #DATELINE_CHARS} characters are looked at, and only full dates with a year count (a dateline without
 * a year, "BEIJING, June 18 (Reuters)", gives nothing: the year would be a guess).
 */
final class Datelines {
    /** How far into the text a dateline may reach, in characters. */
    static final int DATELINE_CHARS = 200;

    private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
            + "Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern DATE = Pattern.compile("\\b(?:" + MONTH + "\\s+\\d{1,2},?\\s+\\d{4}"
            + "|\\d{1,2}\\s+" + MONTH + ",?\\s+\\d{4}"
            + "|\\d{4}-\\d{2}-\\d{2})\\b");

    private Datelines() {
    }

    /** The first full date in the dateline of {@code text}, if any; an impossible day gives nothing. */
    static Optional<LocalDate> find(String text) {
        String head = text.length() > DATELINE_CHARS ? text.substring(0, DATELINE_CHARS) : text;
        Matcher m = DATE.matcher(head);
        while (m.find()) {
            Optional<LocalDate> day = Dates.parse(m.group());
            if (day.isPresent()) {
                return day;
            }
        }
        return Optional.empty();
    }
}
