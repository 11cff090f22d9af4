-- parley store schema, version 4: the coder's confidence in each report (0..1; NULL for reports stored before
-- v4), and the event's confidence in the events view, the highest of its reports'. An article that mentions an
-- event in several sentences now stores one event_mentions row per mention (mention_id '{article}-{n}' for the
-- first, '{article}-{n}.{k}' for the k-th further one), so num_mentions counts them as GDELT's NumMentions does.
ALTER TABLE event_mentions ADD COLUMN confidence DOUBLE;

CREATE OR REPLACE VIEW events AS
SELECT m.event_id,
       any_value(m.source) AS source,
       any_value(m.target) AS target,
       any_value(m.code) AS code,
       any_value(m.name) AS name,
       any_value(m.root) AS root,
       any_value(m.quad_class) AS quad_class,
       any_value(m.goldstein) AS goldstein,
       any_value(m.plover) AS plover,
       CASE WHEN any_value(m.modality) IN ('asserted', 'past') THEN 'asserted' ELSE any_value(m.modality) END AS modality,
       any_value(m.event_date) AS event_date,
       any_value(m.date_precision) AS date_precision,
       coalesce(mode(m.location) FILTER (WHERE m.location <> ''), '') AS location,
       count(*) AS num_mentions,
       count(DISTINCT coalesce(nullif(a.source, ''), regexp_extract(a.url, '^[A-Za-z]+://(www\.)?([^/:?#]+)', 2))) AS num_sources,
       count(DISTINCT m.article_id) AS num_articles,
       min(a.published) AS first_published,
       min(a.coded_at) AS date_added,
       max(m.confidence) AS confidence
FROM event_mentions m JOIN articles a ON a.article_id = m.article_id
GROUP BY m.event_id;
