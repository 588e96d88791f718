/**
 * Stories and their copies. Every stored article long enough to compare is a story with a MinHash
 * fingerprint (`story_prints`) and its LSH band keys (`story_bands`); an incoming article whose text is
 * a near-duplicate of a story (estimated Jaccard ≥ COPY_THRESHOLD) is stored in `article_copies` as one
 * more source of that story (its outlet, URL, date and text kept) and is neither extracted nor merged again.
 * The lookup is one index probe per band (32), then a signature comparison per candidate story.
 */
import { COPY_THRESHOLD, fingerprint, fingerprintSimilarity, type Fingerprint } from '../../stages/dedup/index.js';
import type { StoredCopy } from '../types.js';
import type { Executor } from './dialect.js';
import { num, str } from './rows.js';
import { pageFields } from './articles.js';

export { fingerprint, type Fingerprint };

/** The stored story `fp` is a copy of (best similarity, then smallest id), or null. */
export async function findStory(ex: Executor, fp: Fingerprint): Promise<{ storyId: string; similarity: number } | null> {
  // two index lookups (bands, then prints by key): a join could be planned as a scan of every print
  const ids = (await ex.all<{ article_id: string }>(`SELECT DISTINCT article_id FROM story_bands WHERE band IN (${fp.bands.map(() => '?').join(', ')})`, fp.bands)).map((r) => r.article_id);
  if (ids.length === 0) return null;
  const rows: Array<{ article_id: string; signature: string }> = [];
  for (let i = 0; i < ids.length; i += 200) {
    const chunk = ids.slice(i, i + 200);
    rows.push(...(await ex.all<{ article_id: string; signature: string }>(`SELECT article_id, signature FROM story_prints WHERE article_id IN (${chunk.map(() => '?').join(', ')})`, chunk)));
  }
  rows.sort((a, b) => (a.article_id < b.article_id ? -1 : a.article_id > b.article_id ? 1 : 0));
  let best: { storyId: string; similarity: number } | null = null;
  for (const r of rows) {
    const s = fingerprintSimilarity(fp, r.signature);
    if (s >= COPY_THRESHOLD && (!best || s > best.similarity)) best = { storyId: r.article_id, similarity: s };
  }
  return best;
}

/** Make a stored article findable as a story. */
export async function indexStory(ex: Executor, articleId: string, fp: Fingerprint): Promise<void> {
  await ex.run('INSERT INTO story_prints (article_id, signature) VALUES (?, ?)', [articleId, fp.signature]);
  const bands = [...new Set(fp.bands)];
  await ex.run(`INSERT INTO story_bands (band, article_id) VALUES ${bands.map(() => '(?, ?)').join(', ')}`, bands.flatMap((b) => [b, articleId]));
}

export interface CopyRow {
  id: string;
  source: string;
  format: string;
  lang: string | null;
  date: string | null;
  title: string | null;
  url: string | null;
  byline: string | null;
  original: string;
}

/** Store a copy of `storyId` (language: its own when known, else the story's). */
export async function insertCopy(ex: Executor, c: CopyRow, storyId: string, similarity: number, now: string): Promise<void> {
  let lang = c.lang;
  if (!lang) lang = (await ex.all<{ lang: string }>('SELECT lang FROM articles WHERE id = ?', [storyId]))[0]?.lang ?? 'und';
  await ex.run(
    `INSERT INTO article_copies (id, story_id, source, format, lang, date, title, url, byline, length, similarity, ingested_at, original)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [c.id, storyId, c.source, c.format, lang, c.date, c.title, c.url, c.byline, c.original.length, similarity, now, c.original],
  );
}

/** Whether this content hash is stored as a copy. */
export async function isCopy(ex: Executor, id: string): Promise<boolean> {
  return (await ex.all('SELECT 1 AS x FROM article_copies WHERE id = ?', [id])).length > 0;
}

export async function knownCopies(ex: Executor, ids: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    for (const r of await ex.all<{ id: string }>(`SELECT id FROM article_copies WHERE id IN (${chunk.map(() => '?').join(', ')})`, chunk)) out.add(r.id);
  }
  return out;
}

/** Host name of a URL without `www.`; null when there is none or it does not parse. */
export function outletOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./u, '') || null;
  } catch {
    return null;
  }
}

export async function copiesOf(ex: Executor, storyId: string): Promise<StoredCopy[]> {
  const rows = await ex.all(
    `SELECT id, story_id, source, format, lang, date, title, url, byline, length, similarity, ingested_at FROM article_copies
     WHERE story_id = ? ORDER BY ingested_at, id`,
    [storyId],
  );
  return rows.map((r) => ({
    ...pageFields(r),
    storyId: String(r['story_id']),
    outlet: outletOf(str(r['url'])),
    similarity: num(r['similarity']) ?? 0,
  }));
}
