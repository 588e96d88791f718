/**
 * `sitrep ingest PATH… [--db FILE | --pg URL] [--workers N] [--queue]` and `sitrep worker --pg URL`.
 *
 * Reads, analyses, stores and merges articles. Resumable: articles whose content hash is stored
 * already are skipped before analysis; every article is written in one transaction, so a killed run
 * loses nothing it committed. One bad input never stops the batch.
 * Exit code: 0 when every input landed (stored or already stored); 1 when some inputs failed (the
 * others are stored; the failures are listed on stderr); 2 when the run could not start (bad flags,
 * store unreachable).
 */
import type { Command } from 'commander';
import { addStoreOptions, openFromFlags, pgUrl, type StoreFlags as StoreOnlyFlags } from './store-flags.js';
import type { Store } from '../store/types.js';
import type { Outcome } from '../queue/process.js';
import { checkDate, checkInt, UsageError } from './errors.js';

// the engine, the queue and the thread pool are loaded inside the actions (fast `--help`)
const loadPacks = async () => (await import('../lang/registry.js')).loadPacks();
const boss = () => import('../queue/boss.js');
const AnalyzePool = { create: async (n: number) => (await import('../queue/threads.js')).AnalyzePool.create(n) };
const processInputs = (...a: Parameters<typeof import('../queue/process.js').processInputs>) =>
  (async function* () {
    yield* (await import('../queue/process.js')).processInputs(...a);
  })();

interface StoreFlags extends StoreOnlyFlags {
  lang?: string;
  date?: string;
}

interface IngestFlags extends StoreFlags {
  url?: string;
  workers: string;
  queue?: boolean;
  progress?: boolean;
}

function checkFlags(f: StoreFlags): void {
  if (f.db && f.pg) throw new UsageError('use --db FILE or --pg URL, not both');
  checkDate('--date', f.date, 'any');
}

const open = (f: StoreFlags): Promise<Store> => openFromFlags(f);

/** Tallies outcomes and prints the closing summary. */
class Summary {
  stored = 0;
  skipped = 0;
  events = 0;
  failed: Outcome[] = [];
  add(o: Outcome): void {
    if (o.kind === 'stored') {
      this.stored++;
      this.events += o.events;
    } else if (o.kind === 'skipped') this.skipped++;
    else this.failed.push(o);
  }
  print(seconds: number): void {
    const w = (s: string) => process.stderr.write(s + '\n');
    for (const f of this.failed) if (f.kind === 'failed') w(`failed: ${f.source}: ${f.message} (${f.phase})`);
    w(
      `ingest: ${this.stored} stored (${this.events} events), ${this.skipped} already stored, ${this.failed.length} failed, ` +
        `${seconds.toFixed(1)} s (${((this.stored + this.skipped) / Math.max(seconds, 1e-3)).toFixed(1)} articles/s)`,
    );
  }
}

