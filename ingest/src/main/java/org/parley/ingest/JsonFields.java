package org.parley.ingest;

import java.util.Locale;
import java.util.Objects;

/**
 * The JSON Lines field names an article's parts are read from: by default {@code text}, {@code title},
 * {@code date}, {@code url}, {@code source}. Immutable; {@link #with} returns a new value.
 *
 * @param text   the body text field (required in each line)
 * @param title  the headline field
 * @param date   the publication date field (ISO day or date-time, RFC 1123, "June 18, 2023")
 * @param url    the article address field
 * @param source the outlet field
 */
public record JsonFields(String text, String title, String date, String url, String source) {
    /** The standard names. */
    public static final JsonFields DEFAULT = new JsonFields("text", "title", "date", "url", "source");

    public JsonFields {
        for (String f : new String[] {text, title, date, url, source}) {
            Objects.requireNonNull(f, "field name");
            if (f.isBlank()) {
                throw new IllegalArgumentException("blank JSON field name");
            }
        }
    }

    /**
     * These names with one part mapped to another field, from {@code part=field} ("text=body").
     *
     * @throws IllegalArgumentException naming the mapping when it is not {@code part=field} or the part is not
     *                                  one of text, title, date, url, source
     */
    public JsonFields with(String mapping) {
        int eq = mapping.indexOf('=');
        String part = eq < 0 ? "" : mapping.substring(0, eq).strip().toLowerCase(Locale.ROOT);
        String field = eq < 0 ? "" : mapping.substring(eq + 1).strip();
        if (field.isEmpty()) {
            throw new IllegalArgumentException("not PART=FIELD (e.g. text=body): " + mapping);
        }
        return switch (part) {
            case "text" -> new JsonFields(field, title, date, url, source);
            case "title" -> new JsonFields(text, field, date, url, source);
            case "date" -> new JsonFields(text, title, field, url, source);
            case "url" -> new JsonFields(text, title, date, field, source);
            case "source" -> new JsonFields(text, title, date, url, field);
            default -> throw new IllegalArgumentException(
                    "unknown part '" + part + "' in " + mapping + " (want text, title, date, url or source)");
        };
    }
}
