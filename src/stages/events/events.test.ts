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
  const events = extractEvents(a, makeContext(packs[lang]!, packs, date, sink));
  return { events, sink, a };
}

const KHARKIV: PlaceSpec = { text: 'Charkiv', level: 'place', name: 'Kharkiv', country: 'UA', admin1: 'Kharkiv', lat: 49.98, lon: 36.25 };

describe('events: triggers → ACLED types', () => {
  it('Dutch compounds and inflections', () => {
    const { events } = run('nl', 'Bij een mortieraanval op Charkiv vielen dinsdag twee doden.', [KHARKIV]);
    expect(events).toHaveLength(1);
    expect(events[0]!.type).toBe('Explosions/Remote violence');
    expect(events[0]!.subType).toBe('Shelling/artillery/missile attack');
    expect(events[0]!.trigger.text).toBe('mortieraanval');
    expect(events[0]!.rules['type']).toBe('nl.trigger.artillerie');
    expect(events[0]!.location.name).toBe('Kharkiv');
  });

  it('Dutch drone-aanvallen and "liet een bom vallen" are air/drone strikes', () => {
    const a = run('nl', 'In Charkiv waren opnieuw drone-aanvallen.', [KHARKIV]).events;
    expect(a.map((e) => e.subType)).toEqual(['Air/drone strike']);
    const b = run('nl', 'Boven Charkiv liet een toestel gisteren een bom vallen op een school.', [KHARKIV]).events;
    expect(b.map((e) => e.subType)).toEqual(['Air/drone strike']);
  });

  it('English types: IED, abduction, arrests, shot down', () => {
    const place: PlaceSpec = { text: 'Mopti', level: 'place', name: 'Mopti', country: 'ML', lat: 14.49, lon: -4.19 };
    expect(run('en', 'A roadside bomb hit a truck near Mopti on Monday.', [place]).events[0]!.subType).toBe('Remote explosive/landmine/IED');
    expect(run('en', 'Gunmen kidnapped nine traders near Mopti.', [place]).events[0]!.subType).toBe('Abduction/forced disappearance');
    expect(run('en', 'Police arrested twelve people in Mopti.', [place]).events[0]!.subType).toBe('Arrests');
    expect(run('en', 'Air defences shot down four drones over Mopti.', [place]).events[0]!.subType).toBe('Disrupted weapons use');
  });

  it('German compounds: Artilleriebeschuss, Drohnenangriff, Selbstmordanschlag', () => {
    const place: PlaceSpec = { text: 'Gao', level: 'place', name: 'Gao', country: 'ML', lat: 16.27, lon: -0.04 };
    expect(run('de', 'Bei Artilleriebeschuss auf Gao starben zwei Menschen.', [place]).events[0]!.subType).toBe('Shelling/artillery/missile attack');
    expect(run('de', 'Ein Drohnenangriff traf am Morgen ein Lager bei Gao.', [place]).events[0]!.subType).toBe('Air/drone strike');
    expect(run('de', 'Ein Selbstmordanschlag mit einer Autobombe erschütterte Gao.', [place]).events[0]!.subType).toBe('Suicide bomb');
  });

  it('a generic attack on civilians is Violence against civilians, a repelled one is a clash', () => {
    const place: PlaceSpec = { text: 'Kaya', level: 'place', name: 'Kaya', country: 'BF', lat: 13.09, lon: -1.08 };
    expect(run('en', 'Gunmen attacked villagers near Kaya on Friday.', [place]).events[0]!.type).toBe('Violence against civilians');
    expect(run('en', 'The army said it repelled two attacks on its base in Kaya.', [place]).events[0]!.subType).toBe('Armed clash');
  });

  it('territory: a state force retaking ground vs a non-state actor capturing it', () => {
    const town: PlaceSpec = { text: 'Rutshuru', level: 'place', name: 'Rutshuru', country: 'CD', lat: -1.18, lon: 29.45 };
    expect(run('en', 'Rebels captured Rutshuru on Tuesday.', [town]).events[0]!.subType).toBe('Non-state actor overtakes territory');
    expect(run('en', 'Government troops captured Rutshuru on Tuesday.', [town]).events[0]!.subType).toBe('Government regains territory');
    expect(run('nl', 'Het leger heeft Rutshuru heroverd.', [town]).events[0]!.subType).toBe('Government regains territory');
  });

  it('protests: peaceful, or with intervention when police use tear gas', () => {
    const city: PlaceSpec = { text: 'Yerevan', level: 'place', name: 'Yerevan', country: 'AM', lat: 40.18, lon: 44.51 };
    expect(run('en', 'Thousands of people protested in Yerevan on Sunday.', [city]).events[0]!.subType).toBe('Peaceful protest');
    expect(run('en', 'Thousands protested in Yerevan. Police fired tear gas to disperse them.', [city]).events[0]!.subType).toBe('Protest with intervention');
  });
});

