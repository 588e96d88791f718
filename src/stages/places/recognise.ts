/**
 * Recognition: which word sequences of the cleaned text name a place.
 * Produces candidates with their gazetteer entries and the cues around them;
 * resolve.ts picks the entry.
 */
import type { Gazetteer, GeoEntry } from '../../gazetteer/types.js';
import { skeleton } from '../../gazetteer/skeleton.js';
import type { PlacesLexicon } from './lexicon.js';
import { PhraseSet } from './phrases.js';
import { prior, strong } from './resolve.js';
import { NOT_PLACES } from '../../gazetteer/not-places.js';
import { scanWords, spaceOnly, type Word } from './scan.js';
import { REGIONS, type NamedRegion } from '../../gazetteer/regions.js';
import { isFirstName } from '../../gazetteer/first-names.js';
import { partAt } from './parts.js';

export interface Cues {
  admin1: boolean;
  /** the division cue follows the name ("X region"): it also types a name coordinated before it */
  admin1Post: boolean;
  admin1Hint: boolean;
  place: boolean;
  near: boolean;
  locative: boolean;
  strongLocative?: boolean;
}

export interface Candidate {
  /** word range, inclusive */
  i: number;
  j: number;
  cs: number;
  ce: number;
  text: string;
  entries: GeoEntry[];
  /** skeleton key the entries were found under */
  key: string;
  cues: Cues;
  /** all letters upper-case (datelines: "KYIV") */
  upper: boolean;
  /** opens a line and is followed by a comma, a dash or a parenthesis: an agency dateline ("SEVERN, Md. (AP) —") */
  dateline?: boolean;
  /** a settlement the gazetteer lacks, typed by a settlement noun: it resolves to the division the text places it in */
  unknown?: boolean;
  /** a named part of a settlement (street, square, neighbourhood, airport): it takes the settlement's point */
  part?: boolean;
  /** opens a sentence */
  initial: boolean;
  /** found through the pack's own country or division names */
  alias: boolean;
  /** listed or coordinated with a country name ("Mali en Niger"): itself read as a country when it can be */
  withCountry?: boolean;
  /** index of a following candidate that may name this one's region or country ("X in the Y region", "X, Y") */
  parent?: number;
}

export interface Demonym {
  cs: number;
  ce: number;
  text: string;
  cc: string;
  /** the place or division an adjective is made from ("Charkivse" → Kharkiv) */
  entry?: GeoEntry;
}

/** A continent or multi-country region ("Europe", "the Sahel", "Midden-Oosten"). */
export interface RegionHit {
  cs: number;
  ce: number;
  text: string;
  region: NamedRegion;
}

export interface Recognised {
  candidates: Candidate[];
  demonyms: Demonym[];
  regions: RegionHit[];
}

