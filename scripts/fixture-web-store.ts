/**
 * A large SQLite store for the web page's end-to-end test and manual checks, built in seconds: the schema
 * comes from the real store (openStore runs the migrations), the rows are bulk-inserted in ONE transaction
 * (no analysis, no merge: each merged event has one member article event). Deterministic for a given size.
 *
 *   npx tsx scripts/fixture-web-store.ts [--events 105000] [--db .bench/web.db]
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { openStore } from '../src/store/open.js';
import type { MergedEvent } from '../src/store/types.js';
import type { SitrepEvent } from '../src/core/schema.js';

/** Places all over the world (admin1 as the store keeps it, without "Oblast"), incl. two near the antimeridian. */
export const FIXTURE_PLACES: Array<{ name: string; country: string; admin1: string; lat: number; lon: number }> = [
  { name: 'Kharkiv', country: 'UA', admin1: 'Kharkiv', lat: 49.98, lon: 36.25 },
  { name: 'Kupiansk', country: 'UA', admin1: 'Kharkiv', lat: 49.71, lon: 37.62 },
  { name: 'Kherson', country: 'UA', admin1: 'Kherson', lat: 46.64, lon: 32.61 },
  { name: 'Zaporizhzhia', country: 'UA', admin1: 'Zaporizhzhia', lat: 47.82, lon: 35.19 },
  { name: 'Pokrovsk', country: 'UA', admin1: 'Donetsk', lat: 48.28, lon: 37.18 },
  { name: 'Belgorod', country: 'RU', admin1: 'Belgorod', lat: 50.61, lon: 36.58 },
  { name: 'Kursk', country: 'RU', admin1: 'Kursk', lat: 51.73, lon: 36.19 },
  { name: 'Goma', country: 'CD', admin1: 'North Kivu', lat: -1.68, lon: 29.22 },
  { name: 'Bunia', country: 'CD', admin1: 'Ituri', lat: 1.56, lon: 30.25 },
  { name: 'El Fasher', country: 'SD', admin1: 'North Darfur', lat: 13.63, lon: 25.35 },
  { name: 'Omdurman', country: 'SD', admin1: 'Khartoum', lat: 15.64, lon: 32.48 },
  { name: 'Djibo', country: 'BF', admin1: 'Sahel', lat: 14.1, lon: -1.63 },
  { name: 'Gao', country: 'ML', admin1: 'Gao', lat: 16.27, lon: -0.04 },
  { name: 'Mogadishu', country: 'SO', admin1: 'Banaadir', lat: 2.04, lon: 45.34 },
  { name: 'Tbilisi', country: 'GE', admin1: 'Tbilisi', lat: 41.69, lon: 44.83 },
  { name: 'Mandalay', country: 'MM', admin1: 'Mandalay', lat: 21.97, lon: 96.08 },
  { name: 'Port-au-Prince', country: 'HT', admin1: 'Ouest', lat: 18.54, lon: -72.34 },
  { name: 'Cúcuta', country: 'CO', admin1: 'Norte de Santander', lat: 7.89, lon: -72.5 },
  { name: 'Suva', country: 'FJ', admin1: 'Central', lat: -18.14, lon: 178.44 },
  { name: 'Anadyr', country: 'RU', admin1: 'Chukotka', lat: 64.73, lon: 177.51 },
];

const KINDS: Array<{ type: string; subType: string; verb: string; actors: [string, string?] }> = [
  { type: 'Explosions/Remote violence', subType: 'Shelling/artillery/missile attack', verb: 'was shelled', actors: ['Military Forces of Russia', 'Civilians (Ukraine)'] },
  { type: 'Explosions/Remote violence', subType: 'Air/drone strike', verb: 'was hit by drones', actors: ['Military Forces of Russia'] },
  { type: 'Battles', subType: 'Armed clash', verb: 'saw fighting', actors: ['Military Forces of Ukraine', 'Military Forces of Russia'] },
  { type: 'Battles', subType: 'Armed clash', verb: 'saw clashes', actors: ['Rapid Support Forces', 'Military Forces of Sudan'] },
  { type: 'Protests', subType: 'Peaceful protest', verb: 'saw a protest', actors: ['Protesters (Georgia)'] },
  { type: 'Strategic developments', subType: 'Arrests', verb: 'saw arrests', actors: ['Police Forces of Georgia', 'Protesters (Georgia)'] },
  { type: 'Violence against civilians', subType: 'Attack', verb: 'saw an attack on civilians', actors: ['Unidentified Armed Group', 'Civilians'] },
  { type: 'Riots', subType: 'Mob violence', verb: 'saw mob violence', actors: ['Rioters'] },
];
const HEDGES = ['asserted', 'reported', 'claimed', 'denied'] as const;
const SOURCES = ['Governor of Kharkiv Oblast', 'Ministry of Defence of Russia', 'local residents', 'witnesses'];

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

