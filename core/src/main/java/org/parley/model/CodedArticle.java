package org.parley.model;

import java.util.List;

/**
 * Everything parley extracts from one article.
 *
 * @param article  the input
 * @param mentions actor mentions in text order
 * @param events   coded events, one record per event (the same source, target, code, date and whether it
 *                 happened), in the text order of their first mentions
 * @param quotes   direct quotations in text order
 * @param warnings notes for the user (e.g. "no publication date: events left undated")
 * @param unresolved people named in the text whom nothing resolved (listed, never guessed)
 * @param issues   what the article and each event are about, with evidence ({@code issues.events()} has one
 *                 list per event)
 * @param tone     the document tone
 * @param repeats  the further mentions of events in later sentences, in text order (an event's first mention is
 *                 the event itself)
 * @throws IllegalArgumentException when {@code issues} does not have one list per event, or a repeat names no event
 */
public record CodedArticle(Article article, List<Mention> mentions, List<Event> events, List<Quote> quotes,
                           List<String> warnings, List<UnresolvedName> unresolved, Issues issues, Tone tone,
                           List<EventMention> repeats) {
    public CodedArticle {
        repeats = List.copyOf(repeats);
        for (EventMention r : repeats) {
            if (r.event() >= events.size()) {
                throw new IllegalArgumentException("repeat of event " + r.event() + ", article has " + events.size());
            }
        }
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

    /** A coded article whose events are each mentioned once. */
    public CodedArticle(Article article, List<Mention> mentions, List<Event> events, List<Quote> quotes,
                        List<String> warnings, List<UnresolvedName> unresolved, Issues issues, Tone tone) {
        this(article, mentions, events, quotes, warnings, unresolved, issues, tone, List.of());
    }

    /** A coded article without issue tags or tone (both empty). */
    public CodedArticle(Article article, List<Mention> mentions, List<Event> events, List<Quote> quotes,
                        List<String> warnings, List<UnresolvedName> unresolved) {
        this(article, mentions, events, quotes, warnings, unresolved, Issues.none(events.size()), Tone.NONE);
    }

    /** This article with other warnings (everything else unchanged). */
    public CodedArticle withWarnings(List<String> other) {
        return new CodedArticle(article, mentions, events, quotes, other, unresolved, issues, tone, repeats);
    }

    /** A coded article with no unresolved names. */
    public CodedArticle(Article article, List<Mention> mentions, List<Event> events, List<Quote> quotes,
                        List<String> warnings) {
        this(article, mentions, events, quotes, warnings, List.of());
    }

    /** How many sentences of the article report its {@code n}th event: its own and its further mentions. */
    public int mentionCount(int n) {
        return 1 + (int) repeats.stream().filter(r -> r.event() == n).count();
    }

    /**
     * Every mention of every event: each event's own (first) mention and its repeats, ordered by event, then text
     * order. NumMentions of the {@code n}th event within this article is the count of entries with {@code event == n}.
     */
    public List<EventMention> eventMentions() {
        List<EventMention> out = new java.util.ArrayList<>();
        for (int n = 0; n < events.size(); n++) {
            out.add(EventMention.of(n, events.get(n)));
            for (EventMention r : repeats) {
                if (r.event() == n) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    /**
     * This article with only the events {@code keep} accepts, their issue tags and further mentions kept with them
     * (re-indexed); everything else unchanged.
     */
    public CodedArticle keepEvents(java.util.function.Predicate<Event> keep) {
        List<Event> kept = new java.util.ArrayList<>();
        List<List<IssueTag>> keptIssues = new java.util.ArrayList<>();
        int[] newIndex = new int[events.size()];
        for (int n = 0; n < events.size(); n++) {
            newIndex[n] = -1;
            if (keep.test(events.get(n))) {
                newIndex[n] = kept.size();
                kept.add(events.get(n));
                keptIssues.add(issues.events().get(n));
            }
        }
        List<EventMention> keptRepeats = repeats.stream().filter(r -> newIndex[r.event()] >= 0)
                .map(r -> new EventMention(newIndex[r.event()], r.sentence(), r.start(), r.end(), r.evidence(),
                        r.trigger(), r.confidence())).toList();
        return new CodedArticle(article, mentions, kept, quotes, warnings, unresolved,
                new Issues(issues.article(), keptIssues), tone, keptRepeats);
    }
}
