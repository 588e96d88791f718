import { describe, expect, it } from 'vitest';
import { pack as nl } from '../../lang/nl/index.js';
import { pack as en } from '../../lang/en/index.js';
import { pack as de } from '../../lang/de/index.js';
import type { LanguagePack } from '../../lang/pack.js';
import type { Analysis } from '../../core/analysis.js';
import { findCasualties, applyTolls } from '../casualties/index.js';
import { fixture, type ActorSpec, type EventSpec } from '../casualties/fixture.js';
import { attributeClaims, countryVoice, locatedForms } from './index.js';

function run(p: LanguagePack, text: string, actors: ActorSpec[] = [], events: EventSpec[] = []): Analysis {
  const a = fixture(text, p.code, actors, events);
  const cas = findCasualties(a, p.casualties, p.code);
  const b = { ...a, casualties: cas, events: applyTolls(a.events, cas) };
  const r = attributeClaims(b, p.claims, p.code);
  return { ...b, casualties: r.casualties, events: r.events };
}

const figure = (a: Analysis): string[] => a.casualties.map((c) => `${c.kind} ${c.min ?? '-'}..${c.max ?? '-'} ${c.source ?? 'null'}/${c.hedge}`);
const sources = (a: Analysis, id: string): string[] => (a.events.find((e) => e.id === id)?.sources ?? []).map((s) => `${s.name ?? 'null'}/${s.hedge}`);

const army: ActorSpec = { name: 'Military Forces of Testland', kind: 'state forces', inter: 1, mentions: ['the army', 'het leger', 'die Armee'] };
const rebels: ActorSpec = { name: 'Northern Front', kind: 'rebel group', inter: 2, mentions: ['Northern Front', 'het Noordfront', 'die Nordfront'] };
const governor: ActorSpec = { name: 'Governor of Lakeside', kind: 'person', mentions: ['the governor', 'de gouverneur', 'der Gouverneur'] };

describe('claims (en)', () => {
  it('gives a figure after a sentence holding only a denial its own voice (no crash)', () => {
    const a = run(en, 'Northern Front denied any role in the raid. Six people were killed in the market, according to nobody in particular.', [rebels], [{ id: 'e1', type: 'Violence against civilians', trigger: 'raid' }]);
    expect(a.casualties.map((c) => c.kind)).toContain('killed');
    const b = run(en, 'Northern Front denied any role in the raid.\nSix people were killed in the market.', [rebels], [{ id: 'e1', type: 'Violence against civilians', trigger: 'raid' }]);
    expect(figure(b)).toEqual(['killed 6..6 null/asserted']);
  });

  it('attributes a figure to the source of its sentence, asserted', () => {
    const a = run(en, 'A drone strike hit a bus station on Friday, killing four people, the governor said.', [governor], [{ id: 'e1', type: 'Explosions/Remote violence', trigger: 'drone strike' }]);
    expect(figure(a)).toEqual(['killed 4..4 Governor of Lakeside/asserted']);
    expect(sources(a, 'e1')).toContain('Governor of Lakeside/asserted');
    expect(a.events[0]?.fatalities).toEqual({ min: 4, max: 4 });
  });
  it('makes a party counting the enemies it killed a claim, and a denial denied', () => {
    const a = run(
      en,
      'Northern Front fighters attacked a checkpoint near the river. The army said it had killed 30 militants. Northern Front denied losing any men.',
      [army, rebels],
      [{ id: 'e1', type: 'Battles', trigger: 'attacked', actors: ['Northern Front', 'Military Forces of Testland'] }],
    );
    expect(figure(a)).toEqual(['killed 30..30 Military Forces of Testland/claimed']);
    expect(sources(a, 'e1')).toEqual(expect.arrayContaining(['null/asserted', 'Military Forces of Testland/claimed', 'Northern Front/denied']));
  });
  it('marks hearsay without a source as reported by the article', () => {
    const a = run(en, 'Gunmen reportedly shot dead three farmers.', [], [{ id: 'e1', type: 'Violence against civilians', trigger: 'shot dead' }]);
    expect(figure(a)).toEqual(['killed 3..3 null/reported']);
    expect(sources(a, 'e1')).toEqual(['null/reported']);
  });
});

