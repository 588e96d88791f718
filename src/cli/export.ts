/** `sitrep export --format acled-csv|geojson|jsonl [--out FILE] [--db FILE | --pg URL]`. */
import { createWriteStream } from 'node:fs';
import type { Command } from 'commander';
import { EXPORT_FORMATS, exportEvents, type ExportFormat } from '../export/write.js';
import { addStoreOptions, openFromFlags, type StoreFlags } from './store-flags.js';

interface ExportFlags extends StoreFlags {
  format: string;
  out?: string;
  country?: string;
  from?: string;
  to?: string;
}

export function registerExport(program: Command): void {
  addStoreOptions(program.command('export').description('export merged events: ACLED-compatible CSV, GeoJSON or JSONL of full records'))
    .requiredOption('-f, --format <format>', EXPORT_FORMATS.join(' | '))
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .option('--country <iso2>', 'only events in this country')
    .option('--from <YYYY-MM-DD>', 'only events whose window reaches this day')
    .option('--to <YYYY-MM-DD>', 'only events whose window starts by this day')
    .action(async (flags: ExportFlags) => {
      if (!(EXPORT_FORMATS as readonly string[]).includes(flags.format)) throw new Error(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
      for (const d of [flags.from, flags.to]) if (d && !/^\d{4}-\d{2}-\d{2}$/.test(d)) throw new Error(`dates must be YYYY-MM-DD, got ${d}`);
      const store = await openFromFlags(flags);
      const out = flags.out ? createWriteStream(flags.out) : process.stdout;
      try {
        const n = await exportEvents(store, flags.format as ExportFormat, out, {
          ...(flags.country ? { country: flags.country.toUpperCase() } : {}),
          ...(flags.from ? { from: flags.from } : {}),
          ...(flags.to ? { to: flags.to } : {}),
        });
        process.stderr.write(`export: ${n} events (${flags.format})\n`);
      } finally {
        if (flags.out) await new Promise<void>((r) => (out as ReturnType<typeof createWriteStream>).end(() => r()));
        await store.close();
      }
    });
}
