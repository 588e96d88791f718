/**
 * Resolution: pick one gazetteer entry per candidate, or none.
 *
 * 1. Priors: countries first, then seats by rank (capital, admin1 seat, …)
 *    and population.
 * 2. Document coherence: the countries named or implied by the article's
 *    confident mentions, and distance to its confident places.
 * 3. Level cues: "regio X"/"X region" → the division; "stad X" → the
 *    settlement; a bare name shared by a division and its seat → the seat
 *    unless a hint ("gouverneur van X", "drones boven X") points at the division.
 * 4. Small places outside the article's countries are dropped (none of the above).
 */
import type { Gazetteer, GeoAdmin1, GeoAdmin2, GeoEntry, GeoPlace } from '../../gazetteer/types.js';
import { skeleton } from '../../gazetteer/skeleton.js';
import { adminNameVariants } from '../../gazetteer/admin-names.js';
import type { Candidate } from './recognise.js';
import { distanceKm as haversineKm } from '../../core/geo.js';

export interface Resolution {
  entry: GeoEntry;
  rule: string;
}

const RANK: Readonly<Record<string, number>> = { PPLC: 60, PPLG: 40, PPLA: 32, PPLA2: 16, PPLA3: 9, PPLA4: 6, PPL: 4, PPLL: 2, PPLX: 0 };


export function prior(e: GeoEntry): number {
  if (e.type === 'country') return 100;
  if (e.type === 'admin1') return 24;
  if (e.type === 'admin2') return 8 + 2 * Math.log10(e.pop + 1);
  return (RANK[e.fcode] ?? 3) + 6 * Math.log10(e.pop + 1);
}

/** A confident, well-known place: big enough to be meant without context. */
export function strong(e: GeoEntry): boolean {
  if (e.type === 'admin2') return false;
  if (e.type !== 'place') return true;
  return ((e.fcode === 'PPLC' || e.fcode === 'PPLA') && e.pop >= 50_000) || e.pop >= 100_000;
}

/** A place meant without any context: a capital, a large regional seat, a very large city. */
function selfEvident(e: GeoEntry): boolean {
  if (e.type === 'admin2') return false;
  if (e.type !== 'place') return true;
  return e.fcode === 'PPLC' || e.fcode === 'PPLG' || (e.fcode === 'PPLA' && e.pop >= 100_000) || e.pop >= 500_000;
}

interface DocContext {
  /** country code → weight */
  countries: Map<string, number>;
  /** "CC.a1" → weight */
  admins: Map<string, number>;
  maxWeight: number;
  /** points of confidently resolved places */
  points: Array<{ lat: number; lon: number }>;
  /** once the context is complete: the coherence of each entry scored so far */
  memo?: Map<GeoEntry, number>;
}

function emptyContext(): DocContext {
  return { countries: new Map(), admins: new Map(), maxWeight: 0, points: [] };
}

function addCountry(ctx: DocContext, cc: string, w: number): void {
  const v = (ctx.countries.get(cc) ?? 0) + w;
  ctx.countries.set(cc, v);
  if (v > ctx.maxWeight) ctx.maxWeight = v;
}

function coherence(e: GeoEntry, ctx: DocContext): number {
  // an empty context (the first pass) says nothing
  if (ctx.maxWeight === 0 && ctx.admins.size === 0 && ctx.points.length === 0) return 0;
  let s = ctx.memo?.get(e);
  if (s === undefined) {
    s = coherenceOf(e, ctx);
    ctx.memo?.set(e, s);
  }
  return s;
}

function coherenceOf(e: GeoEntry, ctx: DocContext): number {
  let s = 0;
  if (ctx.maxWeight > 0) s += 45 * ((ctx.countries.get(e.cc) ?? 0) / ctx.maxWeight);
  const a1 = e.type === 'place' || e.type === 'admin2' ? `${e.cc}.${e.a1}` : e.type === 'admin1' ? e.code : undefined;
  if (a1 !== undefined) s += Math.min(15, 5 * (ctx.admins.get(a1) ?? 0));
  if (e.type !== 'country' && e.lat !== undefined && ctx.points.length > 0) {
    let best = Infinity;
    for (const p of ctx.points) best = Math.min(best, haversineKm(e.lat, e.lon, p.lat, p.lon));
    if (best < 150) s += 12;
    else if (best < 400) s += 6;
  }
  return s;
}

/** The name of a second-level division written out in full with its type word ("Orange County"). */
const fullKeys = new Map<string, string>();

