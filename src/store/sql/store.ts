/** The Store over a SQL Dialect: the write path (one transaction per article) and the read queries. */
import type { SitrepDocument } from '../../core/schema.js';
import type { ActorSummary, Admin1Summary, DayCount, EventArticle } from '../types.js';
import type { ArticleFilter, ArticleWithText, CopyCandidate, EventDetail, EventFilter, MergedEvent, Page, PlaceFilter, PlaceSummary, PutResult, Store, StoreStats, StoredArticle } from '../types.js';
import { contentHash } from '../hash.js';
import { getArticle, insertArticle, insertExtractions, knownArticles, listArticles } from './articles.js';
import type { Dialect, Executor } from './dialect.js';
import { insertEvents, mergeNew } from './events.js';
import { CountDelta, recount, stats } from './counts.js';
import { countEvents, dump, eventArticles, eventDays, getEvent, listActors, listAdmin1, listEvents, listPlaces, type QueryTuning } from './queries.js';
import { eventRows, mergeInputs } from './rows.js';
import { copiesOf, findStory, fingerprint, indexStory, insertCopy, isCopy, knownCopies, type CopyRow, type Fingerprint } from './stories.js';

export interface SqlStoreOptions {
  /** store near-duplicates of a stored story as its copies (default true) */
  dedup?: boolean;
}

export class SqlStore implements Store {
  readonly kind: 'sqlite' | 'postgres';
  readonly #d: Dialect;
  readonly #tuning: QueryTuning;

  readonly #dedup: boolean;
  #writes = 0;

  constructor(dialect: Dialect, tuning: QueryTuning = {}, opts: SqlStoreOptions = {}) {
    this.#d = dialect;
    this.#tuning = tuning;
    this.kind = dialect.kind;
    this.#dedup = opts.dedup ?? true;
  }