describe('claims (nl)', () => {
  it('continues the source of the sentence before for a following figure', () => {
    const a = run(nl, 'Bij een aanval op de markt kwamen volgens de gouverneur drie mensen om het leven. Vijf anderen raakten gewond.', [governor], [
      { id: 'e1', type: 'Explosions/Remote violence', trigger: 'aanval' },
    ]);
    expect(figure(a)).toEqual(['killed 3..3 Governor of Lakeside/asserted', 'injured 5..5 Governor of Lakeside/asserted']);
    expect(a.events[0]?.fatalities).toEqual({ min: 3, max: 3 });
  });
  it('reads "naar verluidt" as reported by the article, and "daarbij" as a link to the event before', () => {
    const a = run(nl, 'Een granaat trof een school in het dorp. Daarbij raakten naar verluidt twee leerlingen gewond.', [], [
      { id: 'e1', type: 'Explosions/Remote violence', trigger: 'granaat' },
    ]);
    expect(figure(a)).toEqual(['injured 2..2 null/reported']);
    expect(a.casualties[0]?.eventId).toBe('e1');
  });
  it('makes a party claiming its own success a claim and the other side a denial', () => {
    const a = run(nl, 'Het leger zegt het dorp te hebben heroverd. Het Noordfront spreekt dat tegen.', [army, rebels], [
      { id: 'e1', type: 'Battles', subType: 'Government regains territory', trigger: 'heroverd' },
    ]);
    expect(sources(a, 'e1')).toEqual(['Military Forces of Testland/claimed', 'Northern Front/denied']);
  });
  it('gives an event with no one hurt zero fatalities', () => {
    const a = run(nl, 'Een drone-aanval trof een loods. Volgens de gouverneur vielen daarbij geen gewonden.', [governor], [
      { id: 'e1', type: 'Explosions/Remote violence', trigger: 'drone-aanval' },
    ]);
    expect(figure(a)).toEqual(['injured 0..0 Governor of Lakeside/asserted']);
    expect(a.events[0]?.fatalities).toEqual({ min: 0, max: 0 });
  });
});

describe('claims (de)', () => {
  it('continues an attribution in the subjunctive and keeps conflicting tolls apart', () => {
    const a = run(
      de,
      'Bei Kämpfen um das Dorf wurden nach Angaben des Gouverneurs vier Soldaten getötet. Die Nordfront erklärte, sie habe das Dorf eingenommen. Dabei seien angeblich 40 Soldaten getötet worden.',
      [rebels, { ...governor, mentions: ['des Gouverneurs'] }],
      [{ id: 'e1', type: 'Battles', trigger: 'Kämpfen', actors: ['Northern Front'] }],
    );
    expect(figure(a)).toEqual(['killed 4..4 Governor of Lakeside/asserted', 'killed 40..40 Northern Front/claimed']);
    expect(sources(a, 'e1')).toEqual(expect.arrayContaining(['Governor of Lakeside/asserted', 'Northern Front/claimed']));
    expect(a.events[0]?.fatalities).toBeUndefined();
  });
  it('reads "soll" as hearsay of the named source', () => {
    const a = run(de, 'Nach Angaben von Anwohnern sollen bei dem Angriff zwölf Zivilisten getötet worden sein.', [{ name: 'residents', kind: 'civilians', inter: 7, mentions: ['Anwohnern'] }], [
      { id: 'e1', type: 'Explosions/Remote violence', trigger: 'Angriff' },
    ]);
    expect(figure(a)).toEqual(['killed 12..12 residents/reported']);
  });
});

describe('claims: no claimant', () => {
  it('makes no claim when no one claimed the attack', () => {
    const a = run(en, 'A bomb exploded at a bus stop. No group has claimed responsibility for the attack.', [], [{ id: 'e1', type: 'Explosions/Remote violence', trigger: 'bomb' }]);
    expect(sources(a, 'e1')).toEqual(['null/asserted']);
  });
});

describe('claims: lead figures', () => {
  it('gives a lead figure the source named after the figures of the next sentence', () => {
    const a = run(en, 'Three people were killed in a drone attack on the market on Sunday. Twelve more were injured, the governor said.', [governor], [
      { id: 'e1', type: 'Explosions/Remote violence', trigger: 'drone attack' },
    ]);
    expect(figure(a)).toEqual(['killed 3..3 Governor of Lakeside/asserted', 'injured 12..12 Governor of Lakeside/asserted']);
  });
});

describe('claims: own account', () => {
  it('makes a party reporting its own strike "nach eigenen Angaben" a claim', () => {
    const a = run(de, 'Am Mittwoch flog die Armee nach eigenen Angaben Luftangriffe auf Stellungen der Nordfront.', [army, rebels], [
      { id: 'e1', type: 'Explosions/Remote violence', trigger: 'Luftangriffe', actors: ['Military Forces of Testland'] },
    ]);
    expect(sources(a, 'e1')).toContain('Military Forces of Testland/claimed');
  });
});

