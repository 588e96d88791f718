/** Read queries over merged events, places and the whole store (shared by both backends). */
import type { Casualty, Claim, SitrepEvent, TextSpanOut } from '../../core/schema.js';
import type { ActorSummary, Admin1Summary, DayCount, EventArticle, EventDetail, EventFilter, EventMember, MergedEvent, Page, PlaceFilter, PlaceSummary } from '../types.js';
import { articlesByIds, toArticle } from './articles.js';
import { decodeCursor, encodeCursor, pageLimit } from './cursor.js';
import type { Dialect, Param } from './dialect.js';
import { num, str } from './rows.js';

/**
 * Each filter in two forms: `test`, cheap to check on one row (for scanning merged events newest first),
 * and `seek`, a form the planner can drive from an index when few events match. Both select the same events.
 */
type Mode = 'test' | 'seek';

interface Cond {
  sql: string;
  params: Param[];
  /**
   * For choosing a plan: SQL selecting one row per event this condition keeps (or per article, `perArticle`),
   * from an index, so that `LIMIT k` counts cheaply whether the condition is rare.
   */
  rows?: { sql: string; params: Param[]; perArticle?: true };
}

/** Conditions on merged events `m` for a filter, apart from the date bound; null when the filter can match nothing. */
function filterConds(d: Dialect, f: EventFilter, mode: Mode): Cond[] | null {
  const out: Cond[] = [];
  const add = (sql: string, params: Param[], rows?: Cond['rows']) => out.push({ sql, params, ...(rows ? { rows } : {}) });
  /** a condition on merged_events columns, counted through its own index */
  const col = (sql: string, ...params: Param[]) => add(sql, params, { sql: `SELECT 1 FROM merged_events m WHERE ${sql}`, params });
  if (f.bbox) out.push({ ...d.bbox(f.bbox, mode), rows: d.bboxRows(f.bbox) });
  if (f.from) col('m.date_end >= ?', f.from);
  if (f.type) col('m.type = ?', f.type);
  if (f.subType) col('m.sub_type = ?', f.subType);
  if (f.country) col('upper(m.country) = upper(?)', f.country);
  if (f.admin1) col('lower(m.admin1) = lower(?)', f.admin1);
  if (f.admin2) add(`lower(${d.admin2Expr}) = lower(?)`, [f.admin2]);
  if (f.actor) {
    const actor = f.actor.toLowerCase();
    add(
      mode === 'test'
        ? 'EXISTS (SELECT 1 FROM merged_actors ma WHERE ma.merged_id = m.id AND ma.actor = ?)'
        : 'm.id IN (SELECT ma.merged_id FROM merged_actors ma WHERE ma.actor = ?)',
      [actor],
      { sql: 'SELECT 1 FROM merged_actors ma WHERE ma.actor = ?', params: [actor] },
    );
  }
  if (f.actors) {
    const names = [...new Set(f.actors.map((a) => a.toLowerCase()))].slice(0, 500);
    if (names.length === 0) return null;
    const list = names.map(() => '?').join(', ');
    add(
      mode === 'test'
        ? `EXISTS (SELECT 1 FROM merged_actors ma WHERE ma.merged_id = m.id AND ma.actor IN (${list}))`
        : `m.id IN (SELECT ma.merged_id FROM merged_actors ma WHERE ma.actor IN (${list}))`,
      names,
      { sql: `SELECT 1 FROM merged_actors ma WHERE ma.actor IN (${list})`, params: names },
    );
  }
  if (f.admin1s) {
    const names = [...new Set(f.admin1s.map((a) => a.toLowerCase()))].slice(0, 200);
    if (names.length === 0) return null;
    col(`lower(m.admin1) IN (${names.map(() => '?').join(', ')})`, ...names);
  }
  if (f.source) {
    add(
      mode === 'test'
        ? 'EXISTS (SELECT 1 FROM merged_sources s WHERE s.merged_id = m.id AND lower(s.name) = lower(?))'
        : 'm.id IN (SELECT s.merged_id FROM merged_sources s WHERE lower(s.name) = lower(?))',
      [f.source],
      { sql: 'SELECT 1 FROM merged_sources s WHERE lower(s.name) = lower(?)', params: [f.source] },
    );
  }
  if (f.hedge) add('EXISTS (SELECT 1 FROM merged_hedges h WHERE h.merged_id = m.id AND h.hedge = ?)', [f.hedge]);
  if (f.article) {
    add(
      mode === 'test'
        ? 'EXISTS (SELECT 1 FROM article_events ae WHERE ae.merged_id = m.id AND ae.article_id = ?)'
        : 'm.id IN (SELECT ae.merged_id FROM article_events ae WHERE ae.article_id = ?)',
      [f.article],
      { sql: 'SELECT 1 FROM article_events ae WHERE ae.article_id = ?', params: [f.article] },
    );
  }
  if (f.q !== undefined) {
    const tq = d.textQuery(f.q);
    if (tq === null) return null;
    add(d.memberText(mode), [tq], { sql: d.textMatch, params: [tq], perArticle: true });
  }
  return out;
}

