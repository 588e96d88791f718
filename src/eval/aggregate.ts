/**
 * Counts → figures, and micro-averaged sums over articles (per language, total).
 * A ratio with a zero denominator is null (shown as "–"). F1 is the harmonic
 * mean of precision and recall. When only one is defined and it is 0, F1 is 0
 * (nothing predicted against gold: P null, R 0; predictions where gold has
 * nothing: P 0, R null); when neither is defined, F1 is null.
 */
import type { CasualtyCounts } from './casualties.js';
import type { EventCounts } from './events.js';
import type { PlaceCounts } from './places.js';

export interface Counts {
  places: PlaceCounts;
  events: EventCounts;
  casualties: CasualtyCounts;
}

export interface PRF {
  p: number | null;
  r: number | null;
  f1: number | null;
}

export interface Figures {
  places: PRF;
  events: PRF;
  casualties: PRF;
  subTypeAcc: number | null;
  fatalityAcc: number | null;
  sourceAcc: number | null;
  /** mean width of the predicted / gold date windows of paired events, in days */
  windowPred: number | null;
  windowGold: number | null;
}

export function ratio(num: number, den: number): number | null {
  return den > 0 ? num / den : null;
}

export function prf(p: number | null, r: number | null): PRF {
  let f1: number | null;
  if (p !== null && r !== null) f1 = p + r > 0 ? (2 * p * r) / (p + r) : 0;
  else if (p === 0 || r === 0) f1 = 0;
  else f1 = null;
  return { p, r, f1 };
}

export function figures(c: Counts): Figures {
  const e = c.events;
  return {
    places: prf(ratio(c.places.correct, c.places.predicted), ratio(c.places.found, c.places.gold)),
    events: prf(ratio(e.pairedRequired, e.predicted - e.pairedOptional), ratio(e.pairedRequired, e.goldRequired)),
    casualties: prf(ratio(c.casualties.found, c.casualties.predicted), ratio(c.casualties.found, c.casualties.gold)),
    subTypeAcc: ratio(e.subTypeCorrect, e.subTypeTotal),
    fatalityAcc: ratio(e.fatalityCorrect, e.fatalityTotal),
    sourceAcc: ratio(e.sourceCorrect, e.sourceTotal),
    windowPred: ratio(e.widthPredDays, e.widthPairs),
    windowGold: ratio(e.widthGoldDays, e.widthPairs),
  };
}

function addNumbers<T extends object>(a: T, b: T): T {
  const out = { ...a } as Record<string, number>;
  for (const [k, v] of Object.entries(b as Record<string, number>)) out[k] = (out[k] ?? 0) + v;
  return out as T;
}

export function emptyCounts(): Counts {
  return {
    places: { gold: 0, found: 0, predicted: 0, correct: 0, demonyms: 0, fpNotPlace: 0, fpWrongResolution: 0, fpDuplicate: 0, fpNoGold: 0 },
    events: {
      goldRequired: 0,
      goldOptional: 0,
      predicted: 0,
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
    },
    casualties: { gold: 0, predicted: 0, found: 0, unscored: 0 },
  };
}

/** Micro-average: sum the counts. */
export function sumCounts(all: readonly Counts[]): Counts {
  return all.reduce(
    (acc, c) => ({
      places: addNumbers(acc.places, c.places),
      events: addNumbers(acc.events, c.events),
      casualties: addNumbers(acc.casualties, c.casualties),
    }),
    emptyCounts(),
  );
}
