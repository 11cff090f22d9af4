package org.parley.ingest;

import java.util.Locale;
import java.util.Optional;

/**
 * The formats {@link ArticleReader} reads. Each input is detected from its first bytes and its name
 * ({@link FormatDetector}), or forced by the caller.
 */
public enum InputFormat {
    /** One plain-text article per file, with optional {@code Title:}/{@code Date:}/{@code URL:}/{@code Source:} header lines. */
    TEXT,
    /** One HTML page per file: main text without navigation and boilerplate; title, date and URL from meta tags (jsoup). */
    HTML,
    /** JSON Lines: one article object per line ({@link JsonFields} names the fields). */
    JSONL,
    /** An RSS or Atom feed (Rome): one article per entry. */
    FEED,
    /** A WARC or WARC.gz file (jwarc): one article per HTML response record. */
    WARC;

    /** The lower-case name used on the command line: "text", "html", "jsonl", "feed", "warc". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format named {@code label} in any case ("rss" and "atom" are FEED), or empty. */
    public static Optional<InputFormat> parse(String label) {
        String s = label.strip().toLowerCase(Locale.ROOT);
        if (s.equals("rss") || s.equals("atom")) {
            return Optional.of(FEED);
        }
        for (InputFormat f : values()) {
            if (f.label().equals(s)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
