/**
 * Article events with their claims, and the incremental merge over them.
 *
 * The merge works on MERGE UNITS (table `merge_units`): article events with an identical merge profile
 * (type, sub-type, window, location, initiators, actors — src/stages/merge/profile.ts) are one unit with
 * one representative, so a hundred agreeing reports of one event are one unit. A new article's events
 * join their units (or start new ones); the units compatible with them are found by an index range
 * (same country, same type family, `date_start` within the longest stored window, a lat/lon box), and
 * the connected component of units they touch is re-clustered by complete linkage over the units
 * (so the result depends only on the stored set, never the ingest order). Only clusters that changed
 * are recombined and rewritten; members are re-pointed with one statement per cluster, and only those
 * whose merged id changed.
 */
import type { Casualty, SitrepEvent, TextSpanOut } from '../../core/schema.js';
import { clusterUnits, cmp, combine, compatibleEvents, eventWindow, memberKey, mergedIdOfKey, representative, unitIds, type MergeInput, type Unit } from '../../stages/merge/index.js';
import type { MergedEvent } from '../types.js';
import type { CountDelta } from './counts.js';
import type { Dialect, Executor } from './dialect.js';
import { json, type EventRow } from './rows.js';
import { coverSpans, daysBefore } from './window-span.js';

export async function insertEvents(ex: Executor, rows: EventRow[]): Promise<void> {
  const units = unitIds(rows.map((r) => r.event));
  for (const r of rows) {
    const e = r.event;
    const l = e.location;
    await ex.run(
      `INSERT INTO article_events (article_id, event_id, type, sub_type, date_start, date_end, country, admin1, level, loc_name, lat, lon, data, sentence, merged_id, unit_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)`,
      [r.articleId, e.id, e.type, e.subType, r.start, r.end, l.country, l.admin1 ?? (l.level === 'admin1' ? l.name : null), l.level, l.name, l.lat ?? null, l.lon ?? null, json(e), r.sentence ? json(r.sentence) : null, units.get(e.id)!],
    );
    for (const [i, c] of e.sources.entries()) {
      await ex.run(`INSERT INTO claims (article_id, event_id, idx, name, hedge, cue, span, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, [
        r.articleId, e.id, i, c.name, c.hedge, c.cue ? json(c.cue) : null, c.span ? json(c.span) : null, c.rule ?? null,
      ]);
    }
  }
}

interface StoredEventRow {
  article_id: string;
  event_id: string;
  data: string;
  sentence: string | null;
  source: string;
  lang: string;
  merged_id: string | null;
}

const EVENT_SELECT = `SELECT e.article_id, e.event_id, e.data, e.sentence, e.merged_id, a.source, a.lang
  FROM article_events e JOIN articles a ON a.id = e.article_id`;

/** Rebuild merge inputs (event + linked casualties + article names) from stored rows. */
export async function toInputs(ex: Executor, rows: StoredEventRow[]): Promise<Array<MergeInput & { mergedId: string | null }>> {
  const out: Array<MergeInput & { mergedId: string | null }> = [];
  const byArticle = new Map<string, Casualty[]>();
  const articles = [...new Set(rows.map((r) => r.article_id))];
  for (let i = 0; i < articles.length; i += 500) {
    const chunk = articles.slice(i, i + 500);
    const cs = await ex.all<{ article_id: string; data: string }>(
      `SELECT article_id, data FROM casualties WHERE event_id IS NOT NULL AND article_id IN (${chunk.map(() => '?').join(', ')}) ORDER BY article_id, idx`,
      chunk,
    );
    for (const c of cs) {
      const list = byArticle.get(c.article_id) ?? [];
      list.push(JSON.parse(c.data) as Casualty);
      byArticle.set(c.article_id, list);
    }
  }
  for (const r of rows) {
    const event = JSON.parse(r.data) as SitrepEvent;
    out.push({
      articleId: r.article_id,
      article: r.source,
      lang: r.lang,
      event,
      casualties: (byArticle.get(r.article_id) ?? []).filter((c) => c.eventId === event.id),
      sentence: r.sentence ? (JSON.parse(r.sentence) as TextSpanOut) : null,
      mergedId: r.merged_id,
    });
  }
  return out;
}

/** Insert (id, value) for each distinct value, in one statement (one round trip on PostgreSQL). */
async function insertPairs(ex: Executor, into: string, id: string, values: readonly string[]): Promise<void> {
  const distinct = [...new Set(values)].sort();
  if (distinct.length === 0) return;
  await ex.run(`INSERT INTO ${into} VALUES ${distinct.map(() => '(?, ?)').join(', ')}`, distinct.flatMap((v) => [id, v]));
}


/** A merge unit as stored: the clustering unit plus where it stands now. */
interface StoredUnit extends Unit {
  /** merged event it belongs to before this write (null: new) */
  mergedId: string | null;
  size: number;
  /** members added by this write */
  grew: boolean;
}

interface UnitRow {
  id: string;
  merged_id: string | null;
  first_key: string;
  articles: string;
  size: unknown;
  rep: string;
}

const UNIT_COLS = 'u.id, u.merged_id, u.first_key, u.articles, u.size, u.rep';

function toUnit(r: UnitRow): StoredUnit {
  return {
    id: r.id,
    key: r.first_key,
    articles: JSON.parse(r.articles) as string[],
    rep: JSON.parse(r.rep) as SitrepEvent,
    mergedId: r.merged_id,
    size: Number(r.size),
    grew: false,
  };
}

/** Types that may be the same event as `type` (the same; Battles ~ Strategic developments via territory transfers). */
function typeFamily(type: string): string[] {
  if (type === 'Battles') return ['Battles', 'Strategic developments'];
  if (type === 'Strategic developments') return ['Strategic developments', 'Battles'];
  return [type];
}

/** Degrees of latitude/longitude that surely cover the merge distance around a point. */
const LAT_PAD = 0.5;
function lonPad(lat: number): number {
  const c = Math.cos((lat * Math.PI) / 180);
  return c < 0.01 ? 180 : Math.min(180, LAT_PAD / c);
}

/**
 * Stored units that could hold the same event as unit `u`: same country, same type family, a window
 * overlapping (date_start bounded below by the longest stored window), near enough (a lat/lon box around
 * a point; regions and unlocated units always pass), then `compatibleEvents` on the representatives.
 * `cache` keeps parsed units across one merge.
 */
async function unitCandidates(ex: Executor, u: Unit, cache: Map<string, StoredUnit>, longest: number): Promise<StoredUnit[]> {
  const { start, end } = eventWindow(u.rep);
  if (!start) return [];
  const l = u.rep.location;
  const family = typeFamily(u.rep.type);
  const params: Array<string | number> = [l.country, ...family, end, start];
  let near = '';
  const earliest = daysBefore(start, longest);
  if (earliest !== null) {
    near += ' AND u.date_start >= ?';
    params.push(earliest);
  }
  if ((l.level === 'place' || l.level === 'admin2') && l.lat !== undefined && l.lon !== undefined) {
    near += ` AND (u.lat IS NULL OR u.lon IS NULL OR u.level IN ('admin1', 'country') OR (u.lat >= ? AND u.lat <= ? AND u.lon >= ? AND u.lon <= ?))`;
    params.push(l.lat - LAT_PAD, l.lat + LAT_PAD, l.lon - lonPad(l.lat), l.lon + lonPad(l.lat));
  }
  const rows = await ex.all<UnitRow>(
    `SELECT ${UNIT_COLS} FROM merge_units u
     WHERE u.country = ? AND u.type IN (${family.map(() => '?').join(', ')}) AND u.date_start <> '' AND u.date_start <= ? AND u.date_end >= ?${near}
     ORDER BY u.id`,
    params,
  );
  const out: StoredUnit[] = [];
  for (const r of rows) {
    if (r.id === u.id) continue;
    let c = cache.get(r.id);
    if (!c) {
      c = toUnit(r);
      cache.set(r.id, c);
    }
    if (compatibleEvents({ event: u.rep }, { event: c.rep })) out.push(c);
  }
  return out;
}

async function unitsWhere(ex: Executor, where: string, params: Array<string | number>): Promise<StoredUnit[]> {
  return (await ex.all<UnitRow>(`SELECT ${UNIT_COLS} FROM merge_units u WHERE ${where} ORDER BY u.id`, params)).map(toUnit);
}

async function saveUnit(ex: Executor, u: StoredUnit, isNew: boolean): Promise<void> {
  if (isNew) {
    const w = eventWindow(u.rep);
    const l = u.rep.location;
    await ex.run(
      `INSERT INTO merge_units (id, merged_id, first_key, articles, size, type, date_start, date_end, country, level, lat, lon, rep)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [u.id, u.mergedId, u.key, json(u.articles), u.size, u.rep.type, w.start, w.end, l.country, l.level, l.lat ?? null, l.lon ?? null, json(u.rep)],
    );
  } else {
    await ex.run('UPDATE merge_units SET first_key = ?, articles = ?, size = ? WHERE id = ?', [u.key, json(u.articles), u.size, u.id]);
  }
}

/** `?, ?, …` for an IN list. */
const inList = (xs: readonly unknown[]) => xs.map(() => '?').join(', ');

/**
 * Store one merged event with its lookup rows: lower-cased actors, and the distinct hedges and named
 * sources of its members' claims (`members`: the article events it was merged from). `units`: the merge
 * units it is made of; their members are pointed at it (only those that pointed elsewhere).
 */
export async function writeMerged(d: Dialect, ex: Executor, rec: MergedEvent, members: readonly MergeInput[], counts: CountDelta, units?: readonly string[]): Promise<void> {
  const l = rec.location;
  await ex.run(
    `INSERT INTO merged_events (id, type, sub_type, date_start, date_end, country, admin1, level, loc_name, lat, lon, article_count, data)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [rec.id, rec.type, rec.subType, rec.date.start, rec.date.end, l.country, l.admin1 ?? (l.level === 'admin1' ? l.name : null), l.level, l.name, l.lat ?? null, l.lon ?? null, rec.articleCount, json(rec)],
  );
  const claims = members.flatMap((m) => m.event.sources);
  await insertPairs(ex, 'merged_actors (merged_id, actor)', rec.id, rec.actors.map((x) => x.toLowerCase()));
  await insertPairs(ex, 'merged_hedges (merged_id, hedge)', rec.id, claims.map((c) => c.hedge));
  await insertPairs(ex, 'merged_sources (merged_id, name)', rec.id, claims.map((c) => c.name).filter((x): x is string => x !== null));
  await d.indexPoint(ex, rec.id, l.lat ?? null, l.lon ?? null);
  if (units) {
    for (let i = 0; i < units.length; i += 200) {
      const chunk = units.slice(i, i + 200);
      await ex.run(`UPDATE article_events SET merged_id = ? WHERE unit_id IN (${inList(chunk)}) AND (merged_id IS NULL OR merged_id <> ?)`, [rec.id, ...chunk, rec.id]);
      await ex.run(`UPDATE merge_units SET merged_id = ? WHERE id IN (${inList(chunk)}) AND (merged_id IS NULL OR merged_id <> ?)`, [rec.id, ...chunk, rec.id]);
    }
  } else {
    for (const m of rec.mergedFrom) {
      await ex.run('UPDATE article_events SET merged_id = ? WHERE article_id = ? AND event_id = ?', [rec.id, m.articleId, m.eventId]);
    }
  }
  counts.merged(rec, 1);
}

async function deleteMerged(d: Dialect, ex: Executor, id: string, before: string | undefined, counts: CountDelta): Promise<void> {
  await ex.run('DELETE FROM merged_actors WHERE merged_id = ?', [id]);
  await ex.run('DELETE FROM merged_hedges WHERE merged_id = ?', [id]);
  await ex.run('DELETE FROM merged_sources WHERE merged_id = ?', [id]);
  await d.unindexPoint(ex, id);
  if ((await ex.run('DELETE FROM merged_events WHERE id = ?', [id])) > 0 && before !== undefined) counts.merged(JSON.parse(before) as MergedEvent, -1);
}

/**
 * Merged ids that a re-merge replaced (a member with an earlier key joined, or a cluster was regrouped)
 * redirect to the new merged event holding their earliest member, so links to the old id keep working.
 * A unit lies whole inside one merged event, so the earliest member of an old merged event is the first
 * member of its earliest unit (keys as before this write).
 */
async function redirect(ex: Executor, units: readonly StoredUnit[], oldKey: Map<string, string>, now: Map<string, string>, fresh: ReadonlySet<string>): Promise<void> {
  const target = new Map<string, { key: string; to: string }>();
  for (const u of units) {
    if (!u.mergedId || fresh.has(u.mergedId)) continue;
    const key = oldKey.get(u.id) ?? u.key;
    const t = target.get(u.mergedId);
    if (!t || cmp(key, t.key) < 0) target.set(u.mergedId, { key, to: now.get(u.id)! });
  }
  const ids = [...fresh].sort(cmp);
  for (let i = 0; i < ids.length; i += 200) {
    const chunk = ids.slice(i, i + 200);
    await ex.run(`DELETE FROM merged_redirects WHERE old_id IN (${inList(chunk)})`, chunk);
  }
  for (const [oldId, { to }] of [...target.entries()].sort((a, b) => cmp(a[0], b[0]))) {
    await ex.run('UPDATE merged_redirects SET new_id = ? WHERE new_id = ?', [to, oldId]);
    await ex.run('INSERT INTO merged_redirects (old_id, new_id) VALUES (?, ?) ON CONFLICT (old_id) DO UPDATE SET new_id = excluded.new_id', [oldId, to]);
  }
}

/**
 * Parsed merge inputs of stored article events, per open store, most recently used last. A stored article
 * event never changes (articles are content-addressed and written once), so an entry stays valid; only
 * cluster membership is read from the database each time. Bounded: the oldest entries are dropped.
 */
const inputCaches = new WeakMap<Dialect, Map<string, MergeInput>>();
const INPUT_CACHE_MAX = 20_000;

/** All member events of these units, sorted by key (parsed rows come from the cache when they can). */
async function membersOf(d: Dialect, ex: Executor, units: readonly string[]): Promise<MergeInput[]> {
  let cache = inputCaches.get(d);
  if (!cache) inputCaches.set(d, (cache = new Map()));
  const keys: string[] = [];
  const missing = new Set<string>();
  for (let i = 0; i < units.length; i += 200) {
    const chunk = units.slice(i, i + 200);
    for (const r of await ex.all<{ article_id: string; event_id: string }>(`SELECT article_id, event_id FROM article_events WHERE unit_id IN (${inList(chunk)})`, chunk)) {
      const k = `${r.article_id}:${r.event_id}`;
      keys.push(k);
      if (!cache.has(k)) missing.add(r.article_id);
    }
  }
  const articles = [...missing].sort(cmp);
  for (let i = 0; i < articles.length; i += 200) {
    const chunk = articles.slice(i, i + 200);
    const rows = await ex.all<StoredEventRow>(`${EVENT_SELECT} WHERE e.article_id IN (${inList(chunk)})`, chunk);
    for (const m of await toInputs(ex, rows)) {
      const { mergedId: _, ...input } = m;
      cache.set(memberKey(input), input);
    }
  }
  const out: MergeInput[] = [];
  for (const k of keys.sort(cmp)) {
    const m = cache.get(k);
    if (!m) throw new Error(`merge: article event ${k} not found`);
    cache.delete(k);
    cache.set(k, m);
    out.push(m);
  }
  for (const k of cache.keys()) {
    if (cache.size <= INPUT_CACHE_MAX) break;
    cache.delete(k);
  }
  return out;
}

/** Stores whose article events all have a unit (checked once per open store). */
const unitsReady = new WeakSet<Dialect>();

/**
 * Give unit ids to article events stored before merge units existed (migration 4 adds the column; the
 * ids are computed here, in code). Each unit takes the merged id of its earliest member; the next merge
 * that touches a unit re-clusters its component.
 */
async function backfillUnits(d: Dialect, ex: Executor): Promise<void> {
  if (unitsReady.has(d)) return;
  const missing = await ex.all('SELECT 1 AS x FROM article_events WHERE unit_id IS NULL LIMIT 1');
  if (missing.length > 0) {
    const rows = await ex.all<{ article_id: string; event_id: string; data: string; merged_id: string | null }>(
      'SELECT article_id, event_id, data, merged_id FROM article_events WHERE unit_id IS NULL ORDER BY article_id, event_id',
    );
    const byArticle = new Map<string, Array<{ event: SitrepEvent; mergedId: string | null }>>();
    for (const r of rows) byArticle.set(r.article_id, [...(byArticle.get(r.article_id) ?? []), { event: JSON.parse(r.data) as SitrepEvent, mergedId: r.merged_id }]);
    const units = new Map<string, StoredUnit>();
    const isNew = new Map<string, boolean>();
    for (const [articleId, evs] of byArticle) {
      const ids = unitIds(evs.map((e) => e.event));
      for (const { event, mergedId } of evs) {
        const id = ids.get(event.id)!;
        const key = memberKey({ articleId, eventId: event.id });
        let u = units.get(id);
        if (!u) {
          const stored = (await unitsWhere(ex, 'u.id = ?', [id]))[0];
          u = stored ?? { id, key, articles: [], rep: representative(event), mergedId, size: 0, grew: false };
          isNew.set(id, !stored);
          units.set(id, u);
        }
        if (cmp(key, u.key) < 0) {
          u.key = key;
          u.mergedId = mergedId;
        }
        u.articles = [...new Set([...u.articles, articleId])].sort(cmp);
        u.size++;
        await ex.run('UPDATE article_events SET unit_id = ? WHERE article_id = ? AND event_id = ?', [id, articleId, event.id]);
      }
    }
    for (const u of units.values()) {
      await saveUnit(ex, u, isNew.get(u.id)!);
      if (!isNew.get(u.id)) await ex.run('UPDATE merge_units SET merged_id = ? WHERE id = ?', [u.mergedId, u.id]);
    }
  }
  unitsReady.add(d);
}

/**
 * Merge new article events into the store (inside the write transaction; their rows are inserted
 * already, with their unit ids). Returns the merged ids written.
 */
export async function mergeNew(d: Dialect, ex: Executor, fresh: MergeInput[], counts: CountDelta): Promise<string[]> {
  await backfillUnits(d, ex);
  // the new events are stored already: cover their windows before looking for candidates
  const longest = await coverSpans(ex, fresh.map((m) => eventWindow(m.event)));
  const seen = new Map<string, StoredUnit>();
  const oldKey = new Map<string, string>();
  const queue: StoredUnit[] = [];
  const byArticle = new Map<string, MergeInput[]>();
  for (const m of fresh) byArticle.set(m.articleId, [...(byArticle.get(m.articleId) ?? []), m]);
  for (const [articleId, ms] of byArticle) {
    const ids = unitIds(ms.map((m) => m.event));
    for (const m of ms) {
      const id = ids.get(m.event.id)!;
      const key = memberKey(m);
      let u = seen.get(id);
      let isNew = false;
      if (!u) {
        u = (await unitsWhere(ex, 'u.id = ?', [id]))[0];
        if (u) oldKey.set(u.id, u.key);
        else {
          u = { id, key, articles: [], rep: representative(m.event), mergedId: null, size: 0, grew: false };
          isNew = true;
        }
        seen.set(id, u);
        queue.push(u);
      }
      if (cmp(key, u.key) < 0) u.key = key;
      if (!u.articles.includes(articleId)) u.articles = [...u.articles, articleId].sort(cmp);
      u.size++;
      u.grew = true;
      await saveUnit(ex, u, isNew);
    }
  }
  const cache = new Map<string, StoredUnit>(seen);
  for (let u = queue.pop(); u; u = queue.pop()) {
    for (const c of await unitCandidates(ex, u, cache, longest)) {
      if (seen.has(c.id)) continue;
      seen.set(c.id, c);
      queue.push(c);
    }
  }
  const old = [...new Set([...seen.values()].map((u) => u.mergedId).filter((x): x is string => x !== null))].sort(cmp);
  // units of old merged events not reached (only possible if compatibility rules changed since): keep them in the component
  for (const id of old) {
    for (const u of await unitsWhere(ex, 'u.merged_id = ?', [id])) if (!seen.has(u.id)) seen.set(u.id, u);
  }
  const units = [...seen.values()];
  const clusters = clusterUnits(units) as StoredUnit[][];
  // a cluster made of exactly the units of one old merged event, none of which grew, is unchanged
  const unitsOfOld = new Map<string, number>();
  for (const u of units) if (u.mergedId) unitsOfOld.set(u.mergedId, (unitsOfOld.get(u.mergedId) ?? 0) + 1);
  const now = new Map<string, string>();
  const fresh_ = new Set<string>();
  const kept = new Set<string>();
  const changed: Array<{ id: string; units: StoredUnit[] }> = [];
  for (const cl of clusters) {
    const id = mergedIdOfKey(cl.map((u) => u.key).sort(cmp)[0]!);
    for (const u of cl) now.set(u.id, id);
    fresh_.add(id);
    const unchanged = cl.every((u) => !u.grew && u.mergedId === id) && unitsOfOld.get(id) === cl.length;
    if (unchanged) kept.add(id);
    else changed.push({ id, units: cl });
  }
  const before = new Map<string, string>();
  for (const id of old) {
    if (kept.has(id)) continue;
    const data = await ex.all<{ data: string }>('SELECT data FROM merged_events WHERE id = ?', [id]);
    if (data[0]) before.set(id, data[0].data);
  }
  const records: Array<{ rec: MergedEvent; members: MergeInput[]; units: string[] }> = [];
  for (const c of changed) {
    const members = await membersOf(d, ex, c.units.map((u) => u.id));
    const rec = combine(members);
    if (before.get(rec.id) === json(rec) && c.units.every((u) => u.mergedId === rec.id)) kept.add(rec.id);
    else records.push({ rec, members, units: c.units.map((u) => u.id) });
  }
  for (const id of old) if (!kept.has(id)) await deleteMerged(d, ex, id, before.get(id), counts);
  for (const r of records) await writeMerged(d, ex, r.rec, r.members, counts, r.units);
  await redirect(ex, units, oldKey, now, fresh_);
  return records.map((r) => r.rec.id).sort(cmp);
}
