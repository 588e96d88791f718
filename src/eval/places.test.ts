import { describe, expect, it } from 'vitest';
import { changedFigures } from './fixtures/diff.js';
import { predictionFromGold } from './fixtures/from-gold.js';
import { at, sampleGold, SAMPLE_ARTICLE } from './fixtures/sample.js';
import type { Prediction, PredPlace } from './prediction.js';
import { placeAgrees, scorePlaces } from './places.js';
import { scoreArticle } from './score.js';

const gold = sampleGold();
const perfect = (): Prediction => predictionFromGold(gold);
const base = scoreArticle(gold, perfect());

function span(text: string, n = 0): { start: number; end: number; text: string } {
  const start = at(text, n);
  return { start, end: start + text.length, text };
}

function withPlace(i: number, change: Partial<PredPlace>): Prediction {
  const p = perfect();
  const old = p.places[i];
  if (!old) throw new Error('no such place');
  p.places[i] = { ...old, ...change };
  return p;
}

describe('place scoring', () => {
  it('the sample spans index the sample article', () => {
    for (const p of gold.places) expect(SAMPLE_ARTICLE.slice(p.start, p.end)).toBe(p.text);
  });

  it('a perfect prediction scores 1.0 on everything', () => {
    const f = base.figures;
    expect([f.places.p, f.places.r, f.places.f1, f.events.p, f.events.r, f.events.f1]).toEqual([1, 1, 1, 1, 1, 1]);
    expect([f.casualties.p, f.casualties.r, f.casualties.f1, f.subTypeAcc, f.fatalityAcc, f.sourceAcc]).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('a wrong country lowers place precision and recall only', () => {
    const i = gold.places.findIndex((g) => g.level === 'country');
    const s = scoreArticle(gold, withPlace(i, { country: 'XG' }));
    expect(changedFigures(base.figures, s.figures)).toEqual(['places.f1', 'places.p', 'places.r']);
    expect(s.counts.places).toMatchObject({ found: 5, correct: 5, predicted: 6, fpWrongResolution: 1 });
  });

  it('a point 30 km off misses a place, 20 km off still finds it', () => {
    const i = gold.places.findIndex((g) => g.level === 'place');
    const g = gold.places[i]!;
    // 1 degree of latitude ≈ 111.2 km
    const off30 = scoreArticle(gold, withPlace(i, { lat: g.lat! + 30 / 111.2 }));
    expect(changedFigures(base.figures, off30.figures)).toEqual(['places.f1', 'places.p', 'places.r']);
    expect(off30.figures.places.r).toBeCloseTo(5 / 6);
    const off20 = scoreArticle(gold, withPlace(i, { lat: g.lat! + 20 / 111.2 }));
    expect(changedFigures(base.figures, off20.figures)).toEqual([]);
    const noPoint = scoreArticle(gold, withPlace(i, { lat: null, lon: null }));
    expect(noPoint.counts.places.found).toBe(5);
  });

  it('an admin1 name mismatch is wrong unless alsoAccept rescues it', () => {
    const i = gold.places.findIndex((g) => g.level === 'admin1');
    const wrong = scoreArticle(gold, withPlace(i, { name: 'Northshire Oblast', admin1: null }));
    expect(changedFigures(base.figures, wrong.figures)).toEqual(['places.f1', 'places.p', 'places.r']);
    const rescued = scoreArticle(gold, withPlace(i, { name: 'Northshire', admin1: null }));
    expect(changedFigures(base.figures, rescued.figures)).toEqual([]);
    const caseOnly = scoreArticle(gold, withPlace(i, { name: 'NORTHSHIRE PROVINCE', admin1: null }));
    expect(caseOnly.figures.places.r).toBe(1);
    // a place-level reading inside the right admin1 counts for an admin1 gold place
    const viaAdmin1 = scoreArticle(gold, withPlace(i, { level: 'place', name: 'Someville', admin1: 'Northshire Province' }));
    expect(viaAdmin1.figures.places.r).toBe(1);
  });

  it('a prediction overlapping a notPlace is wrong: precision drops, recall stays', () => {
    const p = perfect();
    p.places.push({ ...span('Freedonia', 3), level: 'country', name: 'Freedonia', country: 'XF', kind: 'toponym' });
    const s = scoreArticle(gold, p);
    expect(changedFigures(base.figures, s.figures)).toEqual(['places.f1', 'places.p']);
    expect(s.counts.places).toMatchObject({ predicted: 7, correct: 6, fpNotPlace: 1 });
  });

  it('a prediction inside boilerplate or on no gold place is a false positive', () => {
    const p = perfect();
    p.places.push({ ...span('Morning'), level: 'place', name: 'Morning', country: 'XF', lat: 1, lon: 1, kind: 'toponym' });
    const s = scoreArticle(gold, p);
    expect(changedFigures(base.figures, s.figures)).toEqual(['places.f1', 'places.p']);
    expect(s.counts.places.fpNoGold).toBe(1);
  });

  it('demonyms are left out of precision', () => {
    const p = perfect();
    p.places.push({ ...span('Freedonia', 3), level: 'country', name: 'Freedonia', country: 'XF', kind: 'demonym' });
    p.places.push({ ...span('Shelling'), level: 'country', name: 'Freedonia', country: 'XF', kind: 'demonym' });
    const s = scoreArticle(gold, p);
    expect(changedFigures(base.figures, s.figures)).toEqual([]);
    expect(s.counts.places.demonyms).toBe(2);
  });

  it('matching is one to one: a duplicate prediction is a false positive', () => {
    const p = perfect();
    p.places.push({ ...p.places[0]! });
    const s = scoreArticle(gold, p);
    expect(s.counts.places).toMatchObject({ predicted: 7, correct: 6, fpDuplicate: 1 });
  });

  it('a partly overlapping span counts; a disjoint one does not', () => {
    const g = gold.places[0]!;
    const partial = withPlace(0, { start: g.start - 6, end: g.start + 3 });
    expect(scorePlaces(gold, partial.places).counts.found).toBe(6);
    const touching = withPlace(0, { start: g.end, end: g.end + 3 });
    expect(scorePlaces(gold, touching.places).counts.found).toBe(5);
  });

  it('alsoAccept entries of other levels are parsed generally', () => {
    const g = { ...gold.places[0]!, alsoAccept: [{ level: 'country' as const, value: 'XF' }] };
    expect(placeAgrees(g, { start: 0, end: 1, country: 'xf', lat: 0, lon: 0 })).toBe(true);
    const h = { ...gold.places[0]!, alsoAccept: [{ level: null, value: 'Rivertown' }] };
    expect(placeAgrees(h, { start: 0, end: 1, name: 'rivertown' })).toBe(true);
    expect(placeAgrees(h, { start: 0, end: 1, name: 'Elsewhere' })).toBe(false);
  });
});
