/** When two event mentions can be the same event: compatible places, overlapping windows. */
import type { DateWindow, EventLocation } from '../../core/schema.js';
import { distanceKm } from '../../core/geo.js';

/** The rule id of a default date window (a guess that yields to any told date). */
export const DEFAULT_RULE = 'date.default';

/** How specific a location level is. */
export const SPECIFICITY: Record<EventLocation['level'], number> = { place: 3, admin2: 2, admin1: 1, country: 0, region: -1 };

const TIER_RANK: Record<string, number> = {
  'loc.clause': 3,
  'loc.coordinated': 3,
  'loc.sentence': 3,
  'loc.reference-point': 2,
  'loc.paragraph': 1,
};

/** A location the text states beats one borrowed from the paragraph or document; then the more specific wins. */
export function locationRank(l: EventLocation): number {
  return (TIER_RANK[l.rule ?? ''] ?? 0) * 10 + SPECIFICITY[l.level];
}

function km(a: EventLocation, b: EventLocation): number | null {
  if (a.lat === undefined || a.lon === undefined || b.lat === undefined || b.lon === undefined) return null;
  return distanceKm(a.lat, a.lon, b.lat, b.lon);
}

const same = (x: string | undefined, y: string | undefined): boolean => x !== undefined && y !== undefined && x.toLowerCase() === y.toLowerCase();

/** Equal locations, or one contains the other. */
export function compatibleLocations(a: EventLocation, b: EventLocation): boolean {
  if (a.country !== b.country) return false;
  if (a.level === b.level) {
    if (same(a.name, b.name)) return true;
    if (a.level === 'country') return true;
    // differently named points are one place only when they (nearly) coincide: spellings of one town
    const d = km(a, b);
    return d !== null && d <= 3;
  }
  const [coarse, fine] = SPECIFICITY[a.level] < SPECIFICITY[b.level] ? [a, b] : [b, a];
  if (coarse.level === 'country') return true;
  return same(fine.admin1, coarse.name) || same(fine.admin1, coarse.admin1);
}

/** Windows overlap, or one of them is only the default guess (which yields to a told date). */
export function overlappingWindows(a: DateWindow, b: DateWindow): boolean {
  if (!a.start || !b.start) return true;
  if (a.rule === DEFAULT_RULE || b.rule === DEFAULT_RULE) return true;
  return a.start <= b.end && b.start <= a.end;
}

