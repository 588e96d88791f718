/**
 * A pool of worker threads that run `analyze` (CPU-bound) for `sitrep ingest --workers N`.
 * Under tsx (sources run as .ts) each thread first registers tsx's loader.
 */
import { Worker } from 'node:worker_threads';
import type { RawDocument } from '../core/document.js';
import type { SitrepDocument } from '../core/schema.js';

type Reply = { id: number; ok: true; doc: SitrepDocument } | { id: number; ok: false; error: string } | { ready: true };

export interface AnalyzeFlags {
  lang?: string;
  date?: string;
}

function spawn(): Worker {
  const entry = new URL(import.meta.url.endsWith('.ts') ? './analyze-worker.ts' : './analyze-worker.js', import.meta.url);
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry);
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(code, { eval: true });
}

export class AnalyzePool {
  readonly #workers: Worker[] = [];
  readonly #idle: Worker[] = [];
  readonly #waiting: Array<() => void> = [];
  readonly #pending = new Map<number, { resolve: (d: SitrepDocument) => void; reject: (e: Error) => void }>();
  #next = 0;

  private constructor() {}

  static async create(size: number): Promise<AnalyzePool> {
    const pool = new AnalyzePool();
    await Promise.all(
      Array.from({ length: size }, () => {
        const w = spawn();
        pool.#workers.push(w);
        return new Promise<void>((resolve, reject) => {
          w.on('error', reject);
          w.on('message', (r: Reply) => {
            if ('ready' in r) {
              pool.#release(w);
              resolve();
              return;
            }
            const p = pool.#pending.get(r.id);
            pool.#pending.delete(r.id);
            pool.#release(w);
            if (!p) return;
            if (r.ok) p.resolve(r.doc);
            else p.reject(new Error(r.error));
          });
        });
      }),
    );
    return pool;
  }

  #release(w: Worker): void {
    this.#idle.push(w);
    this.#waiting.shift()?.();
  }

  /** Analyse one document on a free thread (waits for one). */
  async analyze(raw: RawDocument, flags: AnalyzeFlags): Promise<SitrepDocument> {
    while (this.#idle.length === 0) await new Promise<void>((r) => this.#waiting.push(r));
    const w = this.#idle.pop()!;
    const id = this.#next++;
    return new Promise<SitrepDocument>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      w.postMessage({ id, raw, ...flags });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.map((w) => w.terminate()));
  }
}
