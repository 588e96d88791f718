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
import cliProgress from 'cli-progress';
import { loadPacks } from '../lang/registry.js';
import { addStoreOptions, openFromFlags, type StoreFlags as StoreOnlyFlags } from './store-flags.js';
import type { Store } from '../store/types.js';
import { processInputs, type Outcome } from '../queue/process.js';
import { AnalyzePool } from '../queue/threads.js';
import { enqueue, listInputFiles, openBoss, runWorker } from '../queue/boss.js';

interface StoreFlags extends StoreOnlyFlags {
  lang?: string;
  date?: string;
}

interface IngestFlags extends StoreFlags {
  workers: string;
  queue?: boolean;
  progress?: boolean;
}

function checkFlags(f: StoreFlags): void {
  if (f.db && f.pg) throw new Error('use --db FILE or --pg URL, not both');
  if (f.date && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(f.date)) throw new Error(`--date must be YYYY[-MM[-DD]], got ${f.date}`);
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
    .option('--date <YYYY-MM-DD>', 'reference date when an article has none')
    .addHelpText('after', '\nExit code: 0 all inputs stored (or already stored), 1 some inputs failed (the rest are stored), 2 could not run.')
    .action(async (inputs: string[], flags: IngestFlags) => {
      checkFlags(flags);
      const workers = Number(flags.workers);
      if (!Number.isInteger(workers) || workers < 1 || workers > 64) throw new Error(`--workers must be 1..64, got ${flags.workers}`);
      if (flags.queue) {
        if (!flags.pg) throw new Error('--queue needs --pg URL');
        const { files, problems } = await listInputFiles(inputs);
        const boss = await openBoss(flags.pg, flags.pgSchema);
        const n = await enqueue(boss, files);
        await boss.stop({ graceful: false, wait: true });
        for (const p of problems) process.stderr.write(`failed: ${p.source}: ${p.message}\n`);
        process.stderr.write(`ingest: enqueued ${n} files for sitrep worker${problems.length ? `, ${problems.length} inputs failed` : ''}\n`);
        if (problems.length > 0) process.exitCode = 1;
        return;
      }
      const packs = await loadPacks();
      if (flags.lang && !packs[flags.lang]) throw new Error(`no language pack for --lang ${flags.lang}`);
      const store = await open(flags);
      const pool = workers > 1 ? await AnalyzePool.create(workers) : undefined;
      const files = flags.progress !== false && process.stderr.isTTY ? (await listInputFiles(inputs)).files : [];
      const bar =
        flags.progress !== false && process.stderr.isTTY
          ? new cliProgress.SingleBar(
              { stream: process.stderr, format: 'ingest [{bar}] {value}/{total} files | {articles} articles | {rate} articles/s | ETA {eta_formatted}', etaBuffer: 50 },
              cliProgress.Presets.shades_classic,
            )
          : null;
      bar?.start(files.length, 0, { articles: 0, rate: '0.0' });
      const t0 = Date.now();
      const summary = new Summary();
      const seenFiles = new Set<string>();
      try {
        for await (const o of processInputs(store, inputs, { packs, ...(pool ? { pool, inFlight: workers * 2 } : {}), ...(flags.lang ? { lang: flags.lang } : {}), ...(flags.date ? { date: flags.date } : {}) })) {
          summary.add(o);
          seenFiles.add(fileOf(o.source));
          const secs = (Date.now() - t0) / 1000;
          bar?.update(Math.min(seenFiles.size, files.length || Infinity), { articles: summary.stored + summary.skipped, rate: ((summary.stored + summary.skipped) / Math.max(secs, 1e-3)).toFixed(1) });
        }
      } finally {
        bar?.stop();
        await pool?.close();
        await store.close();
      }
      summary.print((Date.now() - t0) / 1000);
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
      const workers = Number(flags.workers);
      if (!Number.isInteger(workers) || workers < 1 || workers > 64) throw new Error(`--workers must be 1..64, got ${flags.workers}`);
      const idle = flags.idleExit !== undefined ? Number(flags.idleExit) : undefined;
      if (idle !== undefined && !(idle >= 0)) throw new Error(`--idle-exit must be a number of seconds, got ${flags.idleExit}`);
      const packs = await loadPacks();
      const store = await open(flags);
      const boss = await openBoss(flags.pg!, flags.pgSchema);
      const pool = workers > 1 ? await AnalyzePool.create(workers) : undefined;
      const summary = new Summary();
      const t0 = Date.now();
      try {
        await runWorker(boss, store, {
          packs,
          ...(pool ? { pool, inFlight: 1, concurrency: workers } : {}),
          ...(flags.lang ? { lang: flags.lang } : {}),
          ...(flags.date ? { date: flags.date } : {}),
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