describe('claims: sources in plain words', () => {
  const blast: EventSpec = { id: 'e1', type: 'Explosions/Remote violence', trigger: 'Explosion' };
  it('ends a German source at its noun and normalises an unnamed body', () => {
    const a = run(de, 'Bei der Explosion starben nach Angaben der Behörden mindestens fünf Dorfbewohner.', [], [blast]);
    expect(figure(a)).toEqual(['killed 5..- local authorities/asserted']);
    const b = run(de, 'Bei der Explosion kamen laut Stadtverwaltung drei Arbeiter ums Leben.', [], [blast]);
    expect(figure(b)).toEqual(['killed 3..3 local authorities/asserted']);
  });
  it('never names a source with an adverb or a negation', () => {
    const a = run(en, 'Two guards died in the explosion, previously unreported figures showed.', [], [{ ...blast, trigger: 'explosion' }]);
    expect(figure(a).join()).not.toMatch(/previously|unreported/u);
    const b = run(en, 'Survivors reportedly said four porters died in the explosion.', [], [{ ...blast, trigger: 'explosion' }]);
    expect(figure(b)).toEqual(['killed 4..4 survivors/reported']);
  });
  it('normalises unnamed sources to one generic name (nl, en)', () => {
    const a = run(nl, 'Bij de explosie kwamen volgens lokale media drie mensen om het leven.', [], [{ ...blast, trigger: 'explosie' }]);
    expect(figure(a)).toEqual(['killed 3..3 local media/asserted']);
    const b = run(en, 'A shell hit the clinic, killing two nurses, hospital staff said.', [], [{ ...blast, trigger: 'shell' }]);
    expect(figure(b)).toEqual(['killed 2..2 medical sources/asserted']);
  });
});

describe('claims: enemy dead counted by a party', () => {
  it('claims the figure but reports the event itself with the event hedge', () => {
    const a = run(
      en,
      'Northern Front fighters attacked an army post near the river on Monday. The army said 30 attackers were killed.',
      [army, rebels],
      [{ id: 'e1', type: 'Battles', trigger: 'attacked', actors: ['Northern Front', 'Military Forces of Testland'] }],
    );
    expect(figure(a)).toEqual(['killed 30..30 Military Forces of Testland/claimed']);
    expect(sources(a, 'e1')).toContain('Military Forces of Testland/asserted');
  });
});

describe('claims: hedge and source cues', () => {
  const strike: EventSpec = { id: 'e1', type: 'Explosions/Remote violence', trigger: 'strike' };
  it('reads "is believed to" as hearsay and "…," said X as a source after the verb (en)', () => {
    const a = run(en, 'The strike is believed to have killed six people.', [], [strike]);
    expect(figure(a)).toEqual(['killed 6..6 null/reported']);
    const b = run(en, '"The strike killed six people," said the governor.', [governor], [strike]);
    expect(figure(b)).toEqual(['killed 6..6 Governor of Lakeside/asserted']);
  });
  it('reads "stritt … ab" as a denial and "hieß es aus X" as a source (de)', () => {
    const a = run(de, 'Bei dem Luftangriff starben drei Menschen. Die Nordfront stritt eine Beteiligung ab.', [rebels], [{ ...strike, trigger: 'Luftangriff' }]);
    expect(sources(a, 'e1')).toContain('Northern Front/denied');
    const b = run(de, 'Bei dem Luftangriff starben drei Menschen, hieß es aus der Armee.', [{ ...army, mentions: ['der Armee'] }], [{ ...strike, trigger: 'Luftangriff' }]);
    expect(figure(b)).toEqual(['killed 3..3 Military Forces of Testland/asserted']);
  });
  it('reads "verwierp" as a denial (nl)', () => {
    const a = run(nl, 'Bij de luchtaanval kwamen twee mensen om. Het Noordfront verwierp elke betrokkenheid.', [rebels], [{ ...strike, trigger: 'luchtaanval' }]);
    expect(sources(a, 'e1')).toContain('Northern Front/denied');
  });
});

describe('claims: subjects and participles', () => {
  it('takes an unnamed body right before the verb as its subject, not the party named after it (nl)', () => {
    const a = run(nl, 'Oppositiepartijen beschuldigen het leger van de beschieting van een dorp.', [army], [{ id: 'e1', type: 'Explosions/Remote violence', trigger: 'beschieting' }]);
    expect(sources(a, 'e1')).toContain('opposition parties/asserted');
  });
  it('reads no source from a participle of a subordinate clause (de)', () => {
    const a = run(de, 'Die Polizei nahm zwei Reporter fest, die über den Angriff berichtet hatten.', [], [{ id: 'e1', type: 'Strategic developments', trigger: 'nahm' }]);
    expect(sources(a, 'e1')).toEqual(['null/asserted']);
  });
  it('reads "geht von … aus" as an estimate of its subject (de)', () => {
    const a = run(de, 'Bei den Kämpfen starben viele Menschen. Die Nordfront geht von mehr als 40 Toten aus.', [rebels], [{ id: 'e1', type: 'Battles', trigger: 'Kämpfen' }]);
    expect(figure(a)).toEqual(['killed 41..- Northern Front/asserted']);
  });
});

