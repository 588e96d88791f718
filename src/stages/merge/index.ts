/**
 * Merge: article events that report the same real-world event become one merged event.
 * Pure functions here. Clustering works on merge units (profile groups: identical reports are one
 * unit, ./profile.ts); the store keeps the units in a table and re-clusters only the units a new article
 * touches (src/store/sql/events.ts), which makes the result a function of the stored SET of events.
 */
export { cluster, clusterUnits, cmp } from './cluster.js';
export { profileKey, representative, unitId, unitIds, unitsOf, type Unit } from './profile.js';
export { combine, mergedId, mergedIdOfKey } from './combine.js';
export { compatible, compatibleEvents, score, locationsCompatible, typesCompatible } from './compatible.js';
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
