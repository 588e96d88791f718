/**
 * Dictionary names found by walking word starts instead of running one large
 * alternation regex over the text. Same result as
 * `text.matchAll(wrap(alternation(keys)))` with the `gu` (exact case) or `giu`
 * (case-folded) flags: at each word start, the longest name that matches and
 * ends at a word boundary; the scan then resumes after it. Names are indexed
 * by their first word (a run of letters and digits). Every name must start
 * with a letter or digit and keep its length when folded; otherwise
 * `NameIndex.ok` is false and the caller runs the regex.
 */
import { fold } from '../events/prefilter.js';

const WORD = /[\p{L}\p{N}]+/gu;
const FIRST = /^[\p{L}\p{N}]+/u;
const LN = /[\p{L}\p{N}]/uy;

export interface NameIndex {
  /** folded (or exact) first word → names starting with it, longest first */
  byFirst: Map<string, string[]>;
  foldCase: boolean;
  /** false when some name does not start with a letter or digit: use the regex */
  ok: boolean;
}

export function buildNameIndex(keys: Iterable<string>, foldCase: boolean): NameIndex {
  const byFirst = new Map<string, string[]>();
  let ok = true;
  const uniq = [...new Set(keys)].filter((k) => k.length > 0);
  for (const k0 of uniq) {
    const k = foldCase ? fold(k0) : k0;
    if (!/^[\p{L}\p{N}]/u.test(k) || (foldCase && k.length !== k0.length)) ok = false;
    const first = FIRST.exec(k)?.[0] ?? '';
    const list = byFirst.get(first) ?? [];
    list.push(k);
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return { byFirst, foldCase, ok };
}

/**
 * Matches (start, matched original text) in text order, as the alternation regex would find them.
 * With `follow` (a sticky regex, e.g. a look-ahead), a name must be followed by its match instead
 * of a word boundary: as `(?<![\p{L}\p{N}])(?:names)` + that look-ahead.
 */
export function scanNames(text: string, idx: NameIndex, folded?: string, follow?: RegExp): Array<{ index: number; text: string }> {
  const hay = idx.foldCase ? (folded ?? fold(text)) : text;
  const out: Array<{ index: number; text: string }> = [];
  let from = 0;
  for (const w of text.matchAll(WORD)) {
    const p = w.index;
    if (p < from) continue;
    const list = idx.byFirst.get(idx.foldCase ? hay.slice(p, p + w[0].length) : w[0]);
    if (!list) continue;
    for (const k of list) {
      if (!hay.startsWith(k, p)) continue;
      const e = p + k.length;
      if (follow) {
        follow.lastIndex = e;
        if (!follow.test(text)) continue;
      } else {
        LN.lastIndex = e;
        if (e < text.length && LN.test(text)) continue;
      }
      out.push({ index: p, text: text.slice(p, e) });
      from = e;
      break;
    }
  }
  return out;
}