describe('claims: a second source of a toll', () => {
  it('reads "gave a lower figure" as the subject speaking, and keeps the toll open', () => {
    const ministry: ActorSpec = { name: 'Ministry of Interior of Testland', kind: 'government', inter: 1, mentions: ['The interior ministry'] };
    const monitor: ActorSpec = { name: 'Testland Rights Monitor', kind: 'organisation', mentions: ['The Testland Rights Monitor'] };
    const a = run(en, 'Police fired on marchers in the capital. The Testland Rights Monitor said at least 11 people were shot dead. The interior ministry gave a lower figure of four dead.', [ministry, monitor], [
      { id: 'e1', type: 'Protests', trigger: 'fired' },
    ]);
    expect(figure(a)).toEqual(['killed 11..- Testland Rights Monitor/asserted', 'killed 4..4 Ministry of Interior of Testland/asserted']);
    expect(a.events[0]?.fatalities).toBeUndefined();
  });
});

describe('claims: scope', () => {
  it('keeps what a later paragraph asserts out of the event, but lets a denial reach back', () => {
    const witness: ActorSpec = { name: 'witnesses', kind: 'civilians', inter: 7, mentions: ['A witness'] };
    const a = run(en, 'Artillery shelled the market on Friday.\n\nA witness said the town had been quiet for weeks. Northern Front denied firing on the market.', [witness, rebels], [
      { id: 'e1', type: 'Explosions/Remote violence', trigger: 'Artillery' },
    ]);
    expect(sources(a, 'e1')).toContain('Northern Front/denied');
    expect(sources(a, 'e1')).not.toContain('witnesses/asserted');
  });
});

describe('claims: the claimant is the subject', () => {
  it('takes the noun phrase opening the sentence, not a party named after the cue (de)', () => {
    const a = run(de, 'Bei dem Anschlag starben vier Soldaten. Eine unbekannte Gruppe reklamierte den Anschlag auf die Armee für sich.', [army], [
      { id: 'e1', type: 'Explosions/Remote violence', trigger: 'Anschlag' },
    ]);
    expect(sources(a, 'e1')).toContain('unbekannte Gruppe/claimed');
    expect(sources(a, 'e1')).not.toContain('Military Forces of Testland/claimed');
  });
  it('still finds the claimant after the cue when a time phrase opens the sentence (de)', () => {
    const a = run(de, 'Bei dem Anschlag starben vier Soldaten. Am Sonntag reklamierte die Nordfront den Anschlag für sich.', [rebels], [
      { id: 'e1', type: 'Explosions/Remote violence', trigger: 'Anschlag' },
    ]);
    expect(sources(a, 'e1')).toContain('Northern Front/claimed');
  });
});

describe('claims: ground taken by a non-state group', () => {
  it('makes a rebel group telling of ground taken a claim when no armed initiator is known (nl)', () => {
    const a = run(nl, 'Volgens bewoners is het dorp bij de brug gevallen. Het Noordfront liet weten dat het de bevolking beschermt.', [rebels], [
      { id: 'e1', type: 'Battles', subType: 'Non-state actor overtakes territory', trigger: 'gevallen' },
    ]);
    expect(sources(a, 'e1')).toContain('Northern Front/claimed');
  });
  it('keeps the army telling of ground lost to rebels asserted (en)', () => {
    const a = run(en, 'The village near the bridge fell on Sunday. The army said the rebels had entered it at dawn.', [army], [
      { id: 'e1', type: 'Battles', subType: 'Non-state actor overtakes territory', trigger: 'fell' },
    ]);
    expect(sources(a, 'e1')).toContain('Military Forces of Testland/asserted');
  });
});

describe('claims: state-run media', () => {
  it('makes state-run media reporting its troops\' success a claim (en)', () => {
    const paper: ActorSpec = { name: 'Testland Daily', kind: 'media', mentions: ['Testland Daily'] };
    const a = run(en, 'Fighting broke out around the river town. The state-run Testland Daily reported that troops had recaptured the town.', [paper], [
      { id: 'e1', type: 'Battles', trigger: 'Fighting' },
    ]);
    expect(sources(a, 'e1')).toContain('Testland Daily/claimed');
    const b = run(en, 'Fighting broke out around the river town. The independent Testland Daily reported that troops had recaptured the town.', [paper], [
      { id: 'e1', type: 'Battles', trigger: 'Fighting' },
    ]);
    expect(sources(b, 'e1')).toContain('Testland Daily/asserted');
  });
});