describe('events: context filters', () => {
  const town: PlaceSpec = { text: 'Izium', level: 'place', name: 'Izium', country: 'UA', lat: 49.21, lon: 37.26 };
  it('negation: "no attacks were reported", "geen aanvallen", "keine Angriffe"', () => {
    const r = run('en', 'No attacks were reported in Izium overnight.', [town]);
    expect(r.events).toHaveLength(0);
    expect(r.sink.some((d) => d.code === 'events/filtered' && d.message.includes('negation'))).toBe(true);
    expect(run('nl', 'Er waren geen beschietingen in Izium.', [town]).events).toHaveLength(0);
    expect(run('de', 'In Izium gab es keine Angriffe.', [town]).events).toHaveLength(0);
  });

  it('threats and plans are not events', () => {
    expect(run('en', 'The group threatened to attack Izium.', [town]).events).toHaveLength(0);
    expect(run('nl', 'De rebellen dreigden Izium te bestormen en plannen een aanval.', [town]).events).toHaveLength(0);
    expect(run('de', 'Die Miliz will Izium angreifen.', [town]).events).toHaveLength(0);
  });

  it('purposes are not events: "om aanslagen te verhinderen", "um Angriffe zu verhindern"', () => {
    expect(run('nl', 'Er komen extra controles in Izium om aanslagen te verhinderen.', [town]).events).toHaveLength(0);
    expect(run('de', 'In Izium gibt es mehr Kontrollen, um Angriffe zu verhindern.', [town]).events).toHaveLength(0);
  });

  it('an asserted event next to a filtered one is kept', () => {
    const r = run('en', 'Shelling hit Izium on Monday. No attacks were reported on Tuesday.', [town]);
    expect(r.events.map((e) => e.subType)).toEqual(['Shelling/artillery/missile attack']);
  });
});

