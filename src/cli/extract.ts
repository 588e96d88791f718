/**
 * `sitrep extract FILE|DIR|- [--format json|jsonl|pretty] [-o FILE] [--lang xx] [--date YYYY-MM-DD]`.
 * Output shape never depends on the input count: `json` is always an array, `jsonl` one document per line.
 * The engine (packs, pipeline, gazetteer) is loaded inside the action, so `--help` stays fast.
 */
import type { Command } from 'commander';
import type { SitrepDocument } from '../core/schema.js';
import { checkDate, UsageError } from './errors.js';

export interface ExtractFlags {
  format: string;
  out?: string;
  lang?: string;
  date?: string;
  url?: string;
  progress?: boolean;
}

export const EXTRACT_FORMATS = ['json', 'jsonl', 'pretty'] as const;

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract places, actors, events and casualties from articles (FILE, DIR or - for stdin)')
    .argument('<inputs...>', 'files, directories or - for stdin')
    .option('-f, --format <format>', 'json (always an array) | jsonl (one document per line) | pretty', 'json')
    .option('-o, --out <file>', 'write to FILE instead of stdout')
    .option('--lang <xx>', 'force the language')
    .option('--date <YYYY-MM-DD>', 'reference date when the article has none (its own date wins)')
    .option('--url <url>', 'the page URL: a date in it (/2024/11/19/, …20240805…) dates an article that states none')
    .option('--no-progress', 'no progress bar (it is shown only on a terminal, for 5+ files)')
    .action(async (inputs: string[], flags: ExtractFlags) => {
      if (!(EXTRACT_FORMATS as readonly string[]).includes(flags.format)) throw new UsageError(`--format must be one of ${EXTRACT_FORMATS.join(', ')}, got ${JSON.stringify(flags.format)}`);
      checkDate('--date', flags.date, 'any');
      const [{ ingest }, { analyze }, { loadPacks }, { lazyGazetteer }] = await Promise.all([
        import('../stages/ingest/index.js'),
        import('../core/pipeline.js'),
        import('../lang/registry.js'),
        import('../gazetteer/load.js'),
      ]);
      const packs = await loadPacks();
      if (flags.lang && !packs[flags.lang]) throw new UsageError(`no language pack for --lang ${flags.lang} (have: ${Object.keys(packs).join(', ')})`);
      const { createWriteStream } = await import('node:fs');
      const out = flags.out ? createWriteStream(flags.out) : process.stdout;
      if (flags.out) await new Promise<void>((res, rej) => (out as ReturnType<typeof createWriteStream>).once('open', () => res()).once('error', (e) => rej(new UsageError(`cannot write ${flags.out}: ${e.message}`))));
      const write = async (s: string) => {
        if (!out.write(s)) await new Promise<void>((r) => out.once('drain', () => r()));
      };
      const { countInputFiles, progressBar, reportSkipped } = await import('./progress.js');
      const bar = await progressBar('extract', flags.progress !== false && process.stderr.isTTY ? countInputFiles(inputs) : 0, flags.progress !== false);
      let failures = 0;
      let n = 0;
      if (flags.format === 'json') await write('[');
      try {
        for await (const item of ingest(inputs, { packs, ...(flags.date ? { reference: flags.date } : {}), ...(flags.url ? { url: flags.url } : {}) })) {
          bar.tick(item.ok ? item.doc.source : item.source);
          if (!item.ok) {
            failures++;
            for (const d of item.diagnostics) process.stderr.write(`${d.severity}: ${item.source}: ${d.code}: ${d.message}\n`);
            continue;
          }
          const doc: SitrepDocument = analyze(item.doc, {
            packs,
            gazetteer: lazyGazetteer,
            ...(flags.lang ? { lang: flags.lang } : {}),
          });
          if (flags.format === 'jsonl') await write(JSON.stringify(doc) + '\n');
          else if (flags.format === 'pretty') {
            const { formatPretty } = await import('./pretty.js');
            await write(formatPretty(doc) + '\n');
          } else await write((n ? ',\n' : '\n') + JSON.stringify(doc, null, 2).replace(/\n/g, '\n  ').replace(/^/, '  '));
          n++;
        }
      } finally {
        bar.stop();
      }
      if (flags.format === 'json') await write(n ? '\n]\n' : ']\n');
      reportSkipped('extract', inputs);
      if (flags.out) await new Promise<void>((r) => (out as ReturnType<typeof createWriteStream>).end(() => r()));
      if (failures > 0) {
        process.stderr.write(`extract: ${n} article(s) extracted, ${failures} input(s) failed\n`);
        process.exitCode = 1;
      }
    });
}
