import { describe, expect, it } from 'vitest';
import { loadPacks } from '../../lang/registry.js';
import { compileLiterals, foldForLiterals, LiteralText, mayMatch, requiredLiterals } from './literals.js';

const may = (re: RegExp, t: string): boolean => mayMatch(compileLiterals(requiredLiterals(re)), () => new LiteralText(re.flags.includes('i') ? foldForLiterals(t) : t));

describe('required literals', () => {
  it.each([
    [/\bwe value your privacy\b/iu, ['we value your privacy']],
    [/\bcookies? (?:settings|policy)\b/iu, ['cookie']],
    [/\bcookies? (?:settings|preferences)\b/iu, ['settings', 'preferences']],
    [/(?:X|Y)+ z?/u, [' ']],
    [/(?<=abc)d/u, ['d']],
    [/Photo(?:graph)?\s*:/u, ['Photo']],
    [/\d+ min(?:ute)?s? read/iu, [' read']],
    [/^(?:Read (?:more|also)|See also)$/iu, ['read ', 'see also']],
    [/\((?:Foto|Beeld)\s*:?\s*[^()]{1,60}\)/u, ['Foto', 'Beeld']],
    [/a\.b+c/u, ['a.']],
    [/(?<bp>Credit|Source):/u, ['Credit', 'Source']],
    [/Mit (?:Material|Berichten)/u, ['Material', 'Berichten']],
  ])('%s needs one of %j', (re, lits) => {
    expect(requiredLiterals(re)).toEqual(lits);
  });

  it.each([/^(?:©|\(c\)\s|Copyright\b)|\bAll rights reserved\b/iu, /(?:X|Y)+\s*z?/u, /(?!ab)\w+/u, /(?<=abc)\d/u, /abc/i, /abc/uy, /[abc]+|de/u])('%s cannot be pre-checked', (re) => {
    expect(requiredLiterals(re)).toBeUndefined();
  });

  it('folds case like a case-insensitive Unicode pattern (Kelvin sign, long s)', () => {
    const re = /\bcookies\b/iu;
    for (const t of ['COOKIES', 'Cookies', 'coo\u212Aies', 'cookie\u017F', 'COO\u212AIE\u017F', 'cookie']) {
      expect(may(re, t)).toBe(re.test(t));
    }
  });

  it('rules out texts without the literals', () => {
    expect(may(/\bwe value your privacy\b/iu, 'We value our privacy')).toBe(false);
    expect(may(/\bwe value your privacy\b/iu, 'WE VALUE YOUR PRIVACY!')).toBe(true);
    expect(may(/Foto:/u, 'foto: x')).toBe(false);
  });

  it('never rules out a text that a pack cue matches', async () => {
    const packs = await loadPacks();
    const cues = Object.values(packs).flatMap((p) => p.clean.cues);
    // texts built from the cues' own literals and from common block shapes
    const texts = [
      'We value your privacy. We and our partners use cookies.',
      'Foto: ANP', 'Photo: Reuters', '(Foto ANP)', 'Bild: dpa', 'Read more:', 'Lees ook: iets', 'Mehr zum Thema',
      'Updated 3 hours ago', '5 min read', 'Leestijd 4 minuten', 'Lesedauer: ca. 3 Min.', 'By John Smith', 'Door onze correspondent',
      'Von unserem Korrespondenten', 'Share on Facebook', 'Facebook | X | WhatsApp', '© 2024 Example', 'All rights reserved',
      'Sign up for our newsletter', 'Advertisement', 'Accept all cookies', 'Wir verwenden Cookies', 'Deze inhoud is helaas geblokkeerd',
      '(Reporting by Jane Roe; Editing by Joe Bloggs)', 'Mit Material von dpa', 'Heb je een tip?', 'Onze excuses', 'ADVERTISEMENT', 'READ MORE:',
    ];
    let matched = 0;
    for (const cue of cues) {
      for (const t of texts) {
        if (cue.pattern.test(t)) {
          matched++;
          expect(may(cue.pattern, t), `${cue.pattern} on ${t}`).toBe(true);
        }
      }
    }
    expect(matched).toBeGreaterThan(20);
  });
});
