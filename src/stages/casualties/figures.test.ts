import { describe, expect, it } from 'vitest';
import { casualties as nl } from '../../lang/nl/casualties.js';
import { casualties as en } from '../../lang/en/casualties.js';
import { casualties as de } from '../../lang/de/casualties.js';
import type { CasualtiesLexicon } from './lexicon.js';
import { sentenceFigures } from './figures.js';

function figs(lx: CasualtiesLexicon, text: string): string[] {
  return sentenceFigures(lx, text).map((f) => `${f.kind} ${f.min ?? '-'}..${f.max ?? '-'}${f.subset ? ' subset' : ''}`);
}

describe('casualty figures (nl)', () => {
  it('reads modifiers, vague quantities and split verbs per clause', () => {
    expect(figs(nl, 'Bij de beschieting kwamen zeker zeven mensen om het leven en raakten tientallen anderen gewond.')).toEqual(['killed 7..-', 'injured 20..-']);
  });
  it('reads zero figures only next to the casualty word', () => {
    expect(figs(nl, 'Volgens de brandweer vielen er geen gewonden.')).toEqual(['injured 0..0']);
    expect(figs(nl, 'Er waren geen soldaten in het gebouw toen het werd geraakt.')).toEqual([]);
    expect(figs(nl, 'Niemand raakte gewond.')).toEqual(['injured 0..0']);
  });
  it('counts a single person named with an article, not their age', () => {
    expect(figs(nl, 'Een 45-jarige vrouw kwam om het leven.')).toEqual(['killed 1..1']);
    expect(figs(nl, 'In de auto raakte een man van 70 gewond.')).toEqual(['injured 1..1']);
    expect(figs(nl, 'Een drone trof een schuur, waarbij niemand gewond raakte.')).toEqual(['injured 0..0']);
  });
  it('reads ranges, subsets and more-than', () => {
    expect(figs(nl, 'Er vielen tussen tien en vijftien doden, onder wie vier kinderen.')).toEqual(['killed 10..15', 'killed 4..4 subset']);
    expect(figs(nl, 'Meer dan twintig militairen zijn gesneuveld.')).toEqual(['killed 21..-']);
    expect(figs(nl, 'Er raakten eenentwintig mensen gewond.')).toEqual(['injured 21..21']);
  });
  it('ignores distances, dates and numbers far from a victim noun', () => {
    expect(figs(nl, 'Het dorp ligt op 12 kilometer van de grens.')).toEqual([]);
    expect(figs(nl, 'Op 3 maart sloegen twee raketten in bij een opvang voor ontheemden.')).toEqual([]);
  });
  it('gives no figure for words without a number', () => {
    expect(figs(nl, 'Meerdere mensen raakten gewond.')).toEqual([]);
  });
});

describe('casualty figures (en)', () => {
  it('reads a dozen, more than a dozen, and subsets', () => {
    expect(figs(en, 'The raid killed more than a dozen people and wounded 40, including six children.')).toEqual(['killed 13..-', 'injured 40..40', 'injured 6..6 subset']);
    expect(figs(en, 'At least a dozen journalists were hurt.')).toEqual(['injured 12..-']);
  });
  it('reads dozens, hundreds and ranges', () => {
    expect(figs(en, 'Dozens were injured in the blast.')).toEqual(['injured 24..-']);
    expect(figs(en, 'Hundreds of people died.')).toEqual(['killed 200..-']);
    expect(figs(en, 'Between 8 and 12 soldiers died.')).toEqual(['killed 8..12']);
    expect(figs(en, 'Officials said 10-15 fighters were killed.')).toEqual(['killed 10..15']);
  });
  it('reads zero figures', () => {
    expect(figs(en, 'No one was hurt.')).toEqual(['injured 0..0']);
    expect(figs(en, 'There were no injuries.')).toEqual(['injured 0..0']);
  });
  it('does not count an article before a speaker as a victim', () => {
    expect(figs(en, 'A police officer said 5 civilians were killed.')).toEqual(['killed 5..5']);
  });
  it('ignores glued units and years', () => {
    expect(figs(en, 'The town lies 40km from the border, where 3 people died in 2019.')).toEqual(['killed 3..3']);
    expect(figs(en, 'Rescuers recovered 1,200 bodies.')).toEqual(['killed 1200..1200']);
  });
  it('keeps up-to figures open below', () => {
    expect(figs(en, 'Up to 30 people are missing.')).toEqual(['missing -..30']);
  });
});

