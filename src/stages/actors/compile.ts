/**
 * Compile a pack's actor lexicon into matchers (cached per lexicon): country
 * adjective / name / capital / possessive tables, body and generic patterns,
 * the dictionary alternations. Language-free: every word comes from the pack
 * or the dictionary.
 */
import type { ActorsLexicon, BodyPattern, GenericPattern, RegionalPattern, RolePattern } from './lexicon.js';
import { COUNTRIES } from './countries.js';
import { DICTIONARY, type DictEntry } from './dictionary.js';
import { buildNameIndex, type NameIndex } from './names-index.js';
import { isoCountries } from '../../lang/iso-countries.js';

/** Short country names in a language from i18n-iso-countries (names with commas or "Republic of" forms dropped). */
function isoNames(lang: string): Record<string, string[]> {
  const lib = isoCountries(lang);
  if (!lib) return {};
  const out: Record<string, string[]> = {};
  for (const [code, v] of Object.entries(lib.getNames(lang, { select: 'all' }))) {
    const names = (Array.isArray(v) ? v : [v]).filter((n) => !n.includes(',') && n.split(' ').length <= 4 && !/[()]/u.test(n));
    out[code] = names;
  }
  return out;
}

export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

export function alternation(keys: Iterable<string>): string {
  const uniq = [...new Set(keys)].filter((k) => k.length > 0);
  return uniq.sort((a, b) => b.length - a.length).map(escapeRe).join('|') || '(?!)';
}

/** The value of the first group named `prefix` + digits that matched. */
export function groupOf(groups: Record<string, string | undefined> | undefined, prefix: string): string | undefined {
  if (!groups) return undefined;
  for (const [k, v] of Object.entries(groups)) if (v !== undefined && k.startsWith(prefix) && /^\d+$/u.test(k.slice(prefix.length))) return v;
  return undefined;
}

export const wrap = (src: string): string => `(?<![\\p{L}\\p{N}])(?:${src})(?![\\p{L}\\p{N}])`;

export interface CompiledBody {
  p: BodyPattern;
  re: RegExp;
}

export interface CompiledGeneric {
  p: GenericPattern;
  re: RegExp;
}

export interface CompiledRole {
  p: RolePattern;
  /** role followed by a personal name */
  named: RegExp;
  /** role followed by a place link ("gouverneur van de regio ") */
  linked: RegExp;
  /** bare role */
  bare: RegExp;
}

/**
 * A role pattern that also matches with a capitalised first letter ("gouverneur" → "[gG]ouverneur"):
 * a title opens a sentence ("Gouverneur Ivan Petrenko van de regio …") while the name after it
 * needs case-sensitive matching. Lower-case letters opening an alternative are widened.
 */