const hex = (s: string) => createHash('sha256').update(s).digest('hex');
const BASE = Date.UTC(2022, 0, 1);
const day = (n: number) => new Date(BASE + n * 86_400_000).toISOString().slice(0, 10);
/** bumped whenever the generated content changes (names cached copies of the store) */
export const FIXTURE_VERSION = 2;

/** the fixture's days: 2022-01-01 … 2025-12-31 */
export const FIXTURE_DAYS = 1461;

/** Builds (or rebuilds) a store of `events` merged events at `file`; returns the count. */
export async function buildWebStore(file: string, events = 105_000): Promise<number> {
  mkdirSync(dirname(file), { recursive: true });
  for (const f of [file, file + '-wal', file + '-shm']) if (existsSync(f)) rmSync(f);
  const store = await openStore({ sqlite: file });
  await store.close();
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  // random text keys in a dozen indexes: keep the pages in memory while the one transaction runs
  db.pragma('cache_size = -400000');
  db.pragma('temp_store = MEMORY');
  db.pragma('foreign_keys = OFF');
  const r = rng(42);
  const articles = Math.max(1, Math.ceil(events / 500));
  const insArticle = db.prepare(
    `INSERT INTO articles (id, source, format, lang, date, title, url, byline, length, event_count, ingested_at, original, document) VALUES (?, ?, 'text', ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?)`,
  );
  const insFts = db.prepare('INSERT INTO article_fts (article_id, body) VALUES (?, ?)');
  const insText = db.prepare('INSERT INTO article_text (doc, article_id) VALUES (?, ?)');
  const insAe = db.prepare(
    `INSERT INTO article_events (article_id, event_id, type, sub_type, date_start, date_end, country, admin1, level, loc_name, lat, lon, data, sentence, merged_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'place', ?, ?, ?, ?, ?, ?)`,
  );
  const insClaim = db.prepare('INSERT INTO claims (article_id, event_id, idx, name, hedge, cue, span, rule) VALUES (?, ?, 0, ?, ?, NULL, NULL, ?)');
  const insMerged = db.prepare(
    `INSERT INTO merged_events (id, type, sub_type, date_start, date_end, country, admin1, level, loc_name, lat, lon, article_count, data) VALUES (?, ?, ?, ?, ?, ?, ?, 'place', ?, ?, ?, 1, ?)`,
  );
  const insActor = db.prepare('INSERT OR IGNORE INTO merged_actors (merged_id, actor) VALUES (?, ?)');
  const insHedge = db.prepare('INSERT OR IGNORE INTO merged_hedges (merged_id, hedge) VALUES (?, ?)');
  const insSource = db.prepare('INSERT OR IGNORE INTO merged_sources (merged_id, name) VALUES (?, ?)');
  const insRtree = db.prepare('INSERT OR REPLACE INTO merged_rtree (rid, min_lon, max_lon, min_lat, max_lat, merged_id) VALUES (?, ?, ?, ?, ?, ?)');
  const now = new Date(Date.UTC(2026, 0, 1)).toISOString();
  // secondary indexes are dropped for the bulk insert and built again afterwards (one sort each)
  const indexes = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('merged_events', 'article_events', 'merged_actors', 'merged_sources', 'claims')").all() as Array<{ name: string; sql: string }>;
  db.transaction(() => {
    for (const ix of indexes) db.exec(`DROP INDEX ${ix.name}`);
    for (let a = 0; a < articles; a++) {
      const original = `Synthetic report ${a}. Shelling, drones, clashes and protests in many places.`;
      const id = hex(original).slice(0, 16);
      // (article ids are content hashes, as in a real store)
      const n = Math.min(500, events - a * 500);
      const lang = ['en', 'nl', 'de'][a % 3]!;
      const doc = { document: { id, source: `fixture/${a}.txt`, format: 'text', lang, date: { value: null, precision: 'day', basis: 'none' } }, boilerplate: [], places: [], actors: [], events: [], casualties: [], diagnostics: [] };
      insArticle.run(id, `fixture/${a}.txt`, lang, null, `Synthetic report ${a}`, `https://www.reuters.com/world/fixture-${a}`, original.length, n, now, original, JSON.stringify(doc));
      insFts.run(id, original);
      insText.run(a + 1, id);
      for (let k = 0; k < n; k++) {
        const i = a * 500 + k;
        const p = FIXTURE_PLACES[Math.floor(r() * FIXTURE_PLACES.length)]!;
        const kind = KINDS[Math.floor(r() * KINDS.length)]!;
        const d = day(Math.floor(r() * FIXTURE_DAYS));
        const lat = +(p.lat + (r() - 0.5) * 2).toFixed(4);
        let lon = +(p.lon + (r() - 0.5) * 2).toFixed(4);
        if (lon > 180) lon -= 360;
        const hedge = HEDGES[Math.floor(r() * HEDGES.length)]!;
        const source = r() < 0.7 ? SOURCES[Math.floor(r() * SOURCES.length)]! : null;
        const killed = r() < 0.4 ? Math.floor(r() * 12) : null;
        // ids in insertion order: the primary-key B-trees and the R*Tree grow at their ends
        const mid = `${i.toString(16).padStart(12, '0')}f${hex(String(i)).slice(0, 3)}`;
        const eid = `ev${k + 1}`;
        const sentence = `${p.name} ${kind.verb} on ${d} (item ${i}).`;
        const actors = kind.actors.filter((x): x is string => !!x);
        const loc = { level: 'place' as const, name: p.name, country: p.country, admin1: p.admin1, lat, lon };
        const ev: SitrepEvent = {
          id: eid, type: kind.type, subType: kind.subType, date: { start: d, end: d, precision: 'day', basis: 'explicit' }, location: loc, actors,
          ...(killed !== null ? { fatalities: { min: killed, max: killed } } : {}),
          sources: [{ name: source, hedge }], trigger: { start: p.name.length + 1, end: p.name.length + 1 + kind.verb.length, text: kind.verb },
          evidence: [{ start: 0, end: sentence.length, text: sentence }], rules: { type: 'fixture' },
        };
        const merged: MergedEvent = {
          id: mid, type: kind.type, subType: kind.subType, date: { start: d, end: d }, location: loc, actors: [...actors].sort(),
          actorRoles: actors.map((x, j) => ({ name: x, role: j === 0 ? 'initiator' : 'target' })),
          fatalities: killed !== null ? { low: killed, best: killed, high: killed } : null, injuries: null,
          hedges: [hedge], sources: source ? [source] : [], mergedFrom: [{ articleId: id, eventId: eid }], articleCount: 1, langs: [lang], conflicts: [], summary: sentence,
        };
        insAe.run(id, eid, kind.type, kind.subType, d, d, p.country, p.admin1, p.name, lat, lon, JSON.stringify(ev), JSON.stringify({ start: 0, end: sentence.length, text: sentence }), mid);
        insClaim.run(id, eid, source, hedge, 'fixture');
        insMerged.run(mid, kind.type, kind.subType, d, d, p.country, p.admin1, p.name, lat, lon, JSON.stringify(merged));
        for (const x of actors) insActor.run(mid, x.toLowerCase());
        insHedge.run(mid, hedge);
        if (source) insSource.run(mid, source);
        insRtree.run(parseInt(mid.replace(/[^0-9a-f]/g, '').slice(0, 13).padEnd(13, '0'), 16), lon, lon, lat, lat, mid);
      }
    }
    db.exec(`DELETE FROM store_counts;
INSERT INTO store_counts (name, key, n) SELECT 'articles', '', COUNT(*) FROM articles;
INSERT INTO store_counts (name, key, n) SELECT 'articleEvents', '', COUNT(*) FROM article_events;
INSERT INTO store_counts (name, key, n) SELECT 'mergedEvents', '', COUNT(*) FROM merged_events;
INSERT INTO store_counts (name, key, n) SELECT 'multiSourceEvents', '', COUNT(*) FROM merged_events WHERE article_count > 1;
INSERT INTO store_counts (name, key, n) SELECT 'claims', '', COUNT(*) FROM claims;
INSERT INTO store_counts (name, key, n) SELECT 'casualties', '', COUNT(*) FROM casualties;
INSERT INTO store_counts (name, key, n) SELECT 'places', '', COUNT(*) FROM places;
INSERT INTO store_counts (name, key, n) SELECT 'conflicts', '', 0;
INSERT INTO store_counts (name, key, n) SELECT 'byLang', lang, COUNT(*) FROM articles GROUP BY lang;
INSERT INTO store_counts (name, key, n) SELECT 'byType', type, COUNT(*) FROM merged_events GROUP BY type;
INSERT INTO store_counts (name, key, n) SELECT 'byCountry', country, COUNT(*) FROM merged_events GROUP BY country;`);
    for (const ix of indexes) db.exec(ix.sql);
  })();
  db.exec('ANALYZE');
  db.close();
  return events;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name: string, dflt: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? (process.argv[i + 1] ?? dflt) : dflt;
  };
  const file = resolve(arg('db', '.bench/web.db'));
  const t0 = performance.now();
  const n = await buildWebStore(file, Number(arg('events', '105000')));
  process.stdout.write(`${file}: ${n} merged events in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
}
