/**
 * Sentence boundaries inside one paragraph. A boundary is sentence-final punctuation
 * (. ! ? …), any closing quotes/brackets right after it, then whitespace and a sentence
 * start (a capital or digit, possibly behind opening quotes/brackets); or a line break.
 * A period that belongs to an abbreviation, or to an ordinal before a listed follower
 * ("am 14. August"), is no boundary. Decimals ("3.5") have no whitespace after the period.
 */
import { abbreviationRanges, type AbbrevData } from './abbreviations.js';

const BOUNDARY = /[.!?…]+(?<close>["'”’»)\]]*)(?=[^\S\n]+(?:(?:,,|["'‘“„«(\[¿¡])*[\p{Lu}\p{N}]|['’][st]\s))|\n+/gu;
const ORDINAL_BEFORE = /(?<![\p{L}\p{N}.,])\p{N}{1,4}$/u;
const NEXT_WORD = /^\s+([\p{L}\p{M}]+\.?)/u;

/** Sentence spans [start, end) relative to `text`, trimmed, non-empty. */
export function splitSentences(text: string, data: AbbrevData): Array<[number, number]> {
  const abbr = abbreviationRanges(text, data);
  const inAbbr = (i: number): boolean => abbr.some(([s, e]) => s <= i && i < e);
  const cuts: number[] = [];
  const re = BOUNDARY;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0][0] !== '\n') {
      const close = m.groups?.['close'] ?? '';
      const punct = m[0].slice(0, m[0].length - close.length);
      if (punct === '.' && close === '') {
        if (inAbbr(m.index)) continue;
        if (ORDINAL_BEFORE.test(text.slice(Math.max(0, m.index - 5), m.index))) {
          const next = NEXT_WORD.exec(text.slice(end, end + 40));
          if (next && data.ordinalFollowers.has(next[1]!.toLocaleLowerCase())) continue;
        }
      }
    }
    cuts.push(end);
  }
  cuts.push(text.length);
  const out: Array<[number, number]> = [];
  let at = 0;
  for (const c of cuts) {
    let s = at;
    let e = c;
    while (s < e && /\s/u.test(text[s]!)) s++;
    while (e > s && /\s/u.test(text[e - 1]!)) e--;
    if (e > s) out.push([s, e]);
    at = c;
  }
  return out;
}
