/**
 * The abbreviation matcher: one pattern built from every pack's abbreviations (segment runs
 * before language identification) plus two language-free shapes — a single capital initial
 * ("J. Smith") and letter-period chains ("U.S.", "z.B.").
 */
import type { LanguagePack } from '../../lang/pack.js';

export interface AbbrevData {
  /** global, sticky-free pattern matching an abbreviation with its periods (one object, reused: reset `lastIndex` before a scan) */
  pattern: RegExp;
  /** lowercase words that may follow an ordinal "14." */
  ordinalFollowers: ReadonlySet<string>;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s');

const cache = new WeakMap<object, AbbrevData>();

export function abbrevData(packs: Readonly<Record<string, LanguagePack>>): AbbrevData {
  let d = cache.get(packs);
  if (d) return d;
  const forms = new Set<string>();
  const followers = new Set<string>();
  for (const p of Object.values(packs)) {
    for (const a of p.segment?.abbreviations ?? []) {
      forms.add(a);
      const first = a[0];
      if (first && first !== first.toLocaleUpperCase() ) forms.add(first.toLocaleUpperCase() + a.slice(1));
    }
    for (const f of p.segment?.ordinalFollowers ?? []) followers.add(f.toLocaleLowerCase());
  }
  const alts = [...forms].sort((x, y) => y.length - x.length).map(escape);
  // letter-period chains and single capital initials need no data
  alts.push('(?:\\p{L}\\.){2,}', '\\p{Lu}\\.(?=\\s+\\p{Lu})');
  d = { pattern: new RegExp(`(?<![\\p{L}\\p{N}.])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'gu'), ordinalFollowers: followers };
  cache.set(packs, d);
  return d;
}

/** Ranges of `text` covered by abbreviations. */
export function abbreviationRanges(text: string, data: AbbrevData): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = data.pattern;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}