const fileOf = (source: string) => source.replace(/#\d+$/, '');

export function registerIngest(program: Command): void {
  addStoreOptions(
    program
      .command('ingest')
      .description('read, analyse, store and merge articles (resumable; idempotent by content hash)')
      .argument('<inputs...>', 'files or directories'),
  )
    .option('--workers <n>', 'analyse on N worker threads', '1')
    .option('--queue', 'with --pg: enqueue the files for `sitrep worker` processes instead of ingesting here')
    .option('--no-progress', 'no progress bar (it is off anyway when stderr is not a terminal)')
    .option('--lang <xx>', 'force the language')
    .option('--date <YYYY-MM-DD>', 'reference date when an article has none (its own date wins)')
    .option('--url <url>', 'the page URL: a date in it (/2024/11/19/, …20240805…) dates an article that states none')
    .action(async (inputs: string[], flags: IngestFlags) => {
      checkFlags(flags);
      const workers = checkInt('--workers', flags.workers, 1, 64);
      if (flags.queue) {
        if (!flags.pg) throw new UsageError('--queue needs --pg URL');
        const { enqueue, listInputFiles, openBoss } = await boss();
        const { files, problems } = await listInputFiles(inputs);
        const queue = await openBoss(pgUrl(flags.pg), flags.pgSchema);
        const n = await enqueue(queue, files);
        await queue.stop({ graceful: false, wait: true });
        for (const p of problems) process.stderr.write(`failed: ${p.source}: ${p.message}\n`);
        process.stderr.write(`ingest: enqueued ${n} files for sitrep worker${problems.length ? `, ${problems.length} inputs failed` : ''}\n`);
        if (problems.length > 0) process.exitCode = 1;
        return;
      }
      const packs = await loadPacks();
      if (flags.lang && !packs[flags.lang]) throw new UsageError(`no language pack for --lang ${flags.lang} (have: ${Object.keys(packs).join(', ')})`);
      const store = await open(flags);
      const pool = workers > 1 ? await AnalyzePool.create(workers) : undefined;
      const { countInputFiles, progressBar, reportSkipped } = await import('./progress.js');
      const bar = await progressBar('ingest', flags.progress !== false && process.stderr.isTTY ? countInputFiles(inputs) : 0, flags.progress !== false);
      const t0 = Date.now();
      const summary = new Summary();
      // an interrupted run says what it committed (every stored article is complete; a re-run resumes)
      const onSignal = (sig: NodeJS.Signals) => {
        bar.stop();
        summary.print((Date.now() - t0) / 1000);
        process.stderr.write(`ingest: interrupted by ${sig}; stored articles are complete, run the same command again to resume\n`);
        process.exit(130);
      };
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      try {
        for await (const o of processInputs(store, inputs, { packs, ...(pool ? { pool, inFlight: workers * 2 } : {}), ...(flags.lang ? { lang: flags.lang } : {}), ingest: { ...(flags.date ? { reference: flags.date } : {}), ...(flags.url ? { url: flags.url } : {}) } })) {
          summary.add(o);
          bar.tick(fileOf(o.source));
        }
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        bar.stop();
        await pool?.close();
        await store.close();
      }
      summary.print((Date.now() - t0) / 1000);
      reportSkipped('ingest', inputs);
      if (summary.failed.length > 0) process.exitCode = 1;
    });

  program
    .command('worker')
    .description('process ingest jobs from the PostgreSQL queue (start several to share the work)')
    .requiredOption('--pg <url>', 'PostgreSQL URL (store and queue)')
    .option('--pg-schema <name>', 'PostgreSQL schema of the store', 'sitrep')
    .option('--workers <n>', 'analyse on N worker threads', '1')
    .option('--idle-exit <seconds>', 'exit once the queue has been empty this long')
    .option('--log', 'print one JSON line per processed article on stdout')
    .option('--lang <xx>', 'force the language')
    .option('--date <YYYY-MM-DD>', 'reference date when an article has none')
    .action(async (flags: IngestFlags & { idleExit?: string; log?: boolean }) => {
      checkFlags(flags);
      const workers = checkInt('--workers', flags.workers, 1, 64);
      const idle = flags.idleExit !== undefined ? Number(flags.idleExit) : undefined;
      if (idle !== undefined && !(idle >= 0)) throw new UsageError(`--idle-exit must be a number of seconds, got ${flags.idleExit}`);
      const packs = await loadPacks();
      const store = await open({ ...flags, create: true }); // workers serve a queue: the store is theirs to create
      const { openBoss, runWorker } = await boss();
      const queue = await openBoss(pgUrl(flags.pg!), flags.pgSchema);
      const pool = workers > 1 ? await AnalyzePool.create(workers) : undefined;
      const summary = new Summary();
      const t0 = Date.now();
      try {
        await runWorker(queue, store, {
          packs,
          ...(pool ? { pool, inFlight: 1, concurrency: workers } : {}),
          ...(flags.lang ? { lang: flags.lang } : {}),
          ...(flags.date ? { ingest: { reference: flags.date } } : {}),
          ...(idle !== undefined ? { idleExitSeconds: idle } : {}),
          onReady: () => process.stderr.write(`worker ${process.pid}: waiting for jobs\n`),
          onOutcome: (o, job) => {
            summary.add(o);
            if (flags.log) process.stdout.write(JSON.stringify({ job, pid: process.pid, ...o }) + '\n');
          },
        });
      } finally {
        await pool?.close();
        await store.close();
      }
      summary.print((Date.now() - t0) / 1000);
      if (summary.failed.length > 0) process.exitCode = 1;
    });
}
