/**
 * PostgreSQL schema, versioned: each migration runs once, in order, inside one transaction, recorded in
 * schema_migrations. Mirror image of sqlite/schema.ts (same tables and columns); PostgreSQL-only parts:
 * a generated tsvector column with a GIN index over article text; bbox via plain lat/lon indexes (no PostGIS). Text keys use COLLATE "C" so ordering matches SQLite.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, extractions, article events, claims, merged events',
    sql: `
CREATE TABLE articles (
  id TEXT COLLATE "C" PRIMARY KEY, source TEXT NOT NULL, format TEXT NOT NULL, lang TEXT NOT NULL, date TEXT,
  title TEXT, url TEXT, byline TEXT, length INTEGER NOT NULL, event_count INTEGER NOT NULL,
  ingested_at TEXT COLLATE "C" NOT NULL, original TEXT NOT NULL, document TEXT NOT NULL
);
CREATE INDEX articles_ingested ON articles (ingested_at, id);
CREATE INDEX articles_lang ON articles (lang);
CREATE TABLE places (
  article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE, idx INTEGER NOT NULL,
  start_off INTEGER NOT NULL, end_off INTEGER NOT NULL, text TEXT NOT NULL, level TEXT NOT NULL, name TEXT NOT NULL,
  country TEXT NOT NULL, admin1 TEXT, lat DOUBLE PRECISION, lon DOUBLE PRECISION, geoname_id INTEGER, kind TEXT NOT NULL,
  rule TEXT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (article_id, idx)
);
CREATE INDEX places_name ON places (country, level, name);
CREATE TABLE actors (
  article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE, idx INTEGER NOT NULL,
  name TEXT NOT NULL, kind TEXT NOT NULL, inter INTEGER, role TEXT, rule TEXT NOT NULL, data TEXT NOT NULL,
  PRIMARY KEY (article_id, idx)
);
CREATE TABLE casualties (
  article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE, idx INTEGER NOT NULL,
  kind TEXT NOT NULL, min_n INTEGER, max_n INTEGER, who TEXT, source TEXT, hedge TEXT NOT NULL, event_id TEXT,
  start_off INTEGER NOT NULL, end_off INTEGER NOT NULL, text TEXT NOT NULL, rule TEXT NOT NULL, data TEXT NOT NULL,
  PRIMARY KEY (article_id, idx)
);
CREATE TABLE article_events (
  article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE, event_id TEXT COLLATE "C" NOT NULL,
  type TEXT NOT NULL, sub_type TEXT NOT NULL, date_start TEXT COLLATE "C" NOT NULL, date_end TEXT COLLATE "C" NOT NULL,
  country TEXT NOT NULL, admin1 TEXT, level TEXT NOT NULL, loc_name TEXT NOT NULL, lat DOUBLE PRECISION, lon DOUBLE PRECISION,
  data TEXT NOT NULL, sentence TEXT, merged_id TEXT COLLATE "C", PRIMARY KEY (article_id, event_id)
);
CREATE INDEX article_events_window ON article_events (country, date_start, date_end);
CREATE INDEX article_events_merged ON article_events (merged_id);
CREATE TABLE claims (
  article_id TEXT COLLATE "C" NOT NULL, event_id TEXT COLLATE "C" NOT NULL, idx INTEGER NOT NULL, name TEXT, hedge TEXT NOT NULL,
  cue TEXT, span TEXT, rule TEXT, PRIMARY KEY (article_id, event_id, idx),
  FOREIGN KEY (article_id, event_id) REFERENCES article_events (article_id, event_id) ON DELETE CASCADE
);
CREATE INDEX claims_name ON claims (name);
CREATE TABLE merged_events (
  id TEXT COLLATE "C" PRIMARY KEY, type TEXT NOT NULL, sub_type TEXT NOT NULL, date_start TEXT COLLATE "C" NOT NULL, date_end TEXT COLLATE "C" NOT NULL,
  country TEXT NOT NULL, admin1 TEXT, level TEXT NOT NULL, loc_name TEXT NOT NULL, lat DOUBLE PRECISION, lon DOUBLE PRECISION,
  article_count INTEGER NOT NULL, data TEXT NOT NULL
);
CREATE INDEX merged_events_order ON merged_events (date_start, id);
CREATE INDEX merged_events_type ON merged_events (type, sub_type);
CREATE INDEX merged_events_place ON merged_events (country, admin1);
CREATE INDEX merged_events_lat ON merged_events (lat, lon);
CREATE TABLE merged_actors (
  merged_id TEXT COLLATE "C" NOT NULL REFERENCES merged_events (id) ON DELETE CASCADE, actor TEXT COLLATE "C" NOT NULL, PRIMARY KEY (merged_id, actor)
);
CREATE INDEX merged_actors_actor ON merged_actors (actor);
ALTER TABLE articles ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', original)) STORED;
CREATE INDEX articles_tsv ON articles USING GIN (tsv);
CREATE INDEX merged_events_lon ON merged_events (lon, lat);
`,
  },
  {
    version: 2,
    name: 'merged event redirects (a merged id replaced by a re-merge points to its successor)',
    sql: `
CREATE TABLE merged_redirects (old_id TEXT COLLATE "C" PRIMARY KEY, new_id TEXT COLLATE "C" NOT NULL);
CREATE INDEX merged_redirects_new ON merged_redirects (new_id);
`,
  },
  {
    version: 3,
    name: 'read speed: filter indexes in keyset order, per-merged-event hedges and sources, store counters',
    sql: `
CREATE INDEX merged_events_type_order ON merged_events (type, date_start, id);
CREATE INDEX merged_events_subtype_order ON merged_events (sub_type, date_start, id);
CREATE INDEX merged_events_country_order ON merged_events ((upper(country)), date_start, id);
CREATE INDEX merged_events_admin1_order ON merged_events ((lower(admin1)), date_start, id);
CREATE INDEX merged_events_end ON merged_events (date_end);
DROP INDEX merged_events_type;
CREATE TABLE merged_hedges (
  merged_id TEXT COLLATE "C" NOT NULL REFERENCES merged_events (id) ON DELETE CASCADE, hedge TEXT NOT NULL, PRIMARY KEY (merged_id, hedge)
);
CREATE TABLE merged_sources (
  merged_id TEXT COLLATE "C" NOT NULL REFERENCES merged_events (id) ON DELETE CASCADE, name TEXT NOT NULL, PRIMARY KEY (merged_id, name)
);
CREATE INDEX merged_sources_name ON merged_sources ((lower(name)));
INSERT INTO merged_hedges (merged_id, hedge)
  SELECT DISTINCT ae.merged_id, c.hedge FROM claims c JOIN article_events ae ON ae.article_id = c.article_id AND ae.event_id = c.event_id WHERE ae.merged_id IS NOT NULL;
INSERT INTO merged_sources (merged_id, name)
  SELECT DISTINCT ae.merged_id, c.name FROM claims c JOIN article_events ae ON ae.article_id = c.article_id AND ae.event_id = c.event_id WHERE ae.merged_id IS NOT NULL AND c.name IS NOT NULL;
CREATE TABLE store_counts (name TEXT NOT NULL, key TEXT NOT NULL, n BIGINT NOT NULL, PRIMARY KEY (name, key));
INSERT INTO store_counts (name, key, n) SELECT 'articles', '', COUNT(*) FROM articles;
INSERT INTO store_counts (name, key, n) SELECT 'articleEvents', '', COUNT(*) FROM article_events;
INSERT INTO store_counts (name, key, n) SELECT 'mergedEvents', '', COUNT(*) FROM merged_events;
INSERT INTO store_counts (name, key, n) SELECT 'multiSourceEvents', '', COUNT(*) FROM merged_events WHERE article_count > 1;
INSERT INTO store_counts (name, key, n) SELECT 'claims', '', COUNT(*) FROM claims;
INSERT INTO store_counts (name, key, n) SELECT 'casualties', '', COUNT(*) FROM casualties;
INSERT INTO store_counts (name, key, n) SELECT 'places', '', COUNT(*) FROM places;
INSERT INTO store_counts (name, key, n) SELECT 'conflicts', '', COALESCE(SUM(json_array_length((data::json)->'conflicts')), 0) FROM merged_events;
INSERT INTO store_counts (name, key, n) SELECT 'byLang', lang, COUNT(*) FROM articles GROUP BY lang;
INSERT INTO store_counts (name, key, n) SELECT 'byType', type, COUNT(*) FROM merged_events GROUP BY type;
INSERT INTO store_counts (name, key, n) SELECT 'byCountry', country, COUNT(*) FROM merged_events GROUP BY country;
ANALYZE merged_events;
ANALYZE merged_hedges;
ANALYZE merged_sources;
`,
  },
  {
    version: 4,
    name: 'merge at scale: merge units (profile groups) of article events; near-duplicate stories and their copies',
    sql: `
ALTER TABLE article_events ADD COLUMN unit_id TEXT COLLATE "C";
CREATE INDEX article_events_unit ON article_events (unit_id);
CREATE TABLE merge_units (
  id TEXT COLLATE "C" PRIMARY KEY, merged_id TEXT COLLATE "C", first_key TEXT COLLATE "C" NOT NULL, articles TEXT NOT NULL, size INTEGER NOT NULL,
  type TEXT NOT NULL, date_start TEXT COLLATE "C" NOT NULL, date_end TEXT COLLATE "C" NOT NULL, country TEXT NOT NULL, level TEXT NOT NULL,
  lat DOUBLE PRECISION, lon DOUBLE PRECISION, rep TEXT NOT NULL
);
CREATE INDEX merge_units_window ON merge_units (country, type, date_start);
CREATE INDEX merge_units_merged ON merge_units (merged_id);
CREATE TABLE story_prints (article_id TEXT COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE, signature TEXT NOT NULL);
CREATE TABLE story_bands (
  band TEXT COLLATE "C" NOT NULL, article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE, PRIMARY KEY (band, article_id)
);
CREATE TABLE article_copies (
  id TEXT COLLATE "C" PRIMARY KEY, story_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE, source TEXT NOT NULL,
  format TEXT NOT NULL, lang TEXT NOT NULL, date TEXT, title TEXT, url TEXT, byline TEXT, length INTEGER NOT NULL,
  similarity DOUBLE PRECISION NOT NULL, ingested_at TEXT COLLATE "C" NOT NULL, original TEXT NOT NULL
);
CREATE INDEX article_copies_story ON article_copies (story_id, ingested_at, id);
`,
  },
];
