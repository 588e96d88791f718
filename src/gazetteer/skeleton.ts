/**
 * Skeleton keys: a lossy normal form under which spelling variants of one
 * name meet ("Grajvoron", "Grayvoron", "Graiworon" → "graivoron";
 * "Koepjansk", "Kupjansk", "Kupiansk" → "kupiansk").
 *
 * Steps: fold diacritics and case; romanise Cyrillic; drop everything that is
 * not a letter (spaces, hyphens, apostrophes, soft signs); collapse the
 * transliteration variants that differ only in spelling convention; collapse
 * doubled letters.
 */
import { hasCyrillic, romanise } from './translit.js';

const SPECIAL: Readonly<Record<string, string>> = {
  ß: 'ss',
  ø: 'o',
  ł: 'l',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/** Lowercase and strip diacritics (keeps non-letters). */
export function fold(s: string): string {
  let out = s.toLowerCase().normalize('NFKD').replace(/\p{M}+/gu, '');
  if (/[ßøłæœđðþı]/u.test(out)) out = out.replace(/[ßøłæœđðþı]/gu, (c) => SPECIAL[c] ?? c);
  return out;
}

/** Ordered rewrites; longer patterns first so that "tsch" is not read as "t" + "sch". */
const REWRITES: ReadonlyArray<readonly [RegExp, string]> = [
  [/schtsch|sjtsj|shch|chtch/g, 'sc'],
  [/tsch|tsj|tch/g, 'c'],
  [/sch|sh|sj/g, 's'],
  [/zh|zj/g, 'z'],
  [/kh/g, 'h'],
  [/ch/g, 'h'],
  [/ph/g, 'f'],
  [/ck/g, 'k'],
  [/w/g, 'v'],
  [/oe|ou/g, 'u'],
  [/[yj]/g, 'i'],
  [/q/g, 'k'],
  [/(.)\1+/g, '$1'],
];

const memo = new Map<string, string>();
const MEMO_MAX = 50_000;

/** The skeleton key of a name (empty when it has no letters). Memoised: names recur within and across articles. */
export function skeleton(name: string): string {
  let s = memo.get(name);
  if (s === undefined) {
    s = skeletonOf(name);
    if (memo.size >= MEMO_MAX) memo.clear();
    memo.set(name, s);
  }
  return s;
}

function skeletonOf(name: string): string {
  let s = hasCyrillic(name) ? romanise(name, 'en') : name;
  s = fold(s)
    // Arabic article and final h vary freely in romanisation: "Al-Jazira" = "Al Jazirah" = "Jazira"
    .replace(/(^|[\s\-‐])(?:al|el|ad|ar|as|ash|at|az|an|ed|er|es|et|ez)[\s\-‐'’]+(?=\p{L}{3})/gu, '$1')
    .replace(/(?<=[aeiou])h(?=$|[\s\-‐])/gu, '')
    .replace(/[^a-z]/g, '');
  for (const [re, to] of REWRITES) s = s.replace(re, to);
  return s;
}
