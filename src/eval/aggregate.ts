/**
 * Counts → figures, and micro-averaged sums over articles (per language, in
 * total): counts are summed first. P/R/F1 follow the scorer's conventions:
 * with neither predictions nor gold all three are null; P with nothing
 * predicted is 0; R without gold is null; F1 is 0 when P or R is 0, null when
 * R is undefined. Accuracies without a denominator are null (shown as "–").
 */
import type { CasualtyCounts } from './casualties.js';
import type { DocDateCounts } from './docdate.js';
import { emptyEventCounts, type EventCounts } from './events.js';
import type { PlaceCounts } from './places.js';

export interface Counts {
  places: PlaceCounts;
  events: EventCounts;
  casualties: CasualtyCounts;
  docDate: DocDateCounts;
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
  /** mean of predicted / gold date-window width over paired events */
  widthRatio: number | null;
  actorRecall: number | null;
  actorPrecision: number | null;
  /** found casualty figures whose source and hedge agree too */
  casualtySourceAcc: number | null;
  docDateAcc: number | null;
}

export function ratio(num: number, den: number): number | null {
  return den > 0 ? num / den : null;
}

/** P/R/F1 from true positives over predictions and found over gold. */
export function prf(tp: number, predicted: number, found: number, gold: number): PRF {
  if (predicted === 0 && gold === 0) return { p: null, r: null, f1: null };
  const p = predicted > 0 ? tp / predicted : 0;
  const r = gold > 0 ? found / gold : null;
  const f1 = p === 0 || r === 0 ? 0 : r === null ? null : (2 * p * r) / (p + r);
  return { p, r, f1 };
}

export function figures(c: Counts): Figures {
  const e = c.events;
  const pairs = e.pairedRequired + e.pairedOptional;
  return {
    places: prf(c.places.correct, c.places.predicted, c.places.found, c.places.gold),
    events: prf(e.pairedRequired, e.predicted - e.pairedOptional, e.pairedRequired, e.goldRequired),
    casualties: prf(c.casualties.found, c.casualties.predicted, c.casualties.found, c.casualties.gold),
    subTypeAcc: ratio(e.subTypeCorrect, pairs),
    fatalityAcc: ratio(e.fatalityCorrect, e.fatalityTotal),
    sourceAcc: ratio(e.sourceCorrect, e.sourceTotal),
    widthRatio: ratio(e.widthRatioSum, pairs),
    actorRecall: ratio(e.actorGoldFound, e.actorGold),
    actorPrecision: ratio(e.actorPredRight, e.actorPred),
    casualtySourceAcc: ratio(c.casualties.sourceAgree, c.casualties.found),
    docDateAcc: ratio(c.docDate.correct, c.docDate.gold),
  };
}

function addNumbers<T extends object>(a: T, b: T): T {
  const out = { ...a } as Record<string, number>;
  for (const [k, v] of Object.entries(b as Record<string, number>)) out[k] = (out[k] ?? 0) + v;
  return out as T;
}

export function emptyCounts(): Counts {
  return {
    places: { gold: 0, found: 0, predicted: 0, correct: 0, demonyms: 0, duplicates: 0, fpNotPlace: 0, fpWrongResolution: 0, fpNoGold: 0, fpNoSpan: 0 },
    events: emptyEventCounts(),
    casualties: { gold: 0, predicted: 0, found: 0, sourceAgree: 0 },
    docDate: { gold: 0, correct: 0 },
  };
}

/** Micro-average: sum the counts. */
export function sumCounts(all: readonly Counts[]): Counts {
  return all.reduce(
    (acc, c) => ({
      places: addNumbers(acc.places, c.places),
      events: addNumbers(acc.events, c.events),
      casualties: addNumbers(acc.casualties, c.casualties),
      docDate: addNumbers(acc.docDate, c.docDate),
    }),
    emptyCounts(),
  );
}