  async putCopy(c: CopyCandidate): Promise<PutResult | null> {
    if (c.id !== contentHash(c.original)) throw new Error(`putCopy: id ${c.id} is not the content hash of its original text`);
    const fp = this.#dedup ? fingerprint(c.original, c.format) : null;
    if (!fp) return (await this.knownArticles([c.id])).has(c.id) ? { articleId: c.id, status: 'exists', events: 0, merged: [] } : null;
    const row: CopyRow = {
      id: c.id, source: c.source, format: c.format, lang: c.declaredLang ?? null, date: c.date ?? null,
      title: c.title ?? null, url: c.url ?? null, byline: c.byline ?? null, original: c.original,
    };
    return this.#d.transaction(async (ex) => {
      if ((await ex.all('SELECT 1 AS x FROM articles WHERE id = ?', [c.id])).length > 0 || (await isCopy(ex, c.id))) {
        return { articleId: c.id, status: 'exists', events: 0, merged: [] };
      }
      return this.#storeCopy(ex, row, fp, new Date().toISOString());
    });
  }

  /** Store `row` as a copy when a stored story is like it; null when none is. */
  async #storeCopy(ex: Executor, row: CopyRow, fp: Fingerprint, now: string): Promise<PutResult | null> {
    const story = await findStory(ex, fp);
    if (!story) return null;
    await insertCopy(ex, row, story.storyId, story.similarity, now);
    return { articleId: row.id, status: 'inserted', events: 0, merged: [], copyOf: story.storyId, similarity: story.similarity };
  }

  async putDocument(doc: SitrepDocument, original: string): Promise<PutResult> {
    const id = doc.document.id;
    if (id !== contentHash(original)) throw new Error(`putDocument: document id ${id} is not the content hash of its original text`);
    const now = new Date().toISOString();
    const fp = this.#dedup ? fingerprint(original, doc.document.format) : null;
    const out = await this.#d.transaction(async (ex): Promise<PutResult> => {
      if (await isCopy(ex, id)) return { articleId: id, status: 'exists', events: 0, merged: [] };
      if (fp && (await ex.all('SELECT 1 AS x FROM articles WHERE id = ?', [id])).length === 0) {
        // another worker may have stored a copy of this story meanwhile: then this is one more copy
        const d = doc.document;
        const copy = await this.#storeCopy(
          ex,
          { id, source: d.source, format: d.format, lang: d.lang, date: d.date.value ?? null, title: d.title ?? null, url: d.url ?? null, byline: d.byline ?? null, original },
          fp,
          now,
        );
        if (copy) return copy;
      }
      if (!(await insertArticle(ex, doc, original, now))) return { articleId: id, status: 'exists', events: 0, merged: [] };
      if (fp) await indexStory(ex, id, fp);
      await this.#d.indexText(ex, id, original);
      await insertExtractions(ex, doc);
      const rows = eventRows(doc, original);
      await insertEvents(ex, rows);
      const counts = new CountDelta();
      counts.add('articles', 1);
      counts.add('byLang', 1, doc.document.lang);
      counts.add('places', doc.places.length);
      counts.add('casualties', doc.casualties.length);
      counts.add('articleEvents', rows.length);
      counts.add('claims', doc.events.reduce((n, e) => n + e.sources.length, 0));
      const merged = await mergeNew(this.#d, ex, mergeInputs(doc, rows), counts);
      await counts.apply(ex);
      return { articleId: id, status: 'inserted', events: rows.length, merged };
    });
    if (out.status === 'inserted') await this.#afterWrite();
    return out;
  }

  async #afterWrite(): Promise<void> {
    try {
      await this.#d.afterWrite?.(++this.#writes);
    } catch {
      // upkeep only: the write is committed
    }
  }

  async knownArticles(ids: readonly string[]): Promise<Set<string>> {
    const known = await knownArticles(this.#d.read, ids);
    const rest = ids.filter((i) => !known.has(i));
    if (rest.length > 0) for (const c of await knownCopies(this.#d.read, rest)) known.add(c);
    return known;
  }
  async getArticle(id: string): Promise<ArticleWithText | null> {
    const a = await getArticle(this.#d.read, id);
    if (!a) return null;
    const copies = await copiesOf(this.#d.read, id);
    return copies.length > 0 ? { ...a, copies } : a;
  }
  listArticles(filter?: ArticleFilter): Promise<Page<StoredArticle>> {
    return listArticles(this.#d, filter);
  }
  listEvents(filter?: EventFilter): Promise<Page<MergedEvent>> {
    return listEvents(this.#d, filter, this.#tuning);
  }
  countEvents(filter?: EventFilter): Promise<number> {
    return countEvents(this.#d, filter);
  }
  getEvent(id: string): Promise<EventDetail | null> {
    return getEvent(this.#d, id);
  }
  listPlaces(filter?: PlaceFilter): Promise<Page<PlaceSummary>> {
    return listPlaces(this.#d, filter);
  }
  listActors(filter?: { q?: string; limit?: number }): Promise<ActorSummary[]> {
    return listActors(this.#d, filter);
  }
  listAdmin1(filter?: { country?: string; limit?: number }): Promise<Admin1Summary[]> {
    return listAdmin1(this.#d, filter);
  }
  eventDays(filter?: EventFilter): Promise<DayCount[]> {
    return eventDays(this.#d, filter);
  }
  eventArticles(ids: readonly string[], opts?: { head?: number }): Promise<Map<string, EventArticle[]>> {
    return eventArticles(this.#d, ids, opts);
  }
  stats(): Promise<StoreStats> {
    return stats(this.#d);
  }
  dump(): Promise<string> {
    return dump(this.#d);
  }
  /**
   * Backend integrity check plus the store's own invariants: every article event belongs to a stored
   * merged event, and the statistics counters equal a count from scratch.
   */
  async check(): Promise<string> {
    const problems: string[] = [];
    const backend = await this.#d.check();
    if (backend !== 'ok') problems.push(backend);
    const rows = await this.#d.read.all<{ n: unknown }>(
      'SELECT CAST(COUNT(*) AS INTEGER) AS n FROM article_events e WHERE e.merged_id IS NULL OR NOT EXISTS (SELECT 1 FROM merged_events m WHERE m.id = e.merged_id)',
    );
    const orphans = Number(rows[0]?.n ?? 0);
    if (orphans !== 0) problems.push(`${orphans} article events without a merged event`);
    const [kept, counted] = [await stats(this.#d), await recount(this.#d)];
    if (JSON.stringify(kept) !== JSON.stringify(counted)) problems.push(`statistics counters differ from a recount: ${JSON.stringify(kept)} vs ${JSON.stringify(counted)}`);
    return problems.length ? problems.join('; ') : 'ok';
  }
  close(): Promise<void> {
    return this.#d.close();
  }
}
