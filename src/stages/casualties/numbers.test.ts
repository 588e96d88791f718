import { describe, expect, it } from 'vitest';
import { casualties as en } from '../../lang/en/casualties.js';
import { casualties as nl } from '../../lang/nl/casualties.js';
import { casualties as de } from '../../lang/de/casualties.js';
import type { CasualtiesLexicon } from './lexicon.js';
import { findNumbers } from './numbers.js';
import { tokenize } from './words.js';

function first(lx: CasualtiesLexicon, text: string) {
  const n = findNumbers(lx, text, tokenize(text))[0];
  if (!n) return null;
  const { min, max, low, best, high, acled, how } = n;
  return { min, max, low, best, high, acled, how };
}

describe('number expressions and estimates', () => {
  it('keeps ACLED conservative counts beside the stated figure', () => {
    expect(first(en, 'dozens of people')).toMatchObject({ min: 24, max: null, acled: 12, low: 24, high: null });
    expect(first(nl, 'tientallen mensen')).toMatchObject({ min: 20, max: null, acled: 10 });
    expect(first(de, 'Hunderte Menschen')).toMatchObject({ min: 200, max: null, acled: 100 });
  });
  it('reads modifiers', () => {
    expect(first(en, 'at least 7 people')).toMatchObject({ min: 7, max: null, best: 7, acled: 7, how: 'atLeast' });
    expect(first(nl, 'meer dan 50 mensen')).toMatchObject({ min: 51, max: null, how: 'moreThan' });
    expect(first(de, 'bis zu 30 Menschen')).toMatchObject({ min: null, max: 30, high: 30, acled: null, how: 'upTo' });
    expect(first(en, 'fewer than 10 people')).toMatchObject({ min: null, max: 9 });
    expect(first(en, 'about 40 people')).toMatchObject({ min: 40, max: 40 });
  });
  it('reads ranges with low and high', () => {
    expect(first(en, 'between 30 and 50 people')).toMatchObject({ min: 30, max: 50, low: 30, high: 50, acled: 30 });
    expect(first(de, 'zwölf bis fünfzehn Menschen')).toMatchObject({ min: 12, max: 15 });
  });
  it('reads digits with thousands separators and compound number words', () => {
    expect(first(en, '1,900 children')).toMatchObject({ min: 1900, max: 1900 });
    expect(first(nl, '21.000 mensen')).toMatchObject({ min: 21000, max: 21000 });
    expect(first(de, 'einundzwanzig Menschen')).toMatchObject({ min: 21, max: 21 });
    expect(first(en, 'twenty-one people')).toMatchObject({ min: 21, max: 21 });
    expect(first(nl, 'tweeëntwintig mensen')).toMatchObject({ min: 22, max: 22 });
  });
  it('reads an article as one only before a person', () => {
    expect(first(en, 'a woman')).toMatchObject({ min: 1, max: 1, how: 'one' });
    expect(first(en, 'a drone')).toBeNull();
  });
});

describe('dozens as a unit', () => {
  it('reads "two dozen", "half a dozen", "een tiental"', () => {
    expect(first(en, 'two dozen people')).toMatchObject({ min: 24, max: 24 });
    expect(first(en, 'half a dozen people')).toMatchObject({ min: 6, max: 6 });
    expect(first(nl, 'een tiental mensen')).toMatchObject({ min: 10, max: 10 });
    expect(first(de, 'zwei Dutzend Menschen')).toMatchObject({ min: 24, max: 24 });
    expect(first(de, 'Dutzende Menschen')).toMatchObject({ min: 24, max: null });
  });
});
