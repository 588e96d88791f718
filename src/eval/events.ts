/**
 * Event pairing and scoring (corpus README, "Events").
 *
 * A predicted and a gold event may pair when the predicted type is one of the
 * gold types, the date windows overlap (inclusive day ranges), and the location
 * agrees: gold level place → predicted point within 25 km; admin1 → the
 * predicted location's name or admin1 is the gold name (or a name the same gold
 * file declares equivalent through an admin1 place's `alsoAccept`, e.g.
 * "Kharkiv" ≡ "Kharkiv Oblast"); country → same country. "The predicted place
 * lies in it" is judged by the predicted admin1 name (no polygons).
 *
 * Pairs are chosen one to one, greedily, best score first. The score favours
 * (in this order of weight) location closeness, date overlap (Jaccard), sub-type
 * match, fatality match, and a required gold event over an optional one.
 *
 * Recall = paired required gold / required gold. Precision = predicted events
 * paired with required gold / (predicted − predicted paired with optional gold):
 * pairing with an optional event neither rewards nor penalises.
 *
 * Side figures over all pairs: sub-type accuracy (gold gives a sub-type),
 * fatality accuracy (gold gives fatalities; predicted min and max equal),
 * source accuracy (pairs whose gold names at least one source: every named gold
 * source appears among the predicted sources, by name or alias, with the same
 * hedge), and the summed widths of predicted and gold windows in days.
 */
import type { Gold, GoldEvent, GoldLocation } from './gold.js';
import { haversineKm, PLACE_TOLERANCE_KM } from './haversine.js';
import { normalizeName, sameName } from './normalize.js';
import { sameCountry } from './places.js';
import type { PredEvent } from './prediction.js';
import { jaccard, overlaps, widthDays, windowRange } from './window.js';

export interface EventCounts {
  goldRequired: number;
  goldOptional: number;
  predicted: number;
  pairedRequired: number;
  pairedOptional: number;
  subTypeTotal: number;
  subTypeCorrect: number;
  fatalityTotal: number;
  fatalityCorrect: number;
  sourceTotal: number;
  sourceCorrect: number;
  /** number of pairs, and the summed predicted / gold window widths over them (days) */
  widthPairs: number;
  widthPredDays: number;
  widthGoldDays: number;
}

export interface EventPair {
  gold: string;
  /** index into the predicted events */
  pred: number;
  required: boolean;
  score: number;
  subType: boolean | null;
  fatalities: boolean | null;
  sources: boolean | null;
}

export interface EventDetail {
  counts: EventCounts;
  pairs: EventPair[];
  /** ids of required gold events left unpaired */
  missed: string[];
  /** indices of predicted events left unpaired */
  unpaired: number[];
}

type PredLocation = PredEvent['location'];

/** admin1 names a gold file treats as one: an admin1-level place's name with its alsoAccept alternatives. */
export function admin1Equivalents(gold: Pick<Gold, 'places'>): Map<string, Set<string>> {
  const groups = new Map<string, Set<string>>();
  for (const p of gold.places) {
    if (p.level !== 'admin1') continue;
    const names = [p.name, ...p.alsoAccept.filter((a) => a.level === 'admin1' || a.level === null).map((a) => a.value)].map(normalizeName);
    const merged = new Set<string>(names);
    for (const n of names) for (const m of groups.get(n) ?? []) merged.add(m);
    for (const n of merged) groups.set(n, merged);
  }
  return groups;
}

function admin1Is(name: string | null | undefined, goldName: string, eq: Map<string, Set<string>>): boolean {
  if (name == null) return false;
  if (sameName(name, goldName)) return true;
  return eq.get(normalizeName(goldName))?.has(normalizeName(name)) ?? false;
}

/** Location agreement as a closeness in (0, 1], or null when the locations disagree. */
export function locationAgreement(g: GoldLocation, p: PredLocation, eq: Map<string, Set<string>> = new Map()): number | null {
  switch (g.level) {
    case 'place': {
      if (g.lat === undefined || g.lon === undefined || p.lat == null || p.lon == null) return null;
      const d = haversineKm(g.lat, g.lon, p.lat, p.lon);
      return d <= PLACE_TOLERANCE_KM ? 1 - d / (2 * PLACE_TOLERANCE_KM) : null;
    }
    case 'admin1':
    case 'admin2':
      if (admin1Is(p.name, g.name, eq)) return p.level === g.level ? 1 : 0.75;
      if (admin1Is(p.admin1, g.name, eq)) return 0.75;
      return null;
    case 'country':
      return sameCountry(p.country, g.country) ? (p.level === 'country' ? 1 : 0.75) : null;
  }
}

