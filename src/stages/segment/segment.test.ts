import { describe, expect, it } from 'vitest';
import { loadPacks } from '../../lang/registry.js';
import { clean } from '../clean/index.js';
import { rawDoc, run } from '../clean/fixture.js';
import { segment } from './index.js';
import type { Analysis } from '../../core/analysis.js';

const packs = await loadPacks();
const seg = (text: string): Analysis => run(rawDoc(text), packs, [clean, segment]).a;
const sentences = (a: Analysis): string[] => a.sentences.map((s) => a.text.slice(s.start, s.end));
const tokens = (a: Analysis): string[] => a.tokens.map((t) => t.text);

describe('segment: sentences', () => {
  it.each([
    ['nl abbreviations', 'Er vielen o.a. twee doden in de wijk. De burgemeester, mr. De Vries, sprak van ca. 40 gewonden. Dr. Jansen bevestigde dat.', 3],
    ['nl month abbreviation', 'Op 3 feb. meldde de politie een aanslag. Het onderzoek loopt nog.', 2],
    ['en titles and initials', 'Lt. Gen. Sam Example met Mr. Jones in St. Petersburg on Monday. J. Smith, a U.S. official, said talks went well. They will meet again.', 3],
    ['en e.g./i.e.', 'Heavy weapons, e.g. tanks and artillery, were moved, i.e. withdrawn from the line. Officials confirmed it.', 2],
    ['de abbreviations', 'Die Armee meldete u.a. zwei Tote bzw. mehrere Verletzte. Laut Nr. 2 der Liste gab es z.B. Angriffe auf ca. 30 Dörfer. Die Lage bleibt unklar.', 3],
    ['de ordinal dates', 'Der Angriff begann am 14. August gegen Mitternacht. Am 3. Okt. folgte ein zweiter. Zum 2. Mal wurde die Brücke getroffen.', 3],
    ['decimals and thousands', 'The strike damaged 3.5 km of track and 1,900 homes. In the city 21.000 mensen fled. Costs rose 1.200 euro.', 3],
    ['closing quotes', 'The governor said: "We will rebuild." Then she left. ‘Dit is een terreurdaad,’ schreef hij. ‘Wie moet er nu nog blijven?’ Niemand antwoordde.', 5],
    ['Dutch low quotes', 'Het doel is duidelijk. ,,En dan een nieuw land opbouwen.’’ Zo klinkt het.', 3],
    ['ellipsis mid-sentence', 'He waited... and waited. Nothing happened!', 2],
    ['Dutch clitic start', 'De winkels waren dicht. ’s Avonds bleef het onrustig.', 2],
    ['lowercase after period', 'The strike hit at 9 p.m. local time. Nobody was hurt.', 2],
  ])('%s', (_name, text, n) => {
    const a = seg(text);
    expect(sentences(a), sentences(a).join(' | ')).toHaveLength(n);
    // sentences tile the paragraph text without losing characters (except spaces between)
    expect(sentences(a).join(' ')).toBe(text);
  });

  it('ends a sentence after the closing quote', () => {
    const a = seg('She said: "We stay." The troops left.');
    expect(sentences(a)).toEqual(['She said: "We stay."', 'The troops left.']);
  });

  it('headings and titles are their own paragraph with one sentence', () => {
    const a = seg('Zware gevechten in het noorden\n\nHet leger meldt zware gevechten rond de stad. Er zijn doden gevallen.\n\nVluchtelingen\n\nDuizenden mensen zijn op de vlucht geslagen naar het zuiden van het land.');
    expect(a.paragraphs.map((p) => p.kind)).toEqual(['title', 'paragraph', 'heading', 'paragraph']);
    expect(a.sentences.map((s) => s.paragraph)).toEqual([0, 1, 1, 2, 3]);
    expect(a.paragraphs.every((p) => p.lang === a.doc.lang)).toBe(true);
  });
});

describe('segment: tokens', () => {
  it('keeps Unicode words, hyphenated and apostrophe words, numbers and abbreviations whole', () => {
    const a = seg('In Oekraïne vielen drone-aanvallen op Ryl’sk; een 82-jarige vrouw en o.a. al-Qaeda-strijders, 21.000 mensen, 1,900 homes, 3.5 km (ca. 40km) en U.S.-troepen.');
    expect(tokens(a)).toEqual([
      'In', 'Oekraïne', 'vielen', 'drone-aanvallen', 'op', 'Ryl’sk', ';', 'een', '82-jarige', 'vrouw', 'en', 'o.a.', 'al-Qaeda-strijders', ',',
      '21.000', 'mensen', ',', '1,900', 'homes', ',', '3.5', 'km', '(', 'ca.', '40km', ')', 'en', 'U.S.', '-', 'troepen', '.',
    ]);
    const kinds = Object.fromEntries(a.tokens.map((t) => [t.text, t.kind]));
    expect(kinds['21.000']).toBe('number');
    expect(kinds['3.5']).toBe('number');
    expect(kinds['82-jarige']).toBe('word');
    expect(kinds[';']).toBe('punct');
  });

  it('splits a possessive and marks symbols', () => {
    const a = seg("Burkina Faso's army lost 5 % of its € 2 budget + more.");
    expect(tokens(a)).toEqual(['Burkina', 'Faso', "'s", 'army', 'lost', '5', '%', 'of', 'its', '€', '2', 'budget', '+', 'more', '.']);
    expect(a.tokens.find((t) => t.text === '€')!.kind).toBe('symbol');
    expect(a.tokens.find((t) => t.text === '+')!.kind).toBe('symbol');
  });

  it('every sentence and token maps back to the original exactly', () => {
    const original = ' date 2024-01 Storm in de stad\n\nFoto ANP\n\nDe storm trof o.a. de haven. ‘Het is erg,’ zei dr. Jansen.\nLees ook: iets anders\n\nIn Berlin fielen am 14. August 3,5 Zentimeter Regen. Ende.';
    const a = seg(original);
    for (const s of a.sentences) {
      const o = a.map.toOriginal(s);
      expect(original.slice(o.start, o.end)).toBe(a.text.slice(s.start, s.end));
    }
    for (const t of a.tokens) {
      const o = a.map.toOriginal(t);
      expect(original.slice(o.start, o.end)).toBe(t.text);
    }
    expect(a.tokens.some((t) => t.text === 'Foto' || t.text === 'Lees')).toBe(false);
  });
});
