import { describe, expect, it } from 'vitest';
import { emptyCounts, figures, prf, sumCounts } from './aggregate.js';

describe('aggregation', () => {
  it('F1 is the harmonic mean; undefined sides stay null unless the other is 0', () => {
    expect(prf(1, 0.5).f1).toBeCloseTo(2 / 3);
    expect(prf(null, 0)).toEqual({ p: null, r: 0, f1: 0 });
    expect(prf(0, null)).toEqual({ p: 0, r: null, f1: 0 });
    expect(prf(null, null).f1).toBeNull();
    expect(prf(0, 0).f1).toBe(0);
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

  it('event precision leaves out predictions paired with optional gold', () => {
    const c = emptyCounts();
    c.events = { ...c.events, goldRequired: 2, goldOptional: 1, predicted: 4, pairedRequired: 2, pairedOptional: 1 };
    expect(figures(c).events.p).toBeCloseTo(2 / 3);
    expect(figures(c).events.r).toBe(1);
  });
});
