/**
 * Event location: the place in the trigger's clause, else its sentence, else
 * the paragraph, else the document's dominant place. Places that are only
 * reference points ("north of X"), speakers ("Moscow claims") or demonyms are
 * skipped. Coordinated places ("in the villages X and Y") each become an
 * event, as ACLED codes one event per location.
 */
import type { Analysis, PlaceMention } from '../../core/analysis.js';
import { outSpan } from '../../core/analysis.js';
import type { EventLocation } from '../../core/schema.js';
import type { Span } from '../../core/span.js';
import type { CompiledLexicon } from './compile.js';
import { SPECIFICITY } from './compat.js';
import type { LiteralIndex } from './prefilter.js';
import { testSpan } from './prefilter.js';

export type LocationTier = 'clause' | 'sentence' | 'reference' | 'paragraph' | 'document' | 'demonym' | 'unknown-settlement';

export interface LocationChoice {
  place: PlaceMention;
  tier: LocationTier;
  /** rule id: loc.<tier>, loc.coordinated */
  rule: string;
}

const LOOK = 48;

/** How often the article's main country must be named before a lone mention of another country is doubted. */
const STRAY_MAIN = 3;

export type PlaceRole = 'locative' | 'reference' | 'far-reference' | 'origin' | 'excluded';

/**
 * How a place mention can serve an event: as its location, only as a
 * reference point ("15 km west of X": the fallback when nothing else is
 * named), or not at all (a speaker such as "Moscow claims", a demonym).
 */
export function placeRole(a: Analysis, p: PlaceMention, lex: CompiledLexicon, index?: LiteralIndex): PlaceRole {
  if (p.kind !== 'toponym') return 'excluded';
  const bs = Math.max(0, p.cs - LOOK);
  if (testSpan(lex.speakerAfter, a.text, p.ce, p.ce + LOOK, index)) return 'excluded';
  if (lex.speakerBefore && testSpan(lex.speakerBefore, a.text, bs, p.cs, index)) return 'excluded';
  if (lex.originBefore && testSpan(lex.originBefore, a.text, bs, p.cs, index)) return 'origin';
  if (testSpan(lex.referenceBefore, a.text, bs, p.cs, index)) {
    // "300 km north of the capital X": too far away to stand for the event's place
    return lex.farDistanceBefore && testSpan(lex.farDistanceBefore, a.text, Math.max(0, p.cs - 2 * LOOK), p.cs, index) ? 'far-reference' : 'reference';
  }
  return 'locative';
}

export function isLocative(a: Analysis, p: PlaceMention, lex: CompiledLexicon, index?: LiteralIndex): boolean {
  return placeRole(a, p, lex, index) === 'locative';
}

/** Places of a document sorted by position, split by the role they can play (computed once per document and lexicon). */
export interface PlaceRoles {
  locative: PlaceMention[];
  reference: PlaceMention[];
  /** reference points 50 km or more away, and places fire came from: the event's place only when its sentence names no other */
  remote: PlaceMention[];
}

export function placeRoles(a: Analysis, lex: CompiledLexicon, index?: LiteralIndex): PlaceRoles {
  // a continent or multi-country region ("the Sahel", "Europe") locates no event
  const sorted = a.places.filter((p) => p.level !== 'region').sort((x, y) => x.cs - y.cs);
  const out: PlaceRoles = { locative: [], reference: [], remote: [] };
  // a name read as the only mention of a country the article otherwise never names is more likely a namesake
  // (a person's or a district's name) than the place of an event: it locates one only when nothing else does
  const perCountry = new Map<string, number>();
  for (const p of a.places) perCountry.set(p.country, (perCountry.get(p.country) ?? 0) + 1);
  const main = Math.max(0, ...perCountry.values());
  const stray = (p: PlaceMention): boolean => p.level !== 'country' && (perCountry.get(p.country) ?? 0) === 1 && main >= STRAY_MAIN;
  for (const p of sorted) {
    const role = stray(p) && placeRole(a, p, lex, index) === 'locative' ? 'far-reference' : placeRole(a, p, lex, index);
    if (role === 'locative' || role === 'reference') out[role].push(p);
    else if (role === 'far-reference' || role === 'origin') out.remote.push(p);
  }
  return out;
}

