/** Read queries over merged events, places and the whole store (shared by both backends). */
import type { Casualty, Claim, SitrepEvent, TextSpanOut } from '../../core/schema.js';
import type { EventDetail, EventFilter, EventMember, MergedEvent, Page, PlaceFilter, PlaceSummary, StoreStats } from '../types.js';
import { articlesByIds } from './articles.js';
import { decodeCursor, encodeCursor, pageLimit } from './cursor.js';
import type { Dialect, Param } from './dialect.js';
import { num, str } from './rows.js';

const MEMBER = `SELECT 1 FROM article_events ae WHERE ae.merged_id = m.id`;
const MEMBER_CLAIM = `SELECT 1 FROM article_events ae JOIN claims c ON c.article_id = ae.article_id AND c.event_id = ae.event_id WHERE ae.merged_id = m.id`;

/** WHERE conditions on merged events `m` for a filter; null when the filter can match nothing. */
function eventWhere(d: Dialect, f: EventFilter): { where: string[]; params: Param[] } | null {
  const where: string[] = [];
  const params: Param[] = [];
  const add = (sql: string, ...ps: Param[]) => {
    where.push(sql);
    params.push(...ps);
  };
  if (f.bbox) {
    const b = d.bbox(f.bbox);
    add(b.sql, ...b.params);
  }
  if (f.from) add('m.date_end >= ?', f.from);
  if (f.to) add("m.date_start <= ? AND m.date_start <> ''", f.to);
  if (f.type) add('m.type = ?', f.type);
  if (f.subType) add('m.sub_type = ?', f.subType);
  if (f.country) add('upper(m.country) = upper(?)', f.country);
  if (f.admin1) add('lower(m.admin1) = lower(?)', f.admin1);
  if (f.actor) add('EXISTS (SELECT 1 FROM merged_actors ma WHERE ma.merged_id = m.id AND ma.actor = ?)', f.actor.toLowerCase());
  if (f.source) add(`EXISTS (${MEMBER_CLAIM} AND lower(c.name) = lower(?))`, f.source);
  if (f.hedge) add(`EXISTS (${MEMBER_CLAIM} AND c.hedge = ?)`, f.hedge);
  if (f.article) add(`EXISTS (${MEMBER} AND ae.article_id = ?)`, f.article);
  if (f.q !== undefined) {
    const tq = d.textQuery(f.q);
    if (tq === null) return null;
    add(`EXISTS (${MEMBER} AND ae.article_id IN (${d.textMatch}))`, tq);
  }
  return { where, params };
}

export async function listEvents(d: Dialect, f: EventFilter = {}): Promise<Page<MergedEvent>> {
  const w = eventWhere(d, f);
  if (!w) return { items: [], next: null };
  const { where, params } = w;
  const add = (sql: string, ...ps: Param[]) => {
    where.push(sql);
    params.push(...ps);
  };
  const cur = decodeCursor(f.cursor);
  if (cur) add('(m.date_start < ? OR (m.date_start = ? AND m.id < ?))', cur.key, cur.key, cur.id);
  const limit = pageLimit(f.limit);
  const rows = await d.read.all<{ id: string; date_start: string; data: string }>(
    `SELECT m.id, m.date_start, m.data FROM merged_events m ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
     ORDER BY m.date_start DESC, m.id DESC LIMIT ${limit + 1}`,
    params,
  );
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => JSON.parse(r.data) as MergedEvent),
    next: rows.length > limit && last ? encodeCursor(last.date_start, last.id) : null,
  };
}

/** One merged event with its members. An id replaced by a later re-merge resolves to its successor (whose id differs). */
export async function countEvents(d: Dialect, f: EventFilter = {}): Promise<number> {
  const w = eventWhere(d, f);
  if (!w) return 0;
  const rows = await d.read.all<{ n: unknown }>(
    `SELECT CAST(COUNT(*) AS INTEGER) AS n FROM merged_events m ${w.where.length ? 'WHERE ' + w.where.join(' AND ') : ''}`,
    w.params,
  );
  return num(rows[0]?.n) ?? 0;
}

