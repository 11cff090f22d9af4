package org.parley.model;

import java.util.List;

/**
 * Everything parley extracts from one article.
 *
 * @param article  the input
 * @param mentions actor mentions in text order
 * @param events   coded events, deduplicated within the article, in text order
 * @param quotes   direct quotations in text order
 * @param warnings notes for the user (e.g. "no publication date: events left undated")
 * @param unresolved people named in the text whom nothing resolved (listed, never guessed)
 */
public record CodedArticle(Article article, List<Mention> mentions, List<Event> events, List<Quote> quotes,
                           List<String> warnings, List<UnresolvedName> unresolved) {
    public CodedArticle {
        mentions = List.copyOf(mentions);
        events = List.copyOf(events);
        quotes = List.copyOf(quotes);
        warnings = List.copyOf(warnings);
        unresolved = List.copyOf(unresolved);
    }

    /** A coded article with no unresolved names. */
    public CodedArticle(Article article, List<Mention> mentions, List<Event> events, List<Quote> quotes,
                        List<String> warnings) {
        this(article, mentions, events, quotes, warnings, List.of());
    }
}