describe('events: locations', () => {
  it('two coordinated villages are two events', () => {
    const text = 'In de dorpen Kozatsja Lopan (vlak bij de grens) en Zolotsjiv waren drone-aanvallen.';
    const r = run('nl', text, [
      { text: 'Kozatsja Lopan', level: 'place', name: 'Kozacha Lopan', country: 'UA', admin1: 'Kharkiv', lat: 50.33, lon: 36.21 },
      { text: 'Zolotsjiv', level: 'place', name: 'Zolochiv', country: 'UA', admin1: 'Kharkiv', lat: 50.28, lon: 35.98 },
    ]);
    expect(r.events.map((e) => e.location.name)).toEqual(['Kozacha Lopan', 'Zolochiv']);
    expect(r.events.every((e) => e.subType === 'Air/drone strike')).toBe(true);
    expect(new Set(r.events.map((e) => e.id)).size).toBe(2);
  });

  it('a reference point ("20 km north of X") does not beat the named place', () => {
    const r = run('en', 'Drone strikes hit Lyptsi, 20 km north of Kharkiv, on Friday.', [
      { text: 'Lyptsi', level: 'place', name: 'Lyptsi', country: 'UA', lat: 50.2, lon: 36.42 },
      { text: 'Kharkiv', level: 'place', name: 'Kharkiv', country: 'UA', lat: 49.98, lon: 36.25 },
    ]);
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.location.name).toBe('Lyptsi');
    expect(r.events[0]!.location.rule).toBe('loc.clause');
  });

  it('a place standing for a speaker ("Moscow claims") is not the location; demonyms are skipped', () => {
    const r = run('en', 'Moscow claims its forces shelled Vovchansk.', [
      { text: 'Moscow', level: 'place', name: 'Moscow', country: 'RU', lat: 55.75, lon: 37.62 },
      { text: 'Vovchansk', level: 'place', name: 'Vovchansk', country: 'UA', lat: 50.29, lon: 36.94 },
    ]);
    expect(r.events[0]!.location.name).toBe('Vovchansk');
  });

  const BAKHMUT: PlaceSpec = { text: 'Bakhmut', level: 'place', name: 'Bakhmut', country: 'UA', lat: 48.6, lon: 38.0 };

  it('a sentence without place or time continues the event just told', () => {
    const text = 'Fighting continued in Bakhmut on Monday.\n\nThe army said heavy shelling went on all night.';
    const r = run('en', text, [BAKHMUT], [{ text: 'on Monday', start: '2025-04-14', end: '2025-04-14' }]);
    const shelling = r.events.find((e) => e.subType === 'Shelling/artillery/missile attack');
    expect(shelling?.location).toMatchObject({ name: 'Bakhmut', stated: false, rule: 'loc.previous-event' });
    expect(shelling?.date.start).toBe('2025-04-14');
  });

  it('a settlement the places stage does not know is not the place told before: only its region (admin1)', () => {
    const sumy: PlaceSpec = { text: 'Sumy', level: 'place', name: 'Sumy', country: 'UA', admin1: 'Sumy', lat: 50.91, lon: 34.8 };
    const unknown = run('en', 'A missile strike hit Sumy. Troops clashed with militants in the village of Oakmere.', [sumy]).events;
    const fight = unknown.find((e) => e.subType === 'Armed clash');
    expect(fight?.location).toMatchObject({ level: 'admin1', name: 'Sumy', country: 'UA', rule: 'loc.unknown-settlement-admin1', stated: false });
    const nl = run('nl', 'Een raket trof Charkiv. In het grensdorp Eikenveld wordt hevig gevochten.', [KHARKIV]).events;
    expect(nl.find((e) => e.subType === 'Armed clash')?.location).toMatchObject({ level: 'admin1', name: 'Kharkiv', rule: 'loc.unknown-settlement-admin1' });
    // a known settlement after the qualifier, or none at all, keeps the ordinary rules
    const known = run('en', 'A missile strike hit Sumy. Troops clashed with militants in the town of Sumy.', [sumy, { ...sumy, nth: 1 }]).events;
    expect(known.every((e) => e.location.rule !== 'loc.unknown-settlement-admin1')).toBe(true);
    const none = run('en', 'A missile strike hit Sumy. Troops clashed with militants there.', [sumy]).events;
    expect(none.every((e) => e.location.rule !== 'loc.unknown-settlement-admin1')).toBe(true);
  });

  it('falls back to the dominant place, marking the location as not stated', () => {
    const text = 'Bakhmut was quiet for weeks. Officials met. Aid arrived.\n\nHeavy shelling went on all night.';
    const r = run('en', text, [BAKHMUT]);
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.location).toMatchObject({ name: 'Bakhmut', stated: false, rule: 'loc.document' });
  });

  it('a time told as the report date bounds the event from above', () => {
    const r = run('en', 'The army said on Wednesday that it had shelled rebel positions in Bakhmut.', [BAKHMUT], [
      { text: 'on Wednesday', start: '2025-04-16', end: '2025-04-16' },
    ]);
    expect(r.events[0]!.date).toMatchObject({ start: '2025-04-14', end: '2025-04-16', basis: 'inferred' });
  });

  it('no place at all: no event, a diagnostic instead', () => {
    const r = run('en', 'Shelling went on all night.');
    expect(r.events).toHaveLength(0);
    expect(r.sink.some((d) => d.code === 'events/no-location')).toBe(true);
  });
});

