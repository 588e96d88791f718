/**
 * Resolutions (where a place mention or an event location points) and when a
 * predicted one agrees with a gold one (corpus README, "Places" and "Events").
 *
 * Reading: a field is taken from the first of the sub-objects place, resolved,
 * resolution, geo, geocode, location that has it, else from the object itself.
 * Country is an alpha-2 code (compared in capitals; also countryCode/cc/iso2 or
 * {code}); admin1 a string or {name}; the point lat/lon (latitude, lng, long,
 * longitude) or a `point`/`coordinates`/`geometry`… value ({lat,lon} or a
 * GeoJSON [lon, lat]).
 *
 * Agreement at the gold level:
 * - country: same code;
 * - admin1: the predicted name or admin1 equals the gold name or admin1 (normAdmin keys);
 * - place (and any other level): predicted point within 25 km of the gold
 *   point; a gold place without a point needs equal names;
 * - "name" (a bare alsoAccept entry): the predicted name equals it.
 * An `alsoAccept` entry is an alternative gold resolution: "country:CC",
 * "admin1:NAME", "place:NAME" (equal names) or "place:NAME@lat,lon" (25 km),
 * a bare "NAME", or an object {level, name, …}.
 */
import { haversineKm, PLACE_TOLERANCE_KM } from './haversine.js';
import { normAdmin, present } from './normalize.js';

export interface Point {
  lat: number;
  lon: number;
}

export interface Resolution {
  level?: string;
  name?: string;
  country?: string;
  admin1?: string;
  point?: Point;
}

export interface GoldResolution extends Resolution {
  level: string;
  alsoAccept: Resolution[];
}

export const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

export function num(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}

function mkPoint(lat: number | undefined, lon: number | undefined): Point | undefined {
  if (lat === undefined || lon === undefined || Math.abs(lat) > 90 || Math.abs(lon) > 180) return undefined;
  return { lat, lon };
}

const POINT_KEYS = ['point', 'coordinates', 'coords', 'centroid', 'geometry', 'position'];

export function pointOf(o: unknown, depth = 0): Point | undefined {
  if (o == null || depth > 3) return undefined;
  if (Array.isArray(o)) return o.length >= 2 ? mkPoint(num(o[1]), num(o[0])) : undefined;
  if (!isObj(o)) return undefined;
  const direct = mkPoint(num(o['lat'] ?? o['latitude']), num(o['lon'] ?? o['lng'] ?? o['long'] ?? o['longitude']));
  if (direct) return direct;
  for (const k of POINT_KEYS) {
    const p = o[k] != null ? pointOf(o[k], depth + 1) : undefined;
    if (p) return p;
  }
  return undefined;
}

function countryOf(l: Record<string, unknown>): string | undefined {
  let v = l['country'] ?? l['countryCode'] ?? l['country_code'] ?? l['cc'] ?? l['iso2'];
  if (isObj(v)) v = v['code'] ?? v['iso2'] ?? v['alpha2'] ?? v['id'];
  const s = str(v);
  return present(s) ? s!.trim().toUpperCase() : undefined;
}

function admin1Of(l: Record<string, unknown>): string | undefined {
  let v = l['admin1'] ?? l['admin1Name'] ?? l['admin1_name'];
  if (isObj(v)) v = v['name'];
  const s = str(v);
  return present(s) ? s!.trim() : undefined;
}

const SUB_OBJECTS = ['place', 'resolved', 'resolution', 'geo', 'geocode', 'location'];

export function readResolution(o: unknown): Resolution {
  if (Array.isArray(o)) return readResolution(o[0]);
  if (typeof o === 'string') return { name: o };
  if (!isObj(o)) return {};
  const layers = [...SUB_OBJECTS.map((k) => o[k]).filter(isObj), o];
  const pick = <T>(f: (l: Record<string, unknown>) => T | undefined): T | undefined => {
    for (const l of layers) {
      const v = f(l);
      if (present(v)) return v;
    }
    return undefined;
  };
  const r: Resolution = {};
  const level = pick((l) => str(l['level'])?.trim().toLowerCase());
  const name = pick((l) => str(l['name']) ?? str(l['canonicalName']));
  const country = pick(countryOf);
  const admin1 = pick(admin1Of);
  const point = pick((l) => pointOf(l));
  if (level !== undefined) r.level = level;
  if (name !== undefined) r.name = name;
  if (country !== undefined) r.country = country;
  if (admin1 !== undefined) r.admin1 = admin1;
  if (point !== undefined) r.point = point;
  return r;
}

/** An alsoAccept entry as an alternative resolution (null when empty). */
export function parseAccept(a: unknown): Resolution | null {
  if (isObj(a)) {
    const r = readResolution(a);
    const level = str(a['level'])?.toLowerCase();
    return level !== undefined ? { ...r, level } : (({ level: _drop, ...rest }) => rest)(r);
  }
  const s = str(a);
  if (!present(s)) return null;
  const m = /^\s*(country|admin1|place)\s*:\s*(.*)$/iu.exec(s!);
  if (!m) return { level: 'name', name: s!.trim() };
  const level = (m[1] ?? '').toLowerCase();
  let rest = (m[2] ?? '').trim();
  if (level === 'country') return { level, country: rest.toUpperCase() };
  const at = /^(.*?)@\s*(-?[\d.]+)\s*,\s*(-?[\d.]+)\s*$/u.exec(rest);
  let point: Point | undefined;
  if (at) {
    rest = (at[1] ?? '').trim();
    point = mkPoint(Number(at[2]), Number(at[3]));
  }
  return { level, name: rest, ...(point ? { point } : {}) };
}

/** A gold place or gold event location: its own fields (a missing level inferred from what it gives) and its alternatives. */
export function readGoldResolution(o: Record<string, unknown>): GoldResolution {
  const own = readResolution({ ...o, location: undefined, place: undefined });
  const level = own.level ?? (own.point ? 'place' : present(own.admin1) ? 'admin1' : 'country');
  const accepts = o['alsoAccept'];
  const list = Array.isArray(accepts) ? accepts : isObj(accepts) ? Object.values(accepts) : [];
  return { ...own, level, alsoAccept: list.map(parseAccept).filter((x): x is Resolution => x !== null) };
}

/** Does predicted resolution p agree with gold resolution g at g's level? */
export function resolutionAgrees(g: Resolution, p: Resolution): boolean {
  switch (g.level) {
    case 'country':
      return present(g.country) && present(p.country) && g.country!.toUpperCase() === p.country;
    case 'admin1': {
      const keys = [g.name, g.admin1].map(normAdmin).filter(Boolean);
      const pn = normAdmin(p.name);
      const pa = normAdmin(p.admin1);
      return keys.some((k) => k === pn || k === pa);
    }
    case 'name':
      return present(p.name) && normAdmin(g.name) === normAdmin(p.name);
    case 'none':
      return false;
    default:
      if (g.point) return !!p.point && haversineKm(g.point.lat, g.point.lon, p.point.lat, p.point.lon) <= PLACE_TOLERANCE_KM;
      return present(g.name) && present(p.name) && normAdmin(g.name) === normAdmin(p.name);
  }
}

/** Agreement with the gold resolution or one of its alsoAccept alternatives. */
export function agrees(g: GoldResolution, p: Resolution): boolean {
  return resolutionAgrees(g, p) || g.alsoAccept.some((a) => resolutionAgrees(a, p));
}

export function distanceKm(g: Resolution, p: Resolution): number | null {
  return g.point && p.point ? haversineKm(g.point.lat, g.point.lon, p.point.lat, p.point.lon) : null;
}
