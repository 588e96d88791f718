/**
 * Canonical names of generated actors: state bodies of every country
 * ("Military Forces of Russia", "Ministry of Defence of Russia"…), regional
 * bodies and offices named after a place ("Governor of Kursk Oblast",
 * "Kharkiv regional authorities").
 */
import type { RegionalBody, RoleId, StateBody } from './lexicon.js';
import { COUNTRIES, acledCountry } from './countries.js';

export interface Canon {
  name: string;
  kind: string;
  inter?: number;
  aliases: string[];
}

/** Institutions whose proper names differ from the generic pattern (body.country → name). */
const OVERRIDES: Readonly<Record<string, string>> = {
  'border.UA': 'State Border Guard Service of Ukraine',
  'border.RU': 'Russian Border Guard Service',
  'border.BD': 'Border Guard Bangladesh',
  'intel.UA': 'Defence Intelligence of Ukraine',
  'intel.RU': 'Main Intelligence Directorate of Russia',
  'presidency.RU': 'Presidential Administration of Russia',
  'mod.US': 'Department of Defense of the United States',
  'ombudsman.GE': 'Public Defender of Georgia',
  // civil defence services whose own name differs from the generic emergency service
  'emergency.PS': 'Palestinian Civil Defence',
  'emergency.LB': 'Lebanese Civil Defence',
  'emergency.SY': 'Syrian Civil Defence',
};

/** Further names of some institutions (body.country → names). */
const EXTRA_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'mod.US': ['US Department of Defense', 'Pentagon'],
  'health.PS': ['Gaza Health Ministry', 'Ministry of Health of Gaza'],
};

const FORCES: ReadonlySet<StateBody> = new Set(['military', 'airforce', 'navy', 'police', 'border', 'intel', 'security']);

export function stateActor(body: StateBody, code: string): Canon {
  const c = acledCountry(code);
  const bare = c.replace(/^the /u, '');
  const adj = COUNTRIES.get(code)?.adj ?? bare;
  const kind = FORCES.has(body) ? 'state forces' : 'government';
  const generic: Record<StateBody, [string, ...string[]]> = {
    military: [`Military Forces of ${c}`, `${adj} armed forces`],
    // ACLED codes air force and navy actions as the country's military forces
    airforce: [`${adj} Air Force`, `Air Force of ${c}`, `Military Forces of ${c}`],
    navy: [`${adj} Navy`, `Navy of ${c}`, `Military Forces of ${c}`],
    mod: [`Ministry of Defence of ${c}`, `${adj} defence ministry`],
    genstaff: [`General Staff of the Armed Forces of ${c}`, `${adj} General Staff`],
    police: [`Police Forces of ${c}`, `${adj} police`],
    government: [`Government of ${c}`, `${adj} government`],
    officials: [`${adj} officials`, `${adj} authorities`, `Government of ${c}`],
    interior: [`Ministry of Internal Affairs of ${c}`, `${adj} interior ministry`, `Ministry of Interior of ${c}`, `Ministry of the Interior of ${c}`],
    foreign: [`Ministry of Foreign Affairs of ${c}`, `${adj} foreign ministry`],
    emergency: [`State Emergency Service of ${c}`, `${adj} emergency service`, `${adj} Civil Defence`, `Civil Defence of ${c}`],
    border: [`Border Guard Service of ${c}`, `${adj} border guards`],
    intel: [`Defence Intelligence of ${c}`, `${adj} military intelligence`],
    security: [`${adj} security forces`, `Security Forces of ${c}`],
    presidency: [`Presidential Administration of ${c}`, `${adj} presidency`],
    ombudsman: [`Ombudsman of ${c}`, `${adj} ombudsman`, `Public Defender of ${c}`],
    health: [`Ministry of Health of ${c}`, `${adj} health ministry`, `Ministry of Public Health of ${c}`, `${bare} Health Ministry`, `${adj} Ministry of Health`],
  };
  const [first, ...rest] = generic[body];
  const over = OVERRIDES[`${body}.${code}`];
  const name = over ?? first;
  const aliases = [...(over ? [first, ...rest] : rest), ...(EXTRA_ALIASES[`${body}.${code}`] ?? [])];
  return { name, kind, inter: 1, aliases };
}

