/** Articles and their per-article extractions (places, actors, casualties): write and read. */
import type { SitrepDocument } from '../../core/schema.js';
import type { ArticleFilter, ArticleWithText, Page, StoredArticle } from '../types.js';
import { decodeCursor, encodeCursor, pageLimit } from './cursor.js';
import type { Dialect, Executor, Param } from './dialect.js';
import { json, num, str } from './rows.js';

/** Insert the article row; false when this content hash is stored already. */
export async function insertArticle(ex: Executor, doc: SitrepDocument, original: string, now: string): Promise<boolean> {
  const d = doc.document;
  const changed = await ex.run(
    `INSERT INTO articles (id, source, format, lang, date, title, url, byline, length, event_count, ingested_at, original, document)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
    [d.id, d.source, d.format, d.lang, d.date.value, d.title ?? null, d.url ?? null, d.byline ?? null, original.length, doc.events.length, now, original, json(doc)],
  );
  return changed > 0;
}

export async function insertExtractions(ex: Executor, doc: SitrepDocument): Promise<void> {
  const id = doc.document.id;
  for (const [i, p] of doc.places.entries()) {
    await ex.run(
      `INSERT INTO places (article_id, idx, start_off, end_off, text, level, name, country, admin1, lat, lon, geoname_id, kind, rule, data)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [id, i, p.start, p.end, p.text, p.level, p.name, p.country, p.admin1 ?? null, p.lat ?? null, p.lon ?? null, p.geonameId ?? null, p.kind, p.rule, json(p)],
    );
  }
  for (const [i, a] of doc.actors.entries()) {
    await ex.run(`INSERT INTO actors (article_id, idx, name, kind, inter, role, rule, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, [
      id, i, a.name, a.kind, a.inter ?? null, a.role ?? null, a.rule, json(a),
    ]);
  }
  for (const [i, c] of doc.casualties.entries()) {
    await ex.run(
      `INSERT INTO casualties (article_id, idx, kind, min_n, max_n, who, source, hedge, event_id, start_off, end_off, text, rule, data)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [id, i, c.kind, c.min, c.max, c.who, c.source, c.hedge, c.eventId ?? null, c.start, c.end, c.text, c.rule, json(c)],
    );
  }
}

const ARTICLE_COLS = 'id, source, format, lang, date, title, url, byline, length, event_count, ingested_at';

/** The columns an article and a stored copy share, read from a row. */
export function pageFields(r: Record<string, unknown>): Omit<StoredArticle, 'eventCount'> {
  return {
    id: String(r['id']),
    source: String(r['source']),
    format: String(r['format']) as StoredArticle['format'],
    lang: String(r['lang']),
    date: str(r['date']),
    title: str(r['title']),
    url: str(r['url']),
    byline: str(r['byline']),
    length: num(r['length']) ?? 0,
    ingestedAt: String(r['ingested_at']),
  };
}

export function toArticle(r: Record<string, unknown>): StoredArticle {
  return { ...pageFields(r), eventCount: num(r['event_count']) ?? 0 };
}

export async function articlesByIds(ex: Executor, ids: readonly string[]): Promise<Map<string, StoredArticle>> {
  const out = new Map<string, StoredArticle>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const rows = await ex.all(`SELECT ${ARTICLE_COLS} FROM articles WHERE id IN (${chunk.map(() => '?').join(', ')})`, chunk);
    for (const r of rows) out.set(String(r['id']), toArticle(r));
  }
  return out;
}

export async function knownArticles(ex: Executor, ids: readonly string[]): Promise<Set<string>> {
  return new Set((await articlesByIds(ex, ids)).keys());
}

export async function getArticle(ex: Executor, id: string): Promise<ArticleWithText | null> {
  const rows = await ex.all(`SELECT ${ARTICLE_COLS}, original, document FROM articles WHERE id = ?`, [id]);
  const r = rows[0];
  if (!r) return null;
  const merged = await ex.all<{ event_id: string; merged_id: string | null }>(
    'SELECT event_id, merged_id FROM article_events WHERE article_id = ? ORDER BY event_id',
    [id],
  );
  const mergedIds: Record<string, string> = {};
  for (const m of merged) if (m.merged_id) mergedIds[m.event_id] = m.merged_id;
  return { ...toArticle(r), original: String(r['original']), document: JSON.parse(String(r['document'])) as SitrepDocument, mergedIds };
}

export async function listArticles(d: Dialect, f: ArticleFilter = {}): Promise<Page<StoredArticle>> {
  const where: string[] = [];
  const params: Param[] = [];
  if (f.lang) {
    where.push('a.lang = ?');
    params.push(f.lang);
  }
  if (f.source) {
    where.push('a.source LIKE ?');
    params.push(`%${f.source.replace(/[%_]/g, '')}%`);
  }
  if (f.q !== undefined) {
    const tq = d.textQuery(f.q);
    if (tq === null) return { items: [], next: null };
    where.push(`a.id IN (${d.textMatch})`);
    params.push(tq);
  }
  const cur = decodeCursor(f.cursor);
  if (cur) {
    where.push('(a.ingested_at < ? OR (a.ingested_at = ? AND a.id < ?))');
    params.push(cur.key, cur.key, cur.id);
  }
  const limit = pageLimit(f.limit);
  const rows = await d.read.all(
    `SELECT ${ARTICLE_COLS.split(', ').map((c) => 'a.' + c).join(', ')} FROM articles a ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
     ORDER BY a.ingested_at DESC, a.id DESC LIMIT ${limit + 1}`,
    params,
  );
  const items = rows.slice(0, limit).map(toArticle);
  const last = items.at(-1);
  return { items, next: rows.length > limit && last ? encodeCursor(last.ingestedAt, last.id) : null };
}
