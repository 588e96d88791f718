import { describe, expect, it } from 'vitest';
import { emptyCounts, figures, prf, sumCounts } from './aggregate.js';

describe('aggregation', () => {
  it('P/R/F1 conventions: nothing predicted is P 0; no gold is R null; neither is all null', () => {
    expect(prf(1, 1, 1, 2).f1).toBeCloseTo(2 / 3);
    expect(prf(0, 0, 0, 3)).toEqual({ p: 0, r: 0, f1: 0 });
    expect(prf(0, 2, 0, 0)).toEqual({ p: 0, r: null, f1: 0 });
    expect(prf(0, 0, 0, 0)).toEqual({ p: null, r: null, f1: null });
  });

  it('totals are micro-averaged: counts are summed, not figures averaged', () => {
    const a = emptyCounts();
    a.places = { ...a.places, gold: 1, found: 1, predicted: 1, correct: 1 };
    const b = emptyCounts();
    b.places = { ...b.places, gold: 9, found: 0, predicted: 1, correct: 0 };
    const t = figures(sumCounts([a, b]));
    expect(t.places.r).toBeCloseTo(1 / 10);
    expect(t.places.p).toBeCloseTo(1 / 2);
  });

  it('event precision leaves out predictions paired with optional gold; all of them paired with optional gold gives P 0', () => {
    const c = emptyCounts();
    c.events = { ...c.events, goldRequired: 2, goldOptional: 1, predicted: 4, pairedRequired: 2, pairedOptional: 1 };
    expect(figures(c).events.p).toBeCloseTo(2 / 3);
    expect(figures(c).events.r).toBe(1);
    c.events = { ...c.events, goldRequired: 1, goldOptional: 1, predicted: 1, pairedRequired: 0, pairedOptional: 1 };
    expect(figures(c).events).toEqual({ p: 0, r: 0, f1: 0 });
  });

  it('sub-type accuracy is over all pairs; width is the mean ratio', () => {
    const c = emptyCounts();
    c.events = { ...c.events, pairedRequired: 3, pairedOptional: 1, subTypeCorrect: 3, widthRatioSum: 6 };
    expect(figures(c).subTypeAcc).toBe(0.75);
    expect(figures(c).widthRatio).toBe(1.5);
  });
});