describe('events: dates, merge and output', () => {
  const city: PlaceSpec = { text: 'Sumy', level: 'place', name: 'Sumy', country: 'UA', lat: 50.91, lon: 34.8 };

  it('takes the time expression of the clause; else a default window ending at the document date', () => {
    const r = run('en', 'A missile strike hit Sumy on Monday.', [city], [{ text: 'on Monday', start: '2025-04-14', end: '2025-04-14' }]);
    expect(r.events[0]!.date).toMatchObject({ start: '2025-04-14', end: '2025-04-14', basis: 'relative' });
    expect(r.events[0]!.rules['date']).toBe('date.clause:fixture');
    const d = run('en', 'A missile strike hit Sumy.', [city]).events[0]!.date;
    expect(d).toMatchObject({ start: '2025-04-15', end: '2025-04-16', basis: 'inferred', rule: 'date.default' });
  });

  it('merges sentences about the same event, keeping every evidence span', () => {
    const text = 'A missile strike hit Sumy on Monday. Rescuers said the missile attack on Sumy destroyed a school.';
    const r = run('en', text, [city, { ...city, nth: 1 }], [{ text: 'on Monday', start: '2025-04-14', end: '2025-04-14' }]);
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.evidence).toHaveLength(2);
    expect(r.events[0]!.date.start).toBe('2025-04-14');
  });

  it('keeps events on different days apart', () => {
    const text = 'A missile strike hit Sumy on Monday. Another missile strike hit Sumy on Wednesday.';
    const r = run('en', text, [city, { ...city, nth: 1 }], [
      { text: 'on Monday', start: '2025-04-14', end: '2025-04-14' },
      { text: 'on Wednesday', start: '2025-04-16', end: '2025-04-16' },
    ]);
    expect(r.events).toHaveLength(2);
    expect(r.events.map((e) => e.id)).toEqual(['ev1', 'ev2']);
  });

  it('a mention dated only "recently" is another event than one told on a specific day at that place', () => {
    const text = 'A drone dropped a bomb on a depot in Sumy on Monday. Recently, a helicopter dropped bombs on Sumy by mistake.';
    const times: TimeSpec[] = [
      { text: 'on Monday', start: '2025-04-14', end: '2025-04-14' },
      { text: 'Recently', start: '2025-02-15', end: '2025-04-16', rule: 'en.time.recently' },
    ];
    const r = run('en', text, [city, { ...city, nth: 1 }], times);
    expect(r.events).toHaveLength(2);
    expect(r.events.map((e) => e.rules['date'])).toEqual(['date.clause:fixture', 'date.clause:en.time.recently']);
    // without the vague time word both sentences tell of one event
    const same = run('en', 'A drone dropped a bomb on a depot in Sumy on Monday. The drone dropped bombs on Sumy by mistake.', [city, { ...city, nth: 1 }], times.slice(0, 1));
    expect(same.events).toHaveLength(1);
  });

  it('mentions naming only different means (a drone, a helicopter) are different events', () => {
    const places = [city, { ...city, nth: 1 }];
    const two = run('en', 'A drone dropped a bomb on a depot in Sumy. A helicopter dropped bombs on a school in Sumy.', places).events;
    expect(two).toHaveLength(2);
    const one = run('en', 'A drone dropped a bomb on a depot in Sumy. A drone also dropped bombs on a school in Sumy.', places).events;
    expect(one).toHaveLength(1);
  });

  it('drops background events more than a year old', () => {
    const r = run('en', 'Rebels captured Sumy in 2019.', [city], [{ text: 'in 2019', start: '2019-01-01', end: '2019-12-31', basis: 'explicit' }]);
    expect(r.events).toHaveLength(0);
    expect(r.sink.some((d) => d.code === 'events/background')).toBe(true);
  });

  it('spans index the original text, and sources default to the article voice', () => {
    const r = run('en', 'Heavy shelling hit Sumy.', [city]);
    const e = r.events[0]!;
    expect(r.a.raw.original.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
    expect(e.trigger.text).toBe('shelling');
    expect(e.sources).toEqual([{ name: null, hedge: 'asserted' }]);
    for (const ev of e.evidence) expect(r.a.raw.original.slice(ev.start, ev.end)).toBe(ev.text);
  });
});

