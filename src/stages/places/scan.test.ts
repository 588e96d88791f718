/**
 * The hand-written word scanner against its specification, the `WORD` pattern.
 */
import { describe, expect, it } from 'vitest';
import { scanWords, WORD } from './scan.js';

/** The words `WORD` matches, with an English possessive cut off as `scanWords` does. */
function byPattern(text: string): Array<[number, string]> {
  return [...text.matchAll(new RegExp(WORD.source, WORD.flags))].map((m) => [m.index, /^.{2,}['’]s$/u.test(m[0]) ? m[0].slice(0, -2) : m[0]]);
}

describe('scanWords', () => {
  it('finds the words the WORD pattern matches', () => {
    const texts = [
      "Tin-Akoff and N'gourma, Moscow's mayor — al‐Balah ʼAden -x y- 'z' 12-3",
      'Zürich, Şanlıurfa, Kraków; Cafe\u0301 \u0301x e\u0301-\u0301 Ж-Київ 中文 ٣٤ 𝒜b 😀x',
      'end-',
      "it's ’s s's",
    ];
    // random strings over an alphabet of the awkward cases: marks, joiners, astral letters, lone surrogates
    const alphabet = ['a', 'B', 'é', 'e\u0301', '\u0301', '-', '‐', "'", '’', 'ʼ', ' ', '\n', '1', '𝒜', '😀', '\ud800', 'ß', 'Ж', '中', '٣', '.', '—'];
    let seed = 7;
    const rnd = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let k = 0; k < 2000; k++) {
      let s = '';
      for (let n = rnd(16); n > 0; n--) s += alphabet[rnd(alphabet.length)];
      texts.push(s);
    }
    for (const t of texts) expect(scanWords(t).map((w) => [w.s, w.text]), JSON.stringify(t)).toEqual(byPattern(t));
  });
});
