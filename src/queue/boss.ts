/**
 * The scale path: a pg-boss (v10) work queue in PostgreSQL. `sitrep ingest --pg URL --queue` enqueues
 * one job per input file; `sitrep worker --pg URL` processes jobs, so N worker processes share the
 * ingestion. pg-boss hands each job to one worker at a time; the store's content-hash idempotency
 * makes a retried job harmless (nothing is stored twice).
 */
import { resolve } from 'node:path';
import { expandInputs } from '../stages/ingest/read.js';
import PgBoss from 'pg-boss';
import type { Store } from '../store/types.js';
import { processInputs, type Outcome, type ProcessOptions } from './process.js';

export const QUEUE = 'sitrep-ingest';

export interface IngestJob {
  path: string;
}

export async function openBoss(url: string, storeSchema = 'sitrep'): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: url, schema: `${storeSchema}_boss`, max: 2 });
  boss.on('error', (err: Error) => process.stderr.write(`pg-boss: ${err.message}\n`));
  await boss.start();
  if (!(await boss.getQueue(QUEUE))) {
    try {
      await boss.createQueue(QUEUE, { name: QUEUE, retryLimit: 2, retryDelay: 1, expireInSeconds: 15 * 60 });
    } catch (err) {
      // another process created it meanwhile
      if (!(await boss.getQueue(QUEUE))) throw err;
    }
  }
  return boss;
}

/**
 * The files the inputs name, as ingest walks them (directories recursively, article extensions only),
 * absolute; inputs that cannot be read and stdin (which no other process can read) come back as problems.
 */
export async function listInputFiles(inputs: string[]): Promise<{ files: string[]; problems: Array<{ source: string; message: string }> }> {
  const files: string[] = [];
  const problems: Array<{ source: string; message: string }> = [];
  for await (const i of expandInputs(inputs)) {
    if (i.kind === 'file') files.push(resolve(i.path));
    else if (i.kind === 'stdin') problems.push({ source: '-', message: 'stdin cannot be queued' });
    else problems.push({ source: i.source, message: i.diagnostics.map((d) => d.message).join('; ') });
  }
  return { files, problems };
}

export async function enqueue(boss: PgBoss, files: string[]): Promise<number> {
  for (let i = 0; i < files.length; i += 500) {
    await boss.insert(files.slice(i, i + 500).map((path) => ({ name: QUEUE, data: { path } satisfies IngestJob })));
  }
  return files.length;
}

export interface WorkerOptions extends ProcessOptions {
  /** stop once the queue has had no queued or active job for this many seconds (default: run forever) */
  idleExitSeconds?: number;
  onOutcome?: (o: Outcome, jobId: string) => void;
  /** jobs handled at once by this process (default 1; match the analysis threads) */
  concurrency?: number;
  /** called once the worker is subscribed to the queue */
  onReady?: () => void;
}

/** Process jobs until stopped (or idle, with idleExitSeconds). Resolves when the worker has stopped. */
export async function runWorker(boss: PgBoss, store: Store, opts: WorkerOptions): Promise<void> {
  const handler = async (jobs: Array<PgBoss.Job<IngestJob>>) => {
    const results: Outcome[] = [];
    for (const job of jobs) {
      for await (const o of processInputs(store, [job.data.path], opts)) {
        results.push(o);
        opts.onOutcome?.(o, job.id);
      }
    }
    // a store failure (database unreachable, lock timeout) is not the input's fault: fail the job so pg-boss
    // retries it; what was stored already is skipped on the retry
    const storeFailure = results.find((o) => o.kind === 'failed' && o.phase === 'store');
    if (storeFailure && storeFailure.kind === 'failed') throw new Error(`store failed for ${storeFailure.source}: ${storeFailure.message}`);
    return { outcomes: results.map((o) => ({ kind: o.kind, source: o.source })) };
  };
  for (let i = 0; i < Math.max(1, opts.concurrency ?? 1); i++) {
    await boss.work<IngestJob>(QUEUE, { batchSize: 1, pollingIntervalSeconds: 0.5 }, handler);
  }
  opts.onReady?.();
  await new Promise<void>((resolveStop) => {
    const stop = async () => {
      clearInterval(timer);
      await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
      resolveStop();
    };
    process.once('SIGTERM', () => void stop());
    process.once('SIGINT', () => void stop());
    let idleSince: number | null = null;
    const timer = setInterval(() => {
      if (opts.idleExitSeconds === undefined) return;
      void boss.getQueueSize(QUEUE, { before: 'completed' }).then((n) => {
        if (n > 0) idleSince = null;
        else if (idleSince === null) idleSince = Date.now();
        else if (Date.now() - idleSince >= opts.idleExitSeconds! * 1000) void stop();
      });
    }, 250);
  });
}
