import { describe, expect, it } from 'vitest';
import { scoreEvents } from './events.js';
import { changedFigures } from './fixtures/diff.js';
import { predictionFromGold, scoreRaw, type Raw, type RawPrediction } from './fixtures/from-gold.js';
import { sampleGold } from './fixtures/sample.js';
import { readGold } from './gold.js';
import { parsePrediction } from './prediction.js';

const gold = sampleGold();
const perfect = (): RawPrediction => predictionFromGold(gold);
const base = scoreRaw(gold, perfect());
const EVENT_PRF = ['events.f1', 'events.p', 'events.r'];

function withEvent(id: string, change: (e: Raw) => Raw): RawPrediction {
  const p = perfect();
  p.events = p.events.map((e) => (e['id'] === id ? change(e) : e));
  return p;
}

/** Score raw gold events against raw predicted events (with the gold file's actors). */
function events(goldEvents: Raw[], predEvents: Raw[], actors: Raw[] = []) {
  const g = readGold('t', { events: goldEvents, actors });
  const p = parsePrediction({ events: predEvents });
  if (!p.ok) throw new Error(p.message);
  return scoreEvents(g, p.prediction.events);
}

const goldEvent = (over: Raw = {}): Raw => ({
  id: 'g',
  type: 'Battles',
  subType: 'Armed clash',
  date: { start: '2024-01-10', end: '2024-01-10' },
  location: { level: 'place', name: 'X', country: 'XF', lat: 10, lon: 10 },
  sources: [],
  ...over,
});
const predEvent = (over: Raw = {}): Raw => ({
  type: 'Battles',
  subType: 'Armed clash',
  date: { start: '2024-01-10', end: '2024-01-10' },
  location: { level: 'place', country: 'XF', lat: 10, lon: 10 },
  ...over,
});

