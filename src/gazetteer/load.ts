/**
 * Loads data/gazetteer.tsv.gz (built by scripts/build-gazetteer.ts) into
 * in-memory lookup maps keyed by skeleton key.
 */
import { readFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Gazetteer, GeoAdmin1, GeoCountry, GeoEntry, GeoPlace } from './types.js';

const EMPTY: readonly GeoEntry[] = [];

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
  readonly #byKey = new Map<string, GeoEntry | GeoEntry[]>();
  readonly #places = new Map<number, GeoPlace>();
  readonly #admin1 = new Map<string, GeoAdmin1>();
  readonly #countries = new Map<string, GeoCountry>();

  get size(): number {
    return this.#places.size;
  }

  add(key: string, e: GeoEntry): void {
    const cur = this.#byKey.get(key);
    if (cur === undefined) this.#byKey.set(key, e);
    else if (Array.isArray(cur)) {
      if (cur[cur.length - 1] !== e) cur.push(e);
    } else if (cur !== e) this.#byKey.set(key, [cur, e]);
  }

  addPlace(p: GeoPlace): void {
    this.#places.set(p.id, p);
  }
  addAdmin1(a: GeoAdmin1): void {
    this.#admin1.set(a.code, a);
  }
  addCountry(c: GeoCountry): void {
    this.#countries.set(c.cc, c);
  }

  lookup(key: string): readonly GeoEntry[] {
    const v = this.#byKey.get(key);
    if (v === undefined) return EMPTY;
    return Array.isArray(v) ? v : [v];
  }
  place(id: number): GeoPlace | undefined {
    return this.#places.get(id);
  }
  admin1(cc: string, a1: string): GeoAdmin1 | undefined {
    return this.#admin1.get(`${cc}.${a1}`);
  }
  country(cc: string): GeoCountry | undefined {
    return this.#countries.get(cc);
  }
}

/** Parse the gazetteer text (the gunzipped data file). */
export function parseGazetteer(text: string): Gazetteer {
  const g = new Index();
  let pos = 0;
  const n = text.length;
  while (pos < n) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = n;
    const line = text.slice(pos, nl);
    pos = nl + 1;
    if (line.length < 3) continue;
    const f = line.split('\t');
    const t = f[0];
    if (t === 'P') {
      const keys = (f[9] ?? '').split('|');
      const p: GeoPlace = {
        type: 'place',
        id: Number(f[1]),
        name: f[2] ?? '',
        lat: Number(f[3]),
        lon: Number(f[4]),
        fcode: f[5] ?? '',
        cc: f[6] ?? '',
        a1: f[7] ?? '',
        pop: Number(f[8]) || 0,
        key: keys[0] ?? '',
      };
      g.addPlace(p);
      for (const k of keys) if (k) g.add(k, p);
    } else if (t === 'A') {
      const code = f[1] ?? '';
      const cap = f[5] ? Number(f[5]) : undefined;
      const a: GeoAdmin1 = {
        type: 'admin1',
        code,
        cc: code.slice(0, 2),
        name: f[2] ?? '',
        lat: Number(f[3]),
        lon: Number(f[4]),
        ...(cap !== undefined ? { capitalId: cap } : {}),
      };
      g.addAdmin1(a);
      for (const k of (f[6] ?? '').split('|')) if (k) g.add(k, a);
    } else if (t === 'C') {
      const c: GeoCountry = {
        type: 'country',
        cc: f[1] ?? '',
        name: f[2] ?? '',
        ...(f[3] ? { lat: Number(f[3]), lon: Number(f[4]) } : {}),
      };
      g.addCountry(c);
      for (const k of (f[5] ?? '').split('|')) if (k) g.add(k, c);
    }
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
