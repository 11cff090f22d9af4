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
 * The listing queries of the command line: filtered events, quotations, the most active actors and the issues.
 * Every method returns at most {@code limit} rows (limit greater than zero).
 */
public final class Listings {
    private final EventStore store;

    /** Listings over an open store (not closed by this class). */
    public Listings(EventStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Distinct events the filter keeps, each with its counts and its first report (as {@link EventStore#events}),
     * ordered by event date (undated last), then that first report.
     */
    public List<StoredEvent> events(EventFilter filter, int limit) {
        return events(filter, limit, 0);
    }

    /**
     * One page of {@link #events(EventFilter, int)}: at most {@code limit} events after skipping the first
     * {@code offset} in the same order.
     *
     * @throws IllegalArgumentException when {@code limit} is not positive or {@code offset} is negative
     */
    public List<StoredEvent> events(EventFilter filter, int limit, int offset) {
        return events(filter, limit, offset, false);
    }

    /**
     * One page of the events the filter keeps, oldest first as {@link #events(EventFilter, int, int)} or, with
     * {@code newestFirst}, in the reverse order (latest event date first, undated events still last).
     *
     * @throws IllegalArgumentException when {@code limit} is not positive or {@code offset} is negative
     */
    public List<StoredEvent> events(EventFilter filter, int limit, int offset, boolean newestFirst) {
        checkLimit(limit);
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        EventFilter.Sql cond = filter.where();
        String sql = "SELECT m.*, a.title AS article_title, e.num_mentions, e.num_sources, e.num_articles "
                + "FROM " + EventSql.FIRST_REPORTS
                + " WHERE e.event_id IN (SELECT event_id FROM " + EventSql.LEAN + " WHERE " + cond.text() + ")"
                + (newestFirst
                    ? " ORDER BY e.event_date DESC NULLS LAST, a.published DESC NULLS LAST, m.article_id DESC,"
                        + " m.sentence DESC, m.start_offset DESC, e.event_id DESC LIMIT ? OFFSET ?"
                    : " ORDER BY e.event_date NULLS LAST, a.published NULLS LAST, m.article_id, m.sentence,"
                        + " m.start_offset, e.event_id LIMIT ? OFFSET ?");
        try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
            int p = cond.bind(ps, 1);
            ps.setInt(p, limit);
            ps.setInt(p + 1, offset);
            List<StoredEvent> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(EventRows.storedEvent(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw store.failure("list events", e);
        }
    }

    /**
     * A stored quotation with its article.
     *
     * @param text         the quoted words
     * @param speakerName  the speaker as the text names them, or ""
     * @param speakerActor the speaker's actor code, or ""
     * @param published    the article's day, if known
     * @param title        the article's headline
     * @param articleId    the article
     */
    public record QuoteRow(String text, String speakerName, String speakerActor, Optional<LocalDate> published,
                           String title, String articleId) {
    }

    /**
     * Quotations, newest article first: by a speaker ({@code speaker} is a name fragment, any case, or an actor code
     * prefix) and about something ({@code about}: words in the quote, or an actor code prefix of an actor mentioned
     * inside the quote).
     */
    public List<QuoteRow> quotes(Optional<String> speaker, Optional<String> about, int limit) {
        checkLimit(limit);
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        speaker.ifPresent(s -> {
            where.add("(contains(lower(q.speaker_name), lower(?)) OR starts_with(coalesce(q.speaker_actor, ''), upper(?)))");
            params.add(s);
            params.add(s);
        });
        about.ifPresent(a -> {
            where.add("(contains(lower(q.text), lower(?)) OR EXISTS (SELECT 1 FROM actor_mentions m WHERE "
                    + "m.article_id = q.article_id AND m.start_offset >= q.start_offset AND m.end_offset <= q.end_offset "
                    + "AND starts_with(m.actor_code, upper(?))))");
            params.add(a);
            params.add(a);
        });
        String sql = "SELECT q.text, q.speaker_name, coalesce(q.speaker_actor, ''), a.published, a.title, q.article_id "
                + "FROM quotes q JOIN articles a ON a.article_id = q.article_id"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY a.published DESC NULLS LAST, q.article_id, q.start_offset LIMIT ?";
        try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
            int p = new EventFilter.Sql("", params).bind(ps, 1);
            ps.setInt(p, limit);
            List<QuoteRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new QuoteRow(rs.getString(1), rs.getString(2), rs.getString(3),
                            Optional.ofNullable(rs.getObject(4, LocalDate.class)), rs.getString(5), rs.getString(6)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw store.failure("list quotes", e);
        }
    }

    /**
     * An actor's activity.
     *
     * @param code          the actor code
     * @param asSource      events it did
     * @param asTarget      events done to it
     * @param meanGoldstein mean Goldstein of its events as source (points; 0 when none)
     */
    public record ActorRow(String code, long asSource, long asTarget, double meanGoldstein) {
        /** asSource + asTarget. */
        public long events() {
            return asSource + asTarget;
        }
    }

    /** The most active actors among the events {@code filter} keeps: most events (as source or target) first. */
    public List<ActorRow> actors(EventFilter filter, int limit) {
        checkLimit(limit);
        EventFilter.Sql cond = filter.where();
        String sql = "SELECT code, count(*) FILTER (WHERE side = 's'), count(*) FILTER (WHERE side = 't'), "
                + "coalesce(avg(goldstein) FILTER (WHERE side = 's'), 0) FROM ("
                + "SELECT source AS code, 's' AS side, goldstein FROM f UNION ALL SELECT target, 't', goldstein FROM f) "
                + "GROUP BY code ORDER BY count(*) DESC, code LIMIT ?";
        sql = "WITH f AS (SELECT source, target, goldstein FROM " + EventSql.LEAN + " WHERE " + cond.text()
                + ") " + sql;
        try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
            ps.setInt(cond.bind(ps, 1), limit);
            List<ActorRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ActorRow(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getDouble(4)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw store.failure("list actors", e);
        }
    }

    /**
     * An issue's weight.
     *
     * @param code     the issue code
     * @param articles articles about it
     * @param events   events about it (among those the filter keeps)
     * @param evidence an example of its evidence (the most frequent phrase)
     */
    public record IssueRow(String code, long articles, long events, String evidence) {
    }

    /**
     * Issues by the number of articles about them; with a filter other than {@link EventFilter#ALL}, only issues of
     * the events it keeps (and their articles).
     *
     */
    public List<IssueRow> issues(EventFilter filter, int limit) {
        checkLimit(limit);
        EventFilter.Sql cond = filter.where();
        String scope = filter.equals(EventFilter.ALL) ? "TRUE"
                : "i.event_id IN (SELECT event_id FROM " + EventSql.LEAN + " WHERE " + cond.text() + ")";
        String sql = "SELECT issue, count(DISTINCT article_id), count(DISTINCT event_id), mode(evidence) FROM issues i "
                + "WHERE " + scope + " GROUP BY issue ORDER BY count(DISTINCT article_id) DESC, issue LIMIT ?";
        try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
            int p = filter.equals(EventFilter.ALL) ? 1 : cond.bind(ps, 1);
            ps.setInt(p, limit);
            List<IssueRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new IssueRow(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw store.failure("list issues", e);
        }
    }

    private static void checkLimit(int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("--limit must be greater than zero: " + limit);
        }
    }
}
