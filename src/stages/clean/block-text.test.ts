import { describe, expect, it } from 'vitest';
import { countWords, words } from './block-text.js';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['drone-aanvallen op Ryl’sk', 3],
    ["a--b c'd e'' ‐f", 5],
    ['82-jarige, 3.5 km', 4],
    ['é ́x 𝐀𝐁 😀 \ud800 ok', 4],
  ])('%j has %i words', (t, n) => {
    expect(countWords(t)).toBe(n);
    expect(words(t)).toHaveLength(n);
  });

  it('counts like words() on mixed text', () => {
    const alphabet = ['a', 'Z', 'ë', '\u0301', '7', '٣', '-', "'", '’', '‐', ' ', '.', ',', '\n', '𝐀', '😀', '\ud800', '\udc00', 'ß', 'Я'];
    let seed = 11;
    const rnd = (k: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % k;
    };
    for (let r = 0; r < 2000; r++) {
      const t = Array.from({ length: rnd(30) }, () => alphabet[rnd(alphabet.length)]!).join('');
      expect(countWords(t), JSON.stringify(t)).toBe(words(t).length);
    }
  });
});
