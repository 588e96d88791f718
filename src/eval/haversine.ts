import { distanceKm } from '../core/geo.js';

/** Great-circle distance in km (the one in src/core/geo.ts). */
export const haversineKm = distanceKm;

/** The tolerance of the corpus rules: a predicted point is "at" a gold place within this many km. */
export const PLACE_TOLERANCE_KM = 25;
