import { describe, expect, it } from 'vitest';
import { changedFigures } from './fixtures/diff.js';
import { predictionFromGold, scoreRaw, type Raw, type RawPrediction } from './fixtures/from-gold.js';
import { at, sampleGold, SAMPLE_ARTICLE } from './fixtures/sample.js';
import { readGold } from './gold.js';
import { scorePlaces } from './places.js';
import { parsePrediction } from './prediction.js';

const gold = sampleGold();
const perfect = (): RawPrediction => predictionFromGold(gold);
const base = scoreRaw(gold, perfect());
const rawPlaces = gold.raw['places'] as Raw[];

function span(text: string, n = 0): { start: number; end: number; text: string } {
  const start = at(text, n);
  return { start, end: start + text.length, text };
}

function withPlace(i: number, change: Raw): RawPrediction {
  const p = perfect();
  p.places[i] = { ...p.places[i], ...change };
  return p;
}

/** Does a raw predicted place find a raw gold place at the same span? */
function finds(goldPlace: Raw, pred: Raw): boolean {
  const g = readGold('t', { places: [{ start: 0, text: 'Xxxx', ...goldPlace }] });
  const p = parsePrediction({ places: [{ start: 0, end: 4, ...pred }] });
  if (!p.ok) throw new Error(p.message);
  return scorePlaces(g, p.prediction.places).counts.found === 1;
}

