import { describe, expect, it } from 'vitest';
import { LiteralAutomaton } from './automaton.js';

/** Every start of `lit` in `text`, overlapping ones included. */
function naive(text: string, lit: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(lit); i >= 0; i = text.indexOf(lit, i + 1)) out.push(i);
  return out;
}

describe('LiteralAutomaton', () => {
  it('finds every occurrence of every literal, overlapping and nested ones too', () => {
    const lits = ['he', 'she', 'his', 'hers', 'attack', 'attacks', 'tack', 'aa', 'a', 'straße', 'ße'];
    const ac = new LiteralAutomaton(lits);
    const text = 'ushers attacks aaa, his straße; she attacked the stack';
    const found = ac.scan(text);
    for (const l of lits) expect([...found[ac.ids.get(l)!]!]).toEqual(naive(text, l));
  });
  it('agrees with indexOf on random texts over a small alphabet', () => {
    let seed = 7;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const alphabet = 'abcä -';
    const word = (n: number): string => Array.from({ length: n }, () => alphabet[rnd(alphabet.length)]).join('');
    const lits = Array.from({ length: 40 }, () => word(1 + rnd(5)));
    const ac = new LiteralAutomaton(lits);
    for (let k = 0; k < 30; k++) {
      const text = word(200) + 'xyz€';
      const found = ac.scan(text);
      for (const l of new Set(lits)) expect([...found[ac.ids.get(l)!]!]).toEqual(naive(text, l));
    }
  });
});