/** The date bound (`to`), a condition on the keyset order's leading column. */
function toCond(f: EventFilter): Cond[] {
  return f.to ? [{ sql: "m.date_start <= ? AND m.date_start <> ''", params: [f.to] }] : [];
}

function where(conds: readonly Cond[]): { sql: string; params: Param[] } {
  return { sql: conds.length ? 'WHERE ' + conds.map((c) => c.sql).join(' AND ') : '', params: conds.flatMap((c) => c.params) };
}

/** Query planning knobs (tests shrink the probe window to exercise both steps on a small store). */
export interface QueryTuning {
  /** how many of the newest events a filtered page scans before asking the planner (default: 40 pages, 2 000–20 000) */
  probeWindow?: number;
  /** skip the scan when an index shows a condition too rare to fill a page in the window (default true) */
  planBySelectivity?: boolean;
}

/**
 * Whether some condition is so rare that scanning the window would likely not fill a page: it keeps
 * fewer than `(limit + 1) × events / window` events (each count reads at most that many index entries).
 */
async function rare(d: Dialect, conds: readonly Cond[], limit: number, window: number): Promise<boolean> {
  const counted = conds.filter((c) => c.rows);
  if (counted.length === 0) return false;
  const totals = new Map(
    (await d.read.all<{ name: string; n: unknown }>("SELECT name, n FROM store_counts WHERE key = '' AND name IN ('mergedEvents', 'articleEvents', 'articles')")).map(
      (r) => [r.name, num(r.n) ?? 0],
    ),
  );
  const events = totals.get('mergedEvents') ?? 0;
  if (events <= window) return false;
  const cutoff = Math.ceil(((limit + 1) * events) / window);
  const perArticle = Math.max(1, (totals.get('articleEvents') ?? 0) / Math.max(1, totals.get('articles') ?? 0));
  for (const c of counted) {
    const r = c.rows!;
    const cap = r.perArticle ? Math.ceil(cutoff / perArticle) : cutoff;
    const rows = await d.read.all<{ n: unknown }>(`SELECT CAST(COUNT(*) AS INTEGER) AS n FROM (${r.sql} LIMIT ${cap}) x`, r.params);
    if ((num(rows[0]?.n) ?? 0) < cap) return true;
  }
  return false;
}

function probeWindow(limit: number, t: QueryTuning): number {
  return Math.max(1, t.probeWindow ?? Math.min(20_000, Math.max(2_000, 40 * (limit + 1))));
}

type Row = { id: string; date_start: string; data: string };
const ORDER = 'ORDER BY m.date_start DESC, m.id DESC';

/**
 * One page of merged events, newest first. Without filters: the (date_start, id) index in order. A backend
 * with a cost-based planner fed by statistics (PostgreSQL) gets one query and chooses itself. Otherwise, with
 * filters: when an index shows some condition rare (`rare`), the planner drives the query from its index
 * (R*Tree, actor, source, text…) and sorts the few matches. Otherwise two exact steps: (1) scan the newest
 * `probeWindow` events in index order, testing each row — the fast plan whenever the filter is not rare (a
 * page of 50 is found after a few hundred rows) — and, when that held less than a page, the next 8 windows'
 * worth; (2) only when still short of a page, the events older than that, by the planner's choice. Every plan keeps the keyset order, so the page
 * equals the one a plain ORDER BY … LIMIT gives.
 */
