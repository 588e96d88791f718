/**
 * Filter values as people write them, resolved to what the store holds: countries by name or ISO code,
 * ACLED types and sub-types (case-insensitive), calendar dates, admin1 names in their common forms
 * ("Kharkiv Oblast" = "Kharkiv"), actors by canonical name, alias/acronym ("RSF") or country ("russia").
 * Shared by the HTTP API and the CLI; no store access here (the candidates are passed in).
 */
import countries from 'i18n-iso-countries';
import { ACLED_TAXONOMY } from '../core/acled.js';
import { DICTIONARY } from '../stages/actors/dictionary.js';

export { isCalendarDate } from '../cli/errors.js';

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`ʼ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const LANGS = ['en', 'nl', 'de', 'fr', 'es'];

/** ISO 3166-1 alpha-2 for a code (alpha-2/alpha-3) or a country name in English, Dutch, German, French or Spanish; null when unknown. */
export function resolveCountry(input: string): string | null {
  const s = input.trim();
  if (/^[A-Za-z]{2}$/.test(s)) return countries.isValid(s.toUpperCase()) ? s.toUpperCase() : null;
  if (/^[A-Za-z]{3}$/.test(s)) {
    const a2 = countries.alpha3ToAlpha2(s.toUpperCase());
    if (a2) return a2;
  }
  for (const lang of LANGS) {
    const a2 = countries.getAlpha2Code(s, lang) ?? countries.getSimpleAlpha2Code(s, lang);
    if (a2) return a2;
  }
  const f = fold(s);
  for (const lang of LANGS) {
    for (const [code, names] of Object.entries(countries.getNames(lang, { select: 'all' }) as Record<string, string[]>)) {
      if (names.some((n) => fold(n) === f)) return code;
    }
  }
  return null;
}

const TYPES = Object.keys(ACLED_TAXONOMY);
const SUB_TYPES = Object.values(ACLED_TAXONOMY).flat();

/** The ACLED event type as ACLED spells it, matched case- and punctuation-insensitively; null when unknown. */
export function resolveType(input: string): string | null {
  const f = fold(input);
  return TYPES.find((t) => fold(t) === f) ?? null;
}

export function resolveSubType(input: string): string | null {
  const f = fold(input);
  return SUB_TYPES.find((t) => fold(t) === f) ?? null;
}

export const EVENT_TYPES: readonly string[] = TYPES;
export const EVENT_SUB_TYPES: readonly string[] = SUB_TYPES;

/** Words that name the kind of a first-level division, dropped when comparing names ("Kharkiv Oblast" ~ "Kharkiv"). */
const ADMIN_WORDS = new Set(
  'oblast oblasti region regione regiao province provincia provinz provincie prefecture governorate gouvernement muhafazah state staat estado department departement departamento district distrikt county kreis krai kray republic respublika territory territorio division municipality city autonomous okrug raion rayon voivodeship wilaya'.split(' '),
);

/** The comparable key of an admin1 name: folded, without division words ("Kharkivska oblast" keeps "kharkivska"). */
export function admin1Key(name: string): string {
  const words = fold(name).split(' ').filter((w) => w && !ADMIN_WORDS.has(w));
  return words.join(' ') || fold(name);
}

/** The stored admin1 names (`known`) that the input names, in any common form; the input itself when none match. */
export function resolveAdmin1(input: string, known: readonly string[]): string[] {
  const k = admin1Key(input);
  const hits = known.filter((n) => admin1Key(n) === k);
  return hits.length ? [...new Set(hits)] : [input];
}

interface AliasEntry {
  name: string;
  aliases: string[];
  exact: string[];
}

let aliasIndex: { byName: Map<string, AliasEntry>; byAlias: Map<string, Set<string>>; byExact: Map<string, Set<string>> } | undefined;

/** Aliases of canonical actor names from the actor dictionary (names, acronyms, per-language names). */
function aliases() {
  if (aliasIndex) return aliasIndex;
  const byName = new Map<string, AliasEntry>();
  const byAlias = new Map<string, Set<string>>();
  const byExact = new Map<string, Set<string>>();
  const put = (m: Map<string, Set<string>>, k: string, v: string) => {
    let s = m.get(k);
    if (!s) m.set(k, (s = new Set()));
    s.add(v);
  };
  for (const e of DICTIONARY) {
    const names = [...(e.names ?? []), ...Object.values(e.lang ?? {}).flat(), ...(e.aliases ?? [])];
    const entry = byName.get(e.name.toLowerCase()) ?? { name: e.name, aliases: [], exact: [] };
    entry.aliases.push(...names.filter((n) => n !== e.name));
    entry.exact.push(...(e.exact ?? []));
    byName.set(e.name.toLowerCase(), entry);
    for (const n of names) put(byAlias, fold(n), e.name);
    for (const x of e.exact ?? []) {
      put(byExact, x, e.name);
      put(byAlias, fold(x), e.name);
    }
  }
  return (aliasIndex = { byName, byAlias, byExact });
}

/** Known aliases and acronyms of a canonical actor name (from the dictionary), deduplicated, at most 20. */
export function actorAliases(name: string): string[] {
  const e = aliases().byName.get(name.toLowerCase());
  if (!e) return [];
  return [...new Set([...e.exact, ...e.aliases])].filter((a) => a.toLowerCase() !== name.toLowerCase()).slice(0, 20);
}

/**
 * The stored canonical actor names (`known`) an input names: the name itself (any case); a dictionary alias
 * or acronym ("RSF" → "Rapid Support Forces"); else every stored name containing all the input's words,
 * also through the country adjective/name ("russia" → "Military Forces of Russia", "Ministry of Defence of Russia").
 */
export function resolveActor(input: string, known: readonly string[]): string[] {
  const lower = input.trim().toLowerCase();
  const exact = known.filter((n) => n.toLowerCase() === lower);
  if (exact.length) return exact;
  const idx = aliases();
  const viaAlias = new Set<string>([...(idx.byExact.get(input.trim()) ?? []), ...(idx.byAlias.get(fold(input)) ?? [])]);
  if (viaAlias.size) {
    const knownLower = new Map(known.map((n) => [n.toLowerCase(), n]));
    const hits = [...viaAlias].map((n) => knownLower.get(n.toLowerCase()) ?? n);
    return [...new Set(hits)];
  }
  const words = fold(input).split(' ').filter(Boolean);
  if (!words.length) return [input];
  // "russia" also matches "Russian …": a word matches a name word it starts (3+ letters)
  const hits = known.filter((n) => {
    const nw = fold(n).split(' ');
    return words.every((w) => nw.some((x) => x === w || (w.length >= 4 && x.startsWith(w))));
  });
  return hits.length ? hits.slice(0, 200) : [input];
}