export async function getEvent(d: Dialect, id: string): Promise<EventDetail | null> {
  let rows = await d.read.all<{ data: string }>('SELECT data FROM merged_events WHERE id = ?', [id]);
  if (rows.length === 0) {
    rows = await d.read.all<{ data: string }>('SELECT m.data FROM merged_redirects r JOIN merged_events m ON m.id = r.new_id WHERE r.old_id = ?', [id]);
  }
  const r = rows[0];
  if (!r) return null;
  const merged = JSON.parse(r.data) as MergedEvent;
  const evs = await d.read.all<{ article_id: string; event_id: string; data: string; sentence: string | null }>(
    'SELECT article_id, event_id, data, sentence FROM article_events WHERE merged_id = ? ORDER BY article_id, event_id',
    [id],
  );
  const claims = await d.read.all<{ article_id: string; event_id: string; name: string | null; hedge: string; cue: string | null; span: string | null; rule: string | null }>(
    `SELECT c.article_id, c.event_id, c.name, c.hedge, c.cue, c.span, c.rule FROM claims c JOIN article_events ae ON ae.article_id = c.article_id AND ae.event_id = c.event_id
     WHERE ae.merged_id = ? ORDER BY c.article_id, c.event_id, c.idx`,
    [id],
  );
  const cas = await d.read.all<{ article_id: string; event_id: string; data: string }>(
    `SELECT c.article_id, c.event_id, c.data FROM casualties c JOIN article_events ae ON ae.article_id = c.article_id AND ae.event_id = c.event_id
     WHERE ae.merged_id = ? ORDER BY c.article_id, c.idx`,
    [id],
  );
  const articles = await articlesByIds(d.read, [...new Set(evs.map((e) => e.article_id))]);
  const members: EventMember[] = evs.map((e) => ({
    articleId: e.article_id,
    eventId: e.event_id,
    event: JSON.parse(e.data) as SitrepEvent,
    claims: claims
      .filter((c) => c.article_id === e.article_id && c.event_id === e.event_id)
      .map((c) => {
        const claim: Claim = { name: c.name, hedge: c.hedge as Claim['hedge'] };
        if (c.cue) claim.cue = JSON.parse(c.cue) as TextSpanOut;
        if (c.span) claim.span = JSON.parse(c.span) as TextSpanOut;
        if (c.rule) claim.rule = c.rule;
        return claim;
      }),
    casualties: cas.filter((c) => c.article_id === e.article_id && c.event_id === e.event_id).map((c) => JSON.parse(c.data) as Casualty),
    sentence: e.sentence ? (JSON.parse(e.sentence) as TextSpanOut) : null,
    article: articles.get(e.article_id)!,
  }));
  return { ...merged, members };
}

export async function listPlaces(d: Dialect, f: PlaceFilter = {}): Promise<Page<PlaceSummary>> {
  const where: string[] = ["p.kind = 'toponym'"];
  const params: Param[] = [];
  if (f.country) {
    where.push('upper(p.country) = upper(?)');
    params.push(f.country);
  }
  if (f.level) {
    where.push('p.level = ?');
    params.push(f.level);
  }
  if (f.q) {
    where.push('lower(p.name) LIKE ?');
    params.push(`${f.q.toLowerCase().replace(/[%_]/g, '')}%`);
  }
  const key = `p.country || ':' || p.level || ':' || COALESCE(CAST(p.geoname_id AS TEXT), p.name)`;
  const grouped = `SELECT ${key} AS pkey, MIN(p.name) AS name, p.level AS level, p.country AS country, MIN(p.admin1) AS admin1,
      AVG(p.lat) AS lat, AVG(p.lon) AS lon, MIN(p.geoname_id) AS geoname_id,
      CAST(COUNT(*) AS INTEGER) AS mentions, CAST(COUNT(DISTINCT p.article_id) AS INTEGER) AS articles
    FROM places p WHERE ${where.join(' AND ')} GROUP BY ${key}, p.level, p.country`;
  const cur = decodeCursor(f.cursor);
  const limit = pageLimit(f.limit);
  const rows = await d.read.all(
    `SELECT g.*, (SELECT CAST(COUNT(*) AS INTEGER) FROM merged_events m WHERE m.country = g.country AND m.level = g.level AND m.loc_name = g.name) AS events
     FROM (${grouped}) g ${cur ? 'WHERE g.pkey > ?' : ''} ORDER BY g.pkey LIMIT ${limit + 1}`,
    cur ? [...params, cur.id] : params,
  );
  const items: PlaceSummary[] = rows.slice(0, limit).map((r) => ({
    key: String(r['pkey']),
    name: String(r['name']),
    level: String(r['level']) as PlaceSummary['level'],
    country: String(r['country']),
    admin1: str(r['admin1']),
    lat: num(r['lat']),
    lon: num(r['lon']),
    geonameId: num(r['geoname_id']),
    mentions: num(r['mentions']) ?? 0,
    articles: num(r['articles']) ?? 0,
    events: num(r['events']) ?? 0,
  }));
  const last = items.at(-1);
  return { items, next: rows.length > limit && last ? encodeCursor('', last.key) : null };
}