describe('events: references back', () => {
  const town: PlaceSpec = { text: 'Menaka', level: 'place', name: 'Ménaka', country: 'ML', lat: 15.92, lon: 2.4 };
  it('"the ambush" told later joins the ambush already told', () => {
    const text = 'Jihadists ambushed a patrol near Menaka on Sunday.\n\nA militant group claimed responsibility for the ambush.';
    const r = run('en', text, [town], [{ text: 'on Sunday', start: '2025-04-13', end: '2025-04-13' }]);
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.evidence).toHaveLength(2);
  });
  it('drones as the subject of a verb-final attack are an air/drone strike (de, nl)', () => {
    const kursk: PlaceSpec = { text: 'Kursk', level: 'admin1', name: 'Kursk Oblast', country: 'RU' };
    expect(run('de', 'In der Nacht sollen Drohnen ein Depot im Gebiet Kursk angegriffen haben.', [kursk]).events[0]!.subType).toBe('Air/drone strike');
    const koersk: PlaceSpec = { text: 'Koersk', level: 'admin1', name: 'Kursk Oblast', country: 'RU' };
    expect(run('nl', 'Drones hebben vannacht een depot in Koersk aangevallen.', [koersk]).events[0]!.subType).toBe('Air/drone strike');
  });
});

describe('events: figurative and non-event uses', () => {
  const city: PlaceSpec = { text: 'Tbilisi', level: 'place', name: 'Tbilisi', country: 'GE', lat: 41.69, lon: 44.83 };
  it('a legal battle, an arrest warrant, captured soldiers and a diplomatic protest are not events', () => {
    expect(run('en', 'The party lost a legal battle in Tbilisi.', [city]).events).toHaveLength(0);
    expect(run('en', 'A court in Tbilisi issued an arrest warrant for the former minister.', [city]).events).toHaveLength(0);
    expect(run('en', 'The ministry in Tbilisi lodged a formal protest with the embassy.', [city]).events).toHaveLength(0);
    expect(run('nl', 'De regering in Tbilisi heeft een duidelijk standpunt ingenomen.', [city]).events).toHaveLength(0);
  });
  it('political protests and shelling that killed soldiers stay events', () => {
    expect(run('en', 'Thousands joined political protests in Tbilisi.', [city]).events).toHaveLength(1);
    expect(run('en', 'Shelling near Tbilisi killed five soldiers.', [city]).events).toHaveLength(1);
  });
});

describe('events: arrests at protests', () => {
  const city: PlaceSpec = { text: 'Minsk', level: 'place', name: 'Minsk', country: 'BY', lat: 53.9, lon: 27.57 };
  it('arrests told with a protest are the police intervening in it; arrests elsewhere stay arrests', () => {
    const text =
      'On Saturday, police detained six women who had laid flowers in Minsk. The police called it an unauthorised demonstration.\n\n' +
      'On Monday, security services arrested a blogger at his home in Minsk.';
    const r = run('en', text, [city, { ...city, nth: 1 }], [
      { text: 'On Saturday', start: '2025-04-12', end: '2025-04-12' },
      { text: 'On Monday', start: '2025-04-14', end: '2025-04-14' },
    ]);
    expect(r.events.map((e) => e.subType)).toEqual(['Protest with intervention', 'Arrests']);
    expect(r.events[0]!.rules['type']).toContain('arrest-at-protest');
  });
  it('an arrest the protests followed is no intervention in them', () => {
    const text = 'After the arrest of the opposition leader in Minsk on Saturday, protests broke out in Minsk.';
    const r = run('en', text, [city, { ...city, nth: 1 }], [{ text: 'on Saturday', start: '2025-04-12', end: '2025-04-12' }]);
    expect(r.events.map((e) => e.subType)).toContain('Arrests');
  });
});

