package org.parley.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What an article and each of its events are about.
 *
 * @param article the article's issue evidence in text order (several tags may share a code)
 * @param events  one list per event of the article, in the order of {@link CodedArticle#events()}: the issue
 *                evidence of that event (empty when none)
 */
public record Issues(List<IssueTag> article, List<List<IssueTag>> events) {
    /** No issues for an article with no events. */
    public static final Issues NONE = new Issues(List.of(), List.of());

    public Issues {
        article = List.copyOf(article);
        List<List<IssueTag>> copied = new ArrayList<>(events.size());
        events.forEach(tags -> copied.add(List.copyOf(tags)));
        events = List.copyOf(copied);
    }

    /** No issues for an article with {@code eventCount} events. */
    public static Issues none(int eventCount) {
        return new Issues(List.of(), java.util.Collections.nCopies(eventCount, List.of()));
    }

    /** The article's distinct issue codes, in order of first evidence. */
    public Set<String> codes() {
        Set<String> codes = new LinkedHashSet<>();
        article.forEach(t -> codes.add(t.code()));
        return codes;
    }

    /** The distinct issue codes of event {@code index} (0-based), in order of first evidence. */
    public Set<String> codesOfEvent(int index) {
        Set<String> codes = new LinkedHashSet<>();
        events.get(index).forEach(t -> codes.add(t.code()));
        return codes;
    }
}
