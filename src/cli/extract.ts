import type { Command } from 'commander';
import { ingest } from '../stages/ingest/index.js';
import { analyze } from '../core/pipeline.js';
import { loadPacks } from '../lang/registry.js';
import { lazyGazetteer } from '../gazetteer/load.js';
import type { SitrepDocument } from '../core/schema.js';
import { formatPretty } from './pretty.js';

export interface ExtractFlags {
  format: 'json' | 'jsonl' | 'pretty';
  lang?: string;
  date?: string;
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract places, actors, events and casualties from articles (FILE, DIR or - for stdin)')
    .argument('<inputs...>', 'files, directories or - for stdin')
    .option('-f, --format <format>', 'json | jsonl | pretty', 'json')
    .option('--lang <xx>', 'force the language')
    .option('--date <YYYY-MM-DD>', 'reference date when the article has none')
    .action(async (inputs: string[], flags: ExtractFlags) => {
      if (!['json', 'jsonl', 'pretty'].includes(flags.format)) throw new Error(`unknown --format ${flags.format}`);
      if (flags.date && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(flags.date)) throw new Error(`--date must be YYYY[-MM[-DD]], got ${flags.date}`);
      const packs = await loadPacks();
      if (flags.lang && !packs[flags.lang]) throw new Error(`no language pack for --lang ${flags.lang} (have: ${Object.keys(packs).join(', ')})`);
      const out: SitrepDocument[] = [];
      let failures = 0;
      for await (const item of ingest(inputs, { packs })) {
        if (!item.ok) {
          failures++;
          for (const d of item.diagnostics) process.stderr.write(`${d.severity}: ${item.source}: ${d.code}: ${d.message}\n`);
          continue;
        }
        const doc = analyze(item.doc, {
          packs,
          gazetteer: lazyGazetteer,
          ...(flags.lang ? { lang: flags.lang } : {}),
          ...(flags.date ? { date: flags.date } : {}),
        });
        if (flags.format === 'jsonl') process.stdout.write(JSON.stringify(doc) + '\n');
        else if (flags.format === 'pretty') process.stdout.write(formatPretty(doc) + '\n');
        else out.push(doc);
      }
      if (flags.format === 'json') process.stdout.write(JSON.stringify(out.length === 1 ? out[0] : out, null, 2) + '\n');
      if (failures > 0) process.exitCode = 1;
    });
}