function fullAdmin2(e: GeoAdmin2, c: Candidate): boolean {
  let k = fullKeys.get(e.code);
  if (k === undefined) {
    // only a name with a type word counts ("Orange County", not "San Antonio", which is also a city's name)
    const own = skeleton(e.name);
    k = e.name.includes(' ') && adminNameVariants(e.name).some((v) => skeleton(v) !== own) ? own : '';
    fullKeys.set(e.code, k);
  }
  return k !== '' && k === c.key;
}

const divisionKeys = new Map<string, ReadonlySet<string>>();

/** Skeleton keys of a division's own English name and its core ("Belgorod Oblast", "Belgorod"). */
function ownKeys(e: GeoAdmin1 | GeoAdmin2): ReadonlySet<string> {
  let keys = divisionKeys.get(e.code);
  if (!keys) {
    keys = new Set(adminNameVariants(e.name).map(skeleton));
    divisionKeys.set(e.code, keys);
  }
  return keys;
}

function score(e: GeoEntry, c: Candidate, ctx: DocContext): number {
  let s = prior(e) + coherence(e, ctx);
  if (e.type === 'place' && e.key === c.key) s += 20;
  // a division named by its own name outranks villages that borrowed it ("California", Missouri)
  if (e.type === 'admin1' && ownKeys(e).has(c.key)) s += 40;
  // a city of millions is meant by its other names too ("New York", "Bombay")
  if (e.type === 'place' && e.pop >= 1_000_000) s += 25;
  if (e.type === 'admin2' && fullAdmin2(e, c)) s += 30;
  return s;
}

function best(entries: readonly GeoEntry[], c: Candidate, ctx: DocContext): GeoEntry | undefined {
  let top: GeoEntry | undefined;
  let topScore = -Infinity;
  for (const e of entries) {
    const s = score(e, c, ctx);
    if (s > topScore) {
      top = e;
      topScore = s;
    }
  }
  return top;
}

function eligible(c: Candidate): GeoEntry[] {
  // a name in capitals (an acronym) only stands for a well-known place; a dateline names any town
  return c.upper && !c.dateline ? c.entries.filter(strong) : c.entries;
}

/** The division of a place, when the gazetteer knows it. */
function divisionOf(g: Gazetteer, p: GeoPlace): GeoAdmin1 | undefined {
  return g.admin1(p.cc, p.a1);
}

/** A candidate's eligible entries sorted by type, each list in the entries' order. */
interface Kinds {
  entries: readonly GeoEntry[];
  countries: GeoEntry[];
  admins: GeoAdmin1[];
  places: GeoPlace[];
  districts: GeoAdmin2[];
  /** districts written out with their type word */
  written: GeoAdmin2[];
  /** the entries other than districts, when there are any (else all of them) */
  nonDistricts: readonly GeoEntry[];
}

/** The kinds of a candidate's entries (sorted once, for all passes). */
function kindsOf(c: Candidate): Kinds {
  const entries = eligible(c);
  const countries = entries.filter((e) => e.type === 'country');
  const admins = entries.filter((e): e is GeoAdmin1 => e.type === 'admin1');
  const places = entries.filter((e): e is GeoPlace => e.type === 'place');
  const districts = entries.filter((e): e is GeoAdmin2 => e.type === 'admin2');
  const written = districts.filter((d) => fullAdmin2(d, c));
  const nonDistricts = entries.length > districts.length ? entries.filter((e) => e.type !== 'admin2') : entries;
  return { entries, countries, admins, places, districts, written, nonDistricts };
}

