import { describe, expect, it } from 'vitest';
import { pack as nl } from '../../lang/nl/index.js';
import { pack as en } from '../../lang/en/index.js';
import { pack as de } from '../../lang/de/index.js';
import type { LanguagePack } from '../../lang/pack.js';
import { findCasualties } from './index.js';
import { fixture } from './fixture.js';

function figs(p: LanguagePack, text: string): string[] {
  const a = fixture(text, p.code, [], [{ id: 'e1', type: 'Battles', trigger: 'raid' }]);
  return findCasualties(a, p.casualties, p.code).map((c) => `${c.kind} ${c.min}..${c.max ?? '-'} ${c.who ?? ''}`);
}

describe('one named person told dead', () => {
  it('counts a full name before a verb of one death (en, nl, de)', () => {
    expect(figs(en, 'After the raid, Tomas Verhaal Brink died in hospital.')).toEqual(['killed 1..1 Tomas Verhaal Brink']);
    expect(figs(nl, 'Pieter Zandvoort kwam om het leven bij de raid.')).toEqual(['killed 1..1 Pieter Zandvoort']);
    expect(figs(de, 'Nach der raid starb Lena Marbach nicht; Jonas Marbach wurde getötet.')).toEqual(['killed 1..1 Jonas Marbach']);
  });
  it('counts a surname the text named in full before', () => {
    expect(figs(en, 'Police held Arno Kessel after the raid. Two days later, Kessel passed away.')).toEqual(['killed 1..1 Kessel']);
  });
  it('takes no article, noun of persons or killer for a name', () => {
    expect(figs(de, 'Der Soldat wurde bei der raid getötet.')).not.toContain('killed 1..1 Der Soldat');
    expect(figs(en, 'Tomas Brink killed a guard during the raid.')).toEqual(['killed 1..1 guard']);
    expect(figs(en, 'During the raid, Brink died.')).toEqual([]);
  });
});

describe('one named person told dead, the verb first (nl, de)', () => {
  it('reads "kwam X om het leven", "werd X gedood", "kam X ums Leben", "wurde X getötet"', () => {
    expect(figs(nl, 'Bij de raid kwam Pieter Zandvoort om het leven.')).toEqual(['killed 1..1 Pieter Zandvoort']);
    expect(figs(nl, 'Tijdens de raid werd Anna Smit gedood.')).toEqual(['killed 1..1 Anna Smit']);
    expect(figs(de, 'Bei der raid kam Lena Marbach ums Leben.')).toEqual(['killed 1..1 Lena Marbach']);
    expect(figs(de, 'Bei der raid wurde Jonas Marbach getötet.')).toEqual(['killed 1..1 Jonas Marbach']);
  });
  it('takes no month or noun for a name', () => {
    expect(figs(de, 'Bei der raid wurde Anfang März niemand getötet.')).not.toContain('killed 1..1 Anfang März');
  });
});

describe('one person named by the noun of the role, told dead', () => {
  it('reads "the shooter was shot dead", "de dader werd doodgeschoten", "der Angreifer wurde erschossen"', () => {
    expect(figs(en, 'After the raid the shooter was shot dead.')).toEqual(['killed 1..1 shooter']);
    expect(figs(nl, 'Na de raid: de dader werd doodgeschoten.')).toEqual(['killed 1..1 dader']);
    expect(figs(de, 'Nach der raid: Der Angreifer wurde erschossen.')).toEqual(['killed 1..1 Angreifer']);
  });
});
