/**
 * When are two article events the same real-world event?
 *  - from different articles (one article's extractor already keeps its own events apart);
 *  - compatible type: the same ACLED type and sub-type; Battles sub-types are interchangeable
 *    (a clash and the territory it changed are reported either way); a territory Battle matches a
 *    non-violent transfer of territory; other sub-types may differ only at the very same spot;
 *  - overlapping date windows (both known);
 *  - nearby or containing locations: two points ≤ 25 km apart (50 km when one is a district),
 *    a place inside an admin1 event's region, the same admin1, the same country for country-level;
 *    two different places (not the same spot) only when both date windows are specific (≤ 14 days);
 *  - compatible actors: when both name initiators, they share one.
 * `score` orders candidate pairs (higher = more alike); it is only used on compatible pairs.
 */
import type { EventLocation } from '../../core/schema.js';
import { distanceKm } from './geo.js';
import { eventWindow, type MergeInput } from './input.js';

export const PLACE_KM = 25;
export const DISTRICT_KM = 50;
export const SAME_SPOT_KM = 5;

const TERRITORY = new Set(['Government regains territory', 'Non-state actor overtakes territory']);
const TRANSFER = 'Non-violent transfer of territory';
const LEVEL_RANK: Record<string, number> = { country: 0, admin1: 1, admin2: 2, place: 3 };

const norm = (s: string | undefined): string => (s ?? '').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/gu, ' ').trim();

export function levelRank(l: EventLocation): number {
  return LEVEL_RANK[l.level] ?? 0;
}

/** Distance between two located events in km, or null when either lacks a point. */
export function locationDistance(a: EventLocation, b: EventLocation): number | null {
  if (a.lat === undefined || a.lon === undefined || b.lat === undefined || b.lon === undefined) return null;
  return distanceKm(a.lat, a.lon, b.lat, b.lon);
}

/** The same spot: same gazetteer id, same name at the same level, or points ≤ 5 km apart. */
export function sameSpot(a: EventLocation, b: EventLocation): boolean {
  if (norm(a.country) !== norm(b.country) || a.level !== b.level) return false;
  if (a.geonameId !== undefined && a.geonameId === b.geonameId) return true;
  const d = locationDistance(a, b);
  if (d !== null) return d <= SAME_SPOT_KM;
  return norm(a.name) === norm(b.name);
}

function admin1Of(l: EventLocation): string {
  return norm(l.level === 'admin1' ? l.name : l.admin1);
}

export function locationsCompatible(a: EventLocation, b: EventLocation): boolean {
  if (norm(a.country) !== norm(b.country) || !norm(a.country)) return false;
  const [lo, hi] = levelRank(a) <= levelRank(b) ? [a, b] : [b, a];
  if (lo.level === 'country') return hi.level === 'country';
  if (lo.level === 'admin1') {
    const region = admin1Of(lo);
    const other = hi.level === 'admin1' ? norm(hi.name) : norm(hi.admin1);
    if (region && other) return region === other || norm(lo.admin1) === other;
    return false;
  }
  // both admin2 or place
  const d = locationDistance(a, b);
  if (d !== null) return d <= (lo.level === 'admin2' ? DISTRICT_KM : PLACE_KM);
  if (a.geonameId !== undefined && a.geonameId === b.geonameId) return true;
  return norm(a.name) === norm(b.name) && admin1Of(a) === admin1Of(b);
}

export function typesCompatible(a: Pick<MergeInput, 'event'>, b: Pick<MergeInput, 'event'>): boolean {
  const ea = a.event;
  const eb = b.event;
  if (ea.type === eb.type) {
    if (ea.subType === eb.subType || ea.type === 'Battles') return true;
    return sameSpot(ea.location, eb.location);
  }
  const territory = (x: typeof ea, y: typeof ea) => x.type === 'Battles' && TERRITORY.has(x.subType) && y.subType === TRANSFER;
  return territory(ea, eb) || territory(eb, ea);
}

export function windowsOverlap(a: Pick<MergeInput, 'event'>, b: Pick<MergeInput, 'event'>): boolean {
  const wa = eventWindow(a.event);
  const wb = eventWindow(b.event);
  if (!wa.start || !wb.start) return false;
  return wa.start <= wb.end && wb.start <= wa.end;
}

function initiators(m: Pick<MergeInput, 'event'>): Set<string> {
  return new Set((m.event.actorRoles ?? []).filter((r) => r.role === 'initiator').map((r) => norm(r.name)));
}

export function actorsCompatible(a: Pick<MergeInput, 'event'>, b: Pick<MergeInput, 'event'>): boolean {
  const ia = initiators(a);
  const ib = initiators(b);
  if (ia.size === 0 || ib.size === 0) return true;
  for (const x of ia) if (ib.has(x)) return true;
  return false;
}

/** Two different nearby places only count as one event's location when both dates are specific. */
export const VAGUE_WINDOW_DAYS = 14;

function specificEnough(a: Pick<MergeInput, 'event'>, b: Pick<MergeInput, 'event'>): boolean {
  const la = a.event.location;
  const lb = b.event.location;
  if (la.level === 'admin1' || la.level === 'country' || lb.level === 'admin1' || lb.level === 'country') return true;
  if (sameSpot(la, lb)) return true;
  const wa = eventWindow(a.event);
  const wb = eventWindow(b.event);
  return days(wa.start, wa.end) <= VAGUE_WINDOW_DAYS && days(wb.start, wb.end) <= VAGUE_WINDOW_DAYS;
}

export function compatible(a: MergeInput, b: MergeInput): boolean {
  if (a.articleId === b.articleId) return false;
  return compatibleEvents(a, b);
}

/** `compatible` without the different-article condition (for merge units, which check their article sets). */
export function compatibleEvents(a: Pick<MergeInput, 'event'>, b: Pick<MergeInput, 'event'>): boolean {
  return (
    typesCompatible(a, b) &&
    windowsOverlap(a, b) &&
    locationsCompatible(a.event.location, b.event.location) &&
    specificEnough(a, b) &&
    actorsCompatible(a, b)
  );
}

function days(start: string, end: string): number {
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000) + 1;
}

/** Similarity of two compatible events in [0, 4]; symmetric. */
export function score(a: Pick<MergeInput, 'event'>, b: Pick<MergeInput, 'event'>): number {
  const ea = a.event;
  const eb = b.event;
  let s = 0;
  if (ea.subType === eb.subType) s += 1;
  const d = locationDistance(ea.location, eb.location);
  if (d !== null) s += Math.max(0, 1 - d / DISTRICT_KM);
  else if (sameSpot(ea.location, eb.location)) s += 1;
  const wa = eventWindow(ea);
  const wb = eventWindow(eb);
  const inter = days(wa.start > wb.start ? wa.start : wb.start, wa.end < wb.end ? wa.end : wb.end);
  const union = days(wa.start < wb.start ? wa.start : wb.start, wa.end > wb.end ? wa.end : wb.end);
  if (union > 0 && inter > 0) s += inter / union;
  const xa = new Set(ea.actors.map(norm));
  const xb = new Set(eb.actors.map(norm));
  const shared = [...xa].filter((x) => xb.has(x)).length;
  const all = new Set([...xa, ...xb]).size;
  if (all > 0) s += shared / all;
  return Math.round(s * 1e6) / 1e6;
}