describe('events: mentions that only join', () => {
  const town: PlaceSpec = { text: 'Ayorou', level: 'place', name: 'Ayorou', country: 'NE', lat: 14.73, lon: 0.92 };
  it('a summarising plural ("there were attacks") makes no event of its own', () => {
    expect(run('en', 'There were attacks in Ayorou too.', [town]).events).toHaveLength(0);
    expect(run('de', 'Auch in Ayorou gab es Angriffe.', [town]).events).toHaveLength(0);
  });
  it('a denial alone makes no event; beside the claim it joins it', () => {
    const alone = run('en', 'The army denied that Ayorou had been captured.', [town]);
    expect(alone.events).toHaveLength(0);
    expect(alone.sink.some((d) => d.code === 'events/denied-only')).toBe(true);
    const both = run('en', 'Rebels said they captured Ayorou on Monday. The army denied that Ayorou had been captured.', [town, { ...town, nth: 1 }], [
      { text: 'on Monday', start: '2025-04-14', end: '2025-04-14' },
    ]);
    expect(both.events).toHaveLength(1);
    expect(both.events[0]!.evidence).toHaveLength(2);
  });
  it('"a village 15 km north of X, in Y province" is located at X', () => {
    const r = run('nl', 'Rebellen hebben een dorp op vijftien kilometer ten noorden van Beni, in de provincie Noord-Kivu, overvallen.', [
      { text: 'Beni', level: 'place', name: 'Beni', country: 'CD', lat: 0.49, lon: 29.47 },
      { text: 'Noord-Kivu', level: 'admin1', name: 'North Kivu', country: 'CD' },
    ]);
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.location).toMatchObject({ name: 'Beni', rule: 'loc.reference-point' });
    expect(r.events[0]!.type).toBe('Violence against civilians');
  });
  it('a peaceful protest that turns into a riot is one riot', () => {
    const city: PlaceSpec = { text: 'Goma', level: 'place', name: 'Goma', country: 'CD', lat: -1.68, lon: 29.22 };
    const r = run('nl', 'In Goma gingen honderden jongeren de straat op. Ze blokkeerden wegen met brandende banden.', [city]);
    expect(r.events.map((e) => e.subType)).toEqual(['Violent demonstration']);
  });
  it('a state of affairs over half a year is not an event', () => {
    const r = run('en', 'Fighting has raged around Ayorou since January.', [town], [{ text: 'since January', start: '2024-01-01', end: '2025-04-16' }]);
    expect(r.events).toHaveLength(0);
    expect(r.sink.some((d) => d.code === 'events/ongoing' || d.code === 'events/filtered')).toBe(true);
  });
});

describe('events: parts of one event', () => {
  const city: PlaceSpec = { text: 'Tyrus', level: 'place', name: 'Tyre', country: 'LB', lat: 33.27, lon: 35.2 };
  it('a weak "attacked" beside an air strike of its paragraph tells of the strike', () => {
    const text = 'Bei einem Luftangriff auf Tyrus starben am Sonntag sieben Menschen. Die Armee erklärte, sie habe in Tyrus eine Kommandozentrale angegriffen.';
    const r = run('de', text, [city, { ...city, nth: 1 }], [{ text: 'am Sonntag', start: '2025-04-13', end: '2025-04-13' }]);
    expect(r.events.map((e) => e.subType)).toEqual(['Air/drone strike']);
    expect(r.events[0]!.evidence).toHaveLength(2);
  });
  it('rockets intercepted without a place of their own belong to the rocket attack just told', () => {
    const text = 'Hezbollah vuurde zondag raketten af op Tyrus. Volgens het leger werden de meeste raketten onderschept.';
    const r = run('nl', text, [city], [{ text: 'zondag', start: '2025-04-13', end: '2025-04-13' }]);
    expect(r.events.map((e) => e.subType)).toEqual(['Shelling/artillery/missile attack']);
  });
  it('killing civilians and abducting others are two events', () => {
    const fasher: PlaceSpec = { text: 'Tawila', level: 'place', name: 'Tawila', country: 'SD', lat: 13.5, lon: 24.2 };
    const r = run('en', 'Gunmen attacked Tawila on Friday, killing nine civilians and abducting 15 women.', [fasher]);
    expect(r.events.map((e) => e.subType).sort()).toEqual(['Abduction/forced disappearance', 'Attack']);
  });
});

