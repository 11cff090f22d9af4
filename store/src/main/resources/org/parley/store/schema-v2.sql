-- parley store schema, version 2: events across articles.
-- An event is one (source, target, CAMEO code, day, modality) across every article that reports it, as in
-- GDELT; each report is a row of event_mentions with its evidence. events and actors are views, so their
-- counts can never disagree with the rows they count. Actor mentions move to actor_mentions; issues get a table.

-- Which knowledge tables coded an article (parley_version says which release).
ALTER TABLE articles ADD COLUMN tables_version VARCHAR DEFAULT '';

CREATE TABLE event_mentions (
    mention_id     VARCHAR PRIMARY KEY,
    event_id       VARCHAR NOT NULL,
    article_id     VARCHAR NOT NULL,
    source         VARCHAR NOT NULL,
    source_name    VARCHAR NOT NULL,
    target         VARCHAR NOT NULL,
    target_name    VARCHAR NOT NULL,
    code           VARCHAR NOT NULL,
    name           VARCHAR NOT NULL,
    root           VARCHAR NOT NULL,
    quad_class     INTEGER NOT NULL CHECK (quad_class BETWEEN 1 AND 4),
    goldstein      DOUBLE NOT NULL CHECK (goldstein BETWEEN -10 AND 10),
    plover         VARCHAR NOT NULL,
    modality       VARCHAR NOT NULL,
    event_date     VARCHAR,
    date_precision VARCHAR,
    location       VARCHAR NOT NULL,
    sentence       INTEGER NOT NULL,
    start_offset   INTEGER NOT NULL,
    end_offset     INTEGER NOT NULL,
    evidence       VARCHAR NOT NULL,
    trigger        VARCHAR NOT NULL,
    parley_version VARCHAR NOT NULL,
    tables_version VARCHAR NOT NULL
);

-- v1 events become mentions; their event_id is EventKeys' hash, computed the same way here.
INSERT INTO event_mentions
SELECT e.event_id, substr(sha256(e.source || '|' || e.target || '|' || e.code || '|'
           || coalesce(e.event_date, 'undated:' || e.article_id) || '|'
           || CASE WHEN e.modality IN ('asserted', 'past') THEN 'asserted' ELSE e.modality END), 1, 16),
       e.article_id, e.source, e.source_name, e.target, e.target_name, e.code, e.name, e.root, e.quad_class,
       e.goldstein, e.plover, e.modality, e.event_date, e.date_precision, e.location, e.sentence, e.start_offset,
       e.end_offset, e.evidence, e.trigger, a.parley_version, ''
FROM events e JOIN articles a ON a.article_id = e.article_id;

DROP INDEX events_article;
DROP TABLE events;

CREATE INDEX event_mentions_event ON event_mentions (event_id);
CREATE INDEX event_mentions_article ON event_mentions (article_id);

CREATE TABLE actor_mentions (
    article_id   VARCHAR NOT NULL,
    sentence     INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    text         VARCHAR NOT NULL,
    actor_code   VARCHAR NOT NULL,
    evidence     VARCHAR NOT NULL
);
INSERT INTO actor_mentions SELECT article_id, sentence, start_offset, end_offset, text, actor_code, evidence FROM mentions;
DROP INDEX mentions_article;
DROP TABLE mentions;
CREATE INDEX actor_mentions_article ON actor_mentions (article_id);

CREATE TABLE issues (
    article_id   VARCHAR NOT NULL,
    event_id     VARCHAR,
    issue        VARCHAR NOT NULL,
    evidence     VARCHAR NOT NULL,
    start_offset INTEGER,
    end_offset   INTEGER
);
CREATE INDEX issues_article ON issues (article_id);

CREATE VIEW events AS
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
       min(a.coded_at) AS date_added
FROM event_mentions m JOIN articles a ON a.article_id = m.article_id
GROUP BY m.event_id;

CREATE VIEW actors AS
SELECT actor_code,
       CASE WHEN actor_code LIKE 'IGO%' THEN actor_code ELSE substr(actor_code, 1, 3) END AS country,
       mode(text) AS name,
       count(*) AS num_mentions,
       count(DISTINCT article_id) AS num_articles
FROM actor_mentions
GROUP BY actor_code;