describe('casualty figures (de)', () => {
  it('reads figures of two clauses', () => {
    expect(figs(de, 'Mindestens 21 Menschen wurden getötet, mehr als 50 weitere verletzt.')).toEqual(['killed 21..-', 'injured 51..-']);
  });
  it('reads zero, Dutzende, ein Dutzend', () => {
    expect(figs(de, 'Bei dem Angriff gab es keine Verletzten.')).toEqual(['injured 0..0']);
    expect(figs(de, 'Dutzende Zivilisten sollen ums Leben gekommen sein.')).toEqual(['killed 24..-']);
    expect(figs(de, 'Ein Dutzend Soldaten wurde verwundet.')).toEqual(['injured 12..12']);
    expect(figs(de, 'Zwischen zwölf und zwanzig Menschen starben.')).toEqual(['killed 12..20']);
  });
  it('counts the one named after "außer"', () => {
    expect(figs(de, 'Außer dem Fahrer starben zwei Passagiere.')).toEqual(['killed 1..1', 'killed 2..2']);
  });
  it('borrows the casualty word of the next clause', () => {
    expect(figs(de, 'Zwei von ihnen wurden geschlagen und leicht verletzt.')).toEqual(['injured 2..2']);
  });
  it('ignores clock times and dates', () => {
    expect(figs(de, 'Am 10.03.2025 um 14 Uhr explodierte eine Bombe.')).toEqual([]);
  });
});

describe('casualty figures: separable verbs and hospital phrases', () => {
  it('reads a separable verb around its figure (nl "kwamen … om")', () => {
    expect(figs(nl, 'Bij de brand kwamen zes mensen om.')).toEqual(['killed 6..6']);
  });
  it('reads people taken to hospital as injured', () => {
    expect(figs(nl, 'Drie agenten werden naar het ziekenhuis gebracht.')).toEqual(['injured 3..3']);
    expect(figs(en, 'Seven protesters were taken to hospital.')).toEqual(['injured 7..7']);
  });
});

describe('casualty figures: negated victim nouns', () => {
  it('reads "Doden vielen er niet" and "Tote gab es nicht" as zero', () => {
    expect(figs(nl, 'Doden vielen er volgens de brandweer niet.')).toEqual(['killed 0..0']);
    expect(figs(de, 'Tote gab es nach Angaben der Polizei nicht.')).toEqual(['killed 0..0']);
    expect(figs(nl, 'De doden werden niet geïdentificeerd.')).toEqual([]);
  });
});

describe('casualty figures: zero with the victims named', () => {
  it('reads "no police officers were hurt" as zero injured', () => {
    expect(figs(en, 'No police officers were hurt, the police said.')).toEqual(['injured 0..0']);
    expect(figs(en, 'There were no soldiers in the building when it was hit.')).toEqual([]);
  });
});

describe('casualty figures: one person named by a pronoun', () => {
  it('counts a pronoun subject of a named injury as one injured', () => {
    expect(figs(nl, 'Volgens zijn broer liep hij een hersenschudding op.')).toEqual(['injured 1..1']);
    expect(figs(en, 'He suffered a concussion, his lawyer said.')).toEqual(['injured 1..1']);
    expect(figs(en, 'He said three people were killed.')).toEqual(['killed 3..3']);
    expect(figs(de, 'Er sagte, es habe keine Verletzten gegeben.')).toEqual(['injured 0..0']);
  });
});

describe('casualty figures: zero after the verb, coordinated kinds, both', () => {
  it('reads the zero subject after its verb', () => {
    expect(figs(de, 'Verletzt wurde nach Angaben der Polizei niemand.')).toEqual(['injured 0..0']);
  });
  it('gives a zero to both coordinated kinds', () => {
    expect(figs(en, 'No civilians were injured or killed.').sort()).toEqual(['injured 0..0', 'killed 0..0']);
  });
  it('reads "both" as two', () => {
    expect(figs(en, 'Two medics were in the car and both were injured.')).toEqual(['injured 2..2']);
  });
  it('does not count a speaker far from the casualty word', () => {
    expect(figs(en, 'A nurse at the clinic told reporters that the toll was still rising.')).toEqual([]);
  });
});

describe('casualty figures: mob killings', () => {
  it('reads lynchings and killings by beating as deaths', () => {
    expect(figs(en, 'A mob lynched three men accused of theft.')).toEqual(['killed 3..3']);
    expect(figs(de, 'Zwei Männer wurden von einer Menge gelyncht.')).toEqual(['killed 2..2']);
    expect(figs(nl, 'Vier mannen werden door een menigte gelyncht.')).toEqual(['killed 4..4']);
  });
});

