/**
 * Hand-built example articles for store and merge tests (our own invented text, not corpus text).
 * `article()` builds a SitrepDocument whose spans index the given original text.
 */
import { createHash } from 'node:crypto';
import type { Casualty, Claim, EventLocation, SitrepDocument, SitrepEvent } from '../../core/schema.js';

export function hashId(original: string): string {
  return createHash('sha256').update(original, 'utf8').digest('hex').slice(0, 16);
}

function spanOf(original: string, text: string): { start: number; end: number; text: string } {
  const start = original.indexOf(text);
  if (start < 0) throw new Error(`fixture: "${text}" not in text`);
  return { start, end: start + text.length, text };
}

export interface EventSpec {
  id?: string;
  type: string;
  subType: string;
  date: string | [string, string];
  location: EventLocation;
  actors?: string[];
  initiator?: string;
  trigger: string;
  killed?: [number | null, number | null];
  injured?: [number | null, number | null];
  sources?: Array<{ name: string | null; hedge: Claim['hedge'] }>;
  /** casualty figure phrases linked to this event */
  figures?: Array<{ kind: Casualty['kind']; min: number | null; max: number | null; text: string; source: string | null; hedge: Claim['hedge'] }>;
}

export interface ArticleSpec {
  text: string;
  source: string;
  lang?: string;
  date?: string;
  title?: string;
  events: EventSpec[];
}

export function article(spec: ArticleSpec): { doc: SitrepDocument; original: string } {
  const original = spec.text;
  const id = hashId(original);
  const events: SitrepEvent[] = [];
  const casualties: Casualty[] = [];
  spec.events.forEach((e, i) => {
    const eid = e.id ?? `e${i + 1}`;
    const [start, end] = Array.isArray(e.date) ? e.date : [e.date, e.date];
    const trigger = spanOf(original, e.trigger);
    const ev: SitrepEvent = {
      id: eid,
      type: e.type,
      subType: e.subType,
      date: { start, end, precision: 'day', basis: 'explicit' },
      location: e.location,
      actors: e.actors ?? [],
      ...(e.initiator ? { actorRoles: [{ name: e.initiator, role: 'initiator' as const }] } : {}),
      ...(e.killed ? { fatalities: { min: e.killed[0], max: e.killed[1] } } : {}),
      ...(e.injured ? { injuries: { min: e.injured[0], max: e.injured[1] } } : {}),
      sources: (e.sources ?? [{ name: null, hedge: 'asserted' }]).map((s) => ({ name: s.name, hedge: s.hedge, rule: 'test.claim' })),
      trigger,
      evidence: [trigger],
      rules: { type: 'test.trigger', location: 'test.loc' },
    };
    events.push(ev);
    for (const f of e.figures ?? []) {
      const sp = spanOf(original, f.text);
      casualties.push({ kind: f.kind, min: f.min, max: f.max, who: null, source: f.source, hedge: f.hedge, eventId: eid, ...sp, rule: 'test.figure' });
    }
  });
  const places = spec.events.map((e) => e.location).filter((l) => original.includes(l.name)).map((l) => {
    const sp = spanOf(original, l.name);
    return {
      ...sp,
      level: l.level,
      name: l.name,
      country: l.country,
      ...(l.admin1 !== undefined ? { admin1: l.admin1 } : {}),
      ...(l.lat !== undefined ? { lat: l.lat } : {}),
      ...(l.lon !== undefined ? { lon: l.lon } : {}),
      kind: 'toponym' as const,
      precision: { acled: 1, ucdp: 1 },
      rule: 'test.place',
    };
  });
  const doc: SitrepDocument = {
    document: {
      id,
      source: spec.source,
      format: 'text',
      lang: spec.lang ?? 'en',
      date: spec.date ? { value: spec.date, precision: 'day', basis: 'metadata' } : { value: null, precision: null, basis: 'none' },
      ...(spec.title ? { title: spec.title } : {}),
    },
    boilerplate: [],
    places,
    actors: [...new Set(spec.events.flatMap((e) => e.actors ?? []))].map((name) => ({
      name,
      kind: 'military',
      mentions: [],
      rule: 'test.actor',
    })),
    events,
    casualties,
    diagnostics: [],
  };
  return { doc, original };
}

// Invented places (real coordinates of fictional-looking towns are not needed: any points will do).
export const RIVERTON: EventLocation = { level: 'place', name: 'Riverton', country: 'UA', admin1: 'Northshire', lat: 49.7, lon: 37.6 };
export const RIVERTON_NL: EventLocation = { level: 'place', name: 'Rivierstad', country: 'UA', admin1: 'Northshire', lat: 49.702, lon: 37.598 };
export const MILLBROOK: EventLocation = { level: 'place', name: 'Millbrook', country: 'UA', admin1: 'Northshire', lat: 49.63, lon: 37.68 };
export const NORTHSHIRE: EventLocation = { level: 'admin1', name: 'Northshire', country: 'UA', admin1: 'Northshire', lat: 49.9, lon: 37.0 };
export const FARPORT: EventLocation = { level: 'place', name: 'Farport', country: 'UA', admin1: 'Southmark', lat: 46.5, lon: 30.7 };
export const DUNHOLM: EventLocation = { level: 'place', name: 'Dunholm', country: 'ML', admin1: 'Eastvale', lat: 15.0, lon: -2.9 };

