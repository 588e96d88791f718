import { describe, expect, it } from 'vitest';
import { admin1Equivalents, locationAgreement, scoreEvents } from './events.js';
import { changedFigures } from './fixtures/diff.js';
import { predictionFromGold } from './fixtures/from-gold.js';
import { sampleGold } from './fixtures/sample.js';
import type { GoldEvent } from './gold.js';
import type { PredEvent, Prediction } from './prediction.js';
import { scoreArticle } from './score.js';

const gold = sampleGold();
const perfect = (): Prediction => predictionFromGold(gold);
const base = scoreArticle(gold, perfect());
const EVENT_PRF = ['events.f1', 'events.p', 'events.r'];

function withEvent(id: string, change: (e: PredEvent) => PredEvent): Prediction {
  const p = perfect();
  p.events = p.events.map((e) => (e.id === id ? change(e) : e));
  return p;
}

describe('event pairing', () => {
  it('a perfect prediction pairs every event with its gold', () => {
    expect(base.figures.events).toEqual({ p: 1, r: 1, f1: 1 });
    expect(base.detail.events.pairs.map((p) => `${p.gold}=${p.pred}`).sort()).toEqual(['e1=0', 'e2=1', 'e3=2', 'e4=3']);
  });

  it('a wrong type leaves the event unpaired', () => {
    const s = scoreArticle(gold, withEvent('e2', (e) => ({ ...e, type: 'Riots' })));
    expect(s.detail.events.missed).toEqual(['e2']);
    expect(s.figures.events.r).toBeCloseTo(2 / 3);
    expect(s.figures.events.p).toBeCloseTo(2 / 3);
    // e2 carried the only reported source and a 5-day window: those side figures move with it
    expect(changedFigures(base.figures, s.figures)).toEqual([...EVENT_PRF, 'windowGold', 'windowPred']);
  });

  it('any of the gold type alternatives is compatible', () => {
    const s = scoreArticle(gold, withEvent('e4', (e) => ({ ...e, type: 'Riots' })));
    expect(s.figures.events.r).toBe(1);
    expect(s.figures.subTypeAcc).toBe(1);
  });

  it('a date window that does not overlap leaves the event unpaired; touching by one day pairs', () => {
    const apart = scoreArticle(gold, withEvent('e1', (e) => ({ ...e, date: { start: '2024-03-05', end: '2024-03-06' } })));
    expect(apart.detail.events.missed).toEqual(['e1']);
    expect(changedFigures(base.figures, apart.figures)).toEqual(expect.arrayContaining(EVENT_PRF));
    expect(apart.figures.places).toEqual(base.figures.places);
    expect(apart.figures.casualties).toEqual(base.figures.casualties);
    const touching = scoreArticle(gold, withEvent('e1', (e) => ({ ...e, date: { start: '2024-03-04', end: '2024-03-06' } })));
    expect(touching.figures.events.r).toBe(1);
    expect(changedFigures(base.figures, touching.figures)).toEqual(['windowPred']);
    expect(touching.figures.windowPred).toBeCloseTo((3 + 5 + 29 + 1) / 4);
    expect(touching.figures.windowGold).toBeCloseTo((1 + 5 + 29 + 1) / 4);
  });

  it('a month-precision predicted date covers the whole month', () => {
    const s = scoreArticle(gold, withEvent('e1', (e) => ({ ...e, date: { start: '2024-03', end: '2024-03' } })));
    expect(s.figures.events.r).toBe(1);
    expect(s.figures.windowPred).toBeCloseTo((31 + 5 + 29 + 1) / 4);
  });

  it('a place location 40 km off leaves the event unpaired', () => {
    const s = scoreArticle(gold, withEvent('e1', (e) => ({ ...e, location: { ...e.location, lat: (e.location.lat ?? 0) + 40 / 111.2 } })));
    expect(s.detail.events.missed).toEqual(['e1']);
    expect(s.figures.places).toEqual(base.figures.places);
    expect(s.figures.fatalityAcc).toBeNull(); // the only gold fatality sat on e1
  });

  it('admin1 gold: same name, the predicted admin1, or a name the gold declares equivalent', () => {
    const g = gold.events.find((e) => e.id === 'e3')!.location;
    const eq = admin1Equivalents(gold);
    expect(locationAgreement(g, { level: 'admin1', name: 'northshire province', country: 'XF' }, eq)).not.toBeNull();
    expect(locationAgreement(g, { level: 'place', name: 'Someville', country: 'XF', admin1: 'Northshire Province', lat: 0, lon: 0 }, eq)).not.toBeNull();
    expect(locationAgreement(g, { level: 'admin1', name: 'Northshire', country: 'XF' }, eq)).not.toBeNull();
    expect(locationAgreement(g, { level: 'admin1', name: 'Northshire', country: 'XF' })).toBeNull();
    expect(locationAgreement(g, { level: 'admin1', name: 'Southshire', country: 'XF', admin1: 'Southshire' }, eq)).toBeNull();
  });

  it('country gold: same country', () => {
    const g = gold.events.find((e) => e.id === 'e4')!.location;
    expect(locationAgreement(g, { level: 'place', name: 'Riverton', country: 'XF', lat: 50, lon: 30 })).not.toBeNull();
    expect(locationAgreement(g, { level: 'country', name: 'Freedonia', country: 'XG' })).toBeNull();
  });

  it('pairing with optional gold is left out of precision', () => {
    const without = perfect();
    without.events = without.events.filter((e) => e.id !== 'e3');
    const s = scoreArticle(gold, without);
    expect(s.figures.events).toEqual({ p: 1, r: 1, f1: 1 });
    expect(s.counts.events).toMatchObject({ predicted: 3, pairedOptional: 0, pairedRequired: 3 });
    expect(base.counts.events).toMatchObject({ predicted: 4, pairedOptional: 1, pairedRequired: 3 });
    // an unpaired extra prediction does count against precision
    const extra = perfect();
    extra.events.push({ type: 'Battles', subType: 'Armed clash', date: { start: '2023-01-01', end: '2023-01-01' }, location: { level: 'country', country: 'XF' }, sources: [] });
    const e = scoreArticle(gold, extra);
    expect(e.figures.events.p).toBeCloseTo(3 / 4);
    expect(changedFigures(base.figures, e.figures)).toEqual(['events.f1', 'events.p']);
  });

  it('a wrong hedge lowers source accuracy only; aliases and normalised names rescue', () => {
    const wrong = scoreArticle(
      gold,
      withEvent('e1', (e) => ({ ...e, sources: (e.sources ?? []).map((s) => (s.hedge === 'claimed' ? { ...s, hedge: 'asserted' } : s)) })),
    );
    expect(changedFigures(base.figures, wrong.figures)).toEqual(['sourceAcc']);
    expect(wrong.figures.sourceAcc).toBeCloseTo(1 / 2);
    const alias = scoreArticle(
      gold,
      withEvent('e1', (e) => ({
        ...e,
        sources: [
          { name: 'Oleg Smith', aliases: ['Governor of Northshire'], hedge: 'asserted' },
          { name: 'the army of Freedonia', hedge: 'claimed' },
          { name: 'Government of Freedonia.', hedge: 'denied' },
        ],
      })),
    );
    expect(alias.figures.sourceAcc).toBe(1);
    const missing = scoreArticle(gold, withEvent('e1', (e) => ({ ...e, sources: (e.sources ?? []).slice(0, 2) })));
    expect(changedFigures(base.figures, missing.figures)).toEqual(['sourceAcc']);
  });

  it('a wrong sub-type lowers sub-type accuracy only; alternatives are accepted', () => {
    const wrong = scoreArticle(gold, withEvent('e1', (e) => ({ ...e, subType: 'Air/drone strike' })));
    expect(changedFigures(base.figures, wrong.figures)).toEqual(['subTypeAcc']);
    expect(wrong.figures.subTypeAcc).toBeCloseTo(3 / 4);
    const alt = scoreArticle(gold, withEvent('e2', (e) => ({ ...e, subType: 'Armed clash' })));
    expect(alt.figures.subTypeAcc).toBe(1);
  });

  it('wrong fatalities lower fatality accuracy only', () => {
    const s = scoreArticle(gold, withEvent('e1', (e) => ({ ...e, fatalities: { min: 3, max: null } })));
    expect(changedFigures(base.figures, s.figures)).toEqual(['fatalityAcc']);
    expect(s.figures.fatalityAcc).toBe(0);
    const none = scoreArticle(gold, withEvent('e1', (e) => ({ ...e, fatalities: null })));
    expect(none.figures.fatalityAcc).toBe(0);
  });

  it('best pairs are chosen first', () => {
    const ev = (id: string, start: string, end: string): GoldEvent => ({
      id,
      required: true,
      types: ['Battles'],
      subTypes: ['Armed clash'],
      date: { start, end },
      location: { level: 'place', name: 'X', country: 'XF', lat: 10, lon: 10 },
      sources: [],
    });
    const golds = [ev('wide', '2024-01-01', '2024-01-31'), ev('day', '2024-01-10', '2024-01-10')];
    const pred = (start: string, end: string): PredEvent => ({
      type: 'Battles',
      subType: 'Armed clash',
      date: { start, end },
      location: { level: 'place', country: 'XF', lat: 10, lon: 10 },
    });
    // the first prediction fits both gold events, the second only the wide one
    const r = scoreEvents({ events: golds, places: [] }, [pred('2024-01-10', '2024-01-10'), pred('2024-01-20', '2024-01-31')]);
    expect(r.pairs.map((p) => `${p.gold}=${p.pred}`).sort()).toEqual(['day=0', 'wide=1']);
    expect(r.counts.pairedRequired).toBe(2);
  });
});
