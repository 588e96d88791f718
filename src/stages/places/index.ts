/**
 * places stage: recognise toponyms and demonyms in the cleaned text and
 * resolve them against the gazetteer (country, admin1 or settlement).
 */
import { stage } from '../../core/stage.js';
import { outSpan, type Analysis, type PlaceMention } from '../../core/analysis.js';
import type { Gazetteer, GeoEntry } from '../../gazetteer/types.js';
import { matcherFor, recognise, type Candidate } from './recognise.js';
import { resolveAll, type Resolution } from './resolve.js';
import type { PlacesLexicon } from './lexicon.js';

/** ACLED geo-precision (1 town, 2 near a town / part of a region, 3 region) and UCDP where_prec (1..7). */
function precisionOf(e: GeoEntry, near: boolean): { acled: number; ucdp: number; radiusKm: number } {
  if (e.type === 'country') return { acled: 3, ucdp: 6, radiusKm: 500 };
  if (e.type === 'admin1') return { acled: 3, ucdp: 4, radiusKm: 150 };
  if (e.type === 'admin2') return { acled: 2, ucdp: 3, radiusKm: 40 };
  return near ? { acled: 2, ucdp: 2, radiusKm: 25 } : { acled: 1, ucdp: 1, radiusKm: e.pop > 500_000 ? 20 : 5 };
}

function toMention(a: Pick<Analysis, 'map' | 'raw'>, g: Gazetteer, c: Candidate, r: Resolution): PlaceMention {
  const e = r.entry;
  const span = outSpan(a, c.cs, c.ce);
  const precision = precisionOf(e, c.cues.near);
  // built field by field (no spreads) in the order of the record
  const m: PlaceMention = {
    start: span.start,
    end: span.end,
    text: span.text,
    cs: c.cs,
    ce: c.ce,
    kind: 'toponym',
    precision: { acled: precision.acled, ucdp: precision.ucdp },
    radiusKm: precision.radiusKm,
    rule: r.rule,
    stated: true,
    level: e.type,
    name: e.name,
    country: e.cc,
  };
  if (e.type === 'country') {
    if (e.lat !== undefined && e.lon !== undefined) {
      m.lat = e.lat;
      m.lon = e.lon;
    }
    return m;
  }
  if (e.type === 'admin1') {
    m.admin1 = e.name;
    m.lat = e.lat;
    m.lon = e.lon;
    return m;
  }
  const admin1 = g.admin1(e.cc, e.a1);
  if (admin1) m.admin1 = admin1.name;
  if (e.type === 'admin2') {
    m.admin2 = e.name;
    m.lat = e.lat;
    m.lon = e.lon;
    return m;
  }
  const admin2 = g.admin2(e.cc, e.a1, e.a2);
  if (admin2) m.admin2 = admin2.name;
  m.lat = e.lat;
  m.lon = e.lon;
  if (e.id > 0) m.geonameId = e.id;
  return m;
}

/** Recognise and resolve the places of a cleaned text (spans out through `a.map`). */
export function findPlaces(a: Pick<Analysis, 'text' | 'map' | 'raw'>, g: Gazetteer, lex: PlacesLexicon): PlaceMention[] {
  const m = matcherFor(lex);
  const { candidates, demonyms, regions } = recognise(a.text, g, m);
  const resolved = resolveAll(g, candidates, demonyms.map((d) => d.cc), a.text);
  const out: PlaceMention[] = [];
  candidates.forEach((c, k) => {
    const r = resolved[k];
    if (r) out.push(toMention(a, g, c, r));
  });
  for (const d of demonyms) {
    const c = g.country(d.cc);
    if (!c) continue;
    const span = outSpan(a, d.cs, d.ce);
    const e = d.entry;
    // built field by field (no spreads) in the order of the record
    const m = { start: span.start, end: span.end, text: span.text, cs: d.cs, ce: d.ce, kind: 'demonym' as const, stated: false };
    if (e?.type === 'place') {
      const p: Record<string, unknown> = Object.assign(m, { level: 'place', name: e.name, country: e.cc });
      const admin1 = g.admin1(e.cc, e.a1);
      if (admin1) p['admin1'] = admin1.name;
      p['lat'] = e.lat;
      p['lon'] = e.lon;
      if (e.id > 0) p['geonameId'] = e.id;
      p['precision'] = { acled: 1, ucdp: 1 };
      p['rule'] = 'places.demonym.place';
      out.push(p as unknown as PlaceMention);
    } else if (e?.type === 'admin1') {
      out.push(Object.assign(m, { level: 'admin1' as const, name: e.name, country: e.cc, admin1: e.name, lat: e.lat, lon: e.lon, precision: { acled: 3, ucdp: 4 }, rule: 'places.demonym.admin1' }));
    } else {
      out.push(Object.assign(m, { level: 'country' as const, name: c.name, country: c.cc, precision: { acled: 3, ucdp: 6 }, rule: 'places.demonym' }));
    }
  }
  for (const r of regions) {
    if (r.region.lat === undefined || r.region.lon === undefined) continue;
    const span = outSpan(a, r.cs, r.ce);
    out.push({
      start: span.start,
      end: span.end,
      text: span.text,
      cs: r.cs,
      ce: r.ce,
      kind: 'toponym',
      precision: { acled: 3, ucdp: 7 },
      radiusKm: 1500,
      rule: 'places.region',
      stated: true,
      level: 'region',
      name: r.region.name,
      country: '',
      lat: r.region.lat,
      lon: r.region.lon,
    });
  }
  return out.sort((x, y) => x.cs - y.cs || x.ce - y.ce);
}

export const places = stage('places', (a, ctx) => {
  const g = ctx.gazetteer();
  if (g.size === 0) {
    ctx.report({ code: 'places.no-gazetteer', severity: 'warning', message: 'gazetteer is empty: no places resolved' });
    return a;
  }
  return { ...a, places: findPlaces(a, g, ctx.lang.places) };
});
