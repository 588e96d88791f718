/** Stream every merged event of a store to a writable, in one of the export formats. */
import type { Writable } from 'node:stream';
import type { EventFilter, Store } from '../store/types.js';
import { acledCsvHeader, acledCsvLine } from './acled-csv.js';
import { eventFeature, geojsonHead, geojsonTail } from './geojson.js';

export type ExportFormat = 'acled-csv' | 'geojson' | 'jsonl';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['acled-csv', 'geojson', 'jsonl'];

async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
}

/** Pages through the store (cursor pagination), so memory stays flat for any store size. Returns the event count. */
export interface ExportOptions {
  /** start a CSV with a UTF-8 byte order mark (spreadsheets then read it as UTF-8) */
  bom?: boolean;
  /** stop after this many events */
  max?: number;
}

/** Characters of an HTML original read for its site name (og:site_name / JSON-LD publisher). */
const HEAD = 16_000;

export async function exportEvents(store: Store, format: ExportFormat, out: Writable, filter: Omit<EventFilter, 'cursor' | 'limit'> = {}, opts: ExportOptions = {}): Promise<number> {
  let cursor: string | undefined;
  let n = 0;
  const max = opts.max ?? Infinity;
  if (format === 'acled-csv') await write(out, (opts.bom ? '\uFEFF' : '') + acledCsvHeader());
  if (format === 'geojson') await write(out, geojsonHead);
  do {
    const page = await store.listEvents({ ...filter, limit: Math.min(1000, Math.max(1, max - n)), ...(cursor ? { cursor } : {}) });
    const articles = format === 'acled-csv' ? await store.eventArticles(page.items.map((e) => e.id), { head: HEAD }) : undefined;
    for (const e of page.items) {
      if (n >= max) break;
      if (format === 'acled-csv') await write(out, acledCsvLine(e, articles?.get(e.id) ?? []));
      else if (format === 'geojson') await write(out, (n ? ',\n' : '') + JSON.stringify(eventFeature(e)));
      else {
        const detail = await store.getEvent(e.id);
        await write(out, JSON.stringify(detail ?? e) + '\n');
      }
      n++;
    }
    cursor = page.next ?? undefined;
  } while (cursor && n < max);
  if (format === 'geojson') await write(out, geojsonTail);
  return n;
}
