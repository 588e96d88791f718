/**
 * Synthetic extracted documents for load tests and benchmarks: valid SitrepDocuments whose spans
 * index their own generated text. Deterministic for a given seed.
 */
import { createHash } from 'node:crypto';
import type { SitrepDocument, SitrepEvent } from '../src/core/schema.js';

const PLACES: Array<{ name: string; country: string; admin1: string; lat: number; lon: number }> = [
  { name: 'Kharkiv', country: 'UA', admin1: 'Kharkiv Oblast', lat: 49.98, lon: 36.25 },
  { name: 'Kupiansk', country: 'UA', admin1: 'Kharkiv Oblast', lat: 49.71, lon: 37.62 },
  { name: 'Kherson', country: 'UA', admin1: 'Kherson Oblast', lat: 46.64, lon: 32.61 },
  { name: 'Zaporizhzhia', country: 'UA', admin1: 'Zaporizhzhia Oblast', lat: 47.82, lon: 35.19 },
  { name: 'Belgorod', country: 'RU', admin1: 'Belgorod Oblast', lat: 50.61, lon: 36.58 },
  { name: 'Kursk', country: 'RU', admin1: 'Kursk Oblast', lat: 51.73, lon: 36.19 },
  { name: 'Goma', country: 'CD', admin1: 'North Kivu', lat: -1.68, lon: 29.22 },
  { name: 'El Fasher', country: 'SD', admin1: 'North Darfur', lat: 13.63, lon: 25.35 },
  { name: 'Djibo', country: 'BF', admin1: 'Sahel', lat: 14.1, lon: -1.63 },
  { name: 'Gao', country: 'ML', admin1: 'Gao', lat: 16.27, lon: -0.04 },
  { name: 'Tbilisi', country: 'GE', admin1: 'Tbilisi', lat: 41.69, lon: 44.83 },
  { name: 'Mandalay', country: 'MM', admin1: 'Mandalay', lat: 21.97, lon: 96.08 },
];

const KINDS: Array<{ type: string; subType: string; verb: string; actors: string[] }> = [
  { type: 'Explosions/Remote violence', subType: 'Shelling/artillery/missile attack', verb: 'shelled', actors: ['Military Forces of Russia'] },
  { type: 'Explosions/Remote violence', subType: 'Air/drone strike', verb: 'struck by drones', actors: ['Military Forces of Russia'] },
  { type: 'Battles', subType: 'Armed clash', verb: 'saw fighting', actors: ['Military Forces of Ukraine', 'Military Forces of Russia'] },
  { type: 'Protests', subType: 'Peaceful protest', verb: 'saw a protest', actors: ['protesters'] },
  { type: 'Strategic developments', subType: 'Arrests', verb: 'saw arrests', actors: ['Police Forces of Georgia'] },
  { type: 'Violence against civilians', subType: 'Attack', verb: 'saw an attack on civilians', actors: ['unidentified gunmen', 'civilians'] },
];

const SOURCES = ['Governor of Kharkiv Oblast', 'Ministry of Defence of Russia', 'local residents', null] as const;
const HEDGES = ['asserted', 'reported', 'claimed', 'denied'] as const;

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

function isoDay(base: number, offset: number): string {
  return new Date(base + offset * 86_400_000).toISOString().slice(0, 10);
}

/** Document `i` with `events` events; the same (i, seed) always gives the same document. */
export function syntheticDocument(i: number, events = 10, seed = 1): { doc: SitrepDocument; original: string } {
  const r = rng(seed * 1_000_003 + i);
  const base = Date.UTC(2022, 0, 1);
  const day0 = Math.floor(r() * 1400);
  const parts: string[] = [`Synthetic report ${i}.`];
  const evs: SitrepEvent[] = [];
  let len = parts[0]!.length;
  for (let k = 0; k < events; k++) {
    const p = pick(r, PLACES);
    const kind = pick(r, KINDS);
    const d = isoDay(base, day0 + Math.floor(r() * 5));
    const sentence = ` ${p.name} ${kind.verb} on ${d} (item ${i}.${k}).`;
    const start = len + 1;
    const trigStart = start + p.name.length + 1;
    const trigger = { start: trigStart, end: trigStart + kind.verb.length, text: kind.verb };
    const source = pick(r, SOURCES);
    const killed = r() < 0.4 ? Math.floor(r() * 12) : null;
    evs.push({
      id: `ev${k + 1}`,
      type: kind.type,
      subType: kind.subType,
      date: { start: d, end: d, precision: 'day', basis: 'explicit' },
      location: { level: 'place', name: p.name, country: p.country, admin1: p.admin1, lat: p.lat + (r() - 0.5) * 3, lon: p.lon + (r() - 0.5) * 3 },
      actors: kind.actors,
      ...(killed !== null ? { fatalities: { min: killed, max: killed } } : {}),
      sources: [{ name: source, hedge: pick(r, HEDGES) }],
      trigger,
      evidence: [{ start, end: start + sentence.length - 1, text: sentence.slice(1) }],
      rules: { type: 'synthetic' },
    });
    parts.push(sentence);
    len += sentence.length;
  }
  const original = parts.join('');
  const id = createHash('sha256').update(original).digest('hex').slice(0, 16);
  const doc: SitrepDocument = {
    document: { id, source: `synthetic/${i}.txt`, format: 'text', lang: pick(r, ['en', 'nl', 'de']), date: { value: isoDay(base, day0 + 5), precision: 'day', basis: 'metadata' }, title: `Synthetic report ${i}` },
    boilerplate: [],
    places: [],
    actors: [],
    events: evs,
    casualties: [],
    diagnostics: [],
  };
  return { doc, original };
}
