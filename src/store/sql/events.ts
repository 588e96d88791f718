/**
 * Article events with their claims, and the incremental merge over them: a new article's events
 * pull in the connected component of compatible stored events, which is re-clustered from scratch
 * (so the result depends only on the stored set, never the ingest order), and the component's old
 * merged events are replaced by the new ones.
 */
import type { Casualty, SitrepEvent, TextSpanOut } from '../../core/schema.js';
import { cluster, combine, compatible, eventWindow, memberKey, type MergeInput } from '../../stages/merge/index.js';
import type { MergedEvent } from '../types.js';
import type { CountDelta } from './counts.js';
import type { Dialect, Executor } from './dialect.js';
import { json, type EventRow } from './rows.js';
import { coverSpans, daysBefore } from './window-span.js';

export async function insertEvents(ex: Executor, rows: EventRow[]): Promise<void> {
  for (const r of rows) {
    const e = r.event;
    const l = e.location;
    await ex.run(
      `INSERT INTO article_events (article_id, event_id, type, sub_type, date_start, date_end, country, admin1, level, loc_name, lat, lon, data, sentence, merged_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)`,
      [r.articleId, e.id, e.type, e.subType, r.start, r.end, l.country, l.admin1 ?? (l.level === 'admin1' ? l.name : null), l.level, l.name, l.lat ?? null, l.lon ?? null, json(e), r.sentence ? json(r.sentence) : null],
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

type Stored = MergeInput & { mergedId: string | null };

/** Degrees of latitude/longitude that surely cover the merge distance around a point. */
const LAT_PAD = 0.5;
function lonPad(lat: number): number {
  const c = Math.cos((lat * Math.PI) / 180);
  return c < 0.01 ? 180 : Math.min(180, LAT_PAD / c);
}

/**
 * Stored events that could be the same as `m`: same country, overlapping window, another article,
 * near enough (a bounding box around a point; regions and unlocated events always pass), then `compatible`.
 * `cache` keeps parsed rows across one merge.
 */
async function candidates(ex: Executor, m: MergeInput, cache: Map<string, Stored>, longest: number): Promise<Stored[]> {
  const { start, end } = eventWindow(m.event);
  if (!start) return [];
  const l = m.event.location;
  const params: Array<string | number> = [l.country, end, start, m.articleId];
  // no stored window is longer than `longest` days, so an overlapping one starts at or after `earliest`
  const earliest = daysBefore(start, longest);
  let near = '';
  if (earliest !== null) {
    near += ' AND e.date_start >= ?';
    params.push(earliest);
  }
  if ((l.level === 'place' || l.level === 'admin2') && l.lat !== undefined && l.lon !== undefined) {
    near += ` AND (e.lat IS NULL OR e.lon IS NULL OR e.level IN ('admin1', 'country') OR (e.lat >= ? AND e.lat <= ? AND e.lon >= ? AND e.lon <= ?))`;
    params.push(l.lat - LAT_PAD, l.lat + LAT_PAD, l.lon - lonPad(l.lat), l.lon + lonPad(l.lat));
  }
  const keys = await ex.all<{ article_id: string; event_id: string }>(
    `SELECT e.article_id, e.event_id FROM article_events e
     WHERE e.country = ? AND e.date_start <> '' AND e.date_start <= ? AND e.date_end >= ? AND e.article_id <> ?${near}
     ORDER BY e.article_id, e.event_id`,
    params,
  );
  const missing = keys.filter((k) => !cache.has(`${k.article_id}:${k.event_id}`));
  for (let i = 0; i < missing.length; i += 200) {
    const chunk = missing.slice(i, i + 200);
    const rows = await ex.all<StoredEventRow>(
      `${EVENT_SELECT} WHERE ${chunk.map(() => '(e.article_id = ? AND e.event_id = ?)').join(' OR ')}`,
      chunk.flatMap((k) => [k.article_id, k.event_id]),
    );
    for (const r of await toInputs(ex, rows)) cache.set(memberKey(r), r);
  }
  return keys.map((k) => cache.get(`${k.article_id}:${k.event_id}`)!).filter((c) => c !== undefined && compatible(m, c));
}

/** Insert (id, value) for each distinct value, in one statement (one round trip on PostgreSQL). */
async function insertPairs(ex: Executor, into: string, id: string, values: readonly string[]): Promise<void> {
  const distinct = [...new Set(values)].sort();
  if (distinct.length === 0) return;
  await ex.run(`INSERT INTO ${into} VALUES ${distinct.map(() => '(?, ?)').join(', ')}`, distinct.flatMap((v) => [id, v]));
}

/**
 * Store one merged event with its lookup rows: lower-cased actors, and the distinct hedges and named
 * sources of its members' claims (`members`: the article events it was merged from).
 */
export async function writeMerged(d: Dialect, ex: Executor, rec: MergedEvent, members: readonly MergeInput[], counts: CountDelta): Promise<void> {
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
  for (const m of rec.mergedFrom) {
    await ex.run('UPDATE article_events SET merged_id = ? WHERE article_id = ? AND event_id = ?', [rec.id, m.articleId, m.eventId]);
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
 * A merged id that a re-merge replaced (a member with an earlier key joined, or a cluster was regrouped)
 * redirects to the new merged event holding its earliest member, so links to the old id keep working.
 */
async function redirect(ex: Executor, members: Array<MergeInput & { mergedId: string | null }>, records: MergedEvent[]): Promise<void> {
  const now = new Map<string, string>();
  for (const r of records) for (const m of r.mergedFrom) now.set(`${m.articleId}:${m.eventId}`, r.id);
  const fresh = new Set(records.map((r) => r.id));
  const target = new Map<string, string>();
  for (const m of [...members].sort((a, b) => (memberKey(a) < memberKey(b) ? -1 : 1))) {
    if (m.mergedId && !fresh.has(m.mergedId) && !target.has(m.mergedId)) target.set(m.mergedId, now.get(memberKey(m))!);
  }
  for (const id of fresh) await ex.run('DELETE FROM merged_redirects WHERE old_id = ?', [id]);
  for (const [oldId, newId] of [...target.entries()].sort()) {
    await ex.run('UPDATE merged_redirects SET new_id = ? WHERE new_id = ?', [newId, oldId]);
    await ex.run('INSERT INTO merged_redirects (old_id, new_id) VALUES (?, ?) ON CONFLICT (old_id) DO UPDATE SET new_id = excluded.new_id', [oldId, newId]);
  }
}

/** Merge new article events into the store (inside the write transaction). Returns the merged ids written. */
export async function mergeNew(d: Dialect, ex: Executor, fresh: MergeInput[], counts: CountDelta): Promise<string[]> {
  // the new events are stored already: cover their windows before looking for candidates
  const longest = await coverSpans(ex, fresh.map((m) => eventWindow(m.event)));
  const seen = new Map<string, Stored>();
  const cache = new Map<string, Stored>();
  const queue: MergeInput[] = [];
  for (const m of fresh) {
    seen.set(memberKey(m), { ...m, mergedId: null });
    queue.push(m);
  }
  for (let m = queue.pop(); m; m = queue.pop()) {
    for (const c of await candidates(ex, m, cache, longest)) {
      const k = memberKey(c);
      if (seen.has(k)) continue;
      seen.set(k, c);
      queue.push(c);
    }
  }
  const old = [...new Set([...seen.values()].map((s) => s.mergedId).filter((x): x is string => x !== null))].sort();
  // members of old merged events not reached (only possible if compatibility rules changed since): keep them in the component
  const before = new Map<string, string>();
  for (const id of old) {
    const rows = await ex.all<StoredEventRow>(`${EVENT_SELECT} WHERE e.merged_id = ? ORDER BY e.article_id, e.event_id`, [id]);
    for (const r of await toInputs(ex, rows)) if (!seen.has(memberKey(r))) seen.set(memberKey(r), r);
    const data = await ex.all<{ data: string }>('SELECT data FROM merged_events WHERE id = ?', [id]);
    if (data[0]) before.set(id, data[0].data);
  }
  const records = cluster([...seen.values()]).map(combine);
  // merged events that come out exactly as they were stay untouched
  const same = new Set(records.filter((r) => before.get(r.id) === json(r)).map((r) => r.id));
  for (const id of old) if (!same.has(id)) await deleteMerged(d, ex, id, before.get(id), counts);
  for (const rec of records) {
    if (!same.has(rec.id)) await writeMerged(d, ex, rec, rec.mergedFrom.map((m) => seen.get(memberKey(m))!), counts);
  }
  await redirect(ex, [...seen.values()], records);
  return records.filter((r) => !same.has(r.id)).map((r) => r.id).sort();
}
