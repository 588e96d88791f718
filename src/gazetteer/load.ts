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

const TYPE_COUNTRY = 67; // 'C'
const TYPE_ADMIN1 = 65; // 'A'
const TYPE_ADMIN2 = 66; // 'B'

class Index implements Gazetteer {
  readonly #buf: Buffer;
  readonly #headEnd: number;
  /** "P\t…" lines, parsed on demand */
  readonly #placeLines: Lines;
  /** "K\tkey\trefs" lines sorted by key */
  readonly #keyLines: Lines;
  readonly #objects = new Map<number, GeoPlace>();
  /** lookups already answered (words recur within and across articles) */
  readonly #memo = new Map<string, readonly GeoEntry[]>();
  #byId: Map<number, number> | undefined;
  /** where the country and division lines start (their refs, in file order), parsed on demand */
  readonly #otherStarts: Uint32Array;
  readonly #others: Array<GeoAdmin1 | GeoAdmin2 | GeoCountry | undefined>;
  /** code → number of the country / division line, built on first use */
  readonly #byCode = new Map<number, Map<string, number>>();

  constructor(l: GazetteerLayout) {
    this.#buf = l.bytes;
    this.#headEnd = l.headEnd;
    this.#otherStarts = l.others;
    this.#others = new Array<undefined>(l.others.length);
    this.#placeLines = new Lines(l.bytes, l.places);
    this.#keyLines = new Lines(l.bytes, l.keys);
  }

  /** End of the head line starting at s. */
  #lineEnd(s: number): number {
    const e = this.#buf.indexOf(10, s);
    return e < 0 || e > this.#headEnd ? this.#headEnd : e;
  }

  #other(i: number): GeoAdmin1 | GeoAdmin2 | GeoCountry | undefined {
    if (!Number.isInteger(i) || i < 0 || i >= this.#otherStarts.length) return undefined;
    let e = this.#others[i];
    if (!e) {
      const s = this.#otherStarts[i]!;
      e = parseOther(this.#buf.toString('utf8', s, this.#lineEnd(s)));
      this.#others[i] = e;
    }
    return e;
  }

  /** The country / division of one type with this code (the last line with it, as a map filled in file order would give). */
  #byCodeOf(type: number, code: string): GeoAdmin1 | GeoAdmin2 | GeoCountry | undefined {
    let m = this.#byCode.get(type);
    if (!m) {
      m = new Map();
      const buf = this.#buf;
      for (let i = 0; i < this.#otherStarts.length; i++) {
        const s = this.#otherStarts[i]!;
        if (buf[s] !== type) continue;
        // the second field (the code; '' when the line has one field)
        const end = this.#lineEnd(s);
        let e = s + 2 <= end ? buf.indexOf(9, s + 2) : -1;
        if (e < 0 || e > end) e = end;
        m.set(s + 1 < end ? buf.toString('utf8', s + 2, e) : '', i);
      }
      this.#byCode.set(type, m);
    }
    const i = m.get(code);
    return i === undefined ? undefined : this.#other(i);
  }

  get size(): number {
    return this.#placeLines.length;
  }

  #entry(ref: number): GeoEntry | undefined {
    if (ref >= OTHER_BASE) return this.#other(ref - OTHER_BASE);
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
    return this.#byCodeOf(TYPE_ADMIN1, `${cc}.${a1}`) as GeoAdmin1 | undefined;
  }
  admin2(cc: string, a1: string, a2: string): GeoAdmin2 | undefined {
    return a2 ? (this.#byCodeOf(TYPE_ADMIN2, `${cc}.${a1}.${a2}`) as GeoAdmin2 | undefined) : undefined;
  }
  country(cc: string): GeoCountry | undefined {
    return this.#byCodeOf(TYPE_COUNTRY, cc) as GeoCountry | undefined;
  }
}

/** Parse the gazetteer text (the gunzipped data file). */
export function parseGazetteer(text: string): Gazetteer {
  return indexGazetteer(Buffer.from(text, 'utf8'));
}

/**
 * The gazetteer's bytes (the gunzipped data file, UTF-8) and where its sections are: the head
 * (country and division lines, starting at `others`) ends at `headEnd`, place and key lines start
 * at `places` and `keys` (see `lineStarts`). Computed by `layoutGazetteer`, kept in the cache by ./cache.ts.
 */
export interface GazetteerLayout {
  bytes: Buffer;
  headEnd: number;
  /** starts of the country and division lines (C, A, B) in the head */
  others: Uint32Array;
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
  const headEnd = pAt >= 0 ? pAt : kAt >= 0 ? kAt : end;
  return { bytes: buf, headEnd, others: otherStarts(buf, headEnd), places: lineStarts(buf, ps, pe), keys: lineStarts(buf, ks, ke) };
}

/** Index the gazetteer's bytes (see `GazetteerLayout`). */
export function indexGazetteer(buf: Buffer): Gazetteer {
  return gazetteerFromLayout(layoutGazetteer(buf));
}

/** The gazetteer of a layout: lines are decoded on lookup. */
export function gazetteerFromLayout(l: GazetteerLayout): Gazetteer {
  return new Index(l);
}

/** A country ("C"), admin1 ("A") or admin2 ("B") line. */
function parseOther(line: string): GeoAdmin1 | GeoAdmin2 | GeoCountry {
  const f = line.split('\t');
  if (f[0] === 'A') {
    const code = f[1] ?? '';
    const cap = f[5] ? Number(f[5]) : undefined;
    return {
      type: 'admin1',
      code,
      cc: code.slice(0, 2),
      name: f[2] ?? '',
      lat: Number(f[3]),
      lon: Number(f[4]),
      ...(cap !== undefined ? { capitalId: cap } : {}),
    };
  }
  if (f[0] === 'B') {
    const code = f[1] ?? '';
    const [cc = '', a1 = ''] = code.split('.');
    return { type: 'admin2', code, cc, a1, name: f[2] ?? '', lat: Number(f[3]), lon: Number(f[4]), pop: Number(f[5]) || 0 };
  }
  return { type: 'country', cc: f[1] ?? '', name: f[2] ?? '', ...(f[3] ? { lat: Number(f[3]), lon: Number(f[4]) } : {}) };
}

/** Starts of the country and division lines of buf[0, end): lines whose first field is C, A or B. */
function otherStarts(buf: Buffer, end: number): Uint32Array {
  const out: number[] = [];
  for (let s = 0; s <= end; ) {
    let e = buf.indexOf(10, s);
    if (e < 0 || e > end) e = end;
    const t = buf[s];
    if (e > s && (t === TYPE_COUNTRY || t === TYPE_ADMIN1 || t === TYPE_ADMIN2) && (e === s + 1 || buf[s + 1] === 9)) out.push(s);
    s = e + 1;
  }
  return Uint32Array.from(out);
}

/** Load the gazetteer from a gzip'd data file (its layout is cached: ./cache.ts). */
export function loadGazetteer(path: string = defaultGazetteerPath(), cache?: FileCache): Gazetteer {
  return gazetteerFromLayout(gazetteerLayout(path, cache));
}

let cached: Gazetteer | undefined;

/** Load the gazetteer once, on first use. */
export function lazyGazetteer(): Gazetteer {
  cached ??= loadGazetteer();
  return cached;
}
