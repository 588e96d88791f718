import { describe, expect, it } from 'vitest';
import { loadPacks } from '../../lang/registry.js';
import { clean } from '../clean/index.js';
import { segment } from '../segment/index.js';
import { rawDoc, run } from '../clean/fixture.js';
import { langid } from './index.js';

const packs = await loadPacks();
const STAGES = [clean, segment, langid];

const NL = [
  'De gemeenteraad heeft dinsdagavond besloten om de oude brug over het kanaal volgend jaar volledig te vervangen.',
  'Volgens de wethouder zijn de kosten hoger dan verwacht, maar is er geen andere keuze omdat de brug onveilig is geworden.',
];
const EN = 'The regional governor said on Tuesday that the bridge would stay closed to all traffic until engineers had inspected it.';
const DE = 'Der Bürgermeister erklärte am Dienstag, die Brücke bleibe für den gesamten Verkehr gesperrt, bis Fachleute sie geprüft hätten.';

describe('langid', () => {
  it.each([
    ['nl', NL.join('\n\n')],
    ['en', `${EN}\n\nEngineers are expected to finish their work by the end of the month, officials added.`],
    ['de', `${DE}\n\nDie Arbeiten sollen nach Angaben der Behörden bis zum Ende des Monats abgeschlossen sein.`],
  ])('detects %s for the document and its paragraphs', (lang, text) => {
    const { a, diagnostics } = run(rawDoc(text), packs, STAGES);
    expect(a.doc.lang).toBe(lang);
    expect(a.paragraphs.every((p) => p.lang === lang)).toBe(true);
    expect(a.doc.paragraphLangs).toBeUndefined();
    expect(diagnostics.filter((d) => d.code === 'langid/low-confidence')).toEqual([]);
  });

  it('detects against the declared language when the text disagrees', () => {
    const { a } = run(rawDoc(NL.join('\n\n'), {}, { declaredLang: 'en' }), packs, STAGES);
    expect(a.doc.lang).toBe('nl');
  });

  it('marks a paragraph in another language and lists paragraph languages in original offsets', () => {
    const original = `${NL[0]}\n\n${EN}\n\n${NL[1]}\n\nDe brug dicht\n`;
    const { a } = run(rawDoc(original), packs, STAGES);
    expect(a.doc.lang).toBe('nl');
    expect(a.paragraphs.map((p) => p.lang)).toEqual(['nl', 'en', 'nl', 'nl']);
    const langs = a.doc.paragraphLangs!;
    expect(langs.map((p) => p.lang)).toEqual(['nl', 'en', 'nl', 'nl']);
    expect(original.slice(langs[1]!.start, langs[1]!.end)).toBe(EN);
  });

  it('short paragraphs inherit the document language', () => {
    const { a } = run(rawDoc(`${DE}\n\nJa, sicher.\n\nOkay.`), packs, STAGES);
    expect(a.paragraphs.map((p) => p.lang)).toEqual(['de', 'de', 'de']);
  });

  it('keeps a language forced by the user', () => {
    const { a } = run(rawDoc(NL.join('\n\n')), packs, STAGES, 'de');
    expect(a.doc.lang).toBe('de');
    expect(a.doc.langForced).toBe(true);
  });

  it('reports low confidence when there is too little text', () => {
    const { diagnostics, a } = run(rawDoc('Kyiv, 12:00'), packs, STAGES);
    expect(diagnostics.map((d) => d.code)).toContain('langid/low-confidence');
    expect(Object.keys(packs)).toContain(a.doc.lang);
  });
});
