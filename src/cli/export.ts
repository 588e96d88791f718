/** `sitrep export --format acled-csv|geojson|jsonl [-o FILE] [--bom] [--country NAME|ISO] [--type T] [--from D] [--to D]`. */
import type { Command } from 'commander';
import { addStoreOptions, openFromFlags, type StoreFlags } from './store-flags.js';
import { checkDate, UsageError } from './errors.js';

interface ExportFlags extends StoreFlags {
  format: string;
  out?: string;
  country?: string;
  type?: string;
  from?: string;
  to?: string;
  bom?: boolean;
}

const FORMATS = ['acled-csv', 'geojson', 'jsonl'];

export function registerExport(program: Command): void {
  addStoreOptions(program.command('export').description('export merged events: ACLED-compatible CSV, GeoJSON or JSONL of full records'))
    .requiredOption('-f, --format <format>', FORMATS.join(' | '))
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .option('--bom', 'start the CSV with a UTF-8 byte order mark (for spreadsheets)')
    .option('--country <name|iso>', 'only events in this country (name, e.g. Ukraine, or ISO code, e.g. UA)')
    .option('--type <type>', 'only events of this ACLED event type (e.g. Battles)')
    .option('--from <YYYY-MM-DD>', 'only events whose window reaches this day')
    .option('--to <YYYY-MM-DD>', 'only events whose window starts by this day')
    .action(async (flags: ExportFlags) => {
      if (!FORMATS.includes(flags.format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got ${JSON.stringify(flags.format)}`);
      checkDate('--from', flags.from);
      checkDate('--to', flags.to);
      if (flags.from && flags.to && flags.from > flags.to) throw new UsageError(`--from ${flags.from} is after --to ${flags.to}`);
      const { resolveCountry, resolveType, EVENT_TYPES } = await import('../api/values.js');
      const country = flags.country !== undefined ? resolveCountry(flags.country) : undefined;
      if (country === null) throw new UsageError(`unknown country ${JSON.stringify(flags.country)} (use a name such as Ukraine or an ISO code such as UA)`);
      const type = flags.type !== undefined ? resolveType(flags.type) : undefined;
      if (type === null) throw new UsageError(`unknown event type ${JSON.stringify(flags.type)} (one of: ${EVENT_TYPES.join(', ')})`);
      const store = await openFromFlags(flags);
      const [{ exportEvents }, { createWriteStream }] = await Promise.all([import('../export/write.js'), import('node:fs')]);
      const out = flags.out ? createWriteStream(flags.out) : process.stdout;
      try {
        if (flags.out) await new Promise<void>((res, rej) => (out as ReturnType<typeof createWriteStream>).once('open', () => res()).once('error', (e) => rej(new UsageError(`cannot write ${flags.out}: ${e.message}`))));
        const n = await exportEvents(store, flags.format as 'acled-csv', out, {
          ...(country ? { country } : {}),
          ...(type ? { type } : {}),
          ...(flags.from ? { from: flags.from } : {}),
          ...(flags.to ? { to: flags.to } : {}),
        }, { bom: flags.bom === true });
        process.stderr.write(`export: ${n} events (${flags.format})\n`);
      } finally {
        if (flags.out) await new Promise<void>((r) => (out as ReturnType<typeof createWriteStream>).end(() => r()));
        await store.close();
      }
    });
}
