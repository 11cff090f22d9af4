package org.parley.ingest;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One plain-text article: optional header lines ({@code Title:}, {@code Date:}, {@code URL:},
 * {@code Source:}, keys in any case) at the very top, then the body. The header ends at the first
 * line that is not a header line; blank lines between header and body are dropped.
 */
final class TextArticles {
    private static final Pattern HEADER = Pattern.compile("(?i)\\s*(title|date|url|source)\\s*:(.*)");

    private TextArticles() {
    }

    /** The article in already decoded and normalised {@code text}, or the problem. */
    static SourceItem parse(String origin, String text, Optional<LocalDate> defaultDate) {
        if (text.isBlank()) {
            return new SourceItem.Failed(origin, "empty file");
        }
        Map<String, String> header = new LinkedHashMap<>();
        int pos = 0;
        while (pos < text.length()) {
            int eol = text.indexOf('\n', pos);
            int lineEnd = eol < 0 ? text.length() : eol;
            Matcher m = HEADER.matcher(text.substring(pos, lineEnd));
            if (!m.matches()) {
                break;
            }
            header.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), m.group(2).strip());
            pos = eol < 0 ? text.length() : eol + 1;
        }
        String body = dropLeadingBlankLines(text.substring(pos)).stripTrailing();
        if (body.isBlank()) {
            return new SourceItem.Failed(origin, "no article text after the header");
        }
        Optional<LocalDate> date = Optional.empty();
        String dateText = header.getOrDefault("date", "");
        if (!dateText.isEmpty()) {
            date = Dates.parse(dateText);
            if (date.isEmpty()) {
                return new SourceItem.Failed(origin, Dates.problem(dateText));
            }
        }
        return Items.loaded(origin, header.getOrDefault("title", ""), body, header.getOrDefault("url", ""),
                header.getOrDefault("source", ""), date, defaultDate);
    }

    private static String dropLeadingBlankLines(String s) {
        int start = 0;
        while (true) {
            int eol = s.indexOf('\n', start);
            if (eol < 0 || !s.substring(start, eol).isBlank()) {
                return s.substring(start);
            }
            start = eol + 1;
        }
    }
}