/** Places inside a span (binary search over places sorted by start). */
function within(places: readonly PlaceMention[], span: Span): PlaceMention[] {
  let lo = 0;
  let hi = places.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (places[mid]!.cs < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: PlaceMention[] = [];
  for (let i = lo; i < places.length && places[i]!.cs < span.end; i++) if (places[i]!.ce <= span.end) out.push(places[i]!);
  return out;
}

function distance(p: PlaceMention, t: Span): number {
  if (p.ce <= t.start) return t.start - p.ce;
  if (p.cs >= t.end) return p.cs - t.end;
  return 0;
}

/** Most specific level first, then nearest to the trigger. */
function best(cands: PlaceMention[], trigger: Span): PlaceMention | undefined {
  return [...cands].sort((x, y) => SPECIFICITY[y.level] - SPECIFICITY[x.level] || distance(x, trigger) - distance(y, trigger))[0];
}

/** Places of the same level joined to `first` by coordination ("X and Y", "X, Y en Z"). */
function coordinated(a: Analysis, first: PlaceMention, pool: PlaceMention[], lex: CompiledLexicon): PlaceMention[] {
  const same = pool.filter((p) => p.level === first.level).sort((x, y) => x.cs - y.cs);
  const group: PlaceMention[] = [first];
  const link = (l: PlaceMention, r: PlaceMention): boolean => {
    const between = a.text.slice(l.ce, r.cs).replace(/\([^()]*\)/gu, ' ').replace(/\s+/gu, ' ');
    if (between.length <= 60 && lex.coordination.test(between)) return true;
    // a list resumed after an aside: "in X, where …, and in Y"
    return between.length <= 160 && !/[.;:!?]/u.test(between) && lex.coordinationTail !== undefined && lex.coordinationTail.test(between);
  };
  const idx = same.indexOf(first);
  for (let i = idx + 1; i < same.length; i++) {
    if (!link(same[i - 1]!, same[i]!)) break;
    group.push(same[i]!);
  }
  for (let i = idx - 1; i >= 0; i--) {
    if (!link(same[i]!, same[i + 1]!)) break;
    group.unshift(same[i]!);
  }
  // the same place named twice is one location
  const seen = new Set<string>();
  return group.filter((p) => {
    const k = `${p.level}|${p.name}|${p.country}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The document's dominant place: the most often named locative place below country level (most specific on ties). */
export function dominantPlace(roles: PlaceRoles): PlaceMention | undefined {
  const counts = new Map<string, { n: number; p: PlaceMention }>();
  for (const p of roles.locative) {
    const k = `${p.level}|${p.name}|${p.country}`;
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { n: 1, p });
  }
  // a country is the dominant place only when nothing finer is named
  const all = [...counts.values()];
  const finer = all.filter((c) => c.p.level !== 'country');
  return (finer.length > 0 ? finer : all).sort((x, y) => y.n - x.n || SPECIFICITY[y.p.level] - SPECIFICITY[x.p.level] || x.p.cs - y.p.cs)[0]?.p;
}

export interface LocationContext {
  clause: Span;
  sentence: Span;
  paragraph: Span;
  trigger: Span;
  /** the other acts told in the same sentence: a place that one of them stands between is theirs */
  others?: readonly Span[];
}

/** Acts this close together are told as one ("a drone strike and shelling hit X") and share their place. */
const SHARED_GAP = 25;

/** Whether another act of the sentence stands between the trigger and the place (the place is that act's). */
function belongsToOther(p: PlaceMention, ctx: LocationContext): boolean {
  for (const o of ctx.others ?? []) {
    if (o.start === ctx.trigger.start) continue;
    const between = p.cs >= ctx.trigger.end ? o.start >= ctx.trigger.end && o.end <= p.cs : o.start >= p.ce && o.end <= ctx.trigger.start;
    if (!between) continue;
    const gap = o.start >= ctx.trigger.end ? o.start - ctx.trigger.end : ctx.trigger.start - o.end;
    if (gap > SHARED_GAP) return true;
  }
  return false;
}

/** The location(s) of one trigger. Empty when the document names no place at all. */
export function chooseLocations(
  a: Analysis,
  ctx: LocationContext,
  lex: CompiledLexicon,
  roles: PlaceRoles,
  dominant: PlaceMention | undefined,
): LocationChoice[] {
  const loc = roles.locative;
  // a place linked to another act of the same sentence is not borrowed
  const inSentence = within(loc, ctx.sentence).filter((p) => !belongsToOther(p, ctx));
  const inClause = within(loc, ctx.clause).filter((p) => !belongsToOther(p, ctx));
  // "a village 15 km north of X, in Y province": the reference point X says more than the province Y
  const refsInClause = within(roles.reference, ctx.clause);
  const clauseBest = best(inClause, ctx.trigger);
  const clauseRef = best(refsInClause, ctx.trigger);
  if (clauseRef && (!clauseBest || SPECIFICITY[clauseRef.level] > SPECIFICITY[clauseBest.level])) {
    return [{ place: clauseRef, tier: 'reference', rule: 'loc.reference-point' }];
  }
  const first = clauseBest;
  if (first) {
    return coordinated(a, first, inSentence, lex).map((p) => ({ place: p, tier: 'clause', rule: p === first ? 'loc.clause' : 'loc.coordinated' }));
  }
  const second = best(inSentence, ctx.trigger);
  if (second) {
    return coordinated(a, second, inSentence, lex).map((p) => ({ place: p, tier: 'sentence', rule: p === second ? 'loc.sentence' : 'loc.coordinated' }));
  }
  const refs = within(roles.reference, ctx.sentence);
  const ref = best(refs, ctx.trigger);
  if (ref) return [{ place: ref, tier: 'reference', rule: 'loc.reference-point' }];
  const remote = best(within(roles.remote, ctx.sentence), ctx.trigger);
  if (remote) return [{ place: remote, tier: 'reference', rule: 'loc.remote-reference' }];
  // paragraph: the most specific place before the sentence (nearest on ties), else the first after it
  // a paragraph's country ("the war against Ukraine") says too little: the document's dominant place says more
  const inPara = within(loc, ctx.paragraph).filter((p) => p.level !== 'country' || !dominant || dominant.country === p.country && dominant.level === 'country');
  const before = best(inPara.filter((p) => p.ce <= ctx.sentence.start), ctx.sentence);
  const after = inPara.filter((p) => p.cs >= ctx.sentence.end).sort((x, y) => x.cs - y.cs)[0];
  const para = before ?? after;
  // "in the village of X" where X is no known place: not the place told before, only its region
  if (unknownSettlement(a, ctx.clause, lex)) {
    const region = para ?? dominant;
    if (region && region.level !== 'country' && (region.level === 'admin1' || region.admin1 !== undefined)) {
      return [{ place: region, tier: 'unknown-settlement', rule: 'loc.unknown-settlement-admin1' }];
    }
  }
  if (para) return [{ place: para, tier: 'paragraph', rule: 'loc.paragraph' }];
  if (dominant) return [{ place: dominant, tier: 'document', rule: 'loc.document' }];
  const demonym = a.places.find((p) => p.kind === 'demonym');
  if (demonym) return [{ place: { ...demonym, level: 'country' }, tier: 'demonym', rule: 'loc.demonym-country' }];
  return [];
}

const NAME = /(?<name>\p{Lu}[\p{L}\p{M}'’-]*)/gu;

/**
 * Whether the clause names a settlement the places stage did not resolve: a
 * capitalised name right after a settlement qualifier of the language
 * ("the village of X") that overlaps no place mention.
 */
export function unknownSettlement(a: Analysis, clause: Span, lex: CompiledLexicon): boolean {
  const q = lex.settlementBefore;
  if (!q) return false;
  NAME.lastIndex = clause.start;
  for (let m = NAME.exec(a.text); m && m.index < clause.end; m = NAME.exec(a.text)) {
    const cs = m.index;
    const ce = cs + m[0].length;
    if (a.places.some((p) => p.cs < ce && cs < p.ce)) continue;
    if (q.test(a.text.slice(Math.max(clause.start, cs - LOOK), cs))) return true;
  }
  return false;
}

/** The output location object for a chosen place. */
export function toEventLocation(a: Analysis, c: LocationChoice): EventLocation {
  const p = c.place;
  if (c.tier === 'unknown-settlement') {
    // only the region of the context is known: no point, no span of its own
    const name = p.level === 'admin1' ? p.name : (p.admin1 ?? p.name);
    return { level: 'admin1', name, country: p.country, admin1: name, rule: c.rule, stated: false };
  }
  const country = c.tier === 'demonym';
  return {
    level: p.level,
    name: country ? p.country : p.name,
    country: p.country,
    ...(!country && p.admin1 !== undefined ? { admin1: p.admin1 } : {}),
    ...(!country && p.admin2 !== undefined ? { admin2: p.admin2 } : {}),
    ...(!country && p.lat !== undefined ? { lat: p.lat } : {}),
    ...(!country && p.lon !== undefined ? { lon: p.lon } : {}),
    ...(!country && p.geonameId !== undefined ? { geonameId: p.geonameId } : {}),
    ...(country ? {} : { span: outSpan(a, p.cs, p.ce) }),
    rule: c.rule,
    stated: c.tier === 'clause' || c.tier === 'sentence' || c.tier === 'reference',
  };
}