const MAX_WORDS = 4;
const MEMO_MAX = 50_000;
/** Short lower-case words inside multi-word names the gazetteer knows ("Dar es Salaam", "Mocímboa da Praia"). */
const SHORT_LOWER = /^\p{Ll}{1,3}$/u;
/** A name behind a lower-case Arabic-style article: "al-Balah", "el-Fasher". */
const ARTICLE_NAME = /^\p{Ll}{1,3}[-‐'’]\p{Lu}/u;

/** `ARTICLE_NAME` tested only on words with a hyphen or an apostrophe near their start (few words have one). */
function articleName(word: string): boolean {
  // three lower-case letters take at most six UTF-16 units
  for (let k = Math.min(word.length, 7) - 1; k > 0; k--) {
    const c = word.charCodeAt(k);
    if (c === 45 || c === 0x2010 || c === 39 || c === 0x2019) return ARTICLE_NAME.test(word);
  }
  return false;
}

/** Compiled lexicon: sets and phrase matchers, built once per pack. */
export class PlacesMatcher {
  readonly stop: Set<string>;
  readonly orgHeads: Set<string>;
  readonly metonyms: PhraseSet;
  readonly regions: PhraseSet;
  /** region phrase (lower-case words joined by single spaces) → region */
  readonly regionOf: Map<string, NamedRegion>;
  /** country and division aliases written with dots ("U.S.", "W.Va."), longest first */
  readonly dotted: Map<number, Array<{ alias: string; cc?: string; admin1?: string }>>;
  readonly compassPrefixes: readonly string[];
  readonly speechVerbs: PhraseSet;
  /** one-word settlement nouns of the pack's place cues ("village", "dorp", "Dorf") */
  readonly settlementNouns: Set<string>;
  /** one-word locatives ("in", "near", "bei") */
  readonly locativeWords: Set<string>;
  /** English "a/an": only a small place's name after one is a common noun ("a Boston native" is Boston) */
  readonly nounMarkersWeakOnly: boolean;
  readonly personTitles: PhraseSet;
  /** one-word person titles, lower-case ("mayor", "archbishop") */
  readonly titleWords: Set<string>;
  readonly placeAdjectiveEndings: readonly string[];
  readonly admin1Before: PhraseSet;
  readonly admin1After: PhraseSet;
  readonly admin1Hints: PhraseSet;
  readonly placeBefore: PhraseSet;
  readonly placeAfter: PhraseSet;
  readonly nearBefore: PhraseSet;
  readonly locativeBefore: PhraseSet;
  readonly coordinators: Set<string>;
  readonly nameConnectors: Set<string>;
  readonly orgLocatives: Set<string>;
  readonly nameParticles: Set<string>;
  readonly nameParticlesWeak: Set<string>;
  readonly nounMarkers: Set<string>;
  readonly featureWords: Set<string>;
  readonly featureBefore: PhraseSet;
  readonly featureAfter: PhraseSet;
  readonly cueWords: Set<string>;
  readonly demonyms: Map<string, string>;
  readonly aliases: Map<string, string>;
  readonly nameWords: Map<string, string>;
  readonly admin1Aliases: Map<string, string>;
  readonly inflections: readonly string[];
  readonly compoundHeads: ReadonlySet<string>;
  /** names already translated (names recur within and across articles) */
  readonly #translated = new Map<string, string>();

  readonly lex: PlacesLexicon;

  constructor(lex: PlacesLexicon) {
    this.lex = lex;
    const low = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
    this.stop = low(lex.stopwords);
    this.orgHeads = low(lex.orgHeads);
    this.metonyms = new PhraseSet([...lex.metonyms, ...NOT_PLACES.map((n) => n.replace(/-/g, ' ')), ...NOT_PLACES]);
    this.regionOf = new Map();
    for (const [name, id] of Object.entries(lex.regions)) {
      const r = REGIONS[id];
      if (!r) throw new Error(`places lexicon: unknown region id ${id} for ${name}`);
      for (const v of name.includes('-') ? [name, name.replace(/-/g, ' ')] : [name]) this.regionOf.set(v.toLowerCase().split(/\s+/u).join(' '), r);
    }
    this.regions = new PhraseSet([...this.regionOf.keys()]);
    this.compassPrefixes = [...(lex.compassPrefixes ?? [])].sort((a, b) => b.length - a.length);
    this.speechVerbs = new PhraseSet(lex.speechVerbs ?? []);
    this.locativeWords = new Set(lex.locativeBefore.filter((p) => !p.includes(' ')).map((p) => p.toLowerCase()));
    this.settlementNouns = new Set([...lex.placeBefore, ...lex.placeAfter].filter((p) => !p.includes(' ')).map((p) => p.toLowerCase()));
    this.nounMarkersWeakOnly = lex.nounMarkersWeakOnly === true;
    this.personTitles = new PhraseSet(lex.personTitles);
    this.titleWords = new Set(lex.personTitles.filter((t) => !t.includes(' ')).map((t) => t.toLowerCase()));
    this.placeAdjectiveEndings = [...lex.placeAdjectiveEndings].sort((a, b) => b.length - a.length);
    this.admin1Before = new PhraseSet(lex.admin1Before);
    this.admin1After = new PhraseSet(lex.admin1After);
    this.admin1Hints = new PhraseSet(lex.admin1Hints);
    this.placeBefore = new PhraseSet(lex.placeBefore);
    this.placeAfter = new PhraseSet(lex.placeAfter);
    this.nearBefore = new PhraseSet(lex.nearBefore);
    this.locativeBefore = new PhraseSet(lex.locativeBefore);
    this.coordinators = low(lex.coordinators);
    this.nameConnectors = new Set(lex.nameConnectors);
    this.orgLocatives = new Set(lex.orgLocatives);
    this.nameParticles = new Set(lex.nameParticles);
    this.nameParticlesWeak = new Set(lex.nameParticlesWeak);
    this.nounMarkers = low(lex.nounMarkers);
    this.featureWords = new Set([...lex.featureBefore, ...lex.featureAfter].flatMap((p) => p.toLowerCase().split(/\s+/u)).filter((w) => w.length > 3));
    this.featureBefore = new PhraseSet(lex.featureBefore);
    this.featureAfter = new PhraseSet(lex.featureAfter);
    this.cueWords = new Set<string>();
    for (const list of [lex.admin1Before, lex.admin1After, lex.placeBefore, lex.placeAfter, lex.admin1Hints])
      for (const p of list) for (const w of p.toLowerCase().split(/\s+/u)) this.cueWords.add(w);
    this.demonyms = new Map();
    for (const [stem, cc] of Object.entries(lex.demonyms))
      for (const end of lex.demonymEndings) this.demonyms.set((stem + end).toLowerCase().replace(/_/g, '-'), cc);
    this.aliases = new Map(Object.entries(lex.countryAliases));
    this.admin1Aliases = new Map(Object.entries(lex.admin1Aliases).map(([k, v]) => [k.replace(/_/g, ' '), v]));
    this.dotted = new Map();
    const dotted = [
      ...[...this.aliases].filter(([k]) => k.includes('.')).map(([alias, cc]) => ({ alias, cc })),
      ...[...this.admin1Aliases].filter(([k]) => k.includes('.')).map(([alias, admin1]) => ({ alias, admin1 })),
    ].sort((a, b) => b.alias.length - a.alias.length);
    for (const d of dotted) {
      const list = this.dotted.get(d.alias.charCodeAt(0)) ?? [];
      list.push(d);
      this.dotted.set(d.alias.charCodeAt(0), list);
    }
    this.nameWords = new Map(Object.entries(lex.nameWords).map(([k, v]) => [k.toLowerCase(), v]));
    this.inflections = [...lex.inflections].sort((a, b) => b.length - a.length);
    this.compoundHeads = low(lex.compoundHeads ?? []);
  }

  demonymOf(word: string): string | undefined {
    return this.demonymOfLower(word.toLowerCase());
  }

  /** `demonymOf` of a word already lower-cased. */
  demonymOfLower(l: string): string | undefined {
    const direct = this.demonyms.get(l);
    if (direct) return direct;
    const dash = lastHyphen(l);
    return dash > 0 ? this.demonyms.get(l.slice(dash + 1)) : undefined;
  }

  /** Replace generic name words by their English equivalents ("Noord-Kivu" → "North-Kivu"). */
  translate(name: string): string {
    let t = this.#translated.get(name);
    if (t === undefined) {
      t = name.replace(/\p{L}+/gu, (w) => this.nameWords.get(w.toLowerCase()) ?? w);
      if (this.#translated.size >= MEMO_MAX) this.#translated.clear();
      this.#translated.set(name, t);
    }
    return t;
  }
}

/** `word.lastIndexOf('-')` by a loop over the (short) word, which V8 runs much faster on every word of a text. */
function lastHyphen(word: string): number {
  for (let k = word.length - 1; k >= 0; k--) if (word.charCodeAt(k) === 45) return k;
  return -1;
}

const matchers = new WeakMap<PlacesLexicon, PlacesMatcher>();

export function matcherFor(lex: PlacesLexicon): PlacesMatcher {
  let m = matchers.get(lex);
  if (!m) {
    m = new PlacesMatcher(lex);
    matchers.set(lex, m);
  }
  return m;
}

function topPrior(es: readonly GeoEntry[]): number {
  let t = -Infinity;
  for (const e of es) t = Math.max(t, prior(e));
  return t;
}

/** Entries for a name: as written, with generic words translated, or without an inflection ending. */
export function lookupName(g: Gazetteer, m: PlacesMatcher, name: string): { entries: GeoEntry[]; key: string } {
  let found: { entries: GeoEntry[]; key: string } = { entries: [], key: '' };
  const tries = [name];
  const tr = m.translate(name);
  if (tr !== name) tries.push(tr);
  for (const t of tries) {
    const key = skeleton(t);
    if (key.length < 3) continue;
    const es = g.lookup(key);
    if (es.length > 0) {
      found = { entries: [...es], key };
      break;
    }
  }
  // an inflected form ("Malis", "Kiews") may also be a small place's own name: keep the likelier reading
  for (const suf of m.inflections) {
    if (name.length - suf.length < 3 || !name.endsWith(suf)) continue;
    const key = skeleton(name.slice(0, -suf.length));
    const es = g.lookup(key);
    if (es.length > 0 && topPrior(es) > topPrior(found.entries) + 20) return { entries: [...es], key };
  }
  return found;
}

/**
 * An adjective made from a well-known place or division name ("Charkivse",
 * "Kursker"): the word is not itself a name, and without its ending it is.
 */
function placeAdjective(g: Gazetteer, m: PlacesMatcher, word: string): GeoEntry | undefined {
  for (const end of m.placeAdjectiveEndings) {
    if (word.length - end.length < 4 || !word.endsWith(end)) continue;
    if (g.lookup(skeleton(word)).length > 0) return undefined;
    const es = g.lookup(skeleton(word.slice(0, -end.length))).filter((e) => e.type !== 'country' && strong(e));
    if (es.length === 0) continue;
    let best = es[0]!;
    for (const e of es) if (prior(e) > prior(best)) best = e;
    return best;
  }
  return undefined;
}

/**
 * The maximal run of capitalised words around words[i..j], across short
 * connectors ("of the"). With `seat`, an organisation's seat connector ("in")
 * is crossed after a head noun: "Islamic Resistance in Iraq" names a group
 * when the name after it is a country or region (a city there is the seat).
 */
function capitalRun(text: string, words: readonly Word[], i: number, j: number, m: PlacesMatcher, seat = false): [number, number] {
  let a = i;
  for (;;) {
    const p = words[a - 1];
    if (p && p.cap && spaceOnly(text, p.e, words[a]!.s)) {
      a--;
      continue;
    }
    let crossed = false;
    for (let n = 1; n <= 2; n++) {
      // words[a - n .. a - 1] between two capitalised words
      const cap = words[a - 1 - n];
      if (!cap || !cap.cap || !joinedWords(text, words, a - 1 - n, a)) continue;
      const headNear = isHead(m, cap) || isHead(m, words[a - 2 - n]) || isHead(m, words[a - 3 - n]);
      if (bridges(words, a - n, a - 1, m, seat && headNear)) {
        a -= n + 1;
        crossed = true;
        break;
      }
    }
    if (!crossed) break;
  }
  let b = j;
  for (;;) {
    const n1 = words[b + 1];
    if (n1 && n1.cap && spaceOnly(text, words[b]!.e, n1.s)) {
      b++;
      continue;
    }
    let crossed = false;
    for (let n = 1; n <= 2; n++) {
      // words[b + 1 .. b + n] between two capitalised words
      const cap = words[b + 1 + n];
      if (!cap || !cap.cap || !joinedWords(text, words, b, b + 1 + n)) continue;
      let headNear = false;
      for (let k = Math.max(a, b - 2); k <= b; k++) if (isHead(m, words[k])) headNear = true;
      if (bridges(words, b + 1, b + n, m, seat && headNear)) {
        b += n + 1;
        crossed = true;
        break;
      }
    }
    if (!crossed) break;
  }
  return [a, b];
}

function isHead(m: PlacesMatcher, w: Word | undefined): boolean {
  return w !== undefined && m.orgHeads.has(w.low);
}

/** Only spaces between each of words[from..to] and the next. */
function joinedWords(text: string, words: readonly Word[], from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++) if (!spaceOnly(text, words[k - 1]!.e, words[k]!.s)) return false;
  return true;
}

/**
 * Lower-case words[from..to] between two capitalised ones keep them in one name: "of", "of the", "in der"
 * (an organisation's seat connector, `seat`, after a head noun).
 */
function bridges(words: readonly Word[], from: number, to: number, m: PlacesMatcher, seat: boolean): boolean {
  for (let k = from; k <= to; k++) {
    const w = words[k]!;
    if (w.cap || !(m.nameConnectors.has(w.text) || (seat && m.orgLocatives.has(w.text)))) return false;
  }
  return true;
}

/**
 * Whether the name words[i..j] is part of a longer proper name: an
 * organisation (a head noun such as "University" in the run) or a person
 * ("Paris Hilton": another capitalised word that is no cue, no stop word and
 * no demonym stands next to it).
 */
function insideOrganisation(
  text: string,
  words: readonly Word[],
  i: number,
  j: number,
  m: PlacesMatcher,
  entries: readonly GeoEntry[],
  placeWords?: ReadonlySet<number>,
  g?: Gazetteer,
): boolean {
  const regional = entries.some((e) => e.type === 'country' || e.type === 'admin1');
  // in a headline in title case every word is capitalised: only the words right next to the name count
  const [a, b] = titleCaseLine(text, words, i) ? [Math.max(0, i - 1), Math.min(words.length - 1, j + 1)] : capitalRun(text, words, i, j, m, regional);
  for (let k = a; k <= b; k++) {
    // words of a place name already read ("United States and China") are no organisation heads
    if ((k >= i && k <= j) || placeWords?.has(k)) continue;
    const w = words[k]!;
    const l = w.low;
    // nor is the first word of a country's name after it ("Morocco and the United States")
    if (g && m.orgHeads.has(l) && k > j && startsCountry(text, words, k, g, m)) continue;
    if (m.orgHeads.has(l)) return true;
    for (const part of l.split(/[-‐]/u)) if (m.orgHeads.has(part)) return true;
  }
  return false;
}

function insideOtherName(
  text: string,
  words: readonly Word[],
  i: number,
  j: number,
  m: PlacesMatcher,
  g: Gazetteer,
  entries: readonly GeoEntry[],
  placeWords: ReadonlySet<number>,
): boolean {
  if (insideOrganisation(text, words, i, j, m, entries, placeWords, g)) return true;
  // a country or division (or a district written out: "Montgomery County") is read as a name part only
  // next to a given name ("Chad Smith", "Jack Georgia")
  const key = skeleton(text.slice(words[i]!.s, words[j]!.e));
  const regional = entries.some((e) => e.type === 'country' || e.type === 'admin1' || (e.type === 'admin2' && e.name.includes(' ') && skeleton(e.name) === key));
  const given = (w: Word | undefined, before: boolean): boolean =>
    w !== undefined && w.cap && !w.upper && (before ? spaceOnly(text, w.e, words[i]!.s) : spaceOnly(text, words[j]!.e, w.s)) && isFirstName(w.low);
  if (regional) {
    if (given(words[i - 1], true)) return true;
    const next = words[j + 1];
    return i === j && isFirstName(words[i]!.low) && next !== undefined && next.cap && !next.upper && spaceOnly(text, words[j]!.e, next.s) && !m.stop.has(next.low) && !m.cueWords.has(next.low);
  }
  // a surname after particles: "Ursula von der Leyen"
  let p = i - 1;
  let strongParticle = false;
  while (p >= 0 && i - p <= 2 && spaceOnly(text, words[p]!.e, words[p + 1]!.s)) {
    const t = words[p]!.text;
    if (m.nameParticles.has(t)) strongParticle = true;
    else if (!m.nameParticlesWeak.has(t)) break;
    p--;
  }
  const first = words[p];
  const isCountry = entries.some((e) => e.type === 'country');
  if (strongParticle && !isCountry && first && first.cap && spaceOnly(text, first.e, words[p + 1]!.s)) {
    const l = first.low;
    if (!m.stop.has(l) && !m.cueWords.has(l) && !m.demonymOfLower(first.low) && !first.upper) return true;
  }
  // person or other name: an adjacent capitalised word that is not a cue, stop word, demonym or place
  const neighbours = [words[i - 1], words[j + 1]];
  // a name in capitals (a dateline: "LONDON Pope Francis …") is no part of a person's name, nor is a
  // name in a headline whose every word is capitalised
  if (words.slice(i, j + 1).every((x) => x.upper) || titleCaseLine(text, words, i)) return false;
  for (const [idx, w] of neighbours.entries()) {
    if (!w || !w.cap || w.upper) continue; // acronyms are no person names
    const inRun = idx === 0 ? spaceOnly(text, w.e, words[i]!.s) : spaceOnly(text, words[j]!.e, w.s);
    if (!inRun) continue;
    const l = w.low;
    if (m.stop.has(l) || m.cueWords.has(l) || m.demonymOfLower(w.low) || m.orgHeads.has(l)) continue;
    // a title after the name is the office of the place ("Manila Archbishop X", "Kherson Governor X")
    if (idx === 1 && m.titleWords.has(l)) continue;
    // a word capitalised because it opens the sentence, before a well-known name ("Overnight Russia")
    if (idx === 0 && w.initial && entries.some(strong) && !isFirstName(l)) continue;
    // a common noun after an article ("im Zentrum Malis")
    const wi = idx === 0 ? i - 1 : j + 1;
    const before = words[wi - 1];
    if (before && m.nounMarkers.has(before.low) && spaceOnly(text, before.e, w.s)) continue;
    // two well-known names side by side ("Sudan Khartoum" in a heading) stay places; "Paris Hilton" does not
    const own = (es: readonly GeoEntry[], name: string): boolean => es.some((e) => strong(e) && (e.type !== 'place' || e.key === skeleton(name)));
    if (!w.upper && own(entries, text.slice(words[i]!.s, words[j]!.e)) && own(lookupName(g, m, w.text).entries, w.text)) continue;
    return true;
  }
  return false;
}

function cuesAt(text: string, words: readonly Word[], i: number, j: number, m: PlacesMatcher): Cues {
  return {
    admin1: m.admin1Before.before(text, words, i) > 0 || m.admin1After.after(text, words, j) > 0,
    admin1Post: m.admin1After.after(text, words, j) > 0,
    admin1Hint: m.admin1Hints.before(text, words, i) > 0,
    place: m.placeBefore.before(text, words, i) > 0 || m.placeAfter.after(text, words, j) > 0,
    near: m.nearBefore.before(text, words, i) > 0,
    locative: m.locativeBefore.before(text, words, i) > 0 || m.placeBefore.before(text, words, i) > 0 || m.admin1Before.before(text, words, i) > 0,
    // a locative word that does not also join the parts of a name ("in Geneva", not "van Khan", "of Chen")
    strongLocative: m.locativeBefore.before(text, words, i) > 0 && !(i > 0 && (m.nameConnectors.has(words[i - 1]!.low) || m.nameParticlesWeak.has(words[i - 1]!.low))),
  };
}

/** The well-known names inside a hyphenated word that is no name itself ("Amsterdam-London"). */
function hyphenParts(text: string, g: Gazetteer, m: PlacesMatcher, w: Word): Array<{ s: number; e: number; text: string; entries: GeoEntry[]; key: string }> {
  const out: Array<{ s: number; e: number; text: string; entries: GeoEntry[]; key: string }> = [];
  if (!/[-‐]/u.test(w.text)) return out;
  let at = w.s;
  // every part is a well-known name ("Amsterdam-London"); "Niger-Binnendelta", "Minsk-akkoorden" are other words
  for (const part of w.text.split(/[-‐]/u)) {
    const s = at;
    at += part.length + 1;
    if (part.length < 3 || !/^\p{Lu}/u.test(part) || m.stop.has(part.toLowerCase())) return [];
    const { entries, key } = lookupName(g, m, part);
    if (!entries.some(strong)) return [];
    out.push({ s, e: s + part.length, text: text.slice(s, s + part.length), entries, key });
  }
  return out;
}

/**
 * The words between a name and the next one place the first in the second: a comma, a parenthesis
 * or a locative word (after at most one other word: "X lies in"), then at most a few lower-case words
 * ("X, Y", "X (Y)", "X in the Y region", "X, in Y district"); not "X's concern over the Y" or "X and Y".
 */
function linksParent(gap: string, m: PlacesMatcher): boolean {
  const t = gap.trim().toLowerCase();
  if (t === '' || /[\p{Lu}\p{N}'’]/u.test(gap)) return t === '';
  const first = /^[,(]/u.test(t) ? t.replace(/^[,(]\s*/u, '') : t;
  const words = first.split(/\s+/u).filter(Boolean);
  if (words.length === 0) return true;
  // "X, Y", "X (Y)", "X in the Y region", "X lies in the Y province"
  // (after a comma, other words need a locative word or a settlement noun: "X, a village in Y", not "X, were diverted to Y")
  const placing = words.slice(0, 2).some((w) => m.locativeWords.has(w)) || words.some((w) => m.settlementNouns.has(w));
  return (/^[,(]/u.test(t) && words.length <= 3 && placing) || (words.slice(0, 2).some((w) => m.locativeWords.has(w)) && words.length <= 5);
}

/**
 * A candidate read by a rule other than the gazetteer lookup of the main loop (a region, a dotted
 * abbreviation, a hyphen part, a settlement the gazetteer lacks): the span cs..ce over words i..j.
 */
function known(
  text: string,
  words: readonly Word[],
  m: PlacesMatcher,
  i: number,
  j: number,
  cs: number,
  ce: number,
  entries: GeoEntry[],
  how: { alias: boolean; unknown?: true; part?: true },
  key?: string,
): Candidate {
  const t = text.slice(cs, ce);
  return { i, j, cs, ce, text: t, entries, key: key ?? skeleton(t), cues: cuesAt(text, words, i, j, m), upper: false, initial: words[i]!.initial, ...how };
}

/** A name opening a line, followed by a comma, a dash or an opening parenthesis: a dateline. */
function datelineAt(text: string, first: Word, last: Word): boolean {
  // only spaces (or an opening parenthesis) between the line start and the name
  for (let k = first.s - 1; k >= 0 && text[k] !== '\n'; k--) if (text[k] !== ' ' && text[k] !== '\t' && text[k] !== '(') return false;
  return /^\s*(?:,|[-–—]|\(|\))/u.test(text.slice(last.e, last.e + 3));
}

/** words[k] opens a two- or three-word country name ("United States", "United Arab Emirates"). */
function startsCountry(text: string, words: readonly Word[], k: number, g: Gazetteer, m: PlacesMatcher): boolean {
  for (const n of [2, 3]) {
    const last = words[k + n - 1];
    if (!last || !last.cap) continue;
    if (lookupName(g, m, text.slice(words[k]!.s, last.e)).entries.some((e) => e.type === 'country')) return true;
  }
  return false;
}

/** The line of words[i] capitalises (nearly) every word of four letters or more: a headline in title case. */
function titleCaseLine(text: string, words: readonly Word[], i: number): boolean {
  const ls = linesOf(text, words);
  const from = ls.start[i]!;
  const known = ls.titleCase.get(from);
  if (known !== undefined) return known;
  const v = titleCaseOf(text, words, i, from);
  ls.titleCase.set(from, v);
  return v;
}

/** Per scanned text: where the line of each word starts, and which lines (by their start) are headlines in title case. */
interface Lines {
  start: number[];
  titleCase: Map<number, boolean>;
}

const lines = new WeakMap<readonly Word[], Lines>();

function linesOf(text: string, words: readonly Word[]): Lines {
  let ls = lines.get(words);
  if (!ls) {
    const start: number[] = [];
    let from = 0;
    let nl = text.indexOf('\n');
    for (let k = 0; k < words.length; k++) {
      while (nl >= 0 && nl < words[k]!.s) {
        from = nl + 1;
        nl = text.indexOf('\n', from);
      }
      start.push(from);
    }
    lines.set(words, (ls = { start, titleCase: new Map() }));
  }
  return ls;
}

function titleCaseOf(text: string, words: readonly Word[], i: number, from: number): boolean {
  let to = text.indexOf('\n', words[i]!.e);
  if (to < 0) to = text.length;
  let long = 0;
  let caps = 0;
  for (let k = i; k >= 0 && words[k]!.s >= from; k--) if (words[k]!.text.length >= 4) (long++, words[k]!.cap && caps++);
  for (let k = i + 1; k < words.length && words[k]!.e <= to; k++) if (words[k]!.text.length >= 4) (long++, words[k]!.cap && caps++);
  return long >= 4 && caps >= long - 1;
}

/** A capitalised name with a settlement noun in apposition ("X, een dorp in …", "X, a village in …"). */
function settlementApposition(text: string, at: number, m: PlacesMatcher): boolean {
  const mt = /^,\s+(?:\p{Ll}+\s+)?(\p{Ll}+)/u.exec(text.slice(at, at + 40));
  return mt !== null && m.settlementNouns.has(mt[1]!);
}

/** Abbreviations that open a place name ("St. Louis", "Ft. Worth", "Mt. Vernon"). */
const NAME_ABBREVIATIONS = new Set(['St', 'Ste', 'Ft', 'Mt', 'Pt']);

/** "St. Louis": an abbreviation, its dot and a space between two words of one name. */
function abbreviated(text: string, a: Word, b: Word): boolean {
  return NAME_ABBREVIATIONS.has(a.text) && text[a.e] === '.' && spaceOnly(text, a.e + 1, b.s);
}

/** A dotted abbreviation at words[i] ("U.S.", "D.C.", "Calif."): its entry and last word. */
function dottedAt(text: string, words: readonly Word[], i: number, g: Gazetteer, m: PlacesMatcher): { j: number; entry: GeoEntry; len: number } | undefined {
  const w = words[i]!;
  for (const d of m.dotted.get(w.text.charCodeAt(0)) ?? []) {
    if (!text.startsWith(d.alias, w.s)) continue;
    const end = w.s + d.alias.length;
    // a whole token: no letter right after ("U.S.-led" is fine, "U.S.A" is another alias)
    if (/\p{L}/u.test(text[end] ?? '')) continue;
    // a one-word abbreviation ("Calif.", "Pa.") only after a town and a comma: "Fresno, Calif."
    if (d.alias.indexOf('.') === d.alias.length - 1 && !/,\s*$/u.test(text.slice(Math.max(0, w.s - 3), w.s))) continue;
    const entry = d.cc ? g.country(d.cc) : d.admin1 ? g.admin1(d.admin1.slice(0, 2), d.admin1.slice(3)) : undefined;
    if (!entry) continue;
    let j = i;
    while (j + 1 < words.length && words[j + 1]!.e <= end) j++;
    return { j, entry, len: d.alias.length };
  }
  return undefined;
}

/** A country written together with a compass prefix ("Ostukraine", "Noord-Nigeria"). */
function compassCountry(g: Gazetteer, m: PlacesMatcher, w: Word): GeoEntry | undefined {
  for (const p of m.compassPrefixes) {
    if (!w.low.startsWith(p) || w.text.length - p.length < 4) continue;
    const rest = w.text.slice(p.length).replace(/^[-‐]/u, '');
    const name = rest.charAt(0).toUpperCase() + rest.slice(1);
    const country = lookupName(g, m, name).entries.find((e) => e.type === 'country') ?? (m.aliases.get(name) ? g.country(m.aliases.get(name)!) : undefined);
    if (country) return country;
  }
  return undefined;
}

export function recognise(text: string, g: Gazetteer, m: PlacesMatcher): Recognised {
  const words = scanWords(text, m.compoundHeads);
  const candidates: Candidate[] = [];
  const demonyms: Demonym[] = [];
  const regions: RegionHit[] = [];
  /** words seen inside person names: a later bare "Gladkov" is the same person */
  const personWords = new Set<string>();
  /** surnames read after a given name ("Ash Sutton"): a later bare "Sutton" is that person, unless a locative word says otherwise */
  const surnames = new Set<string>();
  /** indices of the words of the place names read so far */
  const placeWords = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const met = m.metonyms.at(text, words, i);
    if (met > 0) {
      i += met - 1;
      continue;
    }
    // a wider region ("the Sahel", "Oost-Europa"), unless typed as a division ("the Sahel region")
    const reg = w.cap ? m.regions.at(text, words, i) : 0;
    const regionAt = reg > 0 ? (m.regionOf.get(words.slice(i, i + reg).map((x) => x.low).join(' ')) ?? m.regionOf.get(text.slice(w.s, words[i + reg - 1]!.e).toLowerCase())) : undefined;
    const divisionCue = reg > 0 && (m.admin1After.after(text, words, i + reg - 1) > 0 || m.admin1Before.before(text, words, i) > 0);
    if (regionAt && (!divisionCue || regionAt.level === 'country' || regionAt.level === 'admin1')) {
      const last = words[i + reg - 1]!;
      const region = regionAt;
      const cased = words.slice(i, i + reg).every((x) => x.cap || m.nameConnectors.has(x.text));
      if (region && cased && !insideOrganisation(text, words, i, i + reg - 1, m, [])) {
        const code = region.code ?? '';
        const entry = region.level === 'country' ? g.country(code) : region.level === 'admin1' ? g.admin1(code.slice(0, 2), code.slice(3)) : undefined;
        const cs = w.s;
        const ce = last.e;
        if (entry)
          candidates.push(known(text, words, m, i, i + reg - 1, cs, ce, [entry], { alias: true }));
        else if (region.level === 'region') regions.push({ cs, ce, text: text.slice(cs, ce), region });
      }
      i += reg - 1;
      continue;
    }
    // country and division abbreviations with dots: "U.S.", "W.Va.", "D.C."
    const dot = w.cap ? dottedAt(text, words, i, g, m) : undefined;
    if (dot) {
      const ce = w.s + dot.len - (text[w.s + dot.len - 1] === '.' ? 1 : 0);
      candidates.push(known(text, words, m, i, dot.j, w.s, ce, [dot.entry], { alias: true }));
      i = dot.j;
      continue;
    }
    const dem = m.demonymOfLower(w.low);
    // a demonym opening a longer country or division name is that name: "Saudi Arabia", "Central African Republic"
    const next = words[i + 1];
    const opensName =
      dem !== undefined &&
      next !== undefined &&
      next.cap &&
      spaceOnly(text, w.e, next.s) &&
      lookupName(g, m, text.slice(w.s, next.e)).entries.some((e) => e.type === 'country' || e.type === 'admin1');
    if (dem && !opensName) {
      demonyms.push({ cs: w.s, ce: w.e, text: w.text, cc: dem });
      continue;
    }
    if (!w.cap && !articleName(w.text)) continue;
    // a named part of a settlement: "Chassad Avenue", "the Ain Zara area", "im Viertel Vieux-Pont"
    const part = partAt(text, words, i, m.lex, m.stop);
    // (a cue noun before a well-known name is no part's: "im Regierungsviertel Kiews")
    const partEntries = part ? lookupName(g, m, text.slice(w.s, words[part.j]!.e)).entries : [];
    if (part && (part.cued ? !partEntries.some(strong) : partEntries.length === 0)) {
      for (let k = i; k <= part.j; k++) placeWords.add(k);
      candidates.push(known(text, words, m, i, part.j, w.s, words[part.j]!.e, [], { alias: false, part: true }));
      i = part.j;
      continue;
    }
    const adj = placeAdjective(g, m, w.text);
    if (adj) {
      demonyms.push({ cs: w.s, ce: w.e, text: w.text, cc: adj.cc, entry: adj });
      continue;
    }
    // case-sensitive country aliases ("VS", "DR Congo")
    let found: { j: number; entries: GeoEntry[]; key: string; alias?: boolean } | undefined;
    for (let n = Math.min(MAX_WORDS, words.length - i); n >= 1 && !found; n--) {
      const last = words[i + n - 1]!;
      if (!last.cap && !articleName(last.text)) continue;
      let ok = true;
      for (let k = i + 1; k < i + n; k++) {
        const wk = words[k]!;
        if (!(spaceOnly(text, words[k - 1]!.e, wk.s) || abbreviated(text, words[k - 1]!, wk)) || !(wk.cap || articleName(wk.text) || ((m.nameConnectors.has(wk.text) || SHORT_LOWER.test(wk.text)) && k < i + n - 1))) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      const name = text.slice(w.s, last.e);
      const stem = m.inflections.find((s) => name.endsWith(s) && name.length - s.length >= 3);
      const bare = stem ? name.slice(0, -stem.length) : name;
      const alias = m.aliases.get(name) ?? (bare !== name ? m.aliases.get(bare) : undefined);
      const aliasEntry = alias ? g.country(alias) : undefined;
      const region = m.admin1Aliases.get(name) ?? (bare !== name ? m.admin1Aliases.get(bare) : undefined);
      const regionEntry = region ? g.admin1(region.slice(0, 2), region.slice(3)) : undefined;
      const known = aliasEntry ?? regionEntry;
      if (known) {
        found = { j: i + n - 1, entries: [known], key: skeleton(name), alias: true };
        break;
      }
      if (n === 1) {
        const lw = w.low;
        if (m.stop.has(lw) || m.orgHeads.has(lw) || m.featureWords.has(lw)) break;
        if (w.upper && w.text.length < 4) break;
      }
      const { entries, key } = lookupName(g, m, name);
      // "New …" opening a sentence: only a well-known name ("New York police said …")
      if (n > 1 && words[i]!.initial && m.stop.has(words[i]!.low) && !entries.some(strong)) continue;
      if (entries.length > 0) found = { j: i + n - 1, entries, key };
      else if (n === 1) {
        const country = compassCountry(g, m, w);
        if (country) found = { j: i, entries: [country], key: skeleton(name), alias: true };
      }
    }
    if (!found && w.cap && !w.upper && !m.stop.has(w.low)) {
      // a settlement the gazetteer lacks, typed by a settlement noun: "het dorp X", "the village of X", "X, a village in …"
      let j = i;
      while (j + 1 < words.length && j - i < 2 && words[j + 1]!.cap && spaceOnly(text, words[j]!.e, words[j + 1]!.s)) j++;
      if (!isFirstName(w.low) && (m.placeBefore.before(text, words, i) > 0 || (text.charCodeAt(words[j]!.e) === 44 /* , */ && settlementApposition(text, words[j]!.e, m)))) {
        for (let k = i; k <= j; k++) placeWords.add(k);
        candidates.push(known(text, words, m, i, j, w.s, words[j]!.e, [], { alias: false, unknown: true }));
        i = j;
        continue;
      }
    }
    if (!found) {
      // names joined by a hyphen: "Amsterdam-London", "Nelson-Creston", "Nigeria-Ukrainian"
      if (w.cap && !w.compound) for (const part of hyphenParts(text, g, m, w)) {
        placeWords.add(i);
        candidates.push(known(text, words, m, i, i, part.s, part.e, part.entries, { alias: false }, part.key));
      }
      continue;
    }
    const j = found.j;
    // a common noun after an article ("im Norden"), a river ("rivier de Oskil"), a longer name;
    // the article before a compound ("der Gaza-Konflikt") belongs to its head noun
    const marker = words[i - 1];
    const nounMarked =
      marker !== undefined &&
      !words[j]!.compound &&
      m.nounMarkers.has(marker.low) &&
      spaceOnly(text, marker.e, words[i]!.s) &&
      !found.alias &&
      !found.entries.some((e) => e.type === 'country' || (m.nounMarkersWeakOnly && strong(e)));
    const feature = m.featureBefore.before(text, words, i) > 0 || m.featureAfter.after(text, words, j) > 0;
    const cues = cuesAt(text, words, i, j, m);
    const typed = m.admin1Before.before(text, words, i) > 0 || m.placeBefore.before(text, words, i) > 0;
    const wellKnown = found.entries.some(strong);
    const titled = m.personTitles.before(text, words, i) > 0 && !found.entries.some((e) => e.type === 'country');
    const knownPerson =
      i === j &&
      ((personWords.has(words[i]!.text) && !found.entries.some((e) => strong(e) && (e.type !== 'place' || e.key === found.key))) ||
        (surnames.has(words[i]!.text) && !typed && !found.alias && !cuesAt(text, words, i, j, m).strongLocative && !found.entries.some((e) => e.type === 'country' || e.type === 'admin1')));
    if (nounMarked || feature || titled || knownPerson) {
      i = j;
      continue;
    }
    // a dateline is where the story was filed: as good as "in X"
    const dateline = datelineAt(text, words[i]!, words[j]!);
    if (dateline) cues.locative = true;
    // a given name on its own ("Mary", "Tyler") or a small place's name said by someone ("Nelson said") is a person
    const knownByName = found.entries.some((e) => strong(e) && (e.type !== 'place' || e.key === found.key));
    const personal =
      !knownByName &&
      !typed &&
      !cues.locative &&
      !cues.place &&
      ((i === j && isFirstName(words[i]!.low)) || m.speechVerbs.after(text, words, j) > 0 || m.speechVerbs.before(text, words, i) > 0);
    if (personal) {
      personWords.add(words[i]!.text);
      i = j;
      continue;
    }
    if (typed ? insideOrganisation(text, words, i, j, m, found.entries, placeWords, g) : insideOtherName(text, words, i, j, m, g, found.entries, placeWords)) {
      const [a, b] = capitalRun(text, words, i, j, m);
      for (let k = a; k <= b; k++) if (words[k]!.cap) personWords.add(words[k]!.text);
      // "Ash Sutton": a given name and the name after it
      if (i === j && a === i - 1 && b === j && isFirstName(words[a]!.low)) surnames.add(words[i]!.text);
      i = j;
      continue;
    }
    const first = words[i]!;
    const last = words[j]!;
    for (let k = i; k <= j; k++) placeWords.add(k);
    candidates.push({
      i,
      j,
      cs: first.s,
      ce: last.e,
      text: text.slice(first.s, last.e),
      entries: found.entries,
      key: found.key,
      cues,
      upper: words.slice(i, j + 1).every((x) => x.upper),
      dateline: dateline,
      initial: first.initial,
      alias: found.alias === true,
    });
    i = j;
  }
  // "X in (the) Y region", "X, Y", "X (Y)": the next name may be X's region or country
  for (let c = 0; c + 1 < candidates.length; c++) {
    const cur = candidates[c]!;
    const next = candidates[c + 1]!;
    const gap = text.slice(cur.ce, next.cs);
    if (gap.length <= 30 && !/[.!?;:\n]/u.test(gap) && next.j - cur.j <= 6 && linksParent(gap, m)) cur.parent = c + 1;
  }
  // coordinated names share the level cue of the first: "boven Koersk en Brjansk"
  for (let c = 1; c < candidates.length; c++) {
    const prev = candidates[c - 1]!;
    const cur = candidates[c]!;
    if (cur.i === prev.j + 1) {
      // a list: "regio's Belgorod, Koersk en Orjol"
      if (!/^,\s*$/u.test(text.slice(prev.ce, cur.cs))) continue;
    } else {
      if (cur.i !== prev.j + 2) continue;
      const mid = words[prev.j + 1]!;
      if (!m.coordinators.has(mid.low)) continue;
      if (!spaceOnly(text, words[prev.j]!.e, mid.s) || !spaceOnly(text, mid.e, words[cur.i]!.s)) continue;
    }
    const namesCountry = (x: Candidate): boolean => x.entries.some((e) => e.type === 'country');
    if (namesCountry(prev)) cur.withCountry = true;
    if (namesCountry(cur)) prev.withCountry = true;
    if (cur.cues.admin1Post && cur.i === prev.j + 2) prev.cues.admin1 = true; // "the Mykolaiv and Odesa regions"
    cur.cues.admin1 ||= prev.cues.admin1 && !prev.cues.admin1Post;
    cur.cues.admin1Hint ||= prev.cues.admin1Hint;
    cur.cues.place ||= prev.cues.place;
    cur.cues.locative ||= prev.cues.locative;
  }
  return { candidates, demonyms, regions };
}
