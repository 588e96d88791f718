import { describe, expect, it } from 'vitest';
import { scoreCasualties } from './casualties.js';
import { changedFigures } from './fixtures/diff.js';
import { predictionFromGold } from './fixtures/from-gold.js';
import { sampleGold } from './fixtures/sample.js';
import { scoreArticle } from './score.js';

const gold = sampleGold();
const base = scoreArticle(gold, predictionFromGold(gold));

describe('casualty scoring', () => {
  it('a figure with the wrong max lowers casualty precision and recall only', () => {
    const p = predictionFromGold(gold);
    p.casualties = p.casualties.map((c) => (c.kind === 'killed' ? { ...c, max: 4 } : c));
    const s = scoreArticle(gold, p);
    expect(changedFigures(base.figures, s.figures)).toEqual(['casualties.f1', 'casualties.p', 'casualties.r']);
    expect(s.figures.casualties).toEqual({ p: 0.5, r: 0.5, f1: 0.5 });
    expect(s.detail.casualties.missed).toEqual(['killed 3..3']);
  });

  it('an open max (null) must be predicted as null', () => {
    const r = scoreCasualties([{ kind: 'injured', min: 5, max: null }], [{ kind: 'injured', min: 5, max: 5 }]);
    expect(r.counts.found).toBe(0);
    expect(scoreCasualties([{ kind: 'injured', min: 5, max: null }], [{ kind: 'injured', min: 5, max: null }]).counts.found).toBe(1);
  });

  it('the kind must agree', () => {
    expect(scoreCasualties([{ kind: 'killed', min: 2, max: 2 }], [{ kind: 'injured', min: 2, max: 2 }]).counts.found).toBe(0);
  });

  it('matching is one to one', () => {
    const r = scoreCasualties(
      [{ kind: 'killed', min: 2, max: 2 }],
      [
        { kind: 'killed', min: 2, max: 2 },
        { kind: 'killed', min: 2, max: 2 },
      ],
    );
    expect(r.counts).toMatchObject({ gold: 1, predicted: 2, found: 1 });
  });

  it('kinds gold does not annotate are left out of precision', () => {
    const r = scoreCasualties([{ kind: 'killed', min: 2, max: 2 }], [{ kind: 'killed', min: 2, max: 2 }, { kind: 'detained', min: 30, max: 30 }]);
    expect(r.counts).toMatchObject({ predicted: 1, found: 1, unscored: 1 });
  });
});
