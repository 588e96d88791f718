import type { Command } from 'commander';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingest } from '../stages/ingest/index.js';
import { analyze } from '../core/pipeline.js';
import { loadPacks } from '../lang/registry.js';
import { lazyGazetteer } from '../gazetteer/load.js';
import { formatPretty } from './pretty.js';

/** The sample articles written by the project's authors (not corpus text). */
export const SAMPLES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'samples');

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('extract from the built-in sample articles and print a readable summary')
    .action(async () => {
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
