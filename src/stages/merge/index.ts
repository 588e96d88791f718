/**
 * Merge: article events that report the same real-world event become one merged event.
 * Pure functions here; the store runs them over the connected component a new article touches
 * (src/store/merge.ts), which makes the result a function of the stored SET of events.
 */
export { cluster } from './cluster.js';
export { combine, mergedId } from './combine.js';
export { compatible, score, locationsCompatible, typesCompatible } from './compatible.js';
export { memberKey, eventWindow, windowBound, type MergeInput } from './input.js';
export { distanceKm } from './geo.js';

import { cluster } from './cluster.js';
import { combine } from './combine.js';
import type { MergeInput } from './input.js';
import type { MergedEvent } from '../../store/types.js';

/** Merge a set of article events from scratch (batch form; the store's incremental form gives the same result). */
export function mergeAll(inputs: readonly MergeInput[]): MergedEvent[] {
  return cluster(inputs).map(combine).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