function fatalitiesEqual(g: GoldEvent, p: PredEvent): boolean | null {
  if (!g.fatalities) return null;
  return p.fatalities != null && p.fatalities.min === g.fatalities.min && p.fatalities.max === g.fatalities.max;
}

function subTypeCorrect(g: GoldEvent, p: PredEvent): boolean | null {
  if (!g.subTypes) return null;
  return p.subType != null && g.subTypes.includes(p.subType);
}

function sourcesCorrect(g: GoldEvent, p: PredEvent): boolean | null {
  const named = g.sources.filter((s) => s.name !== null);
  if (named.length === 0) return null;
  const preds = p.sources ?? [];
  return named.every((gs) =>
    preds.some((ps) => ps.hedge === gs.hedge && (sameName(ps.name, gs.name) || (ps.aliases ?? []).some((a) => sameName(a, gs.name)))),
  );
}

/** The pairing score of two events, or null when they may not pair. */
export function pairScore(g: GoldEvent, p: PredEvent, eq: Map<string, Set<string>> = new Map()): number | null {
  if (!g.types.includes(p.type)) return null;
  const gw = windowRange(g.date.start, g.date.end);
  const pw = windowRange(p.date.start, p.date.end);
  if (!gw || !pw || !overlaps(gw, pw)) return null;
  const loc = locationAgreement(g.location, p.location, eq);
  if (loc === null) return null;
  return 2 * loc + jaccard(gw, pw) + (subTypeCorrect(g, p) ? 0.5 : 0) + (fatalitiesEqual(g, p) ? 0.25 : 0) + (g.required ? 0.05 : 0);
}

export function scoreEvents(gold: Pick<Gold, 'events' | 'places'>, predicted: readonly PredEvent[]): EventDetail {
  const eq = admin1Equivalents(gold);
  const candidates: Array<{ gi: number; pi: number; score: number }> = [];
  gold.events.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      const score = pairScore(g, p, eq);
      if (score !== null) candidates.push({ gi, pi, score });
    }),
  );
  candidates.sort((a, b) => b.score - a.score || a.gi - b.gi || a.pi - b.pi);
  const goldTaken = new Set<number>();
  const predTaken = new Set<number>();
  const pairs: EventPair[] = [];
  const counts: EventCounts = {
    goldRequired: gold.events.filter((e) => e.required).length,
    goldOptional: gold.events.filter((e) => !e.required).length,
    predicted: predicted.length,
    pairedRequired: 0,
    pairedOptional: 0,
    subTypeTotal: 0,
    subTypeCorrect: 0,
    fatalityTotal: 0,
    fatalityCorrect: 0,
    sourceTotal: 0,
    sourceCorrect: 0,
    widthPairs: 0,
    widthPredDays: 0,
    widthGoldDays: 0,
  };
  for (const c of candidates) {
    if (goldTaken.has(c.gi) || predTaken.has(c.pi)) continue;
    goldTaken.add(c.gi);
    predTaken.add(c.pi);
    const g = gold.events[c.gi];
    const p = predicted[c.pi];
    if (!g || !p) continue;
    const pair: EventPair = {
      gold: g.id,
      pred: c.pi,
      required: g.required,
      score: Math.round(c.score * 1000) / 1000,
      subType: subTypeCorrect(g, p),
      fatalities: fatalitiesEqual(g, p),
      sources: sourcesCorrect(g, p),
    };
    pairs.push(pair);
    if (g.required) counts.pairedRequired++;
    else counts.pairedOptional++;
    if (pair.subType !== null) {
      counts.subTypeTotal++;
      if (pair.subType) counts.subTypeCorrect++;
    }
    if (pair.fatalities !== null) {
      counts.fatalityTotal++;
      if (pair.fatalities) counts.fatalityCorrect++;
    }
    if (pair.sources !== null) {
      counts.sourceTotal++;
      if (pair.sources) counts.sourceCorrect++;
    }
    const gw = windowRange(g.date.start, g.date.end);
    const pw = windowRange(p.date.start, p.date.end);
    if (gw && pw) {
      counts.widthPairs++;
      counts.widthGoldDays += widthDays(gw);
      counts.widthPredDays += widthDays(pw);
    }
  }
  return {
    counts,
    pairs,
    missed: gold.events.filter((e, i) => e.required && !goldTaken.has(i)).map((e) => e.id),
    unpaired: predicted.flatMap((_, i) => (predTaken.has(i) ? [] : [i])),
  };
}
