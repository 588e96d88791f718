/**
 * The gazetteer's layout (./load.ts: the gunzipped data file and where its lines start), kept in
 * the file cache (src/core/file-cache.ts): gunzipping the 9 MB data file and finding its 650k
 * lines cost far more than reading the 29 MB they make. The entry is stamped with the data
 * file's path, size, modification time and gzip trailer (CRC-32 and length of the content), so
 * a changed data file is read again; a missing, stale, damaged or unwritable cache falls back to
 * gunzipping.
 *
 * Entry: four little-endian u32 (headEnd, count of country and division lines, place line count + 1,
 * key line count + 1), those line starts (u32, machine order: the stamp names it), then the bytes.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { gunzipSync } from 'node:zlib';
import { fileCache, fileStamp, fileTail } from '../core/file-cache.js';
import type { FileCache } from '../core/file-cache.js';
import { layoutGazetteer } from './load.js';
import type { GazetteerLayout } from './load.js';

const FORMAT = 'gazetteer-layout-2';

/** Cache entry name of a data file (one per path). */
export function cacheName(path: string): string {
  return `gazetteer-${createHash('sha1').update(path).digest('hex').slice(0, 12)}.bin`;
}

const HEAD = 16;

export function encodeLayout(l: GazetteerLayout): Buffer {
  const head = Buffer.alloc(HEAD);
  head.writeUInt32LE(l.headEnd, 0);
  head.writeUInt32LE(l.others.length, 4);
  head.writeUInt32LE(l.places.length, 8);
  head.writeUInt32LE(l.keys.length, 12);
  const bytes = (a: Uint32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  return Buffer.concat([head, bytes(l.others), bytes(l.places), bytes(l.keys), l.bytes]);
}

/** Ascending offsets within `size` bytes (+ 1: line starts end with the end + 1), at least `min` of them. */
function ascending(a: Uint32Array, size: number, min: number): boolean {
  if (a.length < min) return false;
  for (let i = 1; i < a.length; i++) if (a[i]! < a[i - 1]!) return false;
  return a.length === 0 || a[a.length - 1]! <= size + 1;
}

/** The layout read back, undefined when the bytes are not one (a damaged entry). */
export function decodeLayout(buf: Buffer): GazetteerLayout | undefined {
  if (buf.length < HEAD) return undefined;
  const headEnd = buf.readUInt32LE(0);
  const no = buf.readUInt32LE(4);
  const np = buf.readUInt32LE(8);
  const nk = buf.readUInt32LE(12);
  const at = HEAD + (no + np + nk) * 4;
  if (at > buf.length) return undefined;
  // copies (aligned for Uint32Array); the bytes stay a view
  const starts = (from: number, n: number) => new Uint32Array(buf.buffer.slice(buf.byteOffset + from, buf.byteOffset + from + n * 4));
  const others = starts(HEAD, no);
  const places = starts(HEAD + no * 4, np);
  const keys = starts(HEAD + (no + np) * 4, nk);
  const bytes = buf.subarray(at);
  if (headEnd > bytes.length || !ascending(others, headEnd, 0) || !ascending(places, bytes.length, 1) || !ascending(keys, bytes.length, 1)) return undefined;
  return { bytes, headEnd, others, places, keys };
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