/** A small set of related articles: two languages reporting one strike with different tolls, etc. */
export function exampleArticles(): Array<{ doc: SitrepDocument; original: string }> {
  return [
    article({
      source: 'en-riverton.txt',
      lang: 'en',
      date: '2031-03-05',
      title: 'Missile strike on Riverton',
      text: 'A missile strike on central Riverton on Tuesday evening killed at least seven people and wounded 19, the regional governor said. Separately, a guided bomb hit a block of flats in Millbrook on Wednesday, wounding two people, local officials said. Troops repelled assaults near Riverton, the general staff said.',
      events: [
        {
          type: 'Explosions/Remote violence', subType: 'Shelling/artillery/missile attack', date: '2031-03-04', location: RIVERTON,
          actors: ['Northern Army', 'civilians'], initiator: 'Northern Army', trigger: 'missile strike', killed: [7, null], injured: [19, 19],
          sources: [{ name: 'Governor of Northshire', hedge: 'asserted' }],
          figures: [
            { kind: 'killed', min: 7, max: null, text: 'killed at least seven people', source: 'Governor of Northshire', hedge: 'asserted' },
            { kind: 'injured', min: 19, max: 19, text: 'wounded 19', source: 'Governor of Northshire', hedge: 'asserted' },
          ],
        },
        {
          type: 'Explosions/Remote violence', subType: 'Air/drone strike', date: '2031-03-05', location: MILLBROOK,
          actors: ['Northern Army', 'civilians'], trigger: 'guided bomb', injured: [2, 2],
          sources: [{ name: 'local officials', hedge: 'asserted' }],
        },
        {
          type: 'Battles', subType: 'Armed clash', date: ['2031-03-04', '2031-03-05'], location: RIVERTON,
          actors: ['Southern Forces', 'Northern Army'], trigger: 'repelled assaults', sources: [{ name: 'General Staff', hedge: 'claimed' }],
        },
      ],
    }),
    article({
      source: 'nl-rivierstad.txt',
      lang: 'nl',
      date: '2031-03-06',
      title: 'Raketaanval op Rivierstad',
      text: 'Bij een raketaanval op het centrum van Rivierstad zijn dinsdagavond zeker negen doden gevallen. Gisterochtend trof een geleide bom een flat in Millbrook; daarbij zouden drie bewoners gewond zijn geraakt.',
      events: [
        {
          type: 'Explosions/Remote violence', subType: 'Shelling/artillery/missile attack', date: '2031-03-04', location: RIVERTON_NL,
          actors: ['Northern Army', 'civilians'], initiator: 'Northern Army', trigger: 'raketaanval', killed: [9, null],
          sources: [{ name: null, hedge: 'asserted' }],
          figures: [{ kind: 'killed', min: 9, max: null, text: 'zeker negen doden', source: null, hedge: 'asserted' }],
        },
        {
          type: 'Explosions/Remote violence', subType: 'Air/drone strike', date: '2031-03-05', location: MILLBROOK,
          actors: ['Northern Army', 'civilians'], trigger: 'geleide bom', injured: [3, 3], sources: [{ name: null, hedge: 'reported' }],
        },
      ],
    }),
    article({
      source: 'de-farport.txt',
      lang: 'de',
      date: '2031-03-05',
      text: 'In Farport wurden am Montag bei einem Drohnenangriff zwei Menschen verletzt, teilte die Stadtverwaltung mit.',
      events: [
        {
          type: 'Explosions/Remote violence', subType: 'Air/drone strike', date: '2031-03-03', location: FARPORT,
          actors: ['Northern Army'], trigger: 'Drohnenangriff', injured: [2, 2], sources: [{ name: 'city administration', hedge: 'asserted' }],
        },
      ],
    }),
    article({
      source: 'en-dunholm.txt',
      lang: 'en',
      date: '2031-02-20',
      text: 'Gunmen ambushed an army convoy near Dunholm on Sunday, killing six soldiers, the army said. The militants claimed more than 20 dead.',
      events: [
        {
          type: 'Battles', subType: 'Armed clash', date: '2031-02-18', location: DUNHOLM, actors: ['Eastvale Militia', 'Army of Eastvale'],
          initiator: 'Eastvale Militia', trigger: 'ambushed',
          sources: [{ name: 'army', hedge: 'asserted' }, { name: 'Eastvale Militia', hedge: 'claimed' }],
          figures: [
            { kind: 'killed', min: 6, max: 6, text: 'killing six soldiers', source: 'army', hedge: 'asserted' },
            { kind: 'killed', min: 21, max: null, text: 'more than 20 dead', source: 'Eastvale Militia', hedge: 'claimed' },
          ],
        },
      ],
    }),
  ];
}