export async function listEvents(d: Dialect, f: EventFilter = {}, tuning: QueryTuning = {}): Promise<Page<MergedEvent>> {
  const test = filterConds(d, f, 'test');
  if (!test) return { items: [], next: null };
  const cur = decodeCursor(f.cursor);
  const limit = pageLimit(f.limit);
  const bound: Cond[] = [...(cur ? [{ sql: '(m.date_start, m.id) < (?, ?)', params: [cur.key, cur.id] }] : []), ...toCond(f)];
  const page = async (rows: Row[]): Promise<Page<MergedEvent>> => {
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return { items: items.map((r) => JSON.parse(r.data) as MergedEvent), next: rows.length > limit && last ? encodeCursor(last.date_start, last.id) : null };
  };
  const select = (hint: string, conds: Cond[], n: number) => {
    const w = where(conds);
    return d.read.all<Row>(`SELECT m.id, m.date_start, m.data FROM merged_events m ${hint} ${w.sql} ${ORDER} LIMIT ${n}`, w.params);
  };
  if (test.length === 0 || d.costPlanner) return page(await select('', [...bound, ...test], limit + 1));
  const window = probeWindow(limit, tuning);
  if (tuning.planBySelectivity !== false && (await rare(d, test, limit, window))) {
    return page(await select('', [...bound, ...filterConds(d, f, 'seek')!], limit + 1));
  }
  // (1) scan windows of the newest events in index order (`window`, then 8 × as many older ones), each ending at its `edge`
  let rows: Row[] = [];
  let after: Cond[] = [];
  for (const size of [window, 8 * window]) {
    const wb = where([...bound, ...after]);
    const [edge] = await d.read.all<{ date_start: string; id: string }>(
      `SELECT m.date_start, m.id FROM merged_events m ${d.orderIndex} ${wb.sql} ${ORDER} LIMIT 1 OFFSET ${size - 1}`,
      wb.params,
    );
    const inWindow: Cond[] = edge ? [{ sql: 'm.date_start >= ? AND (m.date_start, m.id) >= (?, ?)', params: [edge.date_start, edge.date_start, edge.id] }] : [];
    rows = rows.concat(await select(d.orderIndex, [...bound, ...after, ...inWindow, ...test], limit + 1 - rows.length));
    if (!edge || rows.length > limit) return page(rows);
    after = [{ sql: '(m.date_start, m.id) < (?, ?)', params: [edge.date_start, edge.id] }];
  }
  // (2) older than the windows, planner's choice
  return page(rows.concat(await select('', [...bound, ...after, ...filterConds(d, f, 'seek')!], limit + 1 - rows.length)));
}

/**
 * Conditions for aggregating over every matching event (counts, day bins): the `seek` forms, except a bbox
 * holding many events, which is tested on each row (a scan beats a long R*Tree id list).
 */
async function aggregateConds(d: Dialect, f: EventFilter): Promise<Cond[] | null> {
  if (f.bbox && !d.costPlanner) {
    const r = d.bboxRows(f.bbox);
    const cap = 5_000;
    const rows = await d.read.all<{ n: unknown }>(`SELECT CAST(COUNT(*) AS INTEGER) AS n FROM (${r.sql} LIMIT ${cap}) x`, r.params);
    if ((num(rows[0]?.n) ?? 0) >= cap) {
      const { bbox: _b, ...rest } = f;
      const others = filterConds(d, rest, 'seek');
      return others ? [d.bbox(f.bbox, 'test'), ...others] : null;
    }
  }
  return filterConds(d, f, 'seek');
}

/** How many merged events match the filter (cursor and limit ignored). */
export async function countEvents(d: Dialect, f: EventFilter = {}): Promise<number> {
  const seek = await aggregateConds(d, f);
  if (!seek) return 0;
  const w = where([...toCond(f), ...seek]);
  const rows = await d.read.all<{ n: unknown }>(`SELECT CAST(COUNT(*) AS INTEGER) AS n FROM merged_events m ${w.sql}`, w.params);
  return num(rows[0]?.n) ?? 0;
}

/** One merged event with its members. An id replaced by a later re-merge resolves to its successor (whose id differs). */
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

/** Actor names of the merged events with their counts, most frequent first; display case taken from an event naming them. */
export async function listActors(d: Dialect, f: { q?: string; limit?: number } = {}): Promise<ActorSummary[]> {
  const limit = Math.max(1, Math.min(1000, f.limit ?? 100));
  const params: Param[] = [];
  let where = '';
  if (f.q) {
    where = 'WHERE ma.actor LIKE ?';
    params.push(`%${f.q.toLowerCase().replace(/[%_\\]/g, '')}%`);
  }
  const rows = await d.read.all<{ actor: string; n: unknown; sample: string }>(
    `SELECT ma.actor, CAST(COUNT(*) AS INTEGER) AS n, MIN(ma.merged_id) AS sample FROM merged_actors ma ${where} GROUP BY ma.actor ORDER BY n DESC, ma.actor LIMIT ${limit}`,
    params,
  );
  const display = new Map<string, string>();
  const samples = [...new Set(rows.map((r) => r.sample))];
  for (let i = 0; i < samples.length; i += 500) {
    const chunk = samples.slice(i, i + 500);
    for (const r of await d.read.all<{ data: string }>(`SELECT data FROM merged_events WHERE id IN (${chunk.map(() => '?').join(', ')})`, chunk)) {
      for (const a of (JSON.parse(r.data) as MergedEvent).actors) if (!display.has(a.toLowerCase())) display.set(a.toLowerCase(), a);
    }
  }
  return rows.map((r) => ({ name: display.get(r.actor) ?? r.actor, events: num(r.n) ?? 0 }));
}