/** "Kharkiv Oblast" → "Kharkiv"; used in "Kharkiv regional authorities". */
export function shortPlace(name: string): string {
  return name.replace(/\s+(?:Oblast|Region|Province|State|Governorate|Krai|Kray|District|Raion|Prefecture|County|Division|Department)$/u, '');
}

const REGIONAL_NOUN: Record<RegionalBody, string> = {
  authorities: 'regional authorities',
  police: 'regional police',
  administration: 'regional administration',
  prosecutor: "regional prosecutor's office",
  health: 'Ministry of Health',
  city: 'City Administration',
};

/** Official names of a country's regional administrations ("Kharkiv Regional Military Administration" since 2022). */
const REGIONAL_ADMINISTRATION: Readonly<Record<string, string>> = { UA: 'Regional Military Administration' };

export function regionalActor(body: RegionalBody, admin1: string, country?: string): Canon {
  // a regional health ministry keeps the full admin1 name: "North Darfur State Ministry of Health"
  if (body === 'health') {
    const s = shortPlace(admin1);
    const aliases = [`Ministry of Health of ${admin1}`, ...(s !== admin1 ? [`${s} State Ministry of Health`, `${s} Ministry of Health`] : [])];
    return { name: `${admin1} Ministry of Health`, kind: 'government', inter: 1, aliases };
  }
  if (body === 'city') return { name: `${admin1} City Administration`, kind: 'government', inter: 1, aliases: [`${admin1} city administration`, `${admin1} city council`, `${admin1} authorities`] };
  const s = shortPlace(admin1);
  const aliases = [`${admin1} ${REGIONAL_NOUN[body]}`];
  const official = country ? REGIONAL_ADMINISTRATION[country] : undefined;
  if (official && (body === 'administration' || body === 'authorities')) aliases.push(`${s} ${official}`);
  return { name: `${s} ${REGIONAL_NOUN[body]}`, kind: 'government', inter: 1, aliases };
}

const TITLE: Partial<Record<RoleId, string>> = {
  governor: 'Governor',
  'acting governor': 'Acting Governor',
  mayor: 'Mayor',
  'head of administration': 'Head of the Military Administration',
};

/** Office named after its place: governor → "Governor of Kursk Oblast", mayor → "Mayor of Kharkiv". */
export function officeName(role: RoleId, place: string): string | undefined {
  const t = TITLE[role];
  return t ? `${t} of ${place}` : undefined;
}

/** Countries whose governorates are named after their seat while the gazetteer's admin1 is coarser
 *  (the West Bank's "Governor of Jenin"): a governor takes the city's name there. */
export const GOVERNORATE_SEATS: ReadonlySet<string> = new Set(['PS']);

/** Roles that are offices tied to a place (an unnamed holder is still an actor). */
export const PLACE_ROLES: ReadonlySet<RoleId> = new Set(['governor', 'acting governor', 'mayor', 'head of administration']);

/** What first-level divisions are called where the gazetteer may omit it (GeoNames writes "Kharkiv", the press "Kharkiv Oblast"). */
const ADMIN1_DESIGNATION: Readonly<Record<string, string>> = { UA: 'Oblast', RU: 'Oblast', BY: 'Region', KZ: 'Region', SD: 'State', SS: 'State', NG: 'State' };
const HAS_DESIGNATION = /\b(?:Oblast|Region|Province|State|Governorate|Krai|Kray|Republic|Okrug|City|District|County|Voblast)\b/u;

const COMPASS: Readonly<Record<string, string>> = { Northern: 'North', Southern: 'South', Eastern: 'East', Western: 'West' };

export function withDesignation(admin1In: string, country: string): string {
  // GeoNames "Northern Darfur" is "North Darfur" in the press and in ACLED
  const admin1 = admin1In.replace(/^(Northern|Southern|Eastern|Western) (?=\p{Lu})/u, (_m, w: string) => `${COMPASS[w] ?? w} `);
  const d = ADMIN1_DESIGNATION[country];
  return d && !HAS_DESIGNATION.test(admin1) ? `${admin1} ${d}` : admin1;
}