describe('claims: folded sentences and passive claims', () => {
  it('takes the voices of the sentences folded into an event', () => {
    const monitor: ActorSpec = { name: 'Testland Monitor', kind: 'organisation', mentions: ['Testland Monitor'] };
    const a = run(en, 'Fighting went on near the border. Officials met in the capital.\n\nThe clashes reportedly spread to two villages, according to the Testland Monitor.', [monitor], [
      { id: 'e1', type: 'Battles', trigger: 'Fighting', also: [2] },
    ]);
    expect(sources(a, 'e1')).toContain('Testland Monitor/reported');
    // a fold reaching two paragraphs further is not trusted for voices
    const b = run(en, 'Fighting went on near the border.\n\nOfficials met in the capital.\n\nThe clashes reportedly spread to two villages, according to the Testland Monitor.', [monitor], [
      { id: 'e1', type: 'Battles', trigger: 'Fighting', also: [2] },
    ]);
    expect(sources(b, 'e1')).not.toContain('Testland Monitor/reported');
  });
  it('names the agent of a passive claim as the claimant (nl, en)', () => {
    const a = run(nl, 'Een bom ontplofte bij de kazerne. De aanslag werd opgeëist door het Noordfront.', [rebels], [{ id: 'e1', type: 'Explosions/Remote violence', trigger: 'bom' }]);
    expect(sources(a, 'e1')).toContain('Northern Front/claimed');
    expect(sources(a, 'e1').join()).not.toMatch(/aanslag/u);
    const b = run(en, 'A bomb exploded near the barracks. Responsibility for the attack was claimed by Northern Front.', [rebels], [{ id: 'e1', type: 'Explosions/Remote violence', trigger: 'bomb' }]);
    expect(sources(b, 'e1')).toContain('Northern Front/claimed');
  });
});

describe('claims: attributions after an event\'s figure', () => {
  it('gives the event the source speaking right after one of its figures in a later paragraph', () => {
    const a = run(en, 'A drone was shot down over the region overnight.\n\nIn the city, debris fell on a yard and one resident was slightly hurt. The governor said the damage was minor.', [governor], [
      { id: 'e1', type: 'Strategic developments', trigger: 'shot down' },
    ]);
    expect(a.casualties.map((c) => c.eventId)).toEqual(['e1']);
    expect(sources(a, 'e1')).toContain('Governor of Lakeside/asserted');
  });
});

describe('claims: a source still checking reports', () => {
  it('reads "verifying reports of" as hearsay of the source', () => {
    const office: ActorSpec = { name: 'Testland Rights Office', kind: 'organisation', mentions: ['The Testland Rights Office'] };
    const a = run(en, 'The Testland Rights Office said it was verifying reports of abductions in the district.', [office], [{ id: 'e1', type: 'Violence against civilians', trigger: 'abductions' }]);
    expect(sources(a, 'e1')).toContain('Testland Rights Office/reported');
  });
});

describe('claims: a party counting the dead of others\' fight', () => {
  const east: ActorSpec = { name: 'Eastern Brigade', kind: 'rebel group', inter: 2, mentions: ['Eastern Brigade'] };
  it('reports, not claims, the dead of a fight between two other groups', () => {
    const a = run(en, 'Northern Front and Eastern Brigade fought near the dam. The army said 18 fighters were killed.', [army, rebels, east], [
      { id: 'e1', type: 'Battles', trigger: 'fought', actors: ['Northern Front', 'Eastern Brigade'] },
    ]);
    expect(figure(a)).toEqual(['killed 18..18 Military Forces of Testland/asserted']);
  });
  it('claims the enemies named right after the figure when the party fought', () => {
    const a = run(de, 'Die Armee und die Nordfront lieferten sich Gefechte. Die Armee sprach von mehr als 20 getöteten "Terroristen".', [army, rebels], [
      { id: 'e1', type: 'Battles', trigger: 'Gefechte', actors: ['Military Forces of Testland', 'Northern Front'] },
    ]);
    expect(figure(a)).toEqual(['killed 21..- Military Forces of Testland/claimed']);
  });
});

describe('claims: possessives and numbers before a source', () => {
  it('strips a possessive or a number before the noun of a source', () => {
    const a = run(nl, 'Volgens zijn familie werd de man bij de arrestatie geslagen.', [], [{ id: 'e1', type: 'Strategic developments', trigger: 'arrestatie' }]);
    expect(sources(a, 'e1')).toContain('relatives/asserted');
    const b = run(en, 'Their lawyers said the two men were taken from a car.', [], [{ id: 'e1', type: 'Violence against civilians', trigger: 'taken' }]);
    expect(sources(b, 'e1')).toContain('lawyers/asserted');
  });
});

describe('claims: civil bodies are no party', () => {
  it('keeps a state health ministry counting the dead of an enemy strike asserted', () => {
    const health: ActorSpec = { name: 'Ministry of Health of Testland', kind: 'government', inter: 1, mentions: ['the health ministry'] };
    const a = run(en, 'Foreign jets bombed the market town on Sunday. At least 30 enemy fighters and 12 civilians were killed, the health ministry said.', [health], [
      { id: 'e1', type: 'Explosions/Remote violence', trigger: 'bombed', actors: ['Military Forces of Testland'] },
    ]);
    expect(figure(a)).toEqual(['killed 30..- Ministry of Health of Testland/asserted', 'killed 12..12 Ministry of Health of Testland/asserted']);
  });
});

