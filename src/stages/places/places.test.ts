/**
 * Recognition and resolution against the real gazetteer, with our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { OffsetMap } from '../../core/span.js';
import { lazyGazetteer } from '../../gazetteer/load.js';
import { places as nl } from '../../lang/nl/places.js';
import { places as en } from '../../lang/en/places.js';
import { places as de } from '../../lang/de/places.js';
import type { PlacesLexicon } from './lexicon.js';
import { findPlaces } from './index.js';

function run(text: string, lex: PlacesLexicon) {
  const a = { text, map: OffsetMap.identity(text.length), raw: { original: text } } as Parameters<typeof findPlaces>[0];
  const out = findPlaces(a, lazyGazetteer(), lex);
  for (const p of out) expect(text.slice(p.start, p.end)).toBe(p.text);
  return out;
}

function at(out: ReturnType<typeof run>, text: string) {
  return out.filter((p) => p.text === text && p.kind === 'toponym');
}

describe('places (nl)', () => {
  const text =
    'Drones troffen dinsdag de regio Belgorod. In de dorpen Grajvoron en Borisovka vielen gewonden. ' +
    'Ook in de regiohoofdstad Belgorod klonk luchtalarm. Moskou spreekt van terreur; Oekraïense eenheden zouden de grens zijn overgestoken. ' +
    'Het Kremlin zweeg. Het Legioen Vrijheid van Rusland eiste de aanval op.';
  const out = run(text, nl);

  it('reads the region cue and the regional-capital cue', () => {
    const [region, city] = at(out, 'Belgorod');
    expect(region).toMatchObject({ level: 'admin1', name: 'Belgorod Oblast', country: 'RU' });
    expect(city).toMatchObject({ level: 'place', name: 'Belgorod', country: 'RU', admin1: 'Belgorod Oblast' });
  });

  it('matches Dutch transliterations and picks the namesake in the article\'s region', () => {
    expect(at(out, 'Grajvoron')[0]).toMatchObject({ name: 'Grayvoron', admin1: 'Belgorod Oblast' });
    const b = at(out, 'Borisovka')[0];
    expect(b).toMatchObject({ country: 'RU', admin1: 'Belgorod Oblast' });
  });

  it('resolves exonyms, demonyms and skips metonyms and organisation names', () => {
    expect(at(out, 'Moskou')[0]).toMatchObject({ name: 'Moscow', country: 'RU', level: 'place' });
    expect(out.find((p) => p.text === 'Oekraïense')).toMatchObject({ kind: 'demonym', country: 'UA' });
    expect(out.find((p) => p.text === 'Kremlin')).toBeUndefined();
    expect(out.find((p) => p.text === 'Rusland')).toBeUndefined();
  });

  it('skips surnames after name particles and organisations seated in a country', () => {
    const o = run('Ursula von der Leyen sprak in Brussel. Het Islamitisch Verzet in Libanon eiste de aanval op; in Libanon vielen doden.', nl);
    expect(o.filter((p) => p.kind === 'toponym').map((p) => `${p.text}@${p.start}`)).toEqual(['Brussel@30', 'Libanon@96']);
  });

  it('reads "regio\'s X, Y en Z" as divisions and "de Krim" as one', () => {
    const o = run("Boven de regio's Belgorod, Koersk en Orjol werden drones onderschept. Ook de Krim werd aangevallen.", nl);
    expect(o.filter((p) => p.kind === 'toponym').map((p) => `${p.level}:${p.name}`)).toEqual([
      'admin1:Belgorod Oblast',
      'admin1:Kursk Oblast',
      'admin1:Oryol oblast',
      'admin1:Crimea',
    ]);
  });

  it('does not take a sentence-initial common word for a village', () => {
    const o = run('Bom bij het stadhuis. Vorige week vielen drie doden in Charkiv.', nl);
    expect(o.filter((p) => p.kind === 'toponym').map((p) => p.text)).toEqual(['Charkiv']);
  });
});

describe('places (en)', () => {
  it('reads Georgia as the country or the US state by the article\'s other places', () => {
    const caucasus = run('Protesters marched in Tbilisi and Batumi. Georgia has been in turmoil since the vote.', en);
    expect(at(caucasus, 'Georgia')[0]).toMatchObject({ level: 'country', country: 'GE' });
    const us = run('Storms hit Atlanta and Savannah on Monday. Georgia declared an emergency.', en);
    expect(at(us, 'Georgia')[0]).toMatchObject({ level: 'admin1', country: 'US', name: 'Georgia' });
  });

  it('skips places inside person and organisation names', () => {
    const o = run('Paris Hilton visited Tbilisi State University. Analyst Jordan Fields said the talks failed.', en);
    expect(o.filter((p) => p.kind === 'toponym')).toEqual([]);
  });

  it('keeps countries countries and reads region suffixes', () => {
    const o = run('Gunmen killed 12 soldiers near Tillaberi in Niger, while troops in the Kharkiv region repelled attacks. KYIV denied it.', en);
    expect(at(o, 'Niger')[0]).toMatchObject({ level: 'country', country: 'NE' });
    expect(at(o, 'Kharkiv')[0]).toMatchObject({ level: 'admin1', name: 'Kharkiv', country: 'UA' });
    expect(at(o, 'KYIV')[0]).toMatchObject({ level: 'place', country: 'UA' });
    const near = at(o, 'Tillaberi')[0];
    expect(near).toMatchObject({ country: 'NE', precision: { acled: 2, ucdp: 2 } });
  });

  it('does not read a sentence opener as a small town of the article\'s country', () => {
    const o = run('Storms hit Texas and Oklahoma. Early on Monday, officials in Houston counted the damage.', en);
    expect(o.filter((p) => p.kind === 'toponym').map((p) => p.text)).toEqual(['Texas', 'Oklahoma', 'Houston']);
  });

  it('does not resolve rivers', () => {
    const o = run('Ukrainian troops hold the east bank of the Oskil River near Kupiansk.', en);
    expect(o.filter((p) => p.kind === 'toponym').map((p) => p.text)).toEqual(['Kupiansk']);
  });
});

describe('places (de)', () => {
  it('skips a region named inside a group name and reads Arabic articles', () => {
    const o = run('Der Islamische Staat in der Provinz Sahel bekannte sich. In Gao und in al-Fashir im Sudan wurde gekämpft. Mali meldete Tote.', de);
    expect(o.filter((p) => p.kind === 'toponym').map((p) => p.text)).toEqual(['Gao', 'al-Fashir', 'Sudan', 'Mali']);
  });

  it('reads German inflections, Gebiet cues and common nouns', () => {
    const o = run('Im Norden des Gebiets Charkiw liegt Wowtschansk. Kiews Truppen halten das Zentrum Malis nicht. Drohnen über Kursk wurden abgeschossen.', de);
    expect(at(o, 'Norden')).toHaveLength(0);
    expect(at(o, 'Charkiw')[0]).toMatchObject({ level: 'admin1', name: 'Kharkiv' });
    expect(at(o, 'Wowtschansk')[0]).toMatchObject({ name: 'Vovchansk', country: 'UA' });
    expect(at(o, 'Kiews')[0]).toMatchObject({ name: 'Kyiv' });
    expect(at(o, 'Malis')[0]).toMatchObject({ level: 'country', country: 'ML' });
    expect(at(o, 'Kursk')[0]).toMatchObject({ level: 'admin1', name: 'Kursk Oblast' });
  });

  it('reads a place as the first part of a compound with a common head noun', () => {
    const text = 'Seit Beginn des Ukraine-Krieges? Nein: Der Ukraine-Krieg lähmt den Handel, die Sudan-Krise ebenso.';
    const o = run(text, de);
    const u = at(o, 'Ukraine');
    expect(u).toHaveLength(2);
    for (const p of u) expect(p).toMatchObject({ level: 'country', country: 'UA' });
    expect(u.map((p) => p.start)).toEqual([text.indexOf('Ukraine'), text.lastIndexOf('Ukraine')]);
    expect(at(o, 'Sudan')[0]).toMatchObject({ level: 'country', country: 'SD' });
    expect(o.some((p) => p.text.includes('-'))).toBe(false);
    const n = run('Door de Oekraïne-oorlog stijgen de prijzen.', nl);
    expect(at(n, 'Oekraïne')[0]).toMatchObject({ level: 'country', country: 'UA' });
    // the article belongs to the compound's head noun, not to the place
    const g = run('Sinds maandag is het Gaza-conflict weer heviger.', nl);
    expect(at(g, 'Gaza')[0]).toMatchObject({ level: 'place', country: 'PS' });
  });

  it('reads the genitive of a compound name', () => {
    const o = run('Die Lage des Gazastreifens bleibt angespannt, sagte ein Sprecher.', de);
    expect(at(o, 'Gazastreifens')[0]).toMatchObject({ level: 'admin1', country: 'PS' });
  });

  it('reads Departement as a division cue that picks the namesake inside it', () => {
    const a = run('Im Departement Guaviare gab es Gefechte nahe der Ortschaft Calamar.', de);
    expect(at(a, 'Guaviare')[0]).toMatchObject({ level: 'admin1', name: 'Guaviare Department' });
    expect(at(a, 'Calamar')[0]).toMatchObject({ level: 'place', admin1: 'Guaviare Department' });
    const b = run('Im Departement Bolívar gab es Gefechte nahe der Ortschaft Calamar.', de);
    expect(at(b, 'Calamar')[0]).toMatchObject({ level: 'place', admin1: 'Bolívar' });
    const c = run('Troops moved into the Cauca department on Friday.', en);
    expect(at(c, 'Cauca')[0]).toMatchObject({ level: 'admin1', name: 'Cauca Department' });
  });
});

describe('places on open text (issue 8)', () => {
  const packs: Record<string, PlacesLexicon> = { nl, en, de };
  const found = (text: string, lang = 'en') => run(text, packs[lang]!).filter((p) => p.kind === 'toponym').map((p) => `${p.text}|${p.level}|${p.country}${p.admin1 ? '|' + p.admin1 : ''}`);

  it('reads dotted abbreviations and state abbreviations after a town', () => {
    const out = found('Officials in the U.S. said a man from Fresno, Calif., was held in Washington, D.C., on Monday.');
    expect(out).toContain('U.S|country|US');
    expect(out).toContain('Calif|admin1|US|California');
    expect(out.some((p) => p.startsWith('D.C|admin1|US'))).toBe(true);
  });

  it('resolves districts written out, and a division by its own name without context', () => {
    const out = found('Deputies in Cuyahoga County and across Ohio searched for the suspect.');
    expect(out).toContain('Cuyahoga County|admin2|US|Ohio');
    expect(out).toContain('Ohio|admin1|US|Ohio');
  });

  it('reports continents and multi-country regions at region level, one-country regions as their country', () => {
    expect(found('Leaders from Europe and the Middle East met.')).toEqual(expect.arrayContaining(['Europe|region|', 'Middle East|region|']));
    expect(found('Fighting continued in the Donbas.')).toContain('Donbas|country|UA');
    expect(found('Kämpfe in der Ostukraine.', 'de')).toContain('Ostukraine|country|UA');
  });

  it('keeps a country against its namesakes and reads former names', () => {
    expect(found('Refugees fled from Burma and Swaziland.')).toEqual(['Burma|country|MM', 'Swaziland|country|SZ']);
    expect(found('Flüchtlinge aus Birma.', 'de')).toEqual(['Birma|country|MM']);
    expect(found('Troops crossed into Mexico on Monday.')).toEqual(['Mexico|country|MX']);
  });

  it('does not take person names for places', () => {
    expect(found('Mary Johnson told reporters the plan had failed.')).toEqual([]);
    expect(found('Chad Smith and Paul Walker said nothing.')).toEqual([]);
    expect(found('The United States and China signed the deal.')).toEqual(['United States|country|US', 'China|country|CN']);
  });

  it('places a settlement the gazetteer lacks in the division the text names', () => {
    expect(found('Gunmen raided Zuvakoro, a village in Kaduna State, overnight.')[0]).toBe('Zuvakoro|admin1|NG|Kaduna State');
  });

  it('reads agency datelines in capitals as places', () => {
    expect(found('HELENA, Mont. (AP) — Lawmakers met on Monday.')[0]).toBe('HELENA|place|US|Montana');
  });
});

describe('"Town, Division" read together', () => {
  it('takes the pair the gazetteer confirms over each name\'s own prior', () => {
    // Norfolk alone would be the island territory; with a Norfolk village before it, it is the English county
    const out = run('The second round is held at Snetterton, Norfolk, in the spring.', en);
    expect(at(out, 'Norfolk')[0]).toMatchObject({ level: 'admin2', country: 'GB' });
    expect(at(out, 'Snetterton')[0]).toMatchObject({ level: 'place', country: 'GB', rule: 'places.place.pair' });
  });

  it('keeps the reading where the name recurs bare', () => {
    const out = run('Students from Parkland, Florida, marched on Saturday. Parkland has become a symbol.', en);
    for (const p of at(out, 'Parkland')) expect(p).toMatchObject({ country: 'US', admin1: 'Florida' });
  });

  it('leaves a list of two settlements alone', () => {
    const out = run('Flights from Paris, Lyon and Marseille were cancelled.', en);
    expect(at(out, 'Paris')[0]).toMatchObject({ country: 'FR' });
  });
});

describe('named parts of a settlement take its point', () => {
  it('reads a head noun, a cue noun before and after, and places the part in the settlement named with it', () => {
    const text =
      'Shelling hit Kharkiv overnight. A market on Heroiv Pratsi Street burned, and residents of the Saltivka-Nord neighbourhood fled. ' +
      'Kharkiv officials said flights to Lviv had stopped long ago.';
    const out = run(text, en);
    const street = at(out, 'Heroiv Pratsi Street')[0];
    expect(street).toMatchObject({ level: 'place', name: 'Kharkiv', country: 'UA', rule: 'places.part.settlement' });
    expect(at(out, 'Saltivka-Nord')[0]).toMatchObject({ name: 'Kharkiv', rule: 'places.part.settlement' });
  });

  it('takes the owner before the part ("Odesa\'s X Square") over the article\'s main city', () => {
    const out = run('Kyiv said on Monday that Kyiv had sent help. A drone struck Odesa\'s Sobornaya Square at night.', en);
    expect(at(out, 'Sobornaya Square')[0]).toMatchObject({ name: 'Odesa' });
  });

  it('reads Dutch compounds and cue nouns, and German cue nouns with quotes', () => {
    const nlOut = run('In Charkiv werd het Vrijheidsplein geraakt. Ook in de wijk Pivnitsjna Saltivka vielen doden.', nl);
    expect(at(nlOut, 'Vrijheidsplein')[0]).toMatchObject({ name: 'Kharkiv' });
    expect(at(nlOut, 'Pivnitsjna Saltivka')[0]).toMatchObject({ name: 'Kharkiv' });
    const deOut = run('In Charkiw schlugen Raketen im Wohnviertel „Nowa Bawarija“ ein.', de);
    expect(at(deOut, 'Nowa Bawarija')[0]).toMatchObject({ name: 'Kharkiv' });
  });

  it('needs a cue: a bare unknown name or a common German compound is no part', () => {
    const deOut = run('In Charkiw wurde der Marktplatz gesperrt.', de);
    expect(at(deOut, 'Marktplatz')).toHaveLength(0);
    // a cue noun before a well-known name is no part: the name keeps its own reading
    const nlOut = run('De wijk Lviv bestaat niet; Lviv ligt in het westen.', nl);
    for (const p of at(nlOut, 'Lviv')) expect(p.rule).not.toBe('places.part.settlement');
  });
});

describe('resolution guards', () => {
  it('a district is read from its full name only when the name carries a type word', () => {
    const out = run('The team flew from Houston to San Antonio on Friday.', en);
    expect(at(out, 'San Antonio')[0]).toMatchObject({ level: 'place', country: 'US' });
  });

  it('a division named by generic words only wants the article\'s country', () => {
    const out = run('Storms battered the West Coast on Sunday, and Oregon declared an emergency.', en);
    expect(at(out, 'West Coast').filter((p) => p.country === 'NZ')).toHaveLength(0);
  });

  it('a settlement cue in an article on one division takes the namesake there', () => {
    const text =
      'Police in Britain said the attack in England was under investigation. Britain and England\'s health service responded. ' +
      'The victims were found in the English city of Salisbury on Sunday.';
    const out = run(text, en);
    expect(at(out, 'Salisbury')[0]).toMatchObject({ level: 'place', country: 'GB' });
  });
});

describe('surnames recur as the person', () => {
  it('reads a later bare surname as the person named with a given name before', () => {
    const out = run('Emma Sutton won the race in Brighton. Sutton had started fourth, and Sutton thanked her team.', en);
    expect(at(out, 'Sutton')).toHaveLength(0);
    expect(at(out, 'Brighton')).toHaveLength(1);
  });

  it('keeps the place where a locative word introduces it', () => {
    const out = run('Emma Sutton won the race. The next round is in Sutton, London.', en);
    expect(at(out, 'Sutton')).toHaveLength(1);
  });
});

describe('titles and settlement nouns', () => {
  it('a title after a city names its office, not a person', () => {
    const out = run('EASTER MASS. Manila Archbishop Luis Reyes Cardinal Santos leads the vigil.', en);
    expect(at(out, 'Manila')[0]).toMatchObject({ country: 'PH' });
  });

  it('a large city with a settlement noun stands even outside the article\'s countries', () => {
    const out = run('Officials in Canada said the talks would continue in Cork city on Monday.', en);
    expect(at(out, 'Cork')[0]).toMatchObject({ level: 'place', country: 'IE' });
  });
});
