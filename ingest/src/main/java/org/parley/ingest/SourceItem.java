package org.parley.ingest;

import java.util.List;
import java.util.Objects;
import org.parley.model.Article;

/**
 * What reading one input unit gave: an article, or the reason there is none.
 *
 * <p>An input unit is a whole file for text and HTML, one line for JSON Lines, one entry of a feed, one record
 * of a WARC file. Its {@code origin} names it for the user: the file path as given or walked (a URL, or
 * {@code stdin}), followed for JSON Lines by {@code :line} (1-based), for feeds by {@code :entry N}, for WARC by
 * {@code :record N} (1-based, counting every record).
 */
public sealed interface SourceItem permits SourceItem.Loaded, SourceItem.Failed {

    /** The input's name: a path, URL or {@code stdin}, with {@code :line}, {@code :entry N} or {@code :record N}. */
    String origin();

    /**
     * An article that was read.
     *
     * @param origin   where it came from
     * @param article  the article
     * @param warnings notes for the user, one line each (e.g. the article has no date)
     */
    record Loaded(String origin, Article article, List<String> warnings) implements SourceItem {
        public Loaded {
            requireOrigin(origin);
            Objects.requireNonNull(article, "article");
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * An input unit that could not be read.
     *
     * @param origin  where it came from
     * @param problem one line naming the issue, e.g. "empty file", "no \"text\" field" (of the line named by the origin)
     */
    record Failed(String origin, String problem) implements SourceItem {
        public Failed {
            requireOrigin(origin);
            Objects.requireNonNull(problem, "problem");
            if (problem.isBlank() || problem.contains("\n")) {
                throw new IllegalArgumentException("problem must be one non-blank line: '" + problem + "'");
            }
        }
    }

    private static void requireOrigin(String origin) {
        Objects.requireNonNull(origin, "origin");
        if (origin.isBlank()) {
            throw new IllegalArgumentException("origin is blank");
        }
    }
}