function choose(g: Gazetteer, c: Candidate, kinds: Kinds, ctx: DocContext): Resolution | undefined {
  const { entries, countries, admins, places, written, nonDistricts } = kinds;
  if (entries.length === 0) return undefined;
  // a district written out with its type word ("Orange County", "Kupianskyi Raion") is that district,
  // unless a country or first-level division bears the same full name
  if (written.length > 0 && countries.length === 0 && admins.length === 0) return { entry: best(written, c, ctx)!, rule: 'places.admin2.name' };

  if (c.cues.admin1) {
    const a = best(admins, c, ctx);
    // "regio Beni": a division elsewhere in the world is not meant when the article's country has a town of the name
    const local = best(places.filter((p) => (ctx.countries.get(p.cc) ?? 0) >= 1), c, ctx) as GeoPlace | undefined;
    if (a && local && (ctx.countries.get(a.cc) ?? 0) < 1) return { entry: local, rule: 'places.place.area' };
    if (a) return { entry: a, rule: 'places.admin1.cue' };
    // "regio X" where only the seat is known under that name: its division
    const p = best(places, c, ctx) as GeoPlace | undefined;
    const d = p && (p.fcode === 'PPLA' || p.fcode === 'PPLC') ? divisionOf(g, p) : undefined;
    if (d) return { entry: d, rule: 'places.admin1.cue-seat' };
  }
  if (countries.length > 0 && !c.cues.place) {
    // a country that shares its name with a division elsewhere ("Georgia"): the article's other places decide
    const country = best(countries, c, ctx)!;
    const division = best(admins, c, ctx);
    const weight = (cc: string): number => ctx.countries.get(cc) ?? 0;
    const divisionContext = !c.withCountry && weight(division?.cc ?? '') > weight(country.cc) + 1;
    if (division && (c.cues.admin1 || c.cues.admin1Hint || divisionContext)) return { entry: division, rule: 'places.admin1.context' };
    // a country outranks its namesake capital or any settlement ("Mexico", "Djibouti") unless a settlement cue says otherwise
    return { entry: country, rule: 'places.country' };
  }
  // a bare district name ("Orange") is read as a district only when nothing else bears it
  const pool = c.cues.place && places.length > 0 ? places : nonDistricts;
  const top = best(pool, c, ctx);
  if (!top) return undefined;
  if (top.type === 'country') return { entry: top, rule: 'places.country' };
  if (top.type === 'admin2') return { entry: top, rule: 'places.admin2.prior' };
  if (top.type === 'admin1') {
    // a division and its seat share the name: the bare name is the seat unless hinted
    const seat = places.find((p) => p.id === top.capitalId);
    if (seat && !c.cues.admin1Hint) return { entry: seat, rule: 'places.place.seat' };
    return { entry: top, rule: c.cues.admin1Hint ? 'places.admin1.hint' : 'places.admin1.prior' };
  }
  // top is a settlement
  const division = admins.find((a) => a.capitalId === top.id);
  if (division && c.cues.admin1Hint && !c.cues.place) return { entry: division, rule: 'places.admin1.hint' };
  return { entry: top, rule: c.cues.place ? 'places.place.cue' : 'places.place.prior' };
}

/** The candidate is the division's own name (not a spelling it shares with settlements or other divisions), and no generic word. */
function ownName(e: GeoAdmin1, c: Candidate): boolean {
  if (c.text.length < 5 || GENERIC_NAMES.has(c.key)) return false;
  // a name made of generic words only ("West Coast", "North Central")
  if (c.text.split(/[\s-]+/u).every((w) => GENERIC_NAMES.has(skeleton(w)))) return false;
  return c.entries.every((x) => x === e || x.type === 'admin2' || (x.type === 'place' && !strong(x)));
}

/** Division names that are also ordinary words in English news ("East", "Central", "Capital"). */
const GENERIC_NAMES = new Set(['east', 'west', 'north', 'south', 'central', 'centre', 'center', 'capital', 'coast', 'lakes', 'upper', 'lower', 'western', 'eastern', 'northern', 'southern', 'islands', 'island', 'federal', 'national', 'border', 'mountain', 'valley', 'river', 'lake', 'sea'].map((w) => skeleton(w)));

/** Farther than this from the article's other places, a namesake abroad is not what a settlement cue means. */
const FAR_KM = 2000;

/** The first-level division the article names most, in one of its countries. */
function dominantDivision(g: Gazetteer, ctx: DocContext): GeoAdmin1 | undefined {
  let best: GeoAdmin1 | undefined;
  let top = 0;
  for (const [code, w] of ctx.admins) {
    const cc = code.slice(0, 2);
    if ((ctx.countries.get(cc) ?? 0) < 1 || w <= top) continue;
    const a = g.admin1(cc, code.slice(3));
    if (a) {
      best = a;
      top = w;
    }
  }
  return best;
}

