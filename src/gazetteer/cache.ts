/**
 * The gazetteer's layout (./load.ts: the gunzipped data file and where its lines start), kept in
 * the file cache (src/core/file-cache.ts): gunzipping the 9 MB data file and finding its 650k
 * lines cost far more than reading the 29 MB they make. The entry is stamped with the data
 * file's path, size, modification time and gzip trailer (CRC-32 and length of the content), so
 * a changed data file is read again; a missing, stale, damaged or unwritable cache falls back to
 * gunzipping.
 *
 * Entry: three little-endian u32 (headEnd, place line count + 1, key line count + 1), the place
 * and key line starts (u32, machine order: the stamp names it), then the bytes.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { gunzipSync } from 'node:zlib';
import { fileCache, fileStamp, fileTail } from '../core/file-cache.js';
import type { FileCache } from '../core/file-cache.js';
import { layoutGazetteer } from './load.js';
import type { GazetteerLayout } from './load.js';

const FORMAT = 'gazetteer-layout-1';

/** Cache entry name of a data file (one per path). */
export function cacheName(path: string): string {
  return `gazetteer-${createHash('sha1').update(path).digest('hex').slice(0, 12)}.bin`;
}

export function encodeLayout(l: GazetteerLayout): Buffer {
  const head = Buffer.alloc(12);
  head.writeUInt32LE(l.headEnd, 0);
  head.writeUInt32LE(l.places.length, 4);
  head.writeUInt32LE(l.keys.length, 8);
  const bytes = (a: Uint32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  return Buffer.concat([head, bytes(l.places), bytes(l.keys), l.bytes]);
}

/** Line starts as `lineStarts` makes them: ascending, within the bytes (+ 1 for the end). */
function validStarts(a: Uint32Array, size: number): boolean {
  if (a.length === 0) return false;
  for (let i = 1; i < a.length; i++) if (a[i]! < a[i - 1]!) return false;
  return a[a.length - 1]! <= size + 1;
}

/** The layout read back, undefined when the bytes are not one (a damaged entry). */
export function decodeLayout(buf: Buffer): GazetteerLayout | undefined {
  if (buf.length < 12) return undefined;
  const headEnd = buf.readUInt32LE(0);
  const np = buf.readUInt32LE(4);
  const nk = buf.readUInt32LE(8);
  const at = 12 + (np + nk) * 4;
  if (at > buf.length) return undefined;
  // copies (aligned for Uint32Array), the bytes stay a view
  const starts = (from: number, n: number) => new Uint32Array(buf.buffer.slice(buf.byteOffset + from, buf.byteOffset + from + n * 4));
  const places = starts(12, np);
  const keys = starts(12 + np * 4, nk);
  const bytes = buf.subarray(at);
  if (headEnd > bytes.length || !validStarts(places, bytes.length) || !validStarts(keys, bytes.length)) return undefined;
  return { bytes, headEnd, places, keys };
}

/** The data file's layout, from the cache when it holds this very file. */
export function gazetteerLayout(path: string, cache: FileCache = fileCache()): GazetteerLayout {
  let stamp: string | undefined;
  try {
    stamp = fileStamp(path, FORMAT, endianness(), fileTail(path, 8).toString('hex'));
  } catch {
    stamp = undefined;
  }
  const name = cacheName(path);
  const hit = stamp === undefined ? undefined : cache.read(name, stamp);
  const cached = hit && decodeLayout(hit);
  if (cached) return cached;
  const layout = layoutGazetteer(gunzipSync(readFileSync(path)));
  if (stamp !== undefined) cache.write(name, stamp, encodeLayout(layout));
  return layout;
}
