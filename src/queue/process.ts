/**
 * Ingest → analyse → store (+ merge), shared by `sitrep ingest` and `sitrep worker`.
 * Already-stored content hashes are skipped before analysis; one bad input or one failing
 * analysis is an outcome, never the end of the batch.
 */
import { analyze } from '../core/pipeline.js';
import type { RawDocument } from '../core/document.js';
import { lazyGazetteer } from '../gazetteer/load.js';
import type { LanguagePack } from '../lang/pack.js';
import { ingest, type IngestItem, type IngestOptions } from '../stages/ingest/index.js';
import type { Store } from '../store/types.js';
import type { AnalyzeFlags, AnalyzePool } from './threads.js';

export type Outcome =
  /** copyOf: stored as a copy of this stored story (a near-duplicate: not analysed, no events of its own) */
  | { kind: 'stored'; source: string; articleId: string; events: number; merged: number; copyOf?: string }
  | { kind: 'skipped'; source: string; articleId: string }
  /** phase: where it failed — reading/parsing the input, analysing it, or writing it to the store */
  | { kind: 'failed'; source: string; message: string; phase: 'read' | 'analyze' | 'store' };

export interface ProcessOptions extends AnalyzeFlags {
  packs: Readonly<Record<string, LanguagePack>>;
  /** analyse on these worker threads instead of in-process */
  pool?: AnalyzePool;
  /** documents in flight at once with a pool (default 2 × pool size) */
  inFlight?: number;
  /** passed to ingest: the page URL (`--url`) and the reference date for pages that state none (`--date`) */
  ingest?: Pick<IngestOptions, 'url' | 'reference'>;
}

/** A near-duplicate of a stored story is stored as its copy without analysis; null when it is none. */
async function asCopy(store: Store, raw: RawDocument): Promise<Outcome | null> {
  try {
    const r = await store.putCopy({
      id: raw.id,
      source: raw.source,
      format: raw.format,
      original: raw.original,
      ...(raw.title ? { title: raw.title } : {}),
      ...(raw.url ? { url: raw.url } : {}),
      ...(raw.byline ? { byline: raw.byline } : {}),
      ...(raw.date?.value ? { date: raw.date.value } : {}),
      ...(raw.declaredLang ? { declaredLang: raw.declaredLang } : {}),
    });
    if (!r) return null;
    if (r.status === 'exists') return { kind: 'skipped', source: raw.source, articleId: r.articleId };
    return { kind: 'stored', source: raw.source, articleId: r.articleId, events: 0, merged: 0, ...(r.copyOf ? { copyOf: r.copyOf } : {}) };
  } catch (err) {
    return { kind: 'failed', source: raw.source, message: brief(err), phase: 'store' };
  }
}

async function store1(store: Store, raw: RawDocument, opts: ProcessOptions): Promise<Outcome> {
  const copy = await asCopy(store, raw);
  if (copy) return copy;
  let doc;
  try {
    const flags = { ...(opts.lang ? { lang: opts.lang } : {}), ...(opts.date ? { date: opts.date } : {}) };
    doc = opts.pool ? await opts.pool.analyze(raw, flags) : analyze(raw, { packs: opts.packs, gazetteer: lazyGazetteer, ...flags });
  } catch (err) {
    return { kind: 'failed', source: raw.source, message: brief(err), phase: 'analyze' };
  }
  try {
    const r = await store.putDocument(doc, raw.original);
    if (r.status === 'exists') return { kind: 'skipped', source: raw.source, articleId: r.articleId };
    return { kind: 'stored', source: raw.source, articleId: r.articleId, events: r.events, merged: r.merged.length, ...(r.copyOf ? { copyOf: r.copyOf } : {}) };
  } catch (err) {
    return { kind: 'failed', source: raw.source, message: brief(err), phase: 'store' };
  }
}

/** An error message cut to a readable length (a failing stage can throw with a huge message). */
function brief(err: unknown): string {
  const m = err instanceof Error ? err.message : String(err);
  return m.length > 400 ? `${m.slice(0, 400)}… (${m.length} chars)` : m;
}

export async function* processInputs(store: Store, inputs: string[], opts: ProcessOptions): AsyncGenerator<Outcome> {
  const limit = opts.pool ? (opts.inFlight ?? 4) : 1;
  const running = new Map<number, Promise<{ n: number; o: Outcome }>>();
  let n = 0;
  let items: AsyncGenerator<IngestItem>;
  try {
    items = ingest(inputs, { packs: opts.packs, ...opts.ingest });
  } catch (err) {
    yield { kind: 'failed', source: inputs.join(' '), message: brief(err), phase: 'read' };
    return;
  }
  for (;;) {
    let next: IteratorResult<IngestItem>;
    try {
      next = await items.next();
    } catch (err) {
      // a reader that throws ends its generator: report, and stop reading (the rest of the batch cannot be reached)
      yield { kind: 'failed', source: inputs.join(' '), message: brief(err), phase: 'read' };
      break;
    }
    if (next.done) break;
    const item = next.value;
    if (!item.ok) {
      yield { kind: 'failed', source: item.source, message: item.diagnostics.map((d) => `${d.code}: ${d.message}`).join('; ') || 'unreadable', phase: 'read' };
      continue;
    }
    const raw = item.doc;
    if ((await store.knownArticles([raw.id])).has(raw.id)) {
      yield { kind: 'skipped', source: raw.source, articleId: raw.id };
      continue;
    }
    const k = n++;
    running.set(k, store1(store, raw, opts).then((o) => ({ n: k, o })));
    while (running.size >= limit) {
      const done = await Promise.race(running.values());
      running.delete(done.n);
      yield done.o;
    }
  }
  while (running.size > 0) {
    const done = await Promise.race(running.values());
    running.delete(done.n);
    yield done.o;
  }
}