/** Whether a resolution is plausible enough to report. */
function acceptable(r: Resolution, c: Candidate, ctx: DocContext, inside: ReadonlySet<string>): boolean {
  const e = r.entry;
  if (e.type === 'country') return true;
  const inFocus = (ctx.countries.get(e.cc) ?? 0) >= 1;
  // a division named by its own full name needs no context ("California", "Cabo Delgado"); a generic
  // one-word name ("East", "Central") or a name shared with other entries wants the article's country
  if (e.type === 'admin1') return inFocus || c.alias || c.cues.admin1 || c.cues.admin1Hint || (ownName(e, c) && !c.initial);
  if (e.type === 'admin2') return r.rule === 'places.admin2.name' || ((inFocus || (ctx.admins.get(`${e.cc}.${e.a1}`) ?? 0) > 0) && !c.initial);
  // outside the article's countries only capitals, seats and very large cities are meant without context,
  // and a sentence-initial word only by their own name or with a locative cue ("Central banks…" is not Davao)
  if (!inFocus) {
    // a short word that is only another name of a city abroad ("Chen", "Zara", "van Khan") wants a locative cue ("in Genf")
    const byOtherName = e.key !== c.key && c.i === c.j && c.text.length <= 6;
    // an article that names no country yet: a large city by its own name after a locative word ("in Brighton")
    if (ctx.maxWeight < 1 && strong(e) && e.key === c.key && (c.cues.strongLocative === true || c.cues.place)) return true;
    // a large city by its own name with a settlement noun ("Cork city", "the city of Leeds")
    if (strong(e) && e.key === c.key && c.cues.place) return true;
    return selfEvident(e) && (!c.initial || e.key === c.key || c.cues.locative || c.cues.place) && (!byOtherName || c.cues.place || c.cues.strongLocative === true || c.dateline === true);
  }
  if (strong(e)) return true;
  // a small place in the article's country: wants a cue, its own main name, or a neighbour
  if (c.cues.locative || c.cues.place || c.cues.near) return true;
  // a sentence opener ("Early on Monday…") is a small place only if the name also occurs inside a sentence
  if (c.initial && !inside.has(c.key)) return false;
  if (e.key === c.key) return true;
  if ((ctx.admins.get(`${e.cc}.${e.a1}`) ?? 0) > 0) return true;
  return ctx.points.some((p) => haversineKm(e.lat, e.lon, p.lat, p.lon) < 200);
}

/**
 * Resolve all candidates of a document. `demonymCountries` are the countries
 * of the demonyms found in it (weak evidence of the article's countries).
 */
