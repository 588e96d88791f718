/**
 * Place scoring (corpus README, "Places").
 *
 * A predicted place is correct when its span overlaps a gold place whose
 * resolution it agrees with (resolution.ts) and overlaps no `notPlaces` entry
 * (one that does is wrong and finds nothing). A gold place is found when a
 * correct prediction agrees with it. Precision = correct / predicted places,
 * leaving out predictions of kind "demonym" (any case); a prediction without a
 * usable span counts and is wrong. Not one to one: a second mention of a found
 * place is correct too (counted as `duplicates`).
 * Spans are half-open; an empty span overlaps a span that contains its position.
 */
import type { Gold, Span } from './gold.js';
import { agrees } from './resolution.js';
import type { PredPlace } from './prediction.js';

export interface PlaceCounts {
  gold: number;
  found: number;
  /** predicted places scored (demonyms left out) */
  predicted: number;
  correct: number;
  demonyms: number;
  /** correct predictions whose gold places were all found already */
  duplicates: number;
  /** wrong predictions by cause */
  fpNotPlace: number;
  fpWrongResolution: number;
  fpNoGold: number;
  fpNoSpan: number;
}

export interface PlaceDetail {
  counts: PlaceCounts;
  /** gold places not found: "start:text" */
  missed: string[];
  /** predicted places counted wrong, with the cause */
  wrong: Array<{ start: number | null; end: number | null; text: string; why: 'notPlace' | 'resolution' | 'noGold' | 'noSpan' }>;
}

export function overlap(a: Span | undefined, b: Span | undefined): boolean {
  if (!a || !b) return false;
  if (a.start === a.end) return a.start >= b.start && a.start < b.end;
  if (b.start === b.end) return b.start >= a.start && b.start < a.end;
  return Math.max(a.start, b.start) < Math.min(a.end, b.end);
}

export function scorePlaces(gold: Pick<Gold, 'places' | 'notPlaces'>, predicted: readonly PredPlace[]): PlaceDetail {
  const found = new Array<boolean>(gold.places.length).fill(false);
  const wrong: PlaceDetail['wrong'] = [];
  const c: PlaceCounts = { gold: gold.places.length, found: 0, predicted: 0, correct: 0, demonyms: 0, duplicates: 0, fpNotPlace: 0, fpWrongResolution: 0, fpNoGold: 0, fpNoSpan: 0 };
  const miss = (p: PredPlace, why: PlaceDetail['wrong'][number]['why']) => {
    if (why === 'notPlace') c.fpNotPlace++;
    else if (why === 'resolution') c.fpWrongResolution++;
    else if (why === 'noGold') c.fpNoGold++;
    else c.fpNoSpan++;
    wrong.push({ start: p.span?.start ?? null, end: p.span?.end ?? null, text: p.text ?? '', why });
  };
  for (const p of predicted) {
    if (p.kind === 'demonym') {
      c.demonyms++;
      continue;
    }
    c.predicted++;
    if (!p.span) {
      miss(p, 'noSpan');
      continue;
    }
    if (gold.notPlaces.some((n) => overlap(p.span, n.span))) {
      miss(p, 'notPlace');
      continue;
    }
    const over = gold.places.map((g, i) => ({ g, i })).filter(({ g }) => overlap(p.span, g.span));
    if (over.length === 0) {
      miss(p, 'noGold');
      continue;
    }
    const ok = over.filter(({ g }) => agrees(g.res, p.res));
    if (ok.length === 0) {
      miss(p, 'resolution');
      continue;
    }
    c.correct++;
    if (ok.every(({ i }) => found[i])) c.duplicates++;
    for (const { i } of ok) found[i] = true;
  }
  c.found = found.filter(Boolean).length;
  return {
    counts: c,
    missed: gold.places.filter((_, i) => !found[i]).map((g) => `${g.span?.start ?? '?'}:${g.text ?? ''}`),
    wrong,
  };
}
