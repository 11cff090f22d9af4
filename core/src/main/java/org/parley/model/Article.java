package org.parley.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as read from a source, before any language processing.
 *
 * @param id        stable identifier: hex SHA-256 prefix of the normalised text (see {@link ArticleIds})
 * @param title     the headline, or "" when the source has none
 * @param text      the body text; never blank
 * @param url       the article's address, or "" when unknown
 * @param source    where it came from (outlet name or file path), or ""
 * @param published the publication day (UTC), when known; relative dates resolve against it
 */
public record Article(String id, String title, String text, String url, String source, Optional<LocalDate> published) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(published, "published");
        if (text.isBlank()) {
            throw new IllegalArgumentException("article text is blank: " + id);
        }
    }

    /** An article whose id is derived from its text. */
    public static Article of(String title, String text, String url, String source, Optional<LocalDate> published) {
        return new Article(ArticleIds.of(text), title, text, url, source, published);
    }
}