describe('event pairing', () => {
  it('a perfect prediction pairs every event with its gold', () => {
    expect(base.figures.events).toEqual({ p: 1, r: 1, f1: 1 });
    expect(base.detail.events.pairs.map((p) => `${p.gold}=${p.pred}`).sort()).toEqual(['e1=0', 'e2=1', 'e3=2', 'e4=3']);
  });

  it('a wrong type leaves the event unpaired', () => {
    const s = scoreRaw(gold, withEvent('e2', (e) => ({ ...e, type: 'Riots' })));
    expect(s.detail.events.missed).toEqual(['e2']);
    expect(s.figures.events.r).toBeCloseTo(2 / 3);
    expect(s.figures.events.p).toBeCloseTo(2 / 3);
    expect(changedFigures(base.figures, s.figures)).toEqual(EVENT_PRF);
  });

  it('types compare case-insensitively with spaces normalised; a missing type comes from the sub-type', () => {
    expect(events([goldEvent({ type: 'Explosions/Remote violence', subType: 'Air/drone strike' })], [predEvent({ type: 'explosions / remote  violence', subType: 'Air / drone strike' })]).counts).toMatchObject({ pairedRequired: 1, subTypeCorrect: 1 });
    expect(events([goldEvent()], [predEvent({ type: undefined })]).counts.pairedRequired).toBe(1);
  });

  it('any of the gold type alternatives is compatible', () => {
    const s = scoreRaw(gold, withEvent('e4', (e) => ({ ...e, type: 'Riots' })));
    expect(s.figures.events.r).toBe(1);
    expect(s.figures.subTypeAcc).toBe(1);
  });

  it('a date window that does not overlap leaves the event unpaired; touching by one day pairs', () => {
    const apart = scoreRaw(gold, withEvent('e1', (e) => ({ ...e, date: { start: '2024-03-05', end: '2024-03-06' } })));
    expect(apart.detail.events.missed).toEqual(['e1']);
    expect(changedFigures(base.figures, apart.figures)).toEqual(expect.arrayContaining(EVENT_PRF));
    expect(apart.figures.places).toEqual(base.figures.places);
    const touching = scoreRaw(gold, withEvent('e1', (e) => ({ ...e, date: { start: '2024-03-04', end: '2024-03-06' } })));
    expect(touching.figures.events.r).toBe(1);
    expect(changedFigures(base.figures, touching.figures)).toEqual(['widthRatio']);
    expect(touching.figures.widthRatio).toBeCloseTo((3 + 1 + 1 + 1) / 4);
  });

  it('a month-precision predicted date covers the whole month', () => {
    const s = scoreRaw(gold, withEvent('e1', (e) => ({ ...e, date: { start: '2024-03', end: '2024-03' } })));
    expect(s.figures.events.r).toBe(1);
    expect(s.figures.widthRatio).toBeCloseTo((31 + 1 + 1 + 1) / 4);
  });

  it('a place location 40 km off leaves the event unpaired', () => {
    const s = scoreRaw(gold, withEvent('e1', (e) => ({ ...e, location: { ...e['location'], lat: e['location'].lat + 40 / 111.2 } })));
    expect(s.detail.events.missed).toEqual(['e1']);
    expect(s.figures.places).toEqual(base.figures.places);
    expect(s.figures.fatalityAcc).toBeNull(); // the only gold fatality sat on e1
  });

  it('admin1 gold: the predicted name or admin1 equals the gold name or admin1, Oblast/Province words aside', () => {
    const g = goldEvent({ location: { level: 'admin1', name: 'Northshire Province', country: 'XF' } });
    const paired = (loc: Raw) => events([g], [predEvent({ location: loc })]).counts.pairedRequired;
    expect(paired({ level: 'admin1', name: 'northshire', country: 'XF' })).toBe(1);
    expect(paired({ level: 'admin1', name: 'Northshire Oblast', country: 'XF' })).toBe(1);
    expect(paired({ level: 'place', name: 'Someville', admin1: 'Northshire Province', lat: 0, lon: 0 })).toBe(1);
    expect(paired({ level: 'admin1', name: 'Southshire', admin1: 'Southshire' })).toBe(0);
    // the gold location's own admin1 counts too
    expect(events([goldEvent({ location: { level: 'admin1', name: 'North', admin1: 'Northshire', country: 'XF' } })], [predEvent({ location: { name: 'Northshire' } })]).counts.pairedRequired).toBe(1);
  });

  it('country gold: same country code', () => {
    const g = goldEvent({ location: { level: 'country', name: 'Freedonia', country: 'XF' } });
    expect(events([g], [predEvent({ location: { level: 'place', country: 'xf', lat: 50, lon: 30 } })]).counts.pairedRequired).toBe(1);
    expect(events([g], [predEvent({ location: { level: 'country', country: 'XG' } })]).counts.pairedRequired).toBe(0);
  });

  it('pairing with optional gold is left out of precision', () => {
    const without = perfect();
    without.events = without.events.filter((e) => e['id'] !== 'e3');
    const s = scoreRaw(gold, without);
    expect(s.figures.events).toEqual({ p: 1, r: 1, f1: 1 });
    expect(s.counts.events).toMatchObject({ predicted: 3, pairedOptional: 0, pairedRequired: 3 });
    expect(base.counts.events).toMatchObject({ predicted: 4, pairedOptional: 1, pairedRequired: 3 });
    const extra = perfect();
    extra.events.push({ type: 'Battles', subType: 'Armed clash', date: { start: '2023-01-01', end: '2023-01-01' }, location: { level: 'country', country: 'XF' }, sources: [] });
    const e = scoreRaw(gold, extra);
    expect(e.figures.events.p).toBeCloseTo(3 / 4);
    expect(changedFigures(base.figures, e.figures)).toEqual(['events.f1', 'events.p']);
  });

  it('a wrong hedge lowers source accuracy only; a missing named source too', () => {
    const wrong = scoreRaw(gold, withEvent('e1', (e) => ({ ...e, sources: e['sources'].map((s: Raw) => (s['hedge'] === 'claimed' ? { ...s, hedge: 'asserted' } : s)) })));
    expect(changedFigures(base.figures, wrong.figures)).toEqual(['sourceAcc']);
    expect(wrong.figures.sourceAcc).toBeCloseTo(3 / 4);
    const missing = scoreRaw(gold, withEvent('e1', (e) => ({ ...e, sources: e['sources'].slice(0, 2) })));
    expect(changedFigures(base.figures, missing.figures)).toEqual(['sourceAcc']);
  });

  it('a null gold source (the article itself) needs a predicted source without a name', () => {
    const g = goldEvent({ sources: [{ name: null, hedge: 'asserted' }] });
    const acc = (sources: Raw[]) => events([g], [predEvent({ sources })]).counts.sourceCorrect;
    expect(acc([{ name: null, hedge: 'asserted' }])).toBe(1);
    expect(acc([{ name: '', hedge: 'asserted' }])).toBe(1);
    expect(acc([{ hedge: 'asserted' }])).toBe(1);
    expect(acc([{ name: 'the army', hedge: 'asserted' }])).toBe(0);
    expect(acc([])).toBe(0);
    expect(events([g], [predEvent({ sources: [] })]).counts.sourceTotal).toBe(1);
  });

  it('source names: equal after case and accent folding, or a shared word of four or more letters', () => {
    const g = goldEvent({ sources: [{ name: 'Ministère de la Défense', hedge: 'claimed' }] });
    const acc = (name: string, hedge = 'claimed') => events([g], [predEvent({ sources: [{ name, hedge }] })]).counts.sourceCorrect;
    expect(acc('MINISTERE DE LA DEFENSE')).toBe(1);
    expect(acc('the defense ministry')).toBe(1);
    expect(acc('de la')).toBe(0); // short words do not count
    expect(acc('Ministère de la Défense', 'asserted')).toBe(0);
    expect(acc('CLAIMED'.toLowerCase() === 'claimed' ? 'Ministère' : '', 'Claimed')).toBe(1); // hedges compare case-insensitively
    const short = goldEvent({ sources: [{ name: 'FSB', hedge: 'claimed' }] });
    expect(events([short], [predEvent({ sources: [{ name: 'fsb', hedge: 'claimed' }] })]).counts.sourceCorrect).toBe(1);
  });

  it("source names: a predicted name matches through the gold actor's name and mentions", () => {
    const actors = [{ name: 'Governor Oleg Vasko', mentions: ['Vasko', 'the regional governor'] }];
    const g = goldEvent({ sources: [{ name: 'Governor Oleg Vasko', hedge: 'asserted' }] });
    const acc = (name: string) => events([g], [predEvent({ sources: [{ name, hedge: 'asserted' }] })], actors).counts.sourceCorrect;
    expect(acc('Vasko')).toBe(1);
    expect(acc('the regional governor')).toBe(1);
    expect(acc('regional officials')).toBe(1); // shares "regional" with a mention
    expect(acc('the mayor')).toBe(0);
    // the gold source may itself be a mention: it stands for the whole actor
    const viaMention = goldEvent({ sources: [{ name: 'Vasko', hedge: 'asserted' }] });
    expect(events([viaMention], [predEvent({ sources: [{ name: 'Oleg', hedge: 'asserted' }] })], actors).counts.sourceCorrect).toBe(1);
    // aliases of a predicted source are not looked at
    expect(events([g], [predEvent({ sources: [{ name: 'the mayor', aliases: ['Vasko'], hedge: 'asserted' }] })], actors).counts.sourceCorrect).toBe(0);
  });

  it('actor figures: distinctive words, first five letters alike, generic words left out', () => {
    const actors = [{ name: 'Russian Volunteer Corps', mentions: ['RVC'] }];
    const g = goldEvent({ actors: ['Russian Volunteer Corps', 'Military Forces of Freedonia'], sources: [{ name: 'Kremlin', hedge: 'denied' }] });
    const c = events([g], [predEvent({ actors: ['Russia', 'RVC', 'military forces', 'Freedonian army', 'Kremlin'] })], actors).counts;
    // gold found: both; predicted right: Russia (Russi-), RVC (mention), Freedonian (Freed-); "military forces" is generic; Kremlin is a source
    expect(c).toMatchObject({ actorGold: 2, actorGoldFound: 2, actorPred: 5, actorPredRight: 3, actorSourceAsActor: 1 });
  });

  it('sub-type accuracy is over all pairs; alternatives are accepted', () => {
    const wrong = scoreRaw(gold, withEvent('e1', (e) => ({ ...e, subType: 'Air/drone strike' })));
    expect(changedFigures(base.figures, wrong.figures)).toEqual(['subTypeAcc']);
    expect(wrong.figures.subTypeAcc).toBeCloseTo(3 / 4);
    const alt = scoreRaw(gold, withEvent('e2', (e) => ({ ...e, subType: 'Armed clash' })));
    expect(alt.figures.subTypeAcc).toBe(1);
    expect(events([goldEvent({ subType: undefined })], [predEvent()]).counts).toMatchObject({ pairedRequired: 1, subTypeCorrect: 0 });
  });

  it('wrong fatalities lower fatality accuracy only; a bare number is an exact figure', () => {
    const s = scoreRaw(gold, withEvent('e1', (e) => ({ ...e, fatalities: { min: 3, max: null } })));
    expect(changedFigures(base.figures, s.figures)).toEqual(['fatalityAcc']);
    expect(s.figures.fatalityAcc).toBe(0);
    const none = scoreRaw(gold, withEvent('e1', (e) => ({ ...e, fatalities: null })));
    expect(none.figures.fatalityAcc).toBe(0);
    expect(scoreRaw(gold, withEvent('e1', (e) => ({ ...e, fatalities: 3 }))).figures.fatalityAcc).toBe(1);
  });

  it('best pairs first: a matching sub-type outweighs a closer date', () => {
    const golds = [goldEvent({ id: 'wide', date: { start: '2024-01-01', end: '2024-01-31' } }), goldEvent({ id: 'day', subType: 'Government regains territory' })];
    const r = events(golds, [predEvent()]);
    // the prediction fits both; "wide" shares its sub-type, so it takes it and "day" gets nothing
    expect(r.pairs.map((p) => `${p.gold}=${p.pred}`).sort()).toEqual(['wide=0']);
    expect(r.counts.pairedRequired).toBe(1);
    // with equal sub-types the exact day wins prediction 0
    const same = events([goldEvent({ id: 'wide', date: { start: '2024-01-01', end: '2024-01-31' } }), goldEvent({ id: 'day' })], [predEvent(), predEvent({ date: { start: '2024-01-20', end: '2024-01-31' } })]);
    expect(same.pairs.map((p) => `${p.gold}=${p.pred}`).sort()).toEqual(['day=0', 'wide=1']);
  });
});