/** Distinct (country, admin1) of the merged events with counts, most frequent first. */
export async function listAdmin1(d: Dialect, f: { country?: string; limit?: number } = {}): Promise<Admin1Summary[]> {
  const limit = Math.max(1, Math.min(5000, f.limit ?? 1000));
  const params: Param[] = [];
  let where = "WHERE m.admin1 IS NOT NULL AND m.admin1 <> ''";
  if (f.country) {
    where += ' AND upper(m.country) = upper(?)';
    params.push(f.country);
  }
  const rows = await d.read.all<{ country: string; admin1: string; n: unknown }>(
    `SELECT m.country, m.admin1, CAST(COUNT(*) AS INTEGER) AS n FROM merged_events m ${where} GROUP BY m.country, m.admin1 ORDER BY n DESC, m.admin1 LIMIT ${limit}`,
    params,
  );
  return rows.map((r) => ({ country: String(r.country), admin1: String(r.admin1), events: num(r.n) ?? 0 }));
}

/** Merged events per start day for a filter (cursor and limit ignored), in day order. */
export async function eventDays(d: Dialect, f: EventFilter = {}): Promise<DayCount[]> {
  const seek = await aggregateConds(d, f);
  if (!seek) return [];
  const w = where([...toCond(f), ...seek, { sql: "m.date_start <> ''", params: [] }]);
  const rows = await d.read.all<{ day: string; n: unknown }>(
    `SELECT m.date_start AS day, CAST(COUNT(*) AS INTEGER) AS n FROM merged_events m ${w.sql} GROUP BY m.date_start ORDER BY m.date_start`,
    w.params,
  );
  return rows.map((r) => ({ day: String(r.day), events: num(r.n) ?? 0 }));
}

/** The articles behind each merged event, and their stored copies from other outlets; with `head`, also the first characters of HTML originals (for site names). */
export async function eventArticles(d: Dialect, ids: readonly string[], opts: { head?: number } = {}): Promise<Map<string, EventArticle[]>> {
  const out = new Map<string, EventArticle[]>();
  const head = Math.max(0, Math.min(100_000, Math.floor(opts.head ?? 0)));
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const rows = await d.read.all(
      `SELECT DISTINCT ae.merged_id AS mid, a.id, a.source, a.format, a.lang, a.date, a.title, a.url, a.byline, a.length, a.event_count, a.ingested_at${
        head ? `, CASE WHEN a.format = 'html' THEN substr(a.original, 1, ${head}) ELSE NULL END AS head` : ''
      } FROM article_events ae JOIN articles a ON a.id = ae.article_id WHERE ae.merged_id IN (${chunk.map(() => '?').join(', ')}) ORDER BY a.id`,
      chunk,
    );
    for (const r of rows) {
      const mid = String(r['mid']);
      let list = out.get(mid);
      if (!list) out.set(mid, (list = []));
      const a: EventArticle = toArticle(r);
      if (typeof r['head'] === 'string') a.head = r['head'];
      list.push(a);
    }
  }
  // other outlets' copies of a story are sources of its events too
  const stories = new Map<string, string[]>();
  for (const [mid, list] of out) for (const a of list) stories.set(a.id, [...(stories.get(a.id) ?? []), mid]);
  const storyIds = [...stories.keys()];
  for (let i = 0; i < storyIds.length; i += 500) {
    const chunk = storyIds.slice(i, i + 500);
    let rows: Array<Record<string, unknown>>;
    try {
      rows = await d.read.all(
        `SELECT story_id, id, source, format, lang, date, title, url, byline, length, 0 AS event_count, ingested_at${
          head ? `, CASE WHEN format = 'html' THEN substr(original, 1, ${head}) ELSE NULL END AS head` : ''
        } FROM article_copies WHERE story_id IN (${chunk.map(() => '?').join(', ')}) ORDER BY id`,
        chunk,
      );
    } catch {
      break; // a store without copies
    }
    for (const r of rows) {
      const a: EventArticle = toArticle(r);
      if (typeof r['head'] === 'string') a.head = r['head'];
      for (const mid of stories.get(String(r['story_id'])) ?? []) out.get(mid)!.push(a);
    }
  }
  return out;
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