describe('claims: an actor inside a modifier of the source', () => {
  it('takes the head noun after the modifier as the source (de, en)', () => {
    const a = run(de, 'Bei dem Angriff starben sechs Menschen. Das teilte die von der Nordfront kontrollierte Gesundheitsbehörde mit.', [{ ...rebels, mentions: ['der Nordfront'] }], [
      { id: 'e1', type: 'Explosions/Remote violence', trigger: 'Angriff' },
    ]);
    expect(figure(a)).toEqual(['killed 6..6 Gesundheitsbehörde/asserted']);
    const front: ActorSpec = { ...rebels, mentions: ['Northern Front'] };
    const b = run(en, 'Six people died in the attack, according to the Northern Front-run health office.', [front], [{ id: 'e1', type: 'Explosions/Remote violence', trigger: 'attack' }]);
    expect(figure(b)).toEqual(['killed 6..6 health office/asserted']);
  });
});

describe('claims: a sentence pointing back', () => {
  it('gives the figures of a sentence the source of "Dat meldde X." after it (nl)', () => {
    const a = run(nl, 'Bij de aanval kwamen vier mensen om het leven. Dat meldde de gouverneur.', [governor], [{ id: 'e1', type: 'Explosions/Remote violence', trigger: 'aanval' }]);
    expect(figure(a)).toEqual(['killed 4..4 Governor of Lakeside/asserted']);
  });
});

describe('claims: a body named with its place', () => {
  const text = 'The relief agency in Testland said on Monday that nine people had died in the floods near the dam.';
  const place = { start: 21, end: 29, text: 'Testland', level: 'country' as const, name: 'Testland', country: 'TL', kind: 'toponym' as const, precision: { acled: 1, ucdp: 1 }, rule: 'test', cs: 21, ce: 29 };
  it('keeps "<body> in <place>" as an alias of the source', () => {
    expect(text.slice(place.cs, place.ce)).toBe('Testland');
    expect(locatedForms({ text, places: [place] }, { name: 'Relief Agency', cs: 4, ce: 17 }, en.claims)).toEqual(['relief agency in Testland', 'Relief Agency in Testland']);
  });
  it('adds nothing without a place right after the locative, or for a demonym', () => {
    expect(locatedForms({ text, places: [] }, { name: 'Relief Agency', cs: 4, ce: 17 }, en.claims)).toEqual([]);
    expect(locatedForms({ text, places: [{ ...place, kind: 'demonym' }] }, { name: 'Relief Agency', cs: 4, ce: 17 }, en.claims)).toEqual([]);
    expect(locatedForms({ text: 'The agency of Testland said so.', places: [{ ...place, start: 14, end: 22, cs: 14, ce: 22 }] }, { name: 'Agency', cs: 4, ce: 10 }, en.claims)).toEqual([]);
  });
  it('puts the located form on the claim', () => {
    const a = run(en, text, [{ name: 'Relief Agency', kind: 'civilians', mentions: ['relief agency'] }], [{ id: 'e1', type: 'Explosions/Remote violence', trigger: 'floods' }]);
    const b = attributeClaims({ ...a, places: [place] }, en.claims, 'en');
    const src = b.casualties.find((c) => c.claim?.name === 'Relief Agency')?.claim;
    expect(src?.aliases).toContain('Relief Agency in Testland');
  });
});

describe('claims: a side confirming its own attack', () => {
  const ev = [{ id: 'e1', type: 'Explosions/Remote violence', trigger: 'bombed', actors: ['Military Forces of Testland', 'Northern Front'] }];
  it('asserts what it confirms once others told of it', () => {
    const a = run(en, 'Army jets bombed two camps of the Northern Front near the river on Sunday, the rebels said. The army confirmed the strikes.', [army, rebels], ev);
    expect(sources(a, 'e1')).toContain('Military Forces of Testland/asserted');
    expect(sources(a, 'e1')).not.toContain('Military Forces of Testland/claimed');
  });
  it('still claims the attack it tells of itself', () => {
    const a = run(en, 'Army jets bombed two camps of the Northern Front near the river on Sunday, the army said.', [army, rebels], ev);
    expect(sources(a, 'e1')).toContain('Military Forces of Testland/claimed');
  });
});

