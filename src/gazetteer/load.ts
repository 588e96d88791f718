/**
 * Loads data/gazetteer.tsv.gz (built by scripts/build-gazetteer.ts) into
 * in-memory lookup maps keyed by skeleton key.
 *
 * Place and key lines stay as bytes, found by their offsets (typed arrays), and
 * become strings and objects only when a lookup returns them, which keeps the
 * load fast and small.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FileCache } from '../core/file-cache.js';
import { gazetteerLayout } from './cache.js';
import type { Gazetteer, GeoAdmin1, GeoAdmin2, GeoCountry, GeoEntry, GeoPlace } from './types.js';

const EMPTY: readonly GeoEntry[] = [];
/** references at or above this are admin1/country entries (numbered in file order) */
const OTHER_BASE = 1 << 24;
const MEMO_MAX = 100_000;

/** Default location of the data file: <repo>/data/gazetteer.tsv.gz (from src/ or dist/). */
export function defaultGazetteerPath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const p = join(dir, 'data', 'gazetteer.tsv.gz');
    if (existsSync(p)) return p;
    dir = dirname(dir);
  }
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'gazetteer.tsv.gz');
}

/** Where the lines of buf[from, to) start, '\n'-separated (as `text.slice(from, to).split('\n')`; none when to <= from), and the end + 1. */
export function lineStarts(buf: Uint8Array, from: number, to: number): Uint32Array {
  if (to <= from) return new Uint32Array(1);
  let n = 1;
  for (let i = from; i < to; i++) if (buf[i] === 10) n++;
  const starts = new Uint32Array(n + 1);
  starts[0] = from;
  let k = 1;
  for (let i = from; i < to; i++) if (buf[i] === 10) starts[k++] = i + 1;
  starts[n] = to + 1;
  return starts;
}

/** Lines of one section of the data: line i is bytes starts[i] .. starts[i + 1] - 1 (the newline). */
class Lines {
  readonly #buf: Buffer;
  readonly #starts: Uint32Array;

  constructor(buf: Buffer, starts: Uint32Array) {
    this.#buf = buf;
    this.#starts = starts;
  }

  get length(): number {
    return this.#starts.length - 1;
  }

  /** Line i, or undefined past the end (like an array index). */
  at(i: number): string | undefined {
    if (!Number.isInteger(i) || i < 0 || i >= this.length) return undefined;
    return this.#buf.toString('utf8', this.#starts[i]!, this.#starts[i + 1]! - 1);
  }
}

class Index implements Gazetteer {
  /** "P\t…" lines, parsed on demand */
  readonly #placeLines: Lines;
  /** "K\tkey\trefs" lines sorted by key */
  readonly #keyLines: Lines;
  readonly #objects = new Map<number, GeoPlace>();
  /** lookups already answered (words recur within and across articles) */
  readonly #memo = new Map<string, readonly GeoEntry[]>();
  #byId: Map<number, number> | undefined;
  readonly #others: Array<GeoAdmin1 | GeoAdmin2 | GeoCountry>;
  readonly #admin1 = new Map<string, GeoAdmin1>();
  readonly #admin2 = new Map<string, GeoAdmin2>();
  readonly #countries = new Map<string, GeoCountry>();

  constructor(others: Array<GeoAdmin1 | GeoAdmin2 | GeoCountry>, placeLines: Lines, keyLines: Lines) {
    this.#others = others;
    this.#placeLines = placeLines;
    this.#keyLines = keyLines;
    for (const e of others) {
      if (e.type === 'admin1') this.#admin1.set(e.code, e);
      else if (e.type === 'admin2') this.#admin2.set(e.code, e);
      else this.#countries.set(e.cc, e);
    }
  }

  get size(): number {
    return this.#placeLines.length;
  }

