/** Which mentions are one event, and where and when each event took place (invented sentences). */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../core/diagnostic.js';
import type { LanguagePack } from '../../lang/pack.js';
import { pack as de } from '../../lang/de/index.js';
import { pack as en } from '../../lang/en/index.js';
import { pack as nl } from '../../lang/nl/index.js';
import { makeAnalysis, makeContext } from './fixture.js';
import type { PlaceSpec, TimeSpec } from './fixture.js';
import { extractEvents } from './index.js';

const packs: Record<string, LanguagePack> = { de, en, nl };

function run(lang: 'nl' | 'en' | 'de', text: string, places: PlaceSpec[] = [], times: TimeSpec[] = [], date = '2025-04-16') {
  const sink: Diagnostic[] = [];
  const a = makeAnalysis(text, lang, date, places, times);
  return extractEvents(a, makeContext(packs[lang]!, packs, date, sink));
}

describe('events: places that are not where the event took place', () => {
  it('a reference point hundreds of kilometres away does not locate the event; the region named beside it does', () => {
    const events = run('nl', 'Het dorp Wara, zo\u2019n tweehonderd kilometer ten noorden van de hoofdstad Bamako in de regio Koulikoro, is dinsdag getroffen door een luchtaanval.', [
      { text: 'Bamako', level: 'place', name: 'Bamako', country: 'ML', lat: 12.65, lon: -8.0 },
      { text: 'Koulikoro', level: 'admin1', name: 'Koulikoro', country: 'ML' },
    ]);
    expect(events.map((e) => e.location.name)).toEqual(['Koulikoro']);
  });

  it('a nearby reference point still locates the event', () => {
    const events = run('en', 'An air strike hit a hamlet 12 km north of the town of Gao in the Gao region.', [
      { text: 'Gao', nth: 0, level: 'place', name: 'Gao', country: 'ML', lat: 16.27, lon: -0.04 },
      { text: 'Gao', nth: 1, level: 'admin1', name: 'Gao', country: 'ML' },
    ]);
    expect(events[0]!.location.level).toBe('place');
  });

  it('where the fire came from is not where it hit', () => {
    const events = run('nl', 'Vanuit Libanon werden raketten afgevuurd op het noorden van Israël.', [
      { text: 'Libanon', level: 'country', name: 'Lebanon', country: 'LB' },
      { text: 'Israël', level: 'country', name: 'Israel', country: 'IL' },
    ]);
    expect(events.map((e) => e.location.country)).toEqual(['IL']);
  });

  it('a place inside the quoted name of a source is not the event\u2019s place', () => {
    const events = run('en', 'According to the weekly "Mombasa Herald", gunmen attacked farmers in the district of Lamu.', [
      { text: 'Mombasa', level: 'place', name: 'Mombasa', country: 'KE', lat: -4.05, lon: 39.67 },
      { text: 'Lamu', level: 'admin1', name: 'Lamu', country: 'KE' },
    ]);
    expect(events.map((e) => e.location.name)).toEqual(['Lamu']);
  });
});

describe('events: one event or several', () => {
  it('riots that spread to other cities are a country-wide event beside the riot of one city', () => {
    const events = run('de', 'In Lyon kam es am Dienstag zu schweren Krawallen. In der Nacht weiteten sich die Krawalle auf weitere Städte in Frankreich aus.', [
      { text: 'Lyon', level: 'place', name: 'Lyon', country: 'FR', lat: 45.76, lon: 4.84 },
      { text: 'Frankreich', level: 'country', name: 'France', country: 'FR' },
    ]);
    expect(events.map((e) => `${e.type}|${e.location.level}`).sort()).toEqual(['Riots|country', 'Riots|place']);
  });

  it('after "the arrest of X, violent protests broke out in several cities": the arrest stays where it took place', () => {
    const events = run('nl', 'In Lahore werd de oppositieleider dinsdag gearresteerd. Na de arrestatie braken gewelddadige protesten uit in verschillende steden van Pakistan.', [
      { text: 'Lahore', level: 'place', name: 'Lahore', country: 'PK', lat: 31.55, lon: 74.34 },
      { text: 'Pakistan', level: 'country', name: 'Pakistan', country: 'PK' },
    ]);
    const riot = events.find((e) => e.type === 'Riots');
    expect(riot?.subType).toBe('Violent demonstration');
    expect(riot?.location.level).toBe('country');
    expect(events.find((e) => e.subType === 'Arrests')?.location.name).toBe('Lahore');
  });

  it('abductions counting different people are different events', () => {
    const events = run('de', 'Bewaffnete haben im Bundesstaat Zamfara 40 Menschen entführt. Anfang des Monats waren in dem Bundesstaat bereits 25 Bauern verschleppt worden.', [
      { text: 'Zamfara', level: 'admin1', name: 'Zamfara', country: 'NG' },
    ]);
    expect(events).toHaveLength(2);
  });

  it('the same abduction told twice with its number is one event', () => {
    const events = run('en', 'Gunmen abducted 40 people in Zamfara state. The 40 people were abducted from a market, police said.', [
      { text: 'Zamfara', level: 'admin1', name: 'Zamfara', country: 'NG' },
    ]);
    expect(events).toHaveLength(1);
  });

  it('demonstrators who set fire to one building and stormed another: two riots, one per place', () => {
    const events = run('nl', 'Gisteravond hebben manifestanten een politiebureau in brand gestoken in de stad Lahore en een kantoor van de regering bestormd in de stad Multan.', [
      { text: 'Lahore', level: 'place', name: 'Lahore', country: 'PK', lat: 31.55, lon: 74.34 },
      { text: 'Multan', level: 'place', name: 'Multan', country: 'PK', lat: 30.2, lon: 71.47 },
    ]);
    expect(events.map((e) => `${e.type}|${e.location.name}`).sort()).toEqual(['Riots|Lahore', 'Riots|Multan']);
  });
});

describe('events: dates borrowed from the event told before', () => {
  it('"on the same night" dates the second event like the first', () => {
    const events = run(
      'en',
      'Gunmen killed three villagers in Kilwa on Thursday night.\n\nOn the same night, in Lindi, a farmer was attacked by the gunmen.',
      [
        { text: 'Kilwa', level: 'place', name: 'Kilwa', country: 'TZ', lat: -8.9, lon: 39.5 },
        { text: 'Lindi', level: 'place', name: 'Lindi', country: 'TZ', lat: -10.0, lon: 39.7 },
      ],
      [{ text: 'Thursday night', start: '2025-04-10', end: '2025-04-11', basis: 'relative' }],
    );
    const lindi = events.find((e) => e.location.name === 'Lindi');
    expect(lindi?.date.start).toBe('2025-04-10');
  });
});

describe('events: states of affairs over years are no events', () => {
  it('"in a conflict over control of X for almost 30 years" (de, nl, en)', () => {
    const place: PlaceSpec = { text: 'Karabach', level: 'admin1', name: 'Karabakh', country: 'AZ' };
    expect(run('de', 'Die beiden Länder streiten seit fast 30 Jahren um die Kontrolle über Karabach.', [place])).toHaveLength(0);
    expect(run('nl', 'Beide landen vechten al bijna dertig jaar om de controle over Karabach.', [place])).toHaveLength(0);
    expect(run('en', 'For nearly 30 years the two countries have fought over Karabach.', [place])).toHaveLength(0);
  });
});
