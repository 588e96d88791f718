/**
 * The gunzipped gazetteer, kept in the file cache (src/core/file-cache.ts): gunzipping the
 * 9 MB data file costs more than the rest of the load, reading the 26 MB it expands to
 * costs little. The entry is stamped with the data file's path, size, modification time and
 * gzip trailer (CRC-32 and length of the content), so a changed data file is gunzipped again;
 * a missing, stale or unwritable cache falls back to gunzipping.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileCache, fileStamp, fileTail } from '../core/file-cache.js';
import type { FileCache } from '../core/file-cache.js';

const FORMAT = 'gazetteer-tsv-1';

/** Cache entry name of a data file (one per path). */
export function cacheName(path: string): string {
  return `gazetteer-${createHash('sha1').update(path).digest('hex').slice(0, 12)}.tsv`;
}

/** The data file's content (gunzipped), from the cache when it holds this very file. */
export function gazetteerBytes(path: string, cache: FileCache = fileCache()): Buffer {
  let stamp: string | undefined;
  try {
    stamp = fileStamp(path, FORMAT, fileTail(path, 8).toString('hex'));
  } catch {
    stamp = undefined;
  }
  const name = cacheName(path);
  const hit = stamp === undefined ? undefined : cache.read(name, stamp);
  if (hit) return hit;
  const bytes = gunzipSync(readFileSync(path));
  if (stamp !== undefined) cache.write(name, stamp, bytes);
  return bytes;
}
