import { describe, expect, it } from 'vitest';
import { pack as nl } from '../../lang/nl/index.js';
import { pack as en } from '../../lang/en/index.js';
import { pack as de } from '../../lang/de/index.js';
import type { LanguagePack } from '../../lang/pack.js';
import { applyTolls, findCasualties, untoldDeaths } from './index.js';
import { fixture } from './fixture.js';
import { eventToll } from './fatalities.js';
import type { CasualtyDraft } from '../../core/analysis.js';

function run(p: LanguagePack, text: string, trigger: string) {
  const a = fixture(text, p.code, [], [{ id: 'e1', type: 'Explosions/Remote violence', trigger }]);
  const cas = findCasualties(a, p.casualties, p.code);
  return { cas, events: applyTolls(a.events, cas, untoldDeaths(a, p.casualties, cas)) };
}

describe('tallies over long periods', () => {
  it('keeps a tally as a figure but not as the toll of the event told before (en)', () => {
    const r = run(en, 'A rocket hit the depot on Friday, killing four workers. More than 2,100 civilians have been killed in the province this year.', 'rocket');
    expect(r.cas.map((c) => `${c.kind} ${c.min}..${c.max ?? '-'} ${c.eventId ?? 'none'}`)).toEqual(['killed 4..4 e1', 'killed 2101..- none']);
    expect(r.events[0]?.fatalities).toEqual({ min: 4, max: 4 });
  });
  it('reads a sentence-opening period as a tally (de, nl)', () => {
    const d = run(de, 'Eine Rakete traf am Freitag ein Depot, zwei Arbeiter starben. Seit Jahresbeginn wurden in der Provinz mehr als 900 Zivilisten getötet.', 'Rakete');
    expect(d.events[0]?.fatalities).toEqual({ min: 2, max: 2 });
    const n = run(nl, 'Een raket trof vrijdag een depot, twee arbeiders kwamen om. Alleen al in 2023 werden in de provincie meer dan 900 burgers gedood.', 'raket');
    expect(n.events[0]?.fatalities).toEqual({ min: 2, max: 2 });
    expect(n.cas.some((c) => c.min === 901 && c.eventId === null)).toBe(true);
  });
  it('leaves a figure of one event with a date alone', () => {
    const r = run(en, 'A rocket hit the depot on Friday, killing four workers.', 'rocket');
    expect(r.events[0]?.fatalities).toEqual({ min: 4, max: 4 });
  });
});

describe('tolls: wounded only', () => {
  it('gives an event whose figures count only wounded no fatalities (0..0)', () => {
    const r = run(en, 'A drone hit a delivery van near the bridge on Monday, injuring two passengers.', 'drone');
    expect(r.events[0]?.fatalities).toEqual({ min: 0, max: 0 });
    expect(r.events[0]?.rules['fatalities']).toBe('casualties.toll.injured-only');
  });
  it('leaves the toll open when a death is told without a number', () => {
    const r = run(en, 'A drone hit a delivery van near the bridge on Monday. Two passengers were injured and several people were killed.', 'drone');
    expect(r.events[0]?.fatalities?.min).not.toBe(0);
  });
});

describe('linking figures to folded events', () => {
  it('links a figure to the event whose merged evidence holds its sentence, not to the event told just before', () => {
    const text = 'A drone attack hit the region overnight. Separately, rockets hit the port. On Monday night a drone struck a substation. Four workers were injured.';
    const a = fixture(text, 'en', [], [
      { id: 'e1', type: 'Explosions/Remote violence', trigger: 'drone attack', also: [2] },
      { id: 'e2', type: 'Explosions/Remote violence', trigger: 'rockets' },
    ]);
    const cas = findCasualties(a, en.casualties, 'en');
    expect(cas.map((c) => `${c.kind} ${c.min} ${c.eventId}`)).toEqual(['injured 4 e1']);
  });
});

describe('tolls of disagreeing sources', () => {
  const fig = (min: number, max: number | null, source: string): CasualtyDraft =>
    ({ kind: 'killed', min, max, source, hedge: 'asserted', cs: 0, ce: 1, sentence: 0, start: 0, end: 1, text: 'x', rule: 't', eventId: 'e1', who: null }) as unknown as CasualtyDraft;
  it('spans a range that holds both figures', () => {
    expect(eventToll([fig(30, 50, 'network'), fig(22, null, 'ministry')])).toEqual({ min: 22, max: 50 });
  });
  it('gives no single toll when no range holds both', () => {
    expect(eventToll([fig(13, null, 'commission'), fig(5, 5, 'ministry')])).toBeUndefined();
  });
});

describe('tolls of several sources', () => {
  const fig = (min: number, max: number | null, source: string): CasualtyDraft => ({ kind: 'killed', min, max, who: null, source, hedge: 'asserted', start: 0, end: 0, text: '', rule: 't', cs: 0, ce: 0, sentence: 0 });
  it('keeps the count of one source when another tells of no deaths (other victims)', () => {
    expect(eventToll([fig(3, 3, 'army'), fig(0, 0, 'rebels')])).toEqual({ min: 3, max: 3 });
    expect(eventToll([fig(0, 0, 'army'), fig(0, 0, 'rebels')])).toEqual({ min: 0, max: 0 });
  });
});