describe('claims: a country as the speaker', () => {
  // "Testland denies shelling the border post."
  const land = { start: 0, end: 8, text: 'Testland', level: 'country' as const, name: 'Testland', country: 'TL', kind: 'toponym' as const, precision: { acled: 1, ucdp: 1 }, rule: 'test', cs: 0, ce: 8 };
  const gov = { id: 'g', name: 'Government of Testland', kind: 'government', inter: 1, country: 'TL', cmentions: [] };
  const mil = { id: 'm', name: 'Military Forces of Testland', kind: 'state forces', inter: 1, country: 'TL', cmentions: [] };
  const claim = { name: 'Government of Testland', hedge: 'denied' as const, span: { start: 0, end: 8, text: 'Testland' } };
  const a = { places: [land], actors: [gov, mil] } as unknown as Parameters<typeof countryVoice>[0];
  it('lets a country denying an attack stand for its forces too', () => {
    expect(countryVoice(a, claim, { type: 'Explosions/Remote violence', actors: [] }).aliases).toEqual(['Military Forces of Testland']);
  });
  it('leaves a country speaking of a protest, or a named government, as it is', () => {
    expect(countryVoice(a, claim, { type: 'Protests', actors: [] }).aliases).toBeUndefined();
    expect(countryVoice({ ...a, places: [] }, claim, { type: 'Explosions/Remote violence', actors: [] }).aliases).toBeUndefined();
  });
});

describe('claims: the article voice beside named sources', () => {
  it('an event told both in the article voice and by a source has both', () => {
    const monitor: ActorSpec = { name: 'Testland Monitor', kind: 'organisation', mentions: ['Testland Monitor'] };
    const a = run(en, 'Fighting broke out near the border on Friday. The clashes spread to two villages, according to the Testland Monitor.', [monitor], [
      { id: 'e1', type: 'Battles', trigger: 'Fighting', also: [1] },
    ]);
    expect(sources(a, 'e1')).toEqual(expect.arrayContaining(['null/asserted', 'Testland Monitor/asserted']));
  });
  it('a sentence that only continues a source gives no article voice', () => {
    const monitor: ActorSpec = { name: 'Testland Monitor', kind: 'organisation', mentions: ['Testland Monitor'] };
    const a = run(en, 'The clashes reportedly spread to two villages, according to the Testland Monitor.', [monitor], [{ id: 'e1', type: 'Battles', trigger: 'clashes' }]);
    expect(sources(a, 'e1')).not.toContain('null/asserted');
  });
});

describe('claims: verb forms, quotations and repeated figures', () => {
  const strike: EventSpec = { id: 'e1', type: 'Explosions/Remote violence', trigger: 'shelling' };
  it('reads the plural and present forms of verbs of saying (en, nl, de)', () => {
    expect(figure(run(en, 'The shelling killed two farmers, residents say.', [], [strike]))).toEqual(['killed 2..2 residents/asserted']);
    expect(figure(run(nl, 'Bij de beschieting kwamen vier mensen om het leven, melden de autoriteiten.', [], [{ ...strike, trigger: 'beschieting' }]))).toEqual(['killed 4..4 local authorities/asserted']);
    expect(figure(run(de, 'Bei dem Beschuss starben drei Menschen, sagen Augenzeugen.', [], [{ ...strike, trigger: 'Beschuss' }]))).toEqual(['killed 3..3 witnesses/asserted']);
  });
  it('never takes a name inside a quotation as the subject of the verb after it', () => {
    const army: ActorSpec = { name: 'Military Forces of Testland', kind: 'state forces', inter: 1, mentions: ['the army'] };
    const a = run(en, 'The shelling "killed five people, two of them from the army," the rescue service told reporters.', [army], [strike]);
    expect(a.casualties.map((c) => c.source)).not.toContain('Military Forces of Testland');
    expect(a.casualties[0]?.source).toBe('rescue service');
  });
  it('lists a figure told twice once: by its named source, and the event gains that source', () => {
    const a = run(en, 'The shelling left nine people dead.\n\nThe town lies on a river. Its market is old. Many families live there.\n\nThe shelling "killed nine people," the rescue service said.', [], [strike]);
    expect(figure(a)).toEqual(['killed 9..9 rescue service/asserted']);
    expect(sources(a, 'e1')).toEqual(expect.arrayContaining(['null/asserted', 'rescue service/asserted']));
    const b = run(en, 'The shelling killed nine people.\n\nThe town lies on a river. Its market is old. Many families live there.\n\nNine people were killed in the shelling.', [], [strike]);
    expect(figure(b)).toEqual(['killed 9..9 null/asserted']);
  });
  it('keeps one figure per source where sources differ', () => {
    const a = run(en, 'The shelling killed nine people, the rescue service said.\n\nThe town lies on a river. Its market is old. Many families live there.\n\nThe shelling killed nine people, the governor said.', [], [strike]);
    expect(figure(a)).toHaveLength(2);
  });
});