describe('a figure told at another place belongs to no event elsewhere', async () => {
  const { namesOtherPlace } = await import('./index.js');
  const place = (name: string, cs: number, lat: number, lon: number) => ({ cs, ce: cs + name.length, start: cs, end: cs + name.length, text: name, level: 'place' as const, name, country: 'TL', lat, lon, kind: 'toponym' as const, precision: { acled: 1, ucdp: 1 }, rule: 't' });
  it('a settlement more than 25 km away is another place; the same one or a near one is not', () => {
    const places = [place('Northtown', 3, 10, 10)];
    const s = { start: 0, end: 40 };
    expect(namesOtherPlace({ places }, s, { location: { level: 'place', name: 'Southtown', country: 'TL', lat: 11, lon: 10 } })).toBe(true);
    expect(namesOtherPlace({ places }, s, { location: { level: 'place', name: 'Northtown', country: 'TL', lat: 10.1, lon: 10 } })).toBe(false);
    expect(namesOtherPlace({ places }, { start: 20, end: 40 }, { location: { level: 'place', name: 'Southtown', country: 'TL', lat: 11, lon: 10 } })).toBe(false);
  });
});

describe('single victims named by age, and fatal wounds', () => {
  const one = (lx: CasualtiesLexicon, s: string) => sentenceFigures(lx, s).map((f) => `${f.kind} ${f.min}..${f.max}`);
  it('an age before or as the person noun still makes one victim', () => {
    expect(one(en, 'A 16-year-old girl was shot dead at the checkpoint.')).toEqual(['killed 1..1']);
    expect(one(en, 'A 70-year-old was killed in the blast.')).toEqual(['killed 1..1']);
    expect(one(nl, 'Een 12-jarig meisje werd doodgeschoten bij de grens.')).toEqual(['killed 1..1']);
    expect(one(de, 'Ein 19-Jähriger wurde am Abend erschossen.')).toEqual(['killed 1..1']);
  });
  it('fatally hit is killed', () => {
    expect(one(nl, 'Een agent werd dodelijk getroffen.')).toEqual(['killed 1..1']);
    expect(one(de, 'Ein Soldat wurde tödlich verletzt.')).toEqual(['killed 1..1']);
  });
});

describe('casualty figures: deaths told by their cost, their victims or one death', () => {
  it('reads "cost the lives of", "kostte … het leven", "kostete … das Leben"', () => {
    expect(figs(en, 'The fighting cost the lives of about forty people.')).toEqual(['killed 40..40']);
    expect(figs(nl, 'De aanval kostte aan ongeveer dertig mensen het leven.')).toEqual(['killed 30..30']);
    expect(figs(de, 'Der Angriff kostete mindestens acht Menschen das Leben.')).toEqual(['killed 8..-']);
  });
  it('reads "dodelijke slachtoffers" as the dead', () => {
    expect(figs(nl, 'Eerder was sprake van zeker drie dodelijke slachtoffers.')).toEqual(['killed 3..-']);
  });
  it('counts the death of one person', () => {
    expect(figs(de, 'Nach dem Tod eines 19-Jährigen kam es zu Protesten.')).toEqual(['killed 1..1']);
    expect(figs(en, 'A farmer passed away in hospital.')).toEqual(['killed 1..1']);
  });
});

describe('casualty figures: nouns that state only none', () => {
  it('reads "no casualties", "geen slachtoffers", "keine Opfer" as no deaths, and no count from them', () => {
    expect(figs(en, 'There were no casualties.')).toEqual(['killed 0..0']);
    expect(figs(nl, 'Er vielen geen slachtoffers.')).toEqual(['killed 0..0']);
    expect(figs(de, 'Es gab keine Opfer unter den Soldaten.')).toEqual(['killed 0..0']);
    expect(figs(en, 'The blast caused 30 casualties.')).toEqual([]);
    expect(figs(de, 'Unter den Opfern waren drei Kinder.')).not.toContain('killed 3..3');
  });
});

describe('casualty figures (en): murder and a part named "of those"', () => {
  it('reads "murdered" as killed and "one of those …" as a part', () => {
    expect(figs(en, 'Gunmen murdered three herders.')).toEqual(['killed 3..3']);
    expect(figs(en, 'One of those murdered was the village head.')).toEqual(['killed 1..1 subset']);
  });
});
