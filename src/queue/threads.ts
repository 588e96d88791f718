/**
 * A pool of worker threads that run `analyze` (CPU-bound) for `sitrep ingest --workers N`.
 * Under tsx (sources run as .ts) each thread first registers tsx's loader. A thread that dies fails
 * only the document it was analysing and is replaced.
 */
import { Worker } from 'node:worker_threads';
import type { RawDocument } from '../core/document.js';
import type { SitrepDocument } from '../core/schema.js';

type Reply = { id: number; ok: true; doc: SitrepDocument } | { id: number; ok: false; error: string } | { ready: true };

export interface AnalyzeFlags {
  lang?: string;
  date?: string;
}

interface Pending {
  resolve: (d: SitrepDocument) => void;
  reject: (e: Error) => void;
}

function spawn(): Worker {
  const entry = new URL(import.meta.url.endsWith('.ts') ? './analyze-worker.ts' : './analyze-worker.js', import.meta.url);
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry);
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(code, { eval: true });
}

export class AnalyzePool {
  readonly #workers = new Set<Worker>();
  readonly #idle: Worker[] = [];
  readonly #waiting: Array<() => void> = [];
  /** the task each busy worker is on */
  readonly #busy = new Map<Worker, { id: number; p: Pending }>();
  #next = 0;
  #closing = false;

  private constructor() {}

  static async create(size: number): Promise<AnalyzePool> {
    const pool = new AnalyzePool();
    await Promise.all(Array.from({ length: size }, () => pool.#start()));
    return pool;
  }

  #start(): Promise<void> {
    const w = spawn();
    this.#workers.add(w);
    return new Promise<void>((resolve, reject) => {
      let ready = false;
      w.on('message', (r: Reply) => {
        if ('ready' in r) {
          ready = true;
          this.#release(w);
          resolve();
          return;
        }
        const task = this.#busy.get(w);
        this.#busy.delete(w);
        this.#release(w);
        if (!task || task.id !== r.id) return;
        if (r.ok) task.p.resolve(r.doc);
        else task.p.reject(new Error(r.error));
      });
      const died = (err: Error) => {
        this.#workers.delete(w);
        const i = this.#idle.indexOf(w);
        if (i >= 0) this.#idle.splice(i, 1);
        const task = this.#busy.get(w);
        this.#busy.delete(w);
        task?.p.reject(new Error(`analysis thread died: ${err.message}`));
        if (!ready) reject(err);
        else if (!this.#closing) void this.#start().catch(() => undefined);
      };
      w.on('error', died);
      w.on('exit', (code) => {
        if (this.#workers.has(w)) died(new Error(`exit code ${code}`));
      });
    });
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
      this.#busy.set(w, { id, p: { resolve, reject } });
      w.postMessage({ id, raw, ...flags });
    });
  }

  async close(): Promise<void> {
    this.#closing = true;
    const all = [...this.#workers];
    this.#workers.clear();
    await Promise.all(all.map((w) => w.terminate()));
  }
}