describe('claims: documents and outlets', () => {
  const strike: EventSpec = { id: 'e1', type: 'Explosions/Remote violence', trigger: 'shelling' };
  it('names the outlet or body behind a document named as the source (en, nl)', () => {
    const a = run(en, 'According to a report in Tuesday\'s edition of the weekly "Valley Post", the shelling killed six people.', [], [strike]);
    expect(figure(a)).toEqual(['killed 6..6 Valley Post/asserted']);
    const b = run(nl, 'Bij de beschieting kwamen zes mensen om het leven, aldus een verklaring van het Rode Kruis.', [], [{ ...strike, trigger: 'beschieting' }]);
    expect(b.casualties[0]?.source).toBe('Rode Kruis');
  });
  it('makes the outlet told a source beside the teller, but not a pronoun or plain noun', () => {
    const a = run(en, 'The shelling killed six people, police officials told the news agency Hill Wire.', [], [strike]);
    expect(sources(a, 'e1')).toEqual(expect.arrayContaining(['Hill Wire/asserted']));
    const b = run(en, 'The shelling killed six people, police officials told reporters.', [], [strike]);
    expect(sources(b, 'e1').some((x) => x.startsWith('reporters'))).toBe(false);
  });
  it('reads a verb form after an article as a noun', () => {
    const a = run(en, 'A report on the shelling said six people were killed.', [], [strike]);
    expect(a.casualties[0]?.source).not.toBe('A');
  });
});

describe('claims: reported speech across paragraphs', () => {
  const strike: EventSpec = { id: 'e1', type: 'Explosions/Remote violence', trigger: 'shelling' };
  it('gives a quoted paragraph the speaker of the paragraph before', () => {
    const a = run(en, 'The shelling hit the market on Monday, the governor said.\n\n"Seven people were killed there."', [governor], [strike]);
    expect(figure(a)).toEqual(['killed 7..7 Governor of Lakeside/asserted']);
  });
  it('continues a paragraph in the reported-speech mood (de), not one in the article\'s own voice', () => {
    const a = run(de, 'Der Beschuss traf den Markt, sagte der Gouverneur.\n\nDabei seien sieben Menschen getötet worden.', [governor], [{ ...strike, trigger: 'Beschuss' }]);
    expect(figure(a)).toEqual(['killed 7..7 Governor of Lakeside/asserted']);
    const b = run(en, 'The shelling hit the market on Monday, the governor said.\n\nSeven people were killed there.', [governor], [strike]);
    expect(figure(b)).toEqual(['killed 7..7 null/asserted']);
  });
});

describe('claims: who may claim', () => {
  it('makes a body that fights no one telling of a deed asserted, not claimed', () => {
    const students: ActorSpec = { name: 'Hill Students Union', kind: 'organisation', mentions: ['Hill Students Union'] };
    const a = run(en, 'Hill Students Union claimed that a mob set fire to the chapel on Sunday.', [students], [{ id: 'e1', type: 'Riots', trigger: 'set fire' }]);
    expect(sources(a, 'e1')).toContain('Hill Students Union/asserted');
  });
  it('never takes an outlet as the side that carried out the event', () => {
    const agency: ActorSpec = { name: 'Wire Agency', kind: 'media', mentions: ['Wire Agency'] };
    const a = run(
      en,
      'Wire Agency: the army shelled rebel positions overnight.\nThe army said its guns had struck the positions.',
      [agency, army, rebels],
      [{ id: 'e1', type: 'Explosions/Remote violence', trigger: 'shelled', actors: ['Wire Agency', 'Military Forces of Testland', 'Northern Front'] }],
    );
    expect(sources(a, 'e1')).toContain('Military Forces of Testland/claimed');
  });
});

describe('claims: background events and adverbs before the verb', () => {
  it('gives an event named as background after "after"/"na"/"nach" the article\'s own voice', () => {
    const a = run(en, 'After the arrest of the mayor, clashes broke out, police said.', [], [{ id: 'e1', type: 'Strategic developments', trigger: 'arrest' }]);
    expect(sources(a, 'e1')).toContain('null/asserted');
    const b = run(nl, 'Na de arrestatie van de burgemeester braken volgens de politie rellen uit.', [], [{ id: 'e1', type: 'Strategic developments', trigger: 'arrestatie' }]);
    expect(sources(b, 'e1')).toContain('null/asserted');
  });
  it('reads the subject before an adverb ("the official also said")', () => {
    const a = run(en, 'The shelling killed two farmers. The rescue service also said four houses burnt.', [], [{ id: 'e1', type: 'Explosions/Remote violence', trigger: 'shelling' }]);
    expect(sources(a, 'e1')).toContain('rescue service/asserted');
  });
});

describe('claims: the outlet quoting a speaker', () => {
  it('makes the outlet after "was quoted by" a source, past an adjective and a media noun', () => {
    const a = run(en, 'The shelling killed six people, the governor was quoted by the regional news agency Valley Wire.', [governor], [{ id: 'e1', type: 'Explosions/Remote violence', trigger: 'shelling' }]);
    expect(sources(a, 'e1')).toEqual(expect.arrayContaining(['Governor of Lakeside/asserted', 'Valley Wire/asserted']));
  });
});