describe('events: more Dutch and German phrasing', () => {
  const nablus: PlaceSpec = { text: 'Nablus', level: 'place', name: 'Nablus', country: 'PS', lat: 32.22, lon: 35.25 };
  it('gunmen who were shot are victims, not attackers', () => {
    const r = run('en', 'Two gunmen were shot dead by police in Nablus.', [nablus]);
    expect(r.events.every((e) => e.rules['type'] !== 'en.trigger.gunmen-killed')).toBe(true);
  });
  it('a protest broken up with water cannon (de) is a protest with intervention', () => {
    const r = run('de', 'In Nablus demonstrierten Tausende. Die Polizei löste die Kundgebung mit Wasserwerfern auf.', [nablus]);
    expect(r.events.map((e) => e.subType)).toEqual(['Protest with intervention']);
  });
  it('a missile that "sloeg in" (nl, verb second) is shelling', () => {
    const r = run('nl', 'In Nablus sloeg gisteren een raket in op een school.', [nablus]);
    expect(r.events.map((e) => e.subType)).toEqual(['Shelling/artillery/missile attack']);
  });
  it('habitual and ongoing statements are not events (nl, de)', () => {
    expect(run('nl', 'Het leger voert regelmatig luchtaanvallen uit bij Nablus.', [nablus]).events).toHaveLength(0);
    expect(run('de', 'Die Armee fliegt regelmäßig Luftangriffe bei Nablus.', [nablus]).events).toHaveLength(0);
  });
  it('an attack that never came is no event', () => {
    expect(run('nl', 'Een aanval op Nablus, waarvoor inwoners vreesden, bleef uit.', [nablus]).events).toHaveLength(0);
    expect(run('en', 'A major assault on Nablus has not yet begun.', [nablus]).events).toHaveLength(0);
  });
});

describe('events: crowds', () => {
  const city: PlaceSpec = { text: 'Islamabad', level: 'place', name: 'Islamabad', country: 'PK', lat: 33.72, lon: 73.04 };
  it('protesters clashing with police riot; soldiers clashing with rebels fight', () => {
    expect(run('en', 'Protesters clashed with police in Islamabad.', [city]).events[0]!.subType).toBe('Violent demonstration');
    expect(run('de', 'In Islamabad kam es zu Zusammenstößen zwischen Demonstranten und der Polizei.', [city]).events[0]!.subType).toBe('Violent demonstration');
    expect(run('en', 'Soldiers clashed with rebels near Islamabad.', [city]).events[0]!.subType).toBe('Armed clash');
  });
});

describe('events: passive impacts', () => {
  const city: PlaceSpec = { text: 'Odesa', level: 'place', name: 'Odesa', country: 'UA', lat: 46.48, lon: 30.73 };
  it('"hit by a missile" / "getroffen door een drone" / "von einer Rakete getroffen"', () => {
    expect(run('en', 'A hospital in Odesa was hit by a Russian missile.', [city]).events[0]!.subType).toBe('Shelling/artillery/missile attack');
    expect(run('nl', 'In Odesa werd een school getroffen door een drone.', [city]).events[0]!.subType).toBe('Air/drone strike');
    expect(run('de', 'In Odesa wurde ein Hafen von einer Rakete getroffen.', [city]).events[0]!.subType).toBe('Shelling/artillery/missile attack');
  });
});

