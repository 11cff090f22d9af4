package org.parley.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Benchmark tooling: fills a store with synthetic events, deterministically (the same count and seed give the same
 * rows). Events are spread uniformly over the days of a range, between 12 countries (USA and CHN the most frequent,
 * so that USA-CHN is a busy dyad), with agents GOV, MIL or none, and 16 CAMEO codes of every QuadClass with their
 * GDELT Goldstein values; one synthetic article holds ten events, each reported once. Not for real data: every
 * text is a placeholder.
 */
public final class SyntheticEvents {
    private static final String COUNTRIES = "['USA','CHN','USA','CHN','RUS','UKR','IND','PAK','GBR','FRA','DEU','JPN',"
            + "'IRN','ISR']";
    private static final String AGENTS = "['GOV','MIL','']";
    private static final String CODES = "[['010','Make statement','0.0','1'],['036','Express intent to meet or negotiate','4.0','1'],"
            + "['040','Consult','1.0','1'],['042','Make a visit','1.9','1'],['043','Host a visit','2.8','1'],"
            + "['057','Sign formal agreement','8.0','1'],['061','Cooperate economically','6.4','2'],"
            + "['070','Provide aid','7.0','2'],['111','Criticize or denounce','-2.0','3'],['112','Accuse','-2.0','3'],"
            + "['130','Threaten','-4.4','3'],['163','Impose embargo, boycott, or sanctions','-8.0','4'],"
            + "['172','Impose administrative sanctions','-5.0','4'],['190','Use conventional military force','-10.0','4'],"
            + "['193','Fight with small arms and light weapons','-10.0','4'],['195','Employ aerial weapons','-10.0','4']]";

    private final EventStore store;

    /** A generator writing into an open store (not closed by this class). */
    public SyntheticEvents(EventStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Adds {@code count} events dated from {@code from} to {@code to}.
     *
     * @throws IllegalArgumentException when {@code count < 1} or {@code from} is after {@code to}
     */
    public void generate(int count, long seed, LocalDate from, LocalDate to) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1: " + count);
        }
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        String rows = "SELECT i, hash(i, ?) AS h, hash(i, ? + 1) AS g, hash(i, ? + 2) AS k FROM range(?) t(i)";
        String articles = "INSERT INTO articles (article_id, title, url, source, published, text, coded_at, "
                + "parley_version) SELECT printf('syn%013d', i // 10), 'synthetic', "
                + "'https://example.org/synthetic/' || (i // 10), 'synthetic', CAST(? AS DATE) + CAST(h % ? AS INTEGER), "
                + "'synthetic article', TIMESTAMP '2024-01-01 00:00:00', 'synthetic' FROM (" + rows + ") WHERE i % 10 = 0";
        String events = "INSERT INTO event_mentions (mention_id, event_id, article_id, source, source_name, target, "
                + "target_name, code, name, root, quad_class, goldstein, plover, modality, event_date, date_precision, "
                + "location, sentence, start_offset, end_offset, evidence, trigger, parley_version, tables_version) "
                + "SELECT printf('syn%013d', i // 10) || '-' || (i % 10), printf('e%015d', i), "
                + "printf('syn%013d', i // 10), s, s, t, t, c[1], c[2], substr(c[1], 1, 2), CAST(c[4] AS INTEGER), "
                + "CAST(c[3] AS DOUBLE), '', 'asserted', CAST(CAST(? AS DATE) + CAST(h % ? AS INTEGER) AS VARCHAR), "
                + "'day', '', 0, 0, 10, 'synthetic evidence', 'synthetic', 'synthetic', '' FROM (SELECT i, h, "
                + COUNTRIES + "[1 + CAST(g % 14 AS INTEGER)] || " + AGENTS + "[1 + CAST(k % 3 AS INTEGER)] AS s, "
                + COUNTRIES + "[1 + CAST((g // 14) % 14 AS INTEGER)] || " + AGENTS + "[1 + CAST((k // 3) % 3 AS INTEGER)] AS t, "
                + CODES + "[1 + CAST((k // 9) % 16 AS INTEGER)] AS c FROM (" + rows + "))";
        try (Statement st = store.connection().createStatement()) {
            st.execute("SET preserve_insertion_order = false");
            bind(articles, seed, count, from, days);
            bind(events, seed, count, from, days);
        } catch (SQLException e) {
            throw store.failure("generate synthetic events", e);
        }
    }

    /** Binds the start day, the number of days, the seed (three hashes) and the count, in that order. */
    private void bind(String sql, long seed, int count, LocalDate from, long days) throws SQLException {
        try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
            ps.setString(1, from.toString());
            ps.setLong(2, days);
            ps.setLong(3, seed);
            ps.setLong(4, seed);
            ps.setLong(5, seed);
            ps.setLong(6, count);
            ps.execute();
        }
    }
}
