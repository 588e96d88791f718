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
export async function exportEvents(store: Store, format: ExportFormat, out: Writable, filter: Omit<EventFilter, 'cursor' | 'limit'> = {}): Promise<number> {
  let cursor: string | undefined;
  let n = 0;
  if (format === 'acled-csv') await write(out, acledCsvHeader());
  if (format === 'geojson') await write(out, geojsonHead);
  do {
    const page = await store.listEvents({ ...filter, limit: 1000, ...(cursor ? { cursor } : {}) });
    for (const e of page.items) {
      if (format === 'acled-csv') await write(out, acledCsvLine(e));
      else if (format === 'geojson') await write(out, (n ? ',\n' : '') + JSON.stringify(eventFeature(e)));
      else {
        const detail = await store.getEvent(e.id);
        await write(out, JSON.stringify(detail ?? e) + '\n');
      }
      n++;
    }
    cursor = page.next ?? undefined;
  } while (cursor);
  if (format === 'geojson') await write(out, geojsonTail);
  return n;
}