describe('events: actor roles', () => {
  it('the subject initiates, the object is the target, a passive agent initiates', async () => {
    const { makeAnalysis: mk, makeContext: ctxOf } = await import('./fixture.js');
    const text = 'Rebels attacked soldiers near Goma. Villagers were attacked by rebels near Goma.';
    const a = mk(text, 'en', '2025-04-16', [{ text: 'Goma', level: 'place', name: 'Goma', country: 'CD', lat: -1.68, lon: 29.22 }, { text: 'Goma', nth: 1, level: 'place', name: 'Goma', country: 'CD', lat: -1.68, lon: 29.22 }]);
    const at = (w: string, nth = 0): { start: number; end: number } => {
      let i = -1;
      for (let k = 0; k <= nth; k++) i = text.indexOf(w, i + 1);
      return { start: i, end: i + w.length };
    };
    const actor = (id: string, name: string, kind: string, inter: number, mentions: Array<{ start: number; end: number }>) => ({ id, name, kind, inter, mentions: [], rule: 'fixture', cmentions: mentions });
    a.actors = [
      actor('rebels', 'Rebels', 'rebel group', 2, [at('Rebels'), at('rebels')]),
      actor('army', 'Army', 'state forces', 1, [at('soldiers')]),
      actor('civ', 'civilians', 'civilians', 7, [at('Villagers')]),
    ];
    const ev = extractEvents(a, ctxOf(en, packs, '2025-04-16'));
    const roles = ev.flatMap((e) => e.actorRoles ?? []);
    expect(roles).toContainEqual({ name: 'Rebels', role: 'initiator' });
    expect(roles).toContainEqual({ name: 'Army', role: 'target' });
    const vac = ev.find((e) => e.type === 'Violence against civilians');
    expect(vac?.actorRoles).toContainEqual({ name: 'Rebels', role: 'initiator' });
    expect(vac?.actorRoles).toContainEqual({ name: 'civilians', role: 'target' });
  });
});

describe('events: tolls are not events', () => {
  const city: PlaceSpec = { text: 'Nairobi', level: 'place', name: 'Nairobi', country: 'KE', lat: -1.29, lon: 36.82 };
  it('"13 people were shot dead" only joins the event it counts', () => {
    const alone = run('en', 'A rights group said 13 people were shot dead in Nairobi.', [city]);
    expect(alone.events).toHaveLength(0);
    const withEvent = run('en', 'Police opened fire on protesters in Nairobi. A rights group said 13 people were shot dead in Nairobi.', [city, { ...city, nth: 1 }]);
    expect(withEvent.events).toHaveLength(1);
    expect(withEvent.events[0]!.evidence).toHaveLength(2);
  });
});

describe('events: damage elsewhere', () => {
  it('"houses were also damaged in X" after a strike is a strike of that kind in X; alone it is nothing', () => {
    const places: PlaceSpec[] = [
      { text: 'Nikopol', level: 'place', name: 'Nikopol', country: 'UA', lat: 47.57, lon: 34.39 },
      { text: 'Marhanets', level: 'place', name: 'Marhanets', country: 'UA', lat: 47.64, lon: 34.62 },
    ];
    const r = run('en', 'Russian artillery shelled Nikopol on Monday. Several houses were also damaged in Marhanets.', places, [
      { text: 'on Monday', start: '2025-04-14', end: '2025-04-14' },
    ]);
    expect(r.events.map((e) => [e.subType, e.location.name])).toEqual([
      ['Shelling/artillery/missile attack', 'Nikopol'],
      ['Shelling/artillery/missile attack', 'Marhanets'],
    ]);
    expect(r.events[1]!.date.start).toBe('2025-04-14');
    expect(run('en', 'Several houses were damaged in Marhanets.', places.slice(1)).events).toHaveLength(0);
  });
});