  #entry(ref: number): GeoEntry | undefined {
    if (ref >= OTHER_BASE) return this.#others[ref - OTHER_BASE];
    let p = this.#objects.get(ref);
    if (!p) {
      const line = this.#placeLines.at(ref);
      if (line === undefined) return undefined;
      const f = line.split('\t');
      p = {
        type: 'place',
        id: Number(f[1]),
        name: f[2] ?? '',
        lat: Number(f[3]),
        lon: Number(f[4]),
        fcode: f[5] ?? '',
        cc: f[6] ?? '',
        a1: f[7] ?? '',
        pop: Number(f[8]) || 0,
        key: f[9] ?? '',
        a2: f[10] ?? '',
      };
      this.#objects.set(ref, p);
    }
    return p;
  }

  /** Binary search of the sorted key lines ("K\tkey\trefs"). */
  #find(key: string): string | undefined {
    const lines = this.#keyLines;
    let lo = 0;
    let hi = lines.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const line = lines.at(mid)!;
      const tab = line.indexOf('\t', 2);
      const k = line.slice(2, tab);
      if (k === key) return line.slice(tab + 1);
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  lookup(key: string): readonly GeoEntry[] {
    const hit = this.#memo.get(key);
    if (hit) return hit;
    const refs = this.#find(key);
    let out: readonly GeoEntry[] = EMPTY;
    if (refs !== undefined) {
      const list: GeoEntry[] = [];
      for (const r of refs.split(',')) {
        const e = this.#entry(Number(r));
        if (e) list.push(e);
      }
      out = list;
    }
    if (this.#memo.size >= MEMO_MAX) this.#memo.clear();
    this.#memo.set(key, out);
    return out;
  }

  place(id: number): GeoPlace | undefined {
    if (!this.#byId) {
      this.#byId = new Map();
      for (let i = 0; i < this.#placeLines.length; i++) {
        const line = this.#placeLines.at(i)!;
        this.#byId.set(Number(line.slice(2, line.indexOf('\t', 2))), i);
      }
    }
    const i = this.#byId.get(id);
    return i === undefined ? undefined : (this.#entry(i) as GeoPlace);
  }
  admin1(cc: string, a1: string): GeoAdmin1 | undefined {
    return this.#admin1.get(`${cc}.${a1}`);
  }
  admin2(cc: string, a1: string, a2: string): GeoAdmin2 | undefined {
    return a2 ? this.#admin2.get(`${cc}.${a1}.${a2}`) : undefined;
  }
  country(cc: string): GeoCountry | undefined {
    return this.#countries.get(cc);
  }
}

/** Parse the gazetteer text (the gunzipped data file). */
export function parseGazetteer(text: string): Gazetteer {
  return indexGazetteer(Buffer.from(text, 'utf8'));
}

/**
 * The gazetteer's bytes (the gunzipped data file, UTF-8) and where its sections are: the head
 * (country and division lines) ends at `headEnd`, place and key lines start at `places` and `keys`
 * (see `lineStarts`). Computed by `layoutGazetteer`, kept in the cache by ./cache.ts.
 */
export interface GazetteerLayout {
  bytes: Buffer;
  headEnd: number;
  places: Uint32Array;
  keys: Uint32Array;
}

export function layoutGazetteer(buf: Buffer): GazetteerLayout {
  if (buf.length >= 2 ** 32 - 1) throw new Error('gazetteer data too large');
  // groups come in the order C, A, P, K
  const pAt = buf.indexOf('\nP\t');
  const kAt = buf.indexOf('\nK\t');
  const end = buf.length > 0 && buf[buf.length - 1] === 10 ? buf.length - 1 : buf.length;
  const ps = pAt < 0 ? -1 : pAt + 1;
  const pe = pAt < 0 ? -1 : kAt < 0 ? end : kAt;
  const ks = kAt < 0 ? -1 : kAt + 1;
  const ke = kAt < 0 ? -1 : end;
  return { bytes: buf, headEnd: pAt >= 0 ? pAt : kAt >= 0 ? kAt : end, places: lineStarts(buf, ps, pe), keys: lineStarts(buf, ks, ke) };
}

/** Index the gazetteer's bytes (see `GazetteerLayout`). */
export function indexGazetteer(buf: Buffer): Gazetteer {
  return gazetteerFromLayout(layoutGazetteer(buf));
}

/** The gazetteer of a layout: only the country and division lines are decoded now, place and key lines on lookup. */
export function gazetteerFromLayout(l: GazetteerLayout): Gazetteer {
  const others: Array<GeoAdmin1 | GeoAdmin2 | GeoCountry> = [];
  const head = l.bytes.toString('utf8', 0, l.headEnd);
  for (const line of head.split('\n')) {
    const f = line.split('\t');
    if (f[0] === 'C') {
      others.push({ type: 'country', cc: f[1] ?? '', name: f[2] ?? '', ...(f[3] ? { lat: Number(f[3]), lon: Number(f[4]) } : {}) });
    } else if (f[0] === 'A') {
      const code = f[1] ?? '';
      const cap = f[5] ? Number(f[5]) : undefined;
      others.push({
        type: 'admin1',
        code,
        cc: code.slice(0, 2),
        name: f[2] ?? '',
        lat: Number(f[3]),
        lon: Number(f[4]),
        ...(cap !== undefined ? { capitalId: cap } : {}),
      });
    } else if (f[0] === 'B') {
      const code = f[1] ?? '';
      const [cc = '', a1 = ''] = code.split('.');
      others.push({ type: 'admin2', code, cc, a1, name: f[2] ?? '', lat: Number(f[3]), lon: Number(f[4]), pop: Number(f[5]) || 0 });
    }
  }
  return new Index(others, new Lines(l.bytes, l.places), new Lines(l.bytes, l.keys));
}

/** Load the gazetteer from a gzip'd data file (its gunzipped content is cached: ./cache.ts). */
export function loadGazetteer(path: string = defaultGazetteerPath(), cache?: FileCache): Gazetteer {
  return gazetteerFromLayout(gazetteerLayout(path, cache));
}

let cached: Gazetteer | undefined;

/** Load the gazetteer once, on first use. */
export function lazyGazetteer(): Gazetteer {
  cached ??= loadGazetteer();
  return cached;
}
