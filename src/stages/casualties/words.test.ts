import { describe, expect, it } from 'vitest';
import { mayMatch, tokenize, tokensIn } from './words.js';

describe('tokensIn', () => {
  it('gives the tokens of every slice as tokenising the slice would', () => {
    const text = 'Op 3 mei: 12\u00a0000 mensen (o.a. kinderen) gevlucht; 1,500 dead.\nShe said 7\u202f000 ';
    for (let s = 0; s <= text.length; s++)
      for (let e = s; e <= text.length; e++) expect(tokensIn(text, s, e)).toEqual(tokenize(text.slice(s, e), s));
  });
});

describe('mayMatch', () => {
  it('is false only where the pattern cannot match in the slice', () => {
    const text = 'Two were killed. Nobody was hurt. The toll rose.';
    const pats = [/killed|hurt/iu, /\btoll\b/iu, /rose$/u, /t(?=o)/u];
    for (const re of pats)
      for (let s = 0; s <= text.length; s++)
        for (let e = s; e <= text.length; e++) {
          const can = new RegExp(re.source, re.flags.replace('i', '') + 'i').test(text.slice(s, e));
          if (can) expect(mayMatch(re, text, s, e)).toBe(true);
        }
    expect(mayMatch(/killed/iu, text, 17, 33)).toBe(false);
  });
});
