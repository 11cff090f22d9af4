package org.parley.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One stored article with the spans coded in it, for an article view that highlights them. Offsets are character
 * offsets into {@link Page#text()} (start inclusive, end exclusive); sentences are 0-based.
 */
public final class ArticleSpans {
    private final EventStore store;

    /** Spans over an open store (not closed by this class). */
    public ArticleSpans(EventStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * An actor mention: the text, its actor code and the rule that resolved it ({@code evidence}).
     */
    public record ActorSpan(int sentence, int start, int end, String text, String actorCode, String evidence) {
    }

    /**
     * An event report: its event id, source and target codes, CAMEO code and name, modality, the evidence span and
     * its trigger words (text, not offsets: the store keeps the trigger as written).
     */
    public record EventSpan(String eventId, int sentence, int start, int end, String source, String target,
                            String code, String name, String modality, String evidence, String trigger) {
    }

    /** A quotation with its speaker as named ("" if unknown) and the speaker's actor code ("" if unresolved). */
    public record QuoteSpan(int sentence, int start, int end, String text, String speakerName, String speakerActor) {
    }

    /**
     * An article and its spans, each list in text order.
     *
     * @param published the publication day, if known
     */
    public record Page(String articleId, String title, String url, String source, Optional<LocalDate> published,
                       String text, List<ActorSpan> actors, List<EventSpan> events, List<QuoteSpan> quotes) {
        public Page {
            actors = List.copyOf(actors);
            events = List.copyOf(events);
            quotes = List.copyOf(quotes);
        }
    }

    /**
     * The article with this id and its actor mentions, event reports and quotations; empty when no article has
     * this id.
     *
     * @throws StoreException when a query fails
     */
    public Optional<Page> page(String articleId) {
        Objects.requireNonNull(articleId, "articleId");
        try {
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "SELECT title, url, source, published, text FROM articles WHERE article_id = ?")) {
                ps.setString(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Page(articleId, rs.getString(1), rs.getString(2), rs.getString(3),
                            Optional.ofNullable(rs.getObject(4, LocalDate.class)), rs.getString(5),
                            actors(articleId), events(articleId), quotes(articleId)));
                }
            }
        } catch (SQLException e) {
            throw store.failure("read article " + articleId, e);
        }
    }

    private List<ActorSpan> actors(String id) throws SQLException {
        String sql = "SELECT sentence, start_offset, end_offset, text, actor_code, evidence FROM actor_mentions "
                + "WHERE article_id = ? ORDER BY start_offset, end_offset";
        List<ActorSpan> out = new ArrayList<>();
        try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ActorSpan(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                            rs.getString(6)));
                }
            }
        }
        return out;
    }

    private List<EventSpan> events(String id) throws SQLException {
        String sql = "SELECT event_id, sentence, start_offset, end_offset, source, target, code, name, modality, "
                + "evidence, trigger FROM event_mentions WHERE article_id = ? ORDER BY start_offset, mention_id";
        List<EventSpan> out = new ArrayList<>();
        try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new EventSpan(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                            rs.getString(11)));
                }
            }
        }
        return out;
    }

    private List<QuoteSpan> quotes(String id) throws SQLException {
        String sql = "SELECT sentence, start_offset, end_offset, text, speaker_name, coalesce(speaker_actor, '') "
                + "FROM quotes WHERE article_id = ? ORDER BY start_offset";
        List<QuoteSpan> out = new ArrayList<>();
        try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new QuoteSpan(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                            rs.getString(6)));
                }
            }
        }
        return out;
    }
}
