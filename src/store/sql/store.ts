/** The Store over a SQL Dialect: the write path (one transaction per article) and the read queries. */
import type { SitrepDocument } from '../../core/schema.js';
import type { ActorSummary, Admin1Summary, DayCount, EventArticle } from '../types.js';
import type { ArticleFilter, ArticleWithText, EventDetail, EventFilter, MergedEvent, Page, PlaceFilter, PlaceSummary, PutResult, Store, StoreStats, StoredArticle } from '../types.js';
import { contentHash } from '../hash.js';
import { getArticle, insertArticle, insertExtractions, knownArticles, listArticles } from './articles.js';
import type { Dialect } from './dialect.js';
import { insertEvents, mergeNew } from './events.js';
import { CountDelta, recount, stats } from './counts.js';
import { countEvents, dump, eventArticles, eventDays, getEvent, listActors, listAdmin1, listEvents, listPlaces, type QueryTuning } from './queries.js';
import { eventRows, mergeInputs } from './rows.js';

export class SqlStore implements Store {
  readonly kind: 'sqlite' | 'postgres';
  readonly #d: Dialect;
  readonly #tuning: QueryTuning;

  constructor(dialect: Dialect, tuning: QueryTuning = {}) {
    this.#d = dialect;
    this.#tuning = tuning;
    this.kind = dialect.kind;
  }

  async putDocument(doc: SitrepDocument, original: string): Promise<PutResult> {
    const id = doc.document.id;
    if (id !== contentHash(original)) throw new Error(`putDocument: document id ${id} is not the content hash of its original text`);
    const now = new Date().toISOString();
    return this.#d.transaction(async (ex) => {
      if (!(await insertArticle(ex, doc, original, now))) return { articleId: id, status: 'exists', events: 0, merged: [] };
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
  }

  knownArticles(ids: readonly string[]): Promise<Set<string>> {
    return knownArticles(this.#d.read, ids);
  }
  getArticle(id: string): Promise<ArticleWithText | null> {
    return getArticle(this.#d.read, id);
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
