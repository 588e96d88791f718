/**
 * Unicode-aware tokenizer. Keeps as one token: words with inner hyphens or apostrophes
 * ("drone-aanvallen", "al-Qaeda", "Ryl’sk", "zo’n"), numbers with digit groups or decimals
 * ("21.000", "1,900", "3.5", "22:15"), a number glued to letters ("82-jarige", "40km",
 * "14th", which count as words), and abbreviations with their periods ("o.a.", "U.S.").
 * A trailing possessive/plural "'s" is its own token ("Faso" + "'s").
 */
import type { TokenKind } from '../../core/analysis.js';
import { abbreviationRanges, type AbbrevData } from './abbreviations.js';

export interface RawToken {
  start: number;
  end: number;
  kind: TokenKind;
}

const TOKEN = new RegExp(
  [
    // a number, optionally glued to letters (then it is a word)
    String.raw`(?<num>\p{N}+(?:[.,:]\p{N}+)*)(?<glue>(?:[-‐]?[\p{L}\p{M}][\p{L}\p{M}\p{N}]*)(?:[-‐][\p{L}\p{M}\p{N}]+)*)?`,
    // a word with inner hyphens and apostrophes (but not a final 's)
    String.raw`(?<word>[\p{L}\p{M}\p{N}]+(?:(?:[-‐]|['’](?!s(?![\p{L}\p{N}])))[\p{L}\p{M}\p{N}]+)*)`,
    String.raw`(?<poss>['’]s(?![\p{L}\p{N}]))`,
    String.raw`(?<punct>(?<rep>\p{P})\k<rep>*)`,
    String.raw`(?<sym>\p{S})`,
  ].join('|'),
  'gu',
);

/** Tokens of `text` (offsets relative to it). */
export function tokenize(text: string, data: AbbrevData): RawToken[] {
  const out: RawToken[] = [];
  const abbr = abbreviationRanges(text, data);
  let ai = 0;
  const re = TOKEN;
  let i = 0;
  while (i < text.length) {
    while (ai < abbr.length && abbr[ai]![0] < i) ai++;
    const a = abbr[ai];
    if (a && a[0] === i) {
      out.push({ start: a[0], end: a[1], kind: 'word' });
      i = a[1];
      continue;
    }
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) break;
    // an abbreviation starting before this token's start wins the stretch
    if (a && a[0] < m.index + m[0].length && a[0] >= i) {
      if (a[0] > m.index) pushMatch(out, m, a[0]);
      i = a[0];
      continue;
    }
    pushMatch(out, m, m.index + m[0].length);
    i = m.index + m[0].length;
  }
  return out;
}

function pushMatch(out: RawToken[], m: RegExpExecArray, end: number): void {
  const g = m.groups ?? {};
  const kind: TokenKind = g['num'] !== undefined ? (g['glue'] ? 'word' : 'number') : g['word'] !== undefined || g['poss'] !== undefined ? 'word' : g['punct'] !== undefined ? 'punct' : 'symbol';
  out.push({ start: m.index, end, kind });
}
