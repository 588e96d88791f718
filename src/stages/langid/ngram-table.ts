/**
 * eld's n-gram scores restricted to the languages a detection allows: for each n-gram that
 * scores in at least one of them, its score + 53 per language (0 where it scores none), the
 * numbers eld itself adds up. Built from eld's medium database (a 2 MB module that takes about
 * a second to load) and kept in the file cache (src/core/file-cache.ts) per language set, stamped
 * with eld's version and database file, so a later start reads ~0.2 MB instead.
 */
import { createHash } from 'node:crypto';
import { fileCache } from '../../core/file-cache.js';
import type { FileCache } from '../../core/file-cache.js';
import { eldModule, eldStamp, NGRAMS } from './eld-files.js';

export interface Restricted {
  /** the allowed languages eld knows, ascending by eld's language index */
  codes: string[];
  ids: number[];
  /** n-gram → per allowed language (same order as `codes`) score + 53; absent when it scores in none */
  table: Map<string, Float64Array>;
}

/** eld's database: language index → ISO code, n-gram → {language index: score − 53} */
export interface NgramData {
  languages: Record<string, string>;
  ngrams: Record<string, Record<string, number> | undefined>;
}

const BASE_NGRAM_SCORE = 53;
const FORMAT = 'eld-restricted-2';

/** The restriction of eld's database to `langs` (languages eld does not know are left out). */
export function restrict(data: NgramData, langs: readonly string[]): Restricted {
  const pairs: Array<[number, string]> = [];
  for (const [id, code] of Object.entries(data.languages)) if (langs.includes(code)) pairs.push([Number(id), code]);
  pairs.sort((x, y) => x[0] - y[0]);
  const ids = pairs.map((p) => p[0]);
  const table = new Map<string, Float64Array>();
  for (const ngram of Object.keys(data.ngrams)) {
    const row = data.ngrams[ngram];
    if (!row) continue;
    let v: Float64Array | undefined;
    for (let k = 0; k < ids.length; k++) {
      const w = row[ids[k]!];
      if (w === undefined) continue;
      v ??= new Float64Array(ids.length);
      v[k] = w + BASE_NGRAM_SCORE;
    }
    if (v) table.set(ngram, v);
  }
  return { codes: pairs.map((p) => p[1]), ids, table };
}

/*
 * Encoded table: 4 bytes (little-endian) length of a JSON head {codes, ids, ngrams}, the head,
 * zero padding to a multiple of 8, then the scores: Float64 little-endian, ids.length per n-gram
 * in the order of `ngrams`.
 */

export function encodeRestricted(r: Restricted): Buffer {
  const k = r.ids.length;
  const head = Buffer.from(JSON.stringify({ codes: r.codes, ids: r.ids, ngrams: [...r.table.keys()] }), 'utf8');
  const at = Math.ceil((4 + head.length) / 8) * 8;
  const out = Buffer.alloc(at + r.table.size * k * 8);
  out.writeUInt32LE(head.length, 0);
  head.copy(out, 4);
  let i = 0;
  for (const v of r.table.values()) for (let j = 0; j < k; j++, i++) out.writeDoubleLE(v[j]!, at + i * 8);
  return out;
}

/** The table read back, undefined when the bytes are not one (a damaged cache entry). */
export function decodeRestricted(buf: Buffer): Restricted | undefined {
  try {
    if (buf.length < 4) return undefined;
    const len = buf.readUInt32LE(0);
    if (4 + len > buf.length) return undefined;
    const o = JSON.parse(buf.toString('utf8', 4, 4 + len)) as { codes?: unknown; ids?: unknown; ngrams?: unknown };
    const { codes, ids, ngrams } = o;
    if (!Array.isArray(codes) || !codes.every((c) => typeof c === 'string')) return undefined;
    if (!Array.isArray(ids) || ids.length !== codes.length || !ids.every((i) => Number.isInteger(i))) return undefined;
    if (!Array.isArray(ngrams) || !ngrams.every((g) => typeof g === 'string')) return undefined;
    const k = ids.length;
    const at = Math.ceil((4 + len) / 8) * 8;
    if (buf.length !== at + ngrams.length * k * 8) return undefined;
    const scores = new Float64Array(ngrams.length * k);
    for (let i = 0; i < scores.length; i++) scores[i] = buf.readDoubleLE(at + i * 8);
    const table = new Map<string, Float64Array>();
    for (let i = 0; i < ngrams.length; i++) table.set(ngrams[i] as string, scores.subarray(i * k, (i + 1) * k));
    if (table.size !== ngrams.length) return undefined;
    return { codes: codes as string[], ids: ids as number[], table };
  } catch {
    return undefined;
  }
}

/** eld's medium database, undefined when it cannot be read (another eld version). */
function ngramData(): NgramData | undefined {
  const nd = eldModule(NGRAMS)?.['ngramsData'] as { languages?: unknown; ngrams?: unknown } | undefined;
  if (!nd || typeof nd.languages !== 'object' || nd.languages === null || typeof nd.ngrams !== 'object' || nd.ngrams === null) return undefined;
  return nd as NgramData;
}

/**
 * The restricted table for `langs`, from the cache when it holds one for this language set and
 * this eld database, else built from eld's database (and cached). Undefined when eld's database
 * cannot be read.
 */
export function restrictedTable(langs: readonly string[], cache: FileCache = fileCache()): Restricted | undefined {
  const key = [...new Set(langs)].sort().join(',');
  const eld = eldStamp();
  const stamp = eld === undefined ? undefined : `${FORMAT}|${eld}|${key}`;
  const name = `eld-medium-${createHash('sha1').update(key).digest('hex').slice(0, 12)}.json`;
  if (stamp !== undefined) {
    const hit = cache.read(name, stamp);
    const r = hit && decodeRestricted(hit);
    if (r) return r;
  }
  const data = ngramData();
  if (!data) return undefined;
  const r = restrict(data, langs);
  if (stamp !== undefined) cache.write(name, stamp, encodeRestricted(r));
  return r;
}
