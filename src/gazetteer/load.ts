/**
 * Loads data/gazetteer.tsv.gz (built by scripts/build-gazetteer.ts) into
 * in-memory lookup maps keyed by skeleton key.
 *
 * Places are stored column-wise (typed arrays) and become objects only when
 * a lookup returns them, which keeps the load fast and small.
 */
import { readFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Gazetteer, GeoAdmin1, GeoCountry, GeoEntry, GeoPlace } from './types.js';

const EMPTY: readonly GeoEntry[] = [];
/** references at or above this are admin1/country entries */
const OTHER_BASE = 1 << 24;

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

class Index implements Gazetteer {
  /** key → reference (>= 0) or list (-1 - index into #lists) */
  readonly #byKey = new Map<string, number>();
  readonly #lists: number[][] = [];
  #n = 0;
  readonly #ids: Int32Array;
  readonly #lat: Float64Array;
  readonly #lon: Float64Array;
  readonly #pop: Float64Array;
  readonly #fcode: Uint8Array;
  readonly #fcodes: string[] = [];
  readonly #fcodeIndex = new Map<string, number>();
  readonly #name: string[] = [];
  readonly #cc: string[] = [];
  readonly #a1: string[] = [];
  readonly #key: string[] = [];
  readonly #objects = new Map<number, GeoPlace>();
  #byId: Map<number, number> | undefined;
  readonly #others: Array<GeoAdmin1 | GeoCountry> = [];
  readonly #admin1 = new Map<string, GeoAdmin1>();
  readonly #countries = new Map<string, GeoCountry>();

  constructor(capacity: number) {
    this.#ids = new Int32Array(capacity);
    this.#lat = new Float64Array(capacity);
    this.#lon = new Float64Array(capacity);
    this.#pop = new Float64Array(capacity);
    this.#fcode = new Uint8Array(capacity);
  }

  get size(): number {
    return this.#n;
  }

  addKey(key: string, ref: number): void {
    const cur = this.#byKey.get(key);
    if (cur === undefined) this.#byKey.set(key, ref);
    else if (cur >= 0) {
      if (cur !== ref) {
        this.#lists.push([cur, ref]);
        this.#byKey.set(key, -this.#lists.length);
      }
    } else {
      const list = this.#lists[-1 - cur]!;
      if (list[list.length - 1] !== ref) list.push(ref);
    }
  }

  addPlace(id: number, name: string, lat: number, lon: number, fcode: string, cc: string, a1: string, pop: number, key: string): number {
    const i = this.#n++;
    this.#ids[i] = id;
    this.#lat[i] = lat;
    this.#lon[i] = lon;
    this.#pop[i] = pop;
    let fi = this.#fcodeIndex.get(fcode);
    if (fi === undefined) {
      fi = this.#fcodes.length;
      this.#fcodes.push(fcode);
      this.#fcodeIndex.set(fcode, fi);
    }
    this.#fcode[i] = fi;
    this.#name.push(name);
    this.#cc.push(cc);
    this.#a1.push(a1);
    this.#key.push(key);
    return i;
  }

  addOther(e: GeoAdmin1 | GeoCountry): number {
    this.#others.push(e);
    if (e.type === 'admin1') this.#admin1.set(e.code, e);
    else this.#countries.set(e.cc, e);
    return OTHER_BASE + this.#others.length - 1;
  }

