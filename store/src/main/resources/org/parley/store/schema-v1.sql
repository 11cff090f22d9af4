-- parley store schema, version 1. One row per coded article; its events, mentions and quotes
-- reference it by article_id. Offsets are character offsets into articles.text.
CREATE TABLE articles (
    article_id     VARCHAR PRIMARY KEY,
    title          VARCHAR NOT NULL,
    url            VARCHAR NOT NULL,
    source         VARCHAR NOT NULL,
    published      DATE,
    text           VARCHAR NOT NULL,
    coded_at       TIMESTAMP NOT NULL,
    parley_version VARCHAR NOT NULL
);

CREATE TABLE events (
    event_id       VARCHAR PRIMARY KEY,
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
    trigger        VARCHAR NOT NULL
);

CREATE TABLE mentions (
    article_id   VARCHAR NOT NULL,
    sentence     INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    text         VARCHAR NOT NULL,
    actor_code   VARCHAR NOT NULL,
    evidence     VARCHAR NOT NULL
);

CREATE TABLE quotes (
    article_id    VARCHAR NOT NULL,
    sentence      INTEGER NOT NULL,
    start_offset  INTEGER NOT NULL,
    end_offset    INTEGER NOT NULL,
    text          VARCHAR NOT NULL,
    speaker_name  VARCHAR NOT NULL,
    speaker_actor VARCHAR
);

CREATE INDEX events_article ON events (article_id);
CREATE INDEX mentions_article ON mentions (article_id);
CREATE INDEX quotes_article ON quotes (article_id);
