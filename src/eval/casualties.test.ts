import { describe, expect, it } from 'vitest';
import { scoreCasualties } from './casualties.js';
import { changedFigures } from './fixtures/diff.js';
import { predictionFromGold, scoreRaw } from './fixtures/from-gold.js';
import { sampleGold } from './fixtures/sample.js';
import type { GoldCasualty } from './gold.js';
import type { PredCasualty } from './prediction.js';

const gold = sampleGold();
const base = scoreRaw(gold, predictionFromGold(gold));
const g = (kind: string, min: number, max: number | null, source: string | null = null, hedge = 'asserted'): GoldCasualty => ({ kind, figure: { min, max }, source, hedge });
const p = (kind: string, min: number, max: number | null, source: string | null = null, hedge = 'asserted'): PredCasualty => ({ kind, figure: { min, max }, source, hedge });
const score = (golds: GoldCasualty[], preds: PredCasualty[]) => scoreCasualties({ casualties: golds, actors: [] }, preds);

describe('casualty scoring', () => {
  it('a figure with the wrong max lowers casualty precision and recall only', () => {
    const raw = predictionFromGold(gold);
    raw.casualties = raw.casualties.map((c) => (c['kind'] === 'killed' ? { ...c, max: 4 } : c));
    const s = scoreRaw(gold, raw);
    expect(changedFigures(base.figures, s.figures)).toEqual(['casualties.f1', 'casualties.p', 'casualties.r']);
    expect(s.figures.casualties).toEqual({ p: 0.5, r: 0.5, f1: 0.5 });
    expect(s.detail.casualties.missed).toEqual(['killed 3..3']);
  });

  it('an open max (null) must be predicted as null (or absent)', () => {
    expect(score([g('injured', 5, null)], [p('injured', 5, 5)]).counts.found).toBe(0);
    expect(score([g('injured', 5, null)], [p('injured', 5, null)]).counts.found).toBe(1);
  });

  it('the kind must agree (case-insensitively)', () => {
    expect(score([g('killed', 2, 2)], [p('injured', 2, 2)]).counts.found).toBe(0);
    const raw = predictionFromGold(gold);
    raw.casualties = raw.casualties.map((c) => ({ ...c, kind: String(c['kind']).toUpperCase() }));
    expect(scoreRaw(gold, raw).figures.casualties.r).toBe(1);
  });

  it('matching is one to one: a repeated figure counts once', () => {
    expect(score([g('killed', 2, 2)], [p('killed', 2, 2), p('killed', 2, 2)]).counts).toMatchObject({ gold: 1, predicted: 2, found: 1 });
  });

  it('figures of other kinds (detained, displaced) count toward precision', () => {
    const r = score([g('killed', 2, 2)], [p('killed', 2, 2), p('detained', 30, 30)]);
    expect(r.counts).toMatchObject({ predicted: 2, found: 1 });
    expect(r.wrong).toEqual(['detained 30..30']);
  });

  it('a prediction whose source and hedge agree is preferred; source agreement is reported', () => {
    const golds = [g('killed', 2, 2, 'the army'), g('killed', 2, 2, null)];
    const r = score(golds, [p('killed', 2, 2, null), p('killed', 2, 2, 'Army spokesman')]);
    expect(r.counts).toMatchObject({ found: 2, sourceAgree: 2 });
    const wrongHedge = score([g('killed', 2, 2, null)], [p('killed', 2, 2, null, 'reported')]);
    expect(wrongHedge.counts).toMatchObject({ found: 1, sourceAgree: 0 });
  });
});
