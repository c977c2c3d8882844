-- warta corpus store, version 1 (PostgreSQL). docs/corpus.md describes every table.
CREATE TABLE articles (
    seq BIGSERIAL PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,            -- the warta/1 document id: hash of the canonical text
    url TEXT UNIQUE,
    headline TEXT,
    lead TEXT,
    outlet TEXT,
    dateline TEXT,
    published TEXT,                     -- ISO 8601 with zone
    day TEXT,                           -- publication date, YYYY-MM-DD (local to the outlet)
    language TEXT,
    input TEXT,                         -- where it was read from
    copy_of TEXT NOT NULL,              -- first stored article of its near-duplicate group (itself if none)
    story BIGINT,
    signature BYTEA,                     -- MinHash of the text's word shingles
    keywords TEXT,                      -- content-word stems of headline and lead (story matching)
    doc BYTEA NOT NULL,                  -- the whole warta/1 document, zlib-compressed JSON
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_day ON articles (day);
CREATE INDEX articles_copy_of ON articles (copy_of);
CREATE INDEX articles_story ON articles (story);
CREATE INDEX articles_outlet ON articles (outlet);

CREATE TABLE article_search (
    seq BIGINT PRIMARY KEY,
    terms TSVECTOR NOT NULL             -- headline terms weighted A, body B
);
CREATE INDEX article_search_terms ON article_search USING GIN (terms);

CREATE TABLE inputs (
    hash TEXT PRIMARY KEY,              -- hash of the raw input and its metadata: seen inputs are not re-analysed
    article TEXT NOT NULL
);

CREATE TABLE lsh_buckets (
    bucket BIGINT NOT NULL,            -- one MinHash band, hashed with its band number
    article TEXT NOT NULL
);
CREATE INDEX lsh_buckets_bucket ON lsh_buckets (bucket);
CREATE INDEX lsh_buckets_article ON lsh_buckets (article);

CREATE TABLE entities (
    id BIGSERIAL PRIMARY KEY,
    kb TEXT UNIQUE,                     -- knowledge-base id; NULL for names clustered across articles
    name_key TEXT,                      -- label:normalised name, for names without a KB entry
    name TEXT NOT NULL,
    label TEXT NOT NULL,
    country TEXT,
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    wikidata TEXT,
    articles INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entities_name_key ON entities (name_key);
CREATE INDEX entities_name ON entities (lower(name));

CREATE TABLE article_entities (
    article TEXT NOT NULL,
    local_id TEXT NOT NULL,             -- the entity id inside the document (E1, E2, ...)
    entity BIGINT NOT NULL REFERENCES entities (id),
    name TEXT NOT NULL,                 -- the name the article uses
    mentions INTEGER NOT NULL,
    salient INTEGER NOT NULL,           -- named in headline or lead, or mentioned at least twice
    PRIMARY KEY (article, local_id)
);
CREATE INDEX article_entities_entity ON article_entities (entity);

CREATE TABLE quotes (
    article TEXT NOT NULL,
    idx INTEGER NOT NULL,
    kind TEXT,
    text TEXT NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    speaker TEXT,
    speaker_entity BIGINT,
    PRIMARY KEY (article, idx)
);
CREATE INDEX quotes_speaker_entity ON quotes (speaker_entity);

CREATE TABLE quote_entities (          -- entities named inside a quote: quotes *about* them
    article TEXT NOT NULL,
    idx INTEGER NOT NULL,
    entity BIGINT NOT NULL,
    PRIMARY KEY (article, idx, entity)
);
CREATE INDEX quote_entities_entity ON quote_entities (entity);

CREATE TABLE events (
    article TEXT NOT NULL,
    idx INTEGER NOT NULL,
    type TEXT NOT NULL,
    mode TEXT,
    trigger TEXT,
    source_entity BIGINT,
    source_name TEXT,
    source_country TEXT,
    source_sector TEXT,
    target_entity BIGINT,
    target_name TEXT,
    target_country TEXT,
    target_sector TEXT,
    location TEXT,
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    time_value TEXT,                    -- the TIMEX value from the times layer (a date, month, range, ...)
    day TEXT,                           -- the first day it covers, YYYY-MM-DD (for time filters)
    day_assumed INTEGER NOT NULL,       -- 1: the text gave no time, the publication date stands in
    modality TEXT,
    attributed_to TEXT,
    evidence TEXT,
    PRIMARY KEY (article, idx)
);
CREATE INDEX events_type ON events (type);
CREATE INDEX events_day ON events (day);
CREATE INDEX events_source ON events (source_entity);
CREATE INDEX events_target ON events (target_entity);

CREATE TABLE stories (
    id BIGSERIAL PRIMARY KEY,
    title TEXT,
    first_day TEXT,
    last_day TEXT,
    articles INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX stories_last_day ON stories (last_day);

CREATE TABLE ingest_errors (
    input TEXT NOT NULL,
    error TEXT NOT NULL,
    at TEXT NOT NULL
);
