package org.parley.store;

import java.util.Objects;
import org.parley.model.Event;

/**
 * One distinct event across articles (a row of the {@code events} view) with its first report.
 *
 * @param eventId      the event's key, 16 hex digits ({@link EventKeys#id})
 * @param articleId    the article of the first report (earliest published, then article id and position)
 * @param articleTitle that article's headline, or ""
 * @param event        the event as that first report codes it; its offsets index into that article's text
 * @param numMentions  reports of the event, over all articles (GDELT's NumMentions), at least 1
 * @param numSources   distinct outlets reporting it (article source, else URL host; GDELT's NumSources)
 * @param numArticles  distinct articles reporting it (GDELT's NumArticles), at least 1
 */
public record StoredEvent(String eventId, String articleId, String articleTitle, Event event, long numMentions,
                          long numSources, long numArticles) {
    public StoredEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(articleTitle, "articleTitle");
        Objects.requireNonNull(event, "event");
        if (numMentions < 1 || numArticles < 1 || numArticles > numMentions || numSources < 0) {
            throw new IllegalArgumentException("bad counts: mentions " + numMentions + ", sources " + numSources
                    + ", articles " + numArticles);
        }
    }

    /** The dyad over country parts, "USA-CHN". */
    public String dyad() {
        return event.dyad();
    }
}