async function count(d: Dialect, sql: string): Promise<number> {
  const rows = await d.read.all<{ n: unknown }>(sql);
  return num(rows[0]?.n) ?? 0;
}

async function tally(d: Dialect, sql: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const r of await d.read.all<{ k: string; n: unknown }>(sql)) out[String(r.k)] = num(r.n) ?? 0;
  return out;
}

export async function stats(d: Dialect): Promise<StoreStats> {
  const merged = await d.read.all<{ data: string }>('SELECT data FROM merged_events');
  let conflicts = 0;
  for (const m of merged) conflicts += (JSON.parse(m.data) as MergedEvent).conflicts.length;
  const range = await d.read.all<{ lo: string | null; hi: string | null }>(
    "SELECT MIN(date_start) AS lo, MAX(date_end) AS hi FROM merged_events WHERE date_start <> ''",
  );
  return {
    articles: await count(d, 'SELECT CAST(COUNT(*) AS INTEGER) AS n FROM articles'),
    articleEvents: await count(d, 'SELECT CAST(COUNT(*) AS INTEGER) AS n FROM article_events'),
    mergedEvents: merged.length,
    multiSourceEvents: await count(d, 'SELECT CAST(COUNT(*) AS INTEGER) AS n FROM merged_events WHERE article_count > 1'),
    claims: await count(d, 'SELECT CAST(COUNT(*) AS INTEGER) AS n FROM claims'),
    casualties: await count(d, 'SELECT CAST(COUNT(*) AS INTEGER) AS n FROM casualties'),
    places: await count(d, 'SELECT CAST(COUNT(*) AS INTEGER) AS n FROM places'),
    conflicts,
    byLang: await tally(d, 'SELECT lang AS k, CAST(COUNT(*) AS INTEGER) AS n FROM articles GROUP BY lang ORDER BY lang'),
    byType: await tally(d, 'SELECT type AS k, CAST(COUNT(*) AS INTEGER) AS n FROM merged_events GROUP BY type ORDER BY type'),
    byCountry: await tally(d, 'SELECT country AS k, CAST(COUNT(*) AS INTEGER) AS n FROM merged_events GROUP BY country ORDER BY country'),
    dateRange: { from: range[0]?.lo ?? null, to: range[0]?.hi ?? null },
  };
}

/** Every table's rows in primary-key order, one JSON line each (no backend-internal columns). */
export async function dump(d: Dialect): Promise<string> {
  const tables: Array<[string, string, string]> = [
    ['articles', 'id, source, format, lang, date, title, url, byline, length, event_count, ingested_at, original, document', 'id'],
    ['places', 'article_id, idx, start_off, end_off, text, level, name, country, admin1, lat, lon, geoname_id, kind, rule, data', 'article_id, idx'],
    ['actors', 'article_id, idx, name, kind, inter, role, rule, data', 'article_id, idx'],
    ['casualties', 'article_id, idx, kind, min_n, max_n, who, source, hedge, event_id, start_off, end_off, text, rule, data', 'article_id, idx'],
    ['article_events', 'article_id, event_id, type, sub_type, date_start, date_end, country, admin1, level, loc_name, lat, lon, data, sentence, merged_id', 'article_id, event_id'],
    ['claims', 'article_id, event_id, idx, name, hedge, cue, span, rule', 'article_id, event_id, idx'],
    ['merged_events', 'id, type, sub_type, date_start, date_end, country, admin1, level, loc_name, lat, lon, article_count, data', 'id'],
    ['merged_actors', 'merged_id, actor', 'merged_id, actor'],
    ['merged_redirects', 'old_id, new_id', 'old_id'],
  ];
  const out: string[] = [];
  for (const [t, cols, order] of tables) {
    for (const r of await d.read.all(`SELECT ${cols} FROM ${t} ORDER BY ${order}`)) {
      out.push(`${t}\t${JSON.stringify(cols.split(', ').map((c) => r[c] ?? null))}`);
    }
  }
  return out.join('\n') + '\n';
}