export function resolveAll(g: Gazetteer, cands: readonly Candidate[], demonymCountries: readonly string[], text = ''): Array<Resolution | undefined> {
  // pass 1: priors only, to learn the article's countries and anchor points
  const ctx0 = emptyContext();
  const ctx = emptyContext();
  for (const cc of demonymCountries) addCountry(ctx, cc, 0.5);
  const kinds = cands.map((c) => kindsOf(c));
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k]!;
    const r = choose(g, c, kinds[k]!, ctx0);
    if (!r) continue;
    const e = r.entry;
    const unique = new Set(c.entries.map((x) => x.cc)).size === 1;
    const cued = c.cues.locative || c.cues.place || c.cues.admin1;
    const countryOrDivision = e.type === 'country' && c.entries.some((x) => x.type === 'admin1' && x.cc !== e.cc);
    if (e.type === 'country') addCountry(ctx, e.cc, countryOrDivision ? 0.5 : 2);
    // a city abroad read only through another name of it ("Khan" for Wuhan) is no evidence of its country
    else if ((e.type === 'place' && selfEvident(e) && (e.key === c.key || c.cues.place)) || (e.type === 'admin1' && (c.cues.admin1 || c.alias || ownName(e, c)))) {
      // a division known only by a name shared abroad ("regio Beni") is weak evidence of its country
      addCountry(ctx, e.cc, e.type === 'admin1' && !unique ? 0.5 : 1.5);
      const a1 = e.type === 'place' ? `${e.cc}.${e.a1}` : e.code;
      ctx.admins.set(a1, (ctx.admins.get(a1) ?? 0) + (e.type === 'admin1' ? 3 : 1));
      if (e.type === 'place') ctx.points.push({ lat: e.lat, lon: e.lon });
    } else if ((unique || strong(e)) && cued) addCountry(ctx, e.cc, 0.5);
    // a name only one settlement bears is a reliable anchor for its neighbours
    if (e.type === 'place' && !selfEvident(e) && c.entries.length === 1) ctx.points.push({ lat: e.lat, lon: e.lon });
  }
  // pass 2: with the article's context (complete from here on)
  ctx.memo = new Map();
  const inside = new Set(cands.filter((c) => !c.initial).map((c) => c.key));
  const focusUnit = dominantDivision(g, ctx);
  const out = cands.map((c, k) => {
    const r = choose(g, c, kinds[k]!, ctx);
    // "the town of X" in an article about another country: a settlement there the gazetteer lacks
    // (only when the namesake lies far from everything else the article names: a town over the border is meant as named)
    const weight = (cc: string): number => ctx.countries.get(cc) ?? 0;
    const e = r?.entry;
    if (
      e?.type === 'place' &&
      c.cues.place &&
      focusUnit &&
      e.cc !== focusUnit.cc &&
      weight(focusUnit.cc) > weight(e.cc) + 1 &&
      haversineKm(e.lat, e.lon, focusUnit.lat, focusUnit.lon) > FAR_KM &&
      ctx.points.every((p) => haversineKm(e.lat, e.lon, p.lat, p.lon) > FAR_KM || (p.lat === e.lat && p.lon === e.lon))
    ) {
      // a settlement of the name inside that division is the one meant ("the city of Salisbury" in an article on England)
      const local = best(c.entries.filter((x) => x.type === 'place' && x.cc === focusUnit.cc && x.a1 === focusUnit.code.slice(3)), c, ctx);
      return local ? { entry: local, rule: 'places.place.context' } : { entry: focusUnit, rule: 'places.unit.context' };
    }
    return r && acceptable(r, c, ctx, inside) ? r : undefined;
  });
  // pass 3a: "Town, Division" read together: when the two names bear a settlement and a division (or
  // country) that contains it, that pair is meant, whatever each name's own prior ("Thruxton, Hampshire",
  // "Paris, Texas"). Only pairs the gazetteer confirms; two settlements ("Paris, Lyon") are a list.
  cands.forEach((c, k) => {
    if (c.parent === undefined) return;
    const pair = containedPair(c, cands[c.parent]!, ctx);
    if (!pair) return;
    const [child, unit] = pair;
    const cur = out[k]?.entry;
    const curUnit = out[c.parent]?.entry;
    if (cur !== child) out[k] = { entry: child, rule: 'places.place.pair' };
    // the unit's name already read in the same country (a city named like its region: "X, Kharkiv") stays as read
    if (curUnit === undefined || curUnit.cc !== unit.cc) out[c.parent] = { entry: unit, rule: 'places.unit.pair' };
  });
  // pass 3: a settlement followed by its region or country ("X in the Y region") lies in it
  cands.forEach((c, k) => {
    const r = out[k];
    if (!r || (r.entry.type !== 'place' && r.entry.type !== 'admin2') || c.parent === undefined) return;
    const parent = out[c.parent]?.entry;
    // a settlement after another settlement ("Paris, Lyon") is a list, unless typed ("the village of X, in Y")
    if (!parent || (parent.type === 'place' && !c.cues.place)) return;
    // a settlement named after another settlement lies in that one's division
    const inside = (e: GeoEntry): boolean => (parent.type === 'place' ? (e.type === 'place' || e.type === 'admin2') && e.cc === parent.cc && e.a1 === parent.a1 : contains(parent, e));
    if (inside(r.entry)) return;
    const within = c.entries.filter(inside);
    const top = best(within, c, ctx);
    if (top) out[k] = { entry: top, rule: 'places.place.parent' };
    // a settlement the gazetteer lacks, placed in a named division ("X in the Y province"): that division
    else if (parent.type !== 'country' && r.entry.cc !== parent.cc && (ctx.countries.get(parent.cc) ?? 0) >= 1) {
      // "the village of X, in the Y district": X lies in Y's division
      const unit = parent.type === 'place' ? (c.cues.place ? g.admin1(parent.cc, parent.a1) : undefined) : parent;
      if (unit) out[k] = { entry: unit, rule: 'places.unit.parent' };
    }
  });
  // pass 4: a settlement the gazetteer lacks, typed by a settlement noun ("het dorp X", "X, a village in the Y region"),
  // resolves to the first division named after it in its sentence
  cands.forEach((c, k) => {
    if (!c.unknown) return;
    for (let n = k + 1; n < cands.length && cands[n]!.cs - c.ce < 160 && !/[.!?\n]/u.test(text.slice(c.ce, cands[n]!.cs)); n++) {
      const e = out[n]?.entry;
      if (e && (e.type === 'admin1' || e.type === 'admin2')) {
        out[k] = { entry: e, rule: 'places.unit.named' };
        return;
      }
    }
  });
  // pass 5: a named part of a settlement (street, square, neighbourhood) takes the settlement's point
  cands.forEach((c, k) => {
    if (!c.part) return;
    const city = settlementOf(cands, out, k, text);
    if (city) out[k] = { entry: city, rule: 'places.part.settlement' };
  });
  // one sense per article: a name placed by a rule that reads its context ("the district of X", "X in the Y
  // region") keeps that reading where it recurs bare
  const placed = new Map<string, Resolution>();
  cands.forEach((c, k) => {
    const r = out[k];
    if (r && CONTEXT_RULES.has(r.rule) && !placed.has(c.key)) placed.set(c.key, r);
  });
  cands.forEach((c, k) => {
    const p = placed.get(c.key);
    const r = out[k];
    if (p && (!r || (r.entry.type === 'place' && !CONTEXT_RULES.has(r.rule)))) out[k] = { entry: p.entry, rule: `${p.rule}.recurring` };
  });
  return out;
}

