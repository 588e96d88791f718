/**
 * Place scoring (corpus README, "Places").
 *
 * A gold place is found when a predicted place's span overlaps it and the
 * resolution agrees: level country → same country; admin1 (and admin2) → the
 * predicted name or admin1 equals the gold name; place → the predicted point
 * lies within 25 km of the gold point. An `alsoAccept` entry "LEVEL:VALUE" is
 * an alternative reading of the gold place at that level (country:XX → same
 * country; admin1:X → predicted name or admin1 is X; place:X → predicted name
 * is X); a bare "X" accepts a predicted name or admin1 X. Names compare after
 * normalisation (case, diacritics, punctuation).
 *
 * Decisions the README leaves open, made here:
 * - Matching is one-to-one (a maximum matching): two predictions on one gold
 *   place give one correct prediction and one false positive.
 * - Predictions with kind "demonym" are left out of precision and recall.
 * - A prediction overlapping a `notPlaces` entry is wrong, whatever else it overlaps.
 * - A prediction overlapping no gold place is a false positive; that includes
 *   names inside boilerplate (gold never lists places there).
 */
import type { Accept, Gold, GoldPlace } from './gold.js';
import { haversineKm, PLACE_TOLERANCE_KM } from './haversine.js';
import { maxMatching } from './matching.js';
import { sameName } from './normalize.js';
import type { PredPlace } from './prediction.js';

export interface PlaceCounts {
  gold: number;
  found: number;
  /** predicted places scored (demonyms left out) */
  predicted: number;
  correct: number;
  demonyms: number;
  /** false positives by cause */
  fpNotPlace: number;
  fpWrongResolution: number;
  /** overlaps a gold place it agrees with, which another prediction already took */
  fpDuplicate: number;
  fpNoGold: number;
}

export interface PlaceDetail {
  counts: PlaceCounts;
  /** gold places not found: "start:text" */
  missed: string[];
  /** predicted places counted wrong, with the cause */
  wrong: Array<{ start: number; end: number; text: string; why: 'notPlace' | 'resolution' | 'duplicate' | 'noGold' }>;
}

export function overlap(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

export function sameCountry(a: string | null | undefined, b: string | null | undefined): boolean {
  return a != null && b != null && a.trim().toUpperCase() === b.trim().toUpperCase();
}

function nameOrAdmin1(p: PredPlace, name: string): boolean {
  return sameName(p.name, name) || sameName(p.admin1, name);
}

function acceptMatches(a: Accept, p: PredPlace): boolean {
  switch (a.level) {
    case 'country':
      return sameCountry(p.country, a.value) || sameName(p.name, a.value);
    case 'admin1':
    case 'admin2':
    case null:
      return nameOrAdmin1(p, a.value);
    case 'place':
      return sameName(p.name, a.value);
  }
}

/** Does the prediction resolve the gold place correctly (spans aside)? */
export function placeAgrees(g: GoldPlace, p: PredPlace): boolean {
  let ok = false;
  switch (g.level) {
    case 'country':
      ok = sameCountry(p.country, g.country);
      break;
    case 'admin1':
    case 'admin2':
      ok = nameOrAdmin1(p, g.name);
      break;
    case 'place':
      ok =
        g.lat !== undefined &&
        g.lon !== undefined &&
        p.lat != null &&
        p.lon != null &&
        haversineKm(g.lat, g.lon, p.lat, p.lon) <= PLACE_TOLERANCE_KM;
      break;
  }
  return ok || g.alsoAccept.some((a) => acceptMatches(a, p));
}

export function scorePlaces(gold: Pick<Gold, 'places' | 'notPlaces'>, predicted: readonly PredPlace[]): PlaceDetail {
  const preds = predicted.filter((p) => p.kind !== 'demonym');
  const blocked = preds.map((p) => gold.notPlaces.some((n) => overlap(n, p)));
  const edges = preds.map((p, i) =>
    blocked[i] ? [] : gold.places.flatMap((g, j) => (overlap(g, p) && placeAgrees(g, p) ? [j] : [])),
  );
  const match = maxMatching(edges, gold.places.length);
  const foundGold = new Set(match.filter((j) => j >= 0));
  const wrong: PlaceDetail['wrong'] = [];
  let fpNotPlace = 0;
  let fpWrongResolution = 0;
  let fpDuplicate = 0;
  let fpNoGold = 0;
  preds.forEach((p, i) => {
    if ((match[i] ?? -1) >= 0) return;
    const why = blocked[i]
      ? 'notPlace'
      : (edges[i] ?? []).length > 0
        ? 'duplicate'
        : gold.places.some((g) => overlap(g, p))
          ? 'resolution'
          : 'noGold';
    if (why === 'notPlace') fpNotPlace++;
    else if (why === 'resolution') fpWrongResolution++;
    else if (why === 'duplicate') fpDuplicate++;
    else fpNoGold++;
    wrong.push({ start: p.start, end: p.end, text: p.text ?? '', why });
  });
  return {
    counts: {
      gold: gold.places.length,
      found: foundGold.size,
      predicted: preds.length,
      correct: foundGold.size,
      demonyms: predicted.length - preds.length,
      fpNotPlace,
      fpWrongResolution,
      fpDuplicate,
      fpNoGold,
    },
    missed: gold.places.filter((_, j) => !foundGold.has(j)).map((g) => `${g.start}:${g.text}`),
    wrong,
  };
}