export function capInitial(src: string): string {
  return src.replace(/(^|\||\(\?:)(\p{Ll})/gu, (_m, pre: string, ch: string) => `${pre}[${ch}${ch.toUpperCase()}]`);
}

export interface CompiledRegional {
  p: RegionalPattern;
  re: RegExp;
}

export interface CompiledActors {
  lex: ActorsLexicon;
  adj: Map<string, string>;
  country: Map<string, string>;
  capital: Map<string, string>;
  poss: Map<string, string>;
  bodies: CompiledBody[];
  generic: CompiledGeneric[];
  roles: CompiledRole[];
  regional: CompiledRegional[];
  /** case-insensitive dictionary names → entry */
  dictCi: Map<string, DictEntry>;
  dictCiRe: RegExp;
  /** exact-case dictionary names → entry */
  dictCs: Map<string, DictEntry>;
  dictCsRe: RegExp;
  /** the same names indexed by first word (see ./names-index.ts) */
  dictCiIdx: NameIndex;
  dictCsIdx: NameIndex;
  /** `govAfter` as a name index and the look-ahead after the name */
  govAfterIdx: NameIndex;
  govAfterFollow: RegExp;
  personCues: Array<{ re: RegExp; role?: string }>;
  /** runs of capitalised words that contain an organisation head word */
  orgRun?: RegExp;
  orgWord?: RegExp;
  /** a whole word that is a role title ("Oekraïnekenner", "spokesman") */
  roleWord: RegExp;
  orgCues: Array<{ re: RegExp; kind: string }>;
  /** place names standing for a dictionary actor when speaking ("Brussels" → European Union) */
  metonym: Map<string, DictEntry>;
  /** capital or country as a speaking government */
  govAfter: RegExp;
  govBefore: RegExp;
  nameRe: string;
  notNames: Set<string>;
  /** at a position: an optional comma and a personal name (", Anna Berg") */
  nameAfter: RegExp;
  /** at a position: a role link to a place (" van de regio ", " of the ") */
  linkAfter: RegExp;
  /** at a position: ", head of the " and the like (see `ActorsLexicon.apposition`) */
  apposition?: RegExp;
  ownParty?: RegExp;
  /** ends at an office title: the installing state (see `ActorsLexicon.installedBy`) */
  installedBy?: RegExp;
}

const cache = new WeakMap<ActorsLexicon, CompiledActors>();

const NAME_WORD = "\\p{Lu}[\\p{Ll}\\p{M}'’-]+(?:-\\p{Lu}[\\p{Ll}\\p{M}]+)?";
const NAME = `(?<name>${NAME_WORD}(?: (?:(?:van|de|der|von|al|el|bin|ibn|da|dos)[ -])?${NAME_WORD}){0,2})`;

export function compileActors(lex: ActorsLexicon, lang: string): CompiledActors {
  const hit = cache.get(lex);
  if (hit) return hit;

  const adj = new Map<string, string>();
  for (const [code, bases] of Object.entries(lex.adjectives)) {
    for (const b of bases) for (const f of lex.inflect(b)) if (!adj.has(f.toLowerCase())) adj.set(f.toLowerCase(), code);
  }
  const country = new Map<string, string>();
  const written = new Set<string>();
  const iso = isoNames(lang);
  for (const [code, names] of Object.entries(iso)) for (const n of names) (country.set(n.toLowerCase(), code), written.add(n));
  for (const [code, names] of Object.entries(lex.countryNames ?? {})) for (const n of names) (country.set(n.toLowerCase(), code), written.add(n));
  const capital = new Map<string, string>();
  for (const c of COUNTRIES.values()) for (const n of c.capitals) (capital.set(n.toLowerCase(), c.code), written.add(n));
  for (const [code, names] of Object.entries(lex.capitals ?? {})) for (const n of names) (capital.set(n.toLowerCase(), code), written.add(n));
  // a capital that is also a country name (Djibouti, Singapore…) stays a country
  for (const k of country.keys()) capital.delete(k);
  const poss = new Map<string, string>();
  if (lex.possessive) {
    for (const [n, code] of [...country, ...capital]) {
      const orig = restoreCase(n);
      for (const p of lex.possessive(orig)) poss.set(p.toLowerCase(), code);
    }
  }

  const countryAlt = alternation([...country.keys()]);
  const capitalAlt = alternation([...capital.keys()]);
  // each placeholder occurrence gets its own group (adj0, adj1…): JS forbids duplicate group names
  // adjectives and possessives are matched as words and checked against the tables afterwards (fast);
  // country and capital names (multi-word) as alternations
  const alts: Record<string, string> = {
    ADJ: `\\p{L}[\\p{L}\\p{M}-]*`,
    COUNTRY: countryAlt,
    CAPITAL: capitalAlt,
    POSS: `\\p{Lu}[\\p{L}\\p{M}.-]*(?: \\p{Lu}[\\p{L}\\p{M}.-]*)?['’]?s`,
  };
  const expand = (src: string): string => {
    let n = 0;
    return src
      .replace(/\{(ADJ|COUNTRY|CAPITAL|POSS)\}/gu, (_m, k: string) => `(?<${k.toLowerCase()}${n++}>${alts[k]})`)
      .replaceAll('{NAME}', NAME);
  };

  const bodies = lex.bodies.map((p) => ({ p, re: new RegExp(wrap(expand(p.re)), p.exact ? 'gu' : 'giu') }));
  const generic = lex.generic.map((p) => ({ p, re: new RegExp(wrap(expand(p.re)), 'giu') }));
  const roles = lex.roles.map((p) => ({
    p,
    named: new RegExp(`(?<![\\p{L}\\p{N}])(?:${capInitial(p.re)}),? ${NAME}(?![\\p{L}\\p{N}])`, 'gu'),
    linked: new RegExp(`(?<![\\p{L}\\p{N}])(?:${p.re}) ${lex.roleLink}`, 'giu'),
    bare: new RegExp(wrap(p.re), 'giu'),
  }));
  const regional = lex.regional.map((p) => ({ p, re: new RegExp(wrap(p.re), 'giu') }));

  const dictCi = new Map<string, DictEntry>();
  const dictCs = new Map<string, DictEntry>();
  for (const e of DICTIONARY) {
    for (const n of [...(e.names ?? []), ...(e.lang?.[lang] ?? []), ...(lex.aliases[e.id] ?? [])]) dictCi.set(n.toLowerCase(), e);
    for (const n of e.exact ?? []) dictCs.set(n, e);
  }
  const personCues = (lex.personCues ?? []).map((p) => ({ re: new RegExp(wrap(expand(p.re)), 'gu'), ...(p.role !== undefined ? { role: p.role } : {}) }));
  const orgCues = (lex.orgCues ?? []).map((p) => ({ re: new RegExp(wrap(expand(p.re)), 'gu'), kind: p.kind }));
  const metonym = new Map<string, DictEntry>();
  for (const e of DICTIONARY) for (const n of e.metonyms ?? []) (metonym.set(n.toLowerCase(), e), written.add(n));
  const dictCiRe = new RegExp(wrap(alternation(dictCi.keys())), 'giu');
  const dictCsRe = new RegExp(wrap(alternation(dictCs.keys())), 'gu');

  // a capital or country name as a speaking government: "Moskou claimt", "volgens Kyiv"
  const gov = `(?<gov>${alternation(written)})`;
  const govAfter = new RegExp(`(?<![\\p{L}\\p{N}])${gov}(?= ${lex.speechAfter}(?![\\p{L}\\p{N}]))`, 'gu');
  const govBefore = new RegExp(`(?<![\\p{L}\\p{N}])(?:${lex.speechBefore}) ${gov}(?![\\p{L}\\p{N}])`, 'giu');

  const out: CompiledActors = {
    ...(lex.orgWords
      ? {
          orgRun: new RegExp(
            `(?<![\\p{L}\\p{N}])${NAME_WORD}(?:(?: (?:${lex.orgJoiners ?? '(?!)'}))* ${NAME_WORD}){1,6}(?![\\p{L}\\p{N}])`,
            'gu',
          ),
          orgWord: new RegExp(`^(?:${lex.orgWords})$`, 'u'),
        }
      : {}),
    roleWord: new RegExp(`^(?:${lex.roles.map((r) => r.re).join('|')})$`, 'iu'),
    lex, adj, country, capital, poss, metonym, personCues, orgCues, bodies, generic, roles, regional, dictCi, dictCiRe, dictCs, dictCsRe, govAfter,
    dictCiIdx: buildNameIndex(dictCi.keys(), true),
    dictCsIdx: buildNameIndex(dictCs.keys(), false),
    govAfterIdx: buildNameIndex(written, false),
    govAfterFollow: new RegExp(`(?= ${lex.speechAfter}(?![\\p{L}\\p{N}]))`, 'uy'),
    govBefore,
    nameRe: NAME,
    notNames: new Set(lex.notNames ?? []),
    nameAfter: new RegExp(`^,? ${NAME}(?![\\p{L}\\p{N}])`, 'u'),
    linkAfter: new RegExp(`^ ${lex.roleLink}`, 'iu'),
    ...(lex.apposition ? { apposition: new RegExp(`^, (?:${lex.apposition})`, 'u') } : {}),
    ...(lex.ownParty ? { ownParty: new RegExp(wrap(lex.ownParty), 'giu') } : {}),
    ...(lex.installedBy ? { installedBy: new RegExp(`(?<![\\p{L}\\p{N}])(?:${expand(lex.installedBy)})$`, 'iu') } : {}),
  };
  cache.set(lex, out);
  return out;
}

/** Capitalise each word of a lower-cased name ("port sudan" → "Port Sudan"); names are matched case-insensitively elsewhere. */
function restoreCase(n: string): string {
  return n.replace(/(^|[\s-])(\p{Ll})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
}
