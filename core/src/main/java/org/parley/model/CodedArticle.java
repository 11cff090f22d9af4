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
 * @param issues   what the article and each event are about, with evidence ({@code issues.events()} has one
 *                 list per event)
 * @param tone     the document tone
 * @throws IllegalArgumentException when {@code issues} does not have one list per event
 */
public record CodedArticle(Article article, List<Mention> mentions, List<Event> events, List<Quote> quotes,
                           List<String> warnings, List<UnresolvedName> unresolved, Issues issues, Tone tone) {
    public CodedArticle {
        mentions = List.copyOf(mentions);
        events = List.copyOf(events);
        quotes = List.copyOf(quotes);
        warnings = List.copyOf(warnings);
        unresolved = List.copyOf(unresolved);
        java.util.Objects.requireNonNull(issues, "issues");
        java.util.Objects.requireNonNull(tone, "tone");
        if (issues.events().size() != events.size()) {
            throw new IllegalArgumentException("issues for " + issues.events().size() + " events, article has "
                    + events.size());
        }
    }

    /** A coded article without issue tags or tone (both empty). */
    public CodedArticle(Article article, List<Mention> mentions, List<Event> events, List<Quote> quotes,
                        List<String> warnings, List<UnresolvedName> unresolved) {
        this(article, mentions, events, quotes, warnings, unresolved, Issues.none(events.size()), Tone.NONE);
    }

    /** This article with other warnings (everything else unchanged). */
    public CodedArticle withWarnings(List<String> other) {
        return new CodedArticle(article, mentions, events, quotes, other, unresolved, issues, tone);
    }

    /** A coded article with no unresolved names. */
    public CodedArticle(Article article, List<Mention> mentions, List<Event> events, List<Quote> quotes,
                        List<String> warnings) {
        this(article, mentions, events, quotes, warnings, List.of());
    }
}