  #entry(ref: number): GeoEntry {
    if (ref >= OTHER_BASE) return this.#others[ref - OTHER_BASE]!;
    let p = this.#objects.get(ref);
    if (!p) {
      p = {
        type: 'place',
        id: this.#ids[ref]!,
        name: this.#name[ref]!,
        lat: this.#lat[ref]!,
        lon: this.#lon[ref]!,
        fcode: this.#fcodes[this.#fcode[ref]!] ?? '',
        cc: this.#cc[ref]!,
        a1: this.#a1[ref]!,
        pop: this.#pop[ref]!,
        key: this.#key[ref]!,
      };
      this.#objects.set(ref, p);
    }
    return p;
  }

  lookup(key: string): readonly GeoEntry[] {
    const v = this.#byKey.get(key);
    if (v === undefined) return EMPTY;
    if (v >= 0) return [this.#entry(v)];
    return this.#lists[-1 - v]!.map((r) => this.#entry(r));
  }

  place(id: number): GeoPlace | undefined {
    if (!this.#byId) {
      this.#byId = new Map();
      for (let i = 0; i < this.#n; i++) this.#byId.set(this.#ids[i]!, i);
    }
    const i = this.#byId.get(id);
    return i === undefined ? undefined : (this.#entry(i) as GeoPlace);
  }
  admin1(cc: string, a1: string): GeoAdmin1 | undefined {
    return this.#admin1.get(`${cc}.${a1}`);
  }
  country(cc: string): GeoCountry | undefined {
    return this.#countries.get(cc);
  }
}

/** Split one line into its tab-separated fields. */
function fields(line: string): string[] {
  return line.split('\t');
}

function addKeys(g: Index, keys: string, ref: number): void {
  let p = 0;
  while (p < keys.length) {
    let q = keys.indexOf('|', p);
    if (q < 0) q = keys.length;
    if (q > p) g.addKey(keys.slice(p, q), ref);
    p = q + 1;
  }
}

/** Parse the gazetteer text (the gunzipped data file). */
export function parseGazetteer(text: string): Gazetteer {
  let lines = 0;
  for (let p = text.indexOf('\nP\t'); p >= 0; p = text.indexOf('\nP\t', p + 1)) lines++;
  const g = new Index(lines + 1);
  let pos = 0;
  const n = text.length;
  while (pos < n) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = n;
    const t = text.charCodeAt(pos);
    if (t === 80 /* P */) {
      // P id name lat lon fcode cc a1 pop keys — parsed by hand: this is the hot loop
      let a = pos + 2;
      let b = text.indexOf('\t', a);
      const id = +text.slice(a, b);
      a = b + 1;
      b = text.indexOf('\t', a);
      const name = text.slice(a, b);
      a = b + 1;
      b = text.indexOf('\t', a);
      const lat = +text.slice(a, b);
      a = b + 1;
      b = text.indexOf('\t', a);
      const lon = +text.slice(a, b);
      a = b + 1;
      b = text.indexOf('\t', a);
      const fcode = text.slice(a, b);
      a = b + 1;
      b = text.indexOf('\t', a);
      const cc = text.slice(a, b);
      a = b + 1;
      b = text.indexOf('\t', a);
      const a1 = text.slice(a, b);
      a = b + 1;
      b = text.indexOf('\t', a);
      const pop = +text.slice(a, b) || 0;
      a = b + 1;
      const keys = text.slice(a, nl);
      const bar = keys.indexOf('|');
      const ref = g.addPlace(id, name, lat, lon, fcode, cc, a1, pop, bar < 0 ? keys : keys.slice(0, bar));
      addKeys(g, keys, ref);
    } else if (t === 65 /* A */) {
      const f = fields(text.slice(pos, nl));
      const code = f[1] ?? '';
      const cap = f[5] ? Number(f[5]) : undefined;
      const ref = g.addOther({
        type: 'admin1',
        code,
        cc: code.slice(0, 2),
        name: f[2] ?? '',
        lat: Number(f[3]),
        lon: Number(f[4]),
        ...(cap !== undefined ? { capitalId: cap } : {}),
      });
      addKeys(g, f[6] ?? '', ref);
    } else if (t === 67 /* C */) {
      const f = fields(text.slice(pos, nl));
      const ref = g.addOther({
        type: 'country',
        cc: f[1] ?? '',
        name: f[2] ?? '',
        ...(f[3] ? { lat: Number(f[3]), lon: Number(f[4]) } : {}),
      });
      addKeys(g, f[5] ?? '', ref);
    }
    pos = nl + 1;
  }
  return g;
}

/** Load the gazetteer from a gzip'd data file. */
export function loadGazetteer(path: string = defaultGazetteerPath()): Gazetteer {
  return parseGazetteer(gunzipSync(readFileSync(path)).toString('utf8'));
}

let cached: Gazetteer | undefined;

/** Load the gazetteer once, on first use. */
export function lazyGazetteer(): Gazetteer {
  cached ??= loadGazetteer();
  return cached;
}
