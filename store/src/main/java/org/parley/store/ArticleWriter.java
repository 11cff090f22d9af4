package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.List;
import org.parley.model.Article;
import org.parley.model.CodedArticle;
import org.parley.model.Event;
import org.parley.model.EventMention;
import org.parley.model.Mention;
import org.parley.model.Quote;

/**
 * Writes the rows of one coded article: articles, actor mentions, event mentions, quotes, in that order; or,
 * to re-code an article, deletes its coded rows and updates its article row. The caller owns the transaction;
 * this class only writes. Issues and tone are written after it by {@link AnalysisWriter}.
 */
final class ArticleWriter {
    private final Connection connection;
    private final WriteHook hook;

    ArticleWriter(Connection connection, WriteHook hook) {
        this.connection = connection;
        this.hook = hook;
    }

    /** Inserts the article and its coded rows. */
    void write(CodedArticle coded, LocalDateTime codedAtUtc, Coding coding) throws SQLException {
        writeArticle(coded.article(), codedAtUtc, coding);
        hook.written("articles");
        writeCoded(coded, coding);
    }

    /** Replaces the coded rows of an article already stored, and its coding time and versions. */
    void rewrite(CodedArticle coded, LocalDateTime codedAtUtc, Coding coding) throws SQLException {
        String id = coded.article().id();
        for (String table : new String[] {"actor_mentions", "event_mentions", "quotes", "issues"}) {
            try (PreparedStatement ps = connection.prepareStatement("DELETE FROM " + table + " WHERE article_id = ?")) {
                ps.setString(1, id);
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = connection.prepareStatement("UPDATE articles SET coded_at = CAST(? AS TIMESTAMP), "
                + "parley_version = ?, tables_version = ? WHERE article_id = ?")) {
            ps.setString(1, codedAtUtc.toString().replace('T', ' '));
            ps.setString(2, coding.parleyVersion());
            ps.setString(3, coding.tablesVersion());
            ps.setString(4, id);
            ps.executeUpdate();
        }
        hook.written("articles");
        writeCoded(coded, coding);
    }

    private void writeCoded(CodedArticle coded, Coding coding) throws SQLException {
        String id = coded.article().id();
        writeMentions(id, coded.mentions());
        hook.written("actor_mentions");
        writeEvents(id, coded, coding);
        hook.written("event_mentions");
        writeQuotes(id, coded.quotes());
        hook.written("quotes");
    }

    private void writeArticle(Article a, LocalDateTime codedAt, Coding coding) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO articles "
                + "(article_id, title, url, source, published, text, coded_at, parley_version, tables_version) "
                + "VALUES (?, ?, ?, ?, CAST(? AS DATE), ?, CAST(? AS TIMESTAMP), ?, ?)")) {
            ps.setString(1, a.id());
            ps.setString(2, a.title());
            ps.setString(3, a.url());
            ps.setString(4, a.source());
            if (a.published().isPresent()) {
                ps.setString(5, a.published().get().toString());
            } else {
                ps.setNull(5, Types.VARCHAR);
            }
            ps.setString(6, a.text());
            ps.setString(7, codedAt.toString().replace('T', ' '));
            ps.setString(8, coding.parleyVersion());
            ps.setString(9, coding.tablesVersion());
            ps.executeUpdate();
        }
    }

    private void writeMentions(String articleId, List<Mention> mentions) throws SQLException {
        if (mentions.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO actor_mentions "
                + "(article_id, sentence, start_offset, end_offset, text, actor_code, evidence) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Mention m : mentions) {
                ps.setString(1, articleId);
                ps.setInt(2, m.sentence());
                ps.setInt(3, m.begin());
                ps.setInt(4, m.end());
                ps.setString(5, m.text());
                ps.setString(6, m.actor().code());
                ps.setString(7, m.evidence());
                ps.executeUpdate();
            }
        }
    }

    /**
     * One {@code event_mentions} row per mention of each event: "{article}-{n}" for the {@code n}th event's first
     * mention, "{article}-{n}.{k}" for its {@code k}th further one (same event fields, its own sentence, evidence,
     * trigger and confidence).
     */
    private void writeEvents(String articleId, CodedArticle coded, Coding coding) throws SQLException {
        List<Event> events = coded.events();
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO event_mentions "
                + "(mention_id, article_id, source, source_name, target, target_name, code, name, root, quad_class, "
                + "goldstein, plover, modality, event_date, date_precision, location, sentence, start_offset, "
                + "end_offset, evidence, trigger, event_id, parley_version, tables_version, confidence) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int[] seen = new int[events.size()];
            for (EventMention mention : coded.eventMentions()) {
                int n = mention.event();
                Event e = events.get(n);
                int k = seen[n]++;
                ps.setString(1, articleId + "-" + n + (k == 0 ? "" : "." + k));
                ps.setString(2, articleId);
                ps.setString(3, e.source().code());
                ps.setString(4, e.source().name());
                ps.setString(5, e.target().code());
                ps.setString(6, e.target().name());
                ps.setString(7, e.code().value());
                ps.setString(8, e.name());
                ps.setString(9, e.code().root());
                ps.setInt(10, e.quadClass().number());
                ps.setDouble(11, e.goldstein());
                ps.setString(12, e.plover());
                ps.setString(13, e.modality().label());
                if (e.date().isPresent()) {
                    ps.setString(14, e.date().get().toString());
                    ps.setString(15, e.date().get().precision().name().toLowerCase(java.util.Locale.ROOT));
                } else {
                    ps.setNull(14, Types.VARCHAR);
                    ps.setNull(15, Types.VARCHAR);
                }
                ps.setString(16, e.location());
                ps.setInt(17, mention.sentence());
                ps.setInt(18, mention.start());
                ps.setInt(19, mention.end());
                ps.setString(20, mention.evidence());
                ps.setString(21, mention.trigger());
                ps.setString(22, EventKeys.id(e, articleId));
                ps.setString(23, coding.parleyVersion());
                ps.setString(24, coding.tablesVersion());
                ps.setDouble(25, mention.confidence());
                ps.executeUpdate();
            }
        }
    }

    private void writeQuotes(String articleId, List<Quote> quotes) throws SQLException {
        if (quotes.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO quotes "
                + "(article_id, sentence, start_offset, end_offset, text, speaker_name, speaker_actor) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Quote q : quotes) {
                ps.setString(1, articleId);
                ps.setInt(2, q.sentence());
                ps.setInt(3, q.begin());
                ps.setInt(4, q.end());
                ps.setString(5, q.text());
                ps.setString(6, q.speakerName());
                if (q.speaker().isPresent()) {
                    ps.setString(7, q.speaker().get().code());
                } else {
                    ps.setNull(7, Types.VARCHAR);
                }
                ps.executeUpdate();
            }
        }
    }
}