describe('place scoring', () => {
  it('the sample spans index the sample article', () => {
    for (const p of gold.places) expect(SAMPLE_ARTICLE.slice(p.span!.start, p.span!.end)).toBe(p.text);
  });

  it('a perfect prediction scores 1.0 on everything', () => {
    const f = base.figures;
    expect([f.places.p, f.places.r, f.places.f1, f.events.p, f.events.r, f.events.f1]).toEqual([1, 1, 1, 1, 1, 1]);
    expect([f.casualties.p, f.casualties.r, f.casualties.f1, f.subTypeAcc, f.fatalityAcc, f.sourceAcc]).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('a wrong country lowers place precision and recall only', () => {
    const i = rawPlaces.findIndex((g) => g['level'] === 'country');
    const s = scoreRaw(gold, withPlace(i, { country: 'XG' }));
    expect(changedFigures(base.figures, s.figures)).toEqual(['places.f1', 'places.p', 'places.r']);
    expect(s.counts.places).toMatchObject({ found: 5, correct: 5, predicted: 6, fpWrongResolution: 1 });
  });

  it('a point 30 km off misses a place, 20 km off still finds it', () => {
    const i = rawPlaces.findIndex((g) => g['level'] === 'place');
    const g = rawPlaces[i]!;
    const off30 = scoreRaw(gold, withPlace(i, { lat: g['lat'] + 30 / 111.2 }));
    expect(changedFigures(base.figures, off30.figures)).toEqual(['places.f1', 'places.p', 'places.r']);
    expect(off30.figures.places.r).toBeCloseTo(5 / 6);
    expect(changedFigures(base.figures, scoreRaw(gold, withPlace(i, { lat: g['lat'] + 20 / 111.2 })).figures)).toEqual([]);
    expect(scoreRaw(gold, withPlace(i, { lat: null, lon: null })).counts.places.found).toBe(5);
  });

  it('admin1: predicted name or admin1 equals the gold name or admin1, Oblast/Province words and case aside', () => {
    const g = { level: 'admin1', name: 'Northshire Province', country: 'XF' };
    expect(finds(g, { name: 'Northshire Oblast' })).toBe(true);
    expect(finds(g, { name: 'NORTHSHIRE' })).toBe(true);
    expect(finds(g, { name: 'Region of Northshire' })).toBe(true);
    expect(finds(g, { level: 'place', name: 'Someville', admin1: 'Northshire Province' })).toBe(true);
    expect(finds(g, { name: 'Southshire' })).toBe(false);
    expect(finds({ ...g, alsoAccept: ['admin1:Nordshire'] }, { name: 'Nordshire' })).toBe(true);
  });

  it('alsoAccept: country:CC, place:NAME, place:NAME@lat,lon, a bare name, an object', () => {
    const g = { level: 'place', name: 'Riverton', country: 'XF', lat: 50, lon: 30 };
    expect(finds({ ...g, alsoAccept: ['country:xf'] }, { country: 'XF' })).toBe(true);
    expect(finds({ ...g, alsoAccept: ['place:Rivertown'] }, { name: 'rivertown' })).toBe(true);
    expect(finds({ ...g, alsoAccept: ['place:Old Town@51,30'] }, { lat: 51.1, lon: 30 })).toBe(true);
    expect(finds({ ...g, alsoAccept: ['Rivertown'] }, { name: 'Rivertown' })).toBe(true);
    expect(finds({ ...g, alsoAccept: ['Rivertown'] }, { admin1: 'Rivertown' })).toBe(false);
    expect(finds({ ...g, alsoAccept: [{ level: 'country', country: 'XF' }] }, { country: 'XF' })).toBe(true);
  });

  it('a gold place without a point is found by an equal name; a gold country without a level by its code', () => {
    expect(finds({ level: 'place', name: 'Riverton' }, { name: 'riverton', lat: 1, lon: 1 })).toBe(true);
    expect(finds({ country: 'XF' }, { country: 'XF' })).toBe(true);
  });

  it('the resolution may sit in a place/resolution sub-object; a point may be GeoJSON [lon, lat]', () => {
    const g = { level: 'place', name: 'Riverton', country: 'XF', lat: 50, lon: 30 };
    expect(finds(g, { place: { lat: 50, lon: 30 } })).toBe(true);
    expect(finds(g, { geometry: { type: 'Point', coordinates: [30, 50] } })).toBe(true);
  });

  it('a prediction overlapping a notPlace is wrong: precision drops, recall stays', () => {
    const p = perfect();
    p.places.push({ ...span('Freedonia', 3), level: 'country', name: 'Freedonia', country: 'XF', kind: 'toponym' });
    const s = scoreRaw(gold, p);
    expect(changedFigures(base.figures, s.figures)).toEqual(['places.f1', 'places.p']);
    expect(s.counts.places).toMatchObject({ predicted: 7, correct: 6, fpNotPlace: 1 });
  });

  it('a prediction on no gold place, or without a span, is a false positive', () => {
    const p = perfect();
    p.places.push({ ...span('Morning'), level: 'place', name: 'Morning', country: 'XF', lat: 1, lon: 1, kind: 'toponym' });
    p.places.push({ name: 'Nowhere', country: 'XF' });
    const s = scoreRaw(gold, p);
    expect(changedFigures(base.figures, s.figures)).toEqual(['places.f1', 'places.p']);
    expect(s.counts.places).toMatchObject({ fpNoGold: 1, fpNoSpan: 1, predicted: 8 });
  });

  it('demonyms (any case) are left out of precision', () => {
    const p = perfect();
    p.places.push({ ...span('Freedonia', 3), level: 'country', name: 'Freedonia', country: 'XF', kind: 'demonym' });
    p.places.push({ ...span('Shelling'), level: 'country', name: 'Freedonia', country: 'XF', kind: 'Demonym' });
    const s = scoreRaw(gold, p);
    expect(changedFigures(base.figures, s.figures)).toEqual([]);
    expect(s.counts.places.demonyms).toBe(2);
  });

  it('not one to one: a second mention of a found place is correct (and counted as a duplicate)', () => {
    const p = perfect();
    p.places.push({ ...p.places[0]! });
    const s = scoreRaw(gold, p);
    expect(s.counts.places).toMatchObject({ predicted: 7, correct: 7, duplicates: 1 });
    expect(s.figures.places).toEqual({ p: 1, r: 1, f1: 1 });
  });

  it('a partly overlapping span counts; a touching one does not; gold spans may give their end', () => {
    const g = gold.places[0]!.span!;
    expect(scoreRaw(gold, withPlace(0, { start: g.start - 6, end: g.start + 3 })).counts.places.found).toBe(6);
    expect(scoreRaw(gold, withPlace(0, { start: g.end, end: g.end + 3 })).counts.places.found).toBe(5);
    const withEnd = readGold('t', { places: [{ start: 10, end: 20, text: 'x', country: 'XF', level: 'country' }] });
    expect(withEnd.places[0]!.span).toEqual({ start: 10, end: 20 });
  });
});
