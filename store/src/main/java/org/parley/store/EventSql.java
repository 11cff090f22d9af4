package org.parley.store;

/**
 * The one place that knows how the query classes read events from the schema: SQL subqueries giving one row per
 * distinct event (GDELT's unit: the reports of one event across articles count once), over the current schema
 * (every store is migrated to it when opened).
 */
final class EventSql {
    private EventSql() {
    }

    /** Happened events only: asserted or past (FORMAT.md's predictions; schema v2 folds past into asserted). */
    static final String HAPPENED = "modality IN ('asserted', 'past')";

    private static final String DATES = "CASE WHEN date_precision = 'day' THEN CAST(event_date AS DATE) END AS day, "
            + "CASE WHEN date_precision = 'day' THEN CAST(substr(event_date, 1, 7) || '-01' AS DATE) "
            + "WHEN date_precision = 'month' THEN CAST(event_date || '-01' AS DATE) END AS month";

    /**
     * The {@code events} view ({@code e}) joined with each event's first report ({@code m}: earliest published
     * article, then article id and position) and that report's article ({@code a}), for a FROM clause.
     */
    static final String FIRST_REPORTS = "events e JOIN (SELECT mm.*, row_number() OVER (PARTITION BY mm.event_id "
            + "ORDER BY aa.published NULLS LAST, mm.article_id, mm.sentence, mm.start_offset, mm.mention_id) AS rank "
            + "FROM event_mentions mm JOIN articles aa ON aa.article_id = mm.article_id) m "
            + "ON m.event_id = e.event_id AND m.rank = 1 JOIN articles a ON a.article_id = m.article_id";

    /**
     * Every event with its first report (earliest published article, then article id and position), in parentheses
     * without alias. Columns: {@code event_id, article_id, source, source_name, target, target_name, code, name,
     * root, quad_class, goldstein, plover, modality, event_date (ISO at its precision), date_precision, day (DATE, for
     * day precision; NULL otherwise), month (DATE, first of the month, for day or month precision), location,
     * evidence, sentence, start_offset, end_offset, num_mentions, num_sources, num_articles, url, title, published,
     * date_added, avg_tone (the first report's article tone, NULL for articles stored before v3), confidence (the
     * highest of its reports', NULL when all were stored before v4)}.
     */
    static final String ROWS = "(SELECT e.event_id, m.article_id, e.source, m.source_name, e.target, m.target_name, "
            + "e.code, e.name, e.root, e.quad_class, e.goldstein, e.plover, e.modality, e.event_date, e.date_precision, "
            + DATES.replace("date_precision", "e.date_precision").replace("event_date", "e.event_date")
            + ", e.location, m.evidence, m.sentence, m.start_offset, m.end_offset, e.num_mentions, e.num_sources, "
            + "e.num_articles, a.url, a.title, a.published, e.date_added, a.tone AS avg_tone, e.confidence FROM "
            + FIRST_REPORTS + ")";

    /**
     * One row per report ({@code event_mentions}), with the columns of {@link #LEAN}: for aggregates that count
     * distinct events themselves ({@code count(DISTINCT event_id)}), which is far cheaper over millions of rows than
     * grouping every event first. Every report of an event shares its source, target, code, QuadClass, Goldstein,
     * PLOVER type, date and (asserted/past folded) modality, so a condition on those keeps all of an event's reports
     * or none; a condition on {@code confidence} (per report) keeps the event when any report meets it, as the
     * events view's highest confidence does.
     */
    static final String MENTIONS = "(SELECT event_id, source, target, code, quad_class, goldstein, plover, modality, "
            + "evidence, confidence, " + DATES + " FROM event_mentions)";

    /**
     * The lean form for aggregates over many events: one row per distinct event from {@code event_mentions} alone,
     * without the article joins. Columns: {@code event_id, source, target, code, quad_class, goldstein, plover,
     * modality, evidence, confidence, day, month} (evidence of any one report, the highest confidence).
     */
    static final String LEAN = "(SELECT *, " + DATES + " FROM (SELECT event_id, any_value(source) AS source, "
            + "any_value(target) AS target, any_value(code) AS code, any_value(quad_class) AS quad_class, "
            + "any_value(goldstein) AS goldstein, any_value(plover) AS plover, any_value(modality) AS modality, "
            + "any_value(evidence) AS evidence, any_value(event_date) AS event_date, "
            + "any_value(date_precision) AS date_precision, max(confidence) AS confidence FROM event_mentions "
            + "GROUP BY event_id))";
}
