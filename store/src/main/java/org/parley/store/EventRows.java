package org.parley.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import org.parley.model.Actor;
import org.parley.model.CameoCode;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.Modality;
import org.parley.model.QuadClass;

/** Turns a row of {@code event_mentions} joined with its event's counts and article title into a {@link StoredEvent}. */
final class EventRows {
    private EventRows() {
    }

    /**
     * The current row of {@code rs}: the mention's columns plus {@code article_title}, {@code num_mentions},
     * {@code num_sources} and {@code num_articles}; the event's confidence is the mention's ({@code confidence}).
     */
    static StoredEvent storedEvent(ResultSet rs) throws SQLException {
        String date = rs.getString("event_date");
        Optional<EventDate> eventDate = date == null ? Optional.empty() : Optional.of(EventDate.parse(date));
        Event event = new Event(
                new Actor(rs.getString("source"), rs.getString("source_name")),
                new Actor(rs.getString("target"), rs.getString("target_name")),
                CameoCode.of(rs.getString("code")),
                rs.getString("name"),
                quadClass(rs.getInt("quad_class")),
                rs.getDouble("goldstein"),
                rs.getString("plover"),
                Modality.valueOf(rs.getString("modality").toUpperCase(Locale.ROOT)),
                eventDate,
                rs.getString("location"),
                rs.getInt("sentence"),
                rs.getInt("start_offset"),
                rs.getInt("end_offset"),
                rs.getString("evidence"),
                rs.getString("trigger"),
                confidence(rs));
        return new StoredEvent(rs.getString("event_id"), rs.getString("article_id"), rs.getString("article_title"), event,
                rs.getLong("num_mentions"), rs.getLong("num_sources"), rs.getLong("num_articles"));
    }

    /** The report's confidence; {@link Event#UNSCORED} for reports stored before schema v4 (NULL). */
    private static double confidence(ResultSet rs) throws SQLException {
        double c = rs.getDouble("confidence");
        return rs.wasNull() ? Event.UNSCORED : c;
    }

    private static QuadClass quadClass(int number) {
        for (QuadClass q : QuadClass.values()) {
            if (q.number() == number) {
                return q;
            }
        }
        throw new IllegalStateException("stored quad_class out of 1..4: " + number);
    }
}