/** Rules that place a name by what the text says around it. */
const CONTEXT_RULES = new Set(['places.unit.parent', 'places.unit.named', 'places.unit.context', 'places.place.parent', 'places.place.pair', 'places.unit.pair']);

const NEAR_CENTRE_KM = 40;

/** `unit` (a country or division) contains the settlement or district `e`. */
function contains(unit: GeoEntry, e: GeoEntry): boolean {
  if (e.type !== 'place' && e.type !== 'admin2') return false;
  if (unit.type === 'country') return unit.cc === e.cc;
  if (unit.type === 'admin1') return unit.code === `${e.cc}.${e.a1}`;
  // second-level codes of settlements and districts do not always agree in the sources: a settlement of the
  // same first-level division near the district's centre lies in it too
  if (unit.type === 'admin2')
    return e.type === 'place' && e.cc === unit.cc && e.a1 === unit.a1 && (unit.code === `${e.cc}.${e.a1}.${e.a2}` || haversineKm(e.lat, e.lon, unit.lat, unit.lon) <= NEAR_CENTRE_KM);
  return false;
}

/**
 * The likeliest (settlement, unit) pair of a name and the name placed after it ("X, Y", "X (Y)") in which
 * the unit contains the settlement; undefined when no pair is contained, or when the unit is named only
 * by a settlement. The unit must be a division or a country the parent name really denotes: its own
 * name or the name it is known by in the gazetteer.
 */
function containedPair(c: Candidate, p: Candidate, ctx: DocContext): [GeoEntry, GeoEntry] | undefined {
  const units = eligible(p).filter((e) => e.type === 'country' || e.type === 'admin1' || e.type === 'admin2');
  // a country's name is no settlement's ("China, the US")
  if (units.length === 0 || c.entries.some((e) => e.type === 'country')) return undefined;
  const kids = eligible(c).filter((e) => e.type === 'place' || (e.type === 'admin2' && fullAdmin2(e, c)));
  let top: [GeoEntry, GeoEntry] | undefined;
  let topScore = -Infinity;
  for (const u of units)
    for (const e of kids) {
      if (!contains(u, e)) continue;
      const s = score(e, c, ctx) + score(u, p, ctx);
      if (s > topScore) {
        top = [e, u];
        topScore = s;
      }
    }
  return top;
}

/**
 * The settlement a named part of one lies in: the one named right after it ("X in Y", "X, Y"), the
 * owner right before it ("Imphal's Chassad Avenue"), else the settlement the article names most
 * (ties: the one named last before it), else the next one in its sentence.
 */
function settlementOf(cands: readonly Candidate[], out: ReadonlyArray<Resolution | undefined>, k: number, text: string): GeoEntry | undefined {
  const c = cands[k]!;
  const place = (n: number | undefined): GeoEntry | undefined => {
    const e = n === undefined ? undefined : out[n]?.entry;
    return e?.type === 'place' && !cands[n!]!.part ? e : undefined;
  };
  const linked = place(c.parent);
  if (linked) return linked;
  const owner = k > 0 && /^['’]s\s+$/u.test(text.slice(cands[k - 1]!.ce, c.cs)) ? place(k - 1) : undefined;
  if (owner) return owner;
  const counts = new Map<GeoEntry, number>();
  let top: GeoEntry | undefined;
  cands.forEach((_, n) => {
    const e = place(n);
    if (!e) return;
    const v = (counts.get(e) ?? 0) + 1;
    counts.set(e, v);
    if (!top || v > counts.get(top)! || (v === counts.get(top)! && n < k)) top = e;
  });
  if (top) return top;
  for (let n = k + 1; n < cands.length && !/[.!?\n]/u.test(text.slice(c.ce, cands[n]!.cs)); n++) {
    const e = place(n);
    if (e) return e;
  }
  return undefined;
}
