package org.parley.store;

import java.util.Objects;
import org.parley.model.Event;

/**
 * One row of the {@code events} table with the title of its article.
 *
 * @param eventId      the row's key, "{articleId}-{n}" with n the event's 0-based position in its article
 * @param articleId    the article it was coded from
 * @param articleTitle that article's headline, or ""
 * @param event        the event as coded; its offsets index into the article's text
 */
public record StoredEvent(String eventId, String articleId, String articleTitle, Event event) {
    public StoredEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(articleTitle, "articleTitle");
        Objects.requireNonNull(event, "event");
    }

    /** The dyad over country parts, "USA-CHN". */
    public String dyad() {
        return event.dyad();
    }
}
