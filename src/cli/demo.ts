import type { Command } from 'commander';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The sample articles written by the project's authors (not corpus text). */
export const SAMPLES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'samples');

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('extract from the built-in sample articles and print a readable summary')
    .action(async () => {
      const [{ ingest }, { analyze }, { loadPacks }, { lazyGazetteer }, { formatPretty }] = await Promise.all([
        import('../stages/ingest/index.js'),
        import('../core/pipeline.js'),
        import('../lang/registry.js'),
        import('../gazetteer/load.js'),
        import('./pretty.js'),
      ]);
      const packs = await loadPacks();
      const t0 = performance.now();
      let n = 0;
      let events = 0;
      for await (const item of ingest([SAMPLES_DIR], { packs })) {
        if (!item.ok) {
          for (const d of item.diagnostics) process.stderr.write(`${d.severity}: ${item.source}: ${d.code}: ${d.message}\n`);
          continue;
        }
        const doc = analyze(item.doc, { packs, gazetteer: lazyGazetteer });
        n++;
        events += doc.events.length;
        process.stdout.write(formatPretty(doc) + '\n\n');
      }
      const ms = performance.now() - t0;
      process.stdout.write(`${n} sample articles, ${events} events, ${ms.toFixed(0)} ms (incl. gazetteer load)\n`);
    });
}
