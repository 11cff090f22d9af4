package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.model.CodedArticle;
import org.parley.model.IssueTag;
import org.parley.model.Tone;

/**
 * Writes what the issues and tone stages found for one article, after its event mentions: one {@code issues} row per
 * article-level tag ({@code event_id} NULL) and per event tag (the id of the cross-article event the tagged mention
 * reports), and the tone columns of its {@code articles} row. The caller owns the transaction; on a re-code
 * {@link ArticleWriter#rewrite} has already deleted the article's old issue rows.
 */
final class AnalysisWriter {
    private final Connection connection;
    AnalysisWriter(Connection connection) {
        this.connection = connection;
    }

    void write(CodedArticle coded) throws SQLException {
        String articleId = coded.article().id();
        Map<Integer, String> eventIds = eventIds(articleId);
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO issues "
                + "(article_id, event_id, issue, evidence, start_offset, end_offset) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (IssueTag tag : coded.issues().article()) {
                add(ps, articleId, null, tag);
            }
            List<List<IssueTag>> byEvent = coded.issues().events();
            for (int n = 0; n < byEvent.size(); n++) {
                String eventId = eventIds.get(n);
                for (IssueTag tag : byEvent.get(n)) {
                    add(ps, articleId, eventId, tag);
                }
            }
            ps.executeBatch();
        }
        Tone t = coded.tone();
        try (PreparedStatement ps = connection.prepareStatement("UPDATE articles SET tone = ?, positive = ?, "
                + "negative = ?, polarity = ?, activity = ?, self_group = ?, word_count = ? WHERE article_id = ?")) {
            ps.setDouble(1, t.tone());
            ps.setDouble(2, t.positive());
            ps.setDouble(3, t.negative());
            ps.setDouble(4, t.polarity());
            ps.setDouble(5, t.activity());
            ps.setDouble(6, t.selfGroup());
            ps.setInt(7, t.wordCount());
            ps.setString(8, articleId);
            ps.executeUpdate();
        }
    }

    private static void add(PreparedStatement ps, String articleId, String eventId, IssueTag tag) throws SQLException {
        ps.setString(1, articleId);
        if (eventId == null) {
            ps.setNull(2, Types.VARCHAR);
        } else {
            ps.setString(2, eventId);
        }
        ps.setString(3, tag.code());
        ps.setString(4, tag.evidence());
        ps.setInt(5, tag.start());
        ps.setInt(6, tag.end());
        ps.addBatch();
    }

    /**
     * The stored event id of each event of the article, by its 0-based position: its {@code event_mentions} row is
     * keyed "{article}-{n}" (further mentions, "{article}-{n}.{k}", name the same event) and names the
     * cross-article event it reports.
     */
    private Map<Integer, String> eventIds(String articleId) throws SQLException {
        String sql = "SELECT mention_id, event_id FROM event_mentions WHERE article_id = ?";
        Map<Integer, String> out = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getString(1);
                    if (key.lastIndexOf('.') > key.lastIndexOf('-')) {
                        continue; // a further mention of an event already mapped
                    }
                    out.put(Integer.parseInt(key.substring(key.lastIndexOf('-') + 1)), rs.getString(2));
                }
            }
        }
        return out;
    }
}
