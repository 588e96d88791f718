import { beforeAll, describe, expect, it } from 'vitest';
import type { RawDocument } from '../../core/document.js';
import type { LanguagePack } from '../../lang/pack.js';
import { loadPacks } from '../../lang/registry.js';
import { blockText } from './blocks.js';
import { ingestString } from './index.js';

let packs: Record<string, LanguagePack>;
beforeAll(async () => {
  packs = await loadPacks();
});

const read = (text: string): RawDocument => ingestString(text, 'example.txt', 'text', { packs });
const metaTexts = (d: RawDocument) => d.meta.map((m) => d.original.slice(m.start, m.end));
const blockTexts = (d: RawDocument) => d.blocks.map(blockText);

/** Every block piece is a verbatim slice of the original. */
function expectVerbatim(d: RawDocument): void {
  for (const b of d.blocks) for (const p of b.pieces) expect(d.original.slice(p.start, p.end)).toBe(p.text);
}

describe('plain-text metadata', () => {
  it('inline date header before the first sentence', () => {
    const d = read(' date 2022-09 Soldiers crossed the river at dawn. Two villages were shelled later.\n\nA second paragraph follows here.');
    expect(d.date).toMatchObject({ value: '2022-09', precision: 'month', basis: 'metadata', span: { text: '2022-09' } });
    expect(d.dateRule).toBe('ingest.date.published');
    expect(metaTexts(d)).toEqual(['date 2022-09']);
    expect(blockTexts(d)[0]).toBe('Soldiers crossed the river at dawn. Two villages were shelled later.');
    expect(blockTexts(d).join(' ')).not.toContain('2022-09');
    expect(d.title).toBeUndefined();
    expectVerbatim(d);
  });

  it('headline, date line with time zone and update note, agency dateline with a yearless date', () => {
    const text = [
      'Drone strike hits fuel depot near the coast, officials say',
      'March 3, 2023 9:15 AM GMT+2 Updated 2 hours ago',
      '',
      'ODESA, Mar 3 (Wirenews) - A drone struck a fuel depot overnight, the regional governor said on Friday.',
      '',
      'Firefighters worked through the morning.',
    ].join('\n');
    const d = read(text);
    expect(d.title).toBe('Drone strike hits fuel depot near the coast, officials say');
    expect(d.blocks[0]).toMatchObject({ hint: 'title' });
    expect(d.date?.value).toBe('2023-03-03');
    expect(metaTexts(d)).toEqual(['March 3, 2023 9:15 AM GMT+2 Updated 2 hours ago', 'ODESA, Mar 3 (Wirenews) -']);
    expect(blockTexts(d)[1]).toBe('A drone struck a fuel depot overnight, the regional governor said on Friday.');
    expectVerbatim(d);
  });

  it('a yearless dateline borrows the year from other metadata, else leaves the date unset', () => {
    const withYear = read('Bijgewerkt: 6 maart 2023\nARNHEM, 5 maart (Persbureau) – Er werd geschoten bij de kazerne, meldt de politie.');
    // the dateline outranks an update label, and takes its year from it
    expect(withYear.date?.value).toBe('2023-03-05');
    expect(withYear.date?.span?.text).toBe('5 maart');
    expect(withYear.dateRule).toBe('ingest.dateline+year-from-metadata');
    const onlyDateline = read('ARNHEM, 5 maart (Persbureau) – Er werd geschoten bij de kazerne, meldt de politie.\n\nMeer nieuws volgt.');
    expect(onlyDateline.date).toBeUndefined();
    expect(onlyDateline.diagnostics.map((x) => x.code)).toContain('ingest/date-without-year');
    expect(metaTexts(onlyDateline)).toEqual(['ARNHEM, 5 maart (Persbureau) –']);
    expect(blockTexts(onlyDateline)[0]).toBe('Er werd geschoten bij de kazerne, meldt de politie.');
  });

  it('year borrowed across the new year', () => {
    const d = read('Headline about the winter offensive here\nUpdated: Jan 2, 2024\n\nKHARKIV, Dec 31 (Wire) - Shelling continued through the night into the new year.');
    // the dateline (rank 2) outranks an update label (rank 3); its year comes from January's date
    expect(d.date?.value).toBe('2023-12-31');
  });

  it('German "Stand:" line and standalone city/date line', () => {
    const a = read('Stand: 01.02.2023 09:10 Uhr\nSchwere Kämpfe im Osten des Landes\n\nIn der Nacht wurden mehrere Dörfer beschossen, teilte das Militär mit.');
    expect(a.date?.value).toBe('2023-02-01');
    expect(a.title).toBe('Schwere Kämpfe im Osten des Landes');
    expect(metaTexts(a)).toEqual(['Stand: 01.02.2023 09:10 Uhr']);
    const b = read('Hamburg, 02.04.2023\nNeue Angriffe gemeldet\n\nDie Armee meldete am Sonntag neue Angriffe.');
    expect(b.date?.value).toBe('2023-04-02');
    expect(metaTexts(b)).toEqual(['Hamburg, 02.04.2023']);
  });

  it('dash dateline with a numeric date keeps the body in the block', () => {
    const d = read('Hamburg, 02.04.2023 – Die Polizei hat am Morgen drei Personen festgenommen.');
    expect(d.date?.value).toBe('2023-04-02');
    expect(metaTexts(d)).toEqual(['Hamburg, 02.04.2023 –']);
    expect(blockTexts(d)).toEqual(['Die Polizei hat am Morgen drei Personen festgenommen.']);
  });

  it.each([
    ['za 4 mrt 2023, 11:05', '2023-03-04'],
    ['Zaterdag 4 maart 2023, 11:05', '2023-03-04'],
    ['14. März 2023, 08:30 Uhr', '2023-03-14'],
    ['Published 9 June 2022, 14:00 GMT', '2022-06-09'],
    ['9 June 2022 · 4 min read', '2022-06-09'],
  ])('date line under the headline: %s', (line, value) => {
    const d = read(`Een kop zonder punt aan het einde\n${line}\n\nHet eerste stuk tekst van het artikel staat hier, met een punt.`);
    expect(d.date?.value).toBe(value);
    expect(metaTexts(d)).toEqual([line]);
    expect(d.blocks.map((b) => b.hint)).toEqual(['title', 'paragraph']);
  });

  it('byline with a date', () => {
    const d = read('Storm over the harbour city\nBy Jane Roe | 04/03/2023\n\nHeavy rain fell all day in the city.');
    expect(d.byline).toBe('Jane Roe');
    expect(d.date?.value).toBe('2023-03-04');
  });

  it('hints: headline, bare headings, paragraphs; CRLF line ends stay out of blocks', () => {
    const d = read('A headline without a full stop\r\n\r\nFirst paragraph with a sentence.\r\nA short heading\r\nSecond paragraph, also a sentence.\r\n');
    expect(d.blocks.map((b) => [b.hint, blockText(b)])).toEqual([
      ['title', 'A headline without a full stop'],
      ['paragraph', 'First paragraph with a sentence.'],
      ['heading', 'A short heading'],
      ['paragraph', 'Second paragraph, also a sentence.'],
    ]);
    expectVerbatim(d);
  });

  it('a text without metadata has no date and no meta', () => {
    const d = read('Nothing here looks like a date line at all. It is just prose.\nMore prose follows on the next line.');
    expect(d.date).toBeUndefined();
    expect(d.meta).toEqual([]);
    expect(d.title).toBeUndefined();
  });
});

describe('plain-text edge cases', () => {
  it('a headline that opens with a date stays the headline', () => {
    const d = read('14 March: what we know about the dam breach\nWater levels kept rising through the night, officials said.');
    expect(d.title).toBe('14 March: what we know about the dam breach');
    expect(d.meta).toEqual([]);
  });

  it('Markdown headings: marks stay out of the blocks', () => {
    const d = read('# Ceasefire talks stall\n\nNegotiators met again on Tuesday.\n\n## Background\n\nThe talks began last year.');
    expect(d.title).toBe('Ceasefire talks stall');
    expect(d.blocks.map((b) => [b.hint, blockText(b)])).toEqual([
      ['title', 'Ceasefire talks stall'],
      ['paragraph', 'Negotiators met again on Tuesday.'],
      ['heading', 'Background'],
      ['paragraph', 'The talks began last year.'],
    ]);
    expectVerbatim(d);
  });
});

describe('more metadata shapes', () => {
  it.each([
    ['Updated: 12:04 GMT, 3 May 2023', '2023-05-03'],
    ['Gepubliceerd op 3 mei 2023 om 14:05, bijgewerkt om 15:10', '2023-05-03'],
    ['Posted: 03.05.2023 | 16:15', '2023-05-03'],
    ['Mittwoch, 3. Mai 2023, 08:15 Uhr', '2023-05-03'],
  ])('%s', (line, value) => {
    const d = read(`A short headline for the test\n${line}\n\nThe first paragraph of the article ends with a full stop.`);
    expect(d.date?.value).toBe(value);
    expect(d.meta.map((m) => d.original.slice(m.start, m.end))).toEqual([line]);
  });

  it.each([
    ['Kiew/Moskau (dpa) - Die Angriffe gingen weiter.', 'Kiew/Moskau (dpa) -'],
    ['WASHINGTON — The Pentagon announced new aid on Friday.', 'WASHINGTON —'],
    ['DEN HAAG (ANP) - Het kabinet vergaderde vrijdag.', 'DEN HAAG (ANP) -'],
  ])('dateline without a date: %s', (text, dateline) => {
    const d = read(text);
    expect(d.meta.map((m) => d.original.slice(m.start, m.end))).toEqual([dateline]);
    expect(d.date).toBeUndefined();
  });

  it('an ordinary opening sentence is no dateline', () => {
    for (const text of ['Kyiv, the capital, was attacked overnight.', 'Officials in Berlin - and elsewhere - met on Friday.', 'The Army (and its allies) - as expected - advanced.']) {
      expect(read(text).meta).toEqual([]);
    }
  });
});

describe('yet more shapes', () => {
  it('AP-style dateline with a region', () => {
    const d = read('KHARKIV, Ukraine (AP) — Shelling hit the city overnight, officials said.');
    expect(d.meta.map((m) => d.original.slice(m.start, m.end))).toEqual(['KHARKIV, Ukraine (AP) —']);
    const e = read('Kharkiv, Ukraine, the city in the east - the mayor said more.');
    expect(e.meta).toEqual([]);
  });

  it('a line ending in a date after a separator', () => {
    const d = read('Nieuws | Buitenland | 12 mei 2023\nBrand in fabriek\n\nEr brak brand uit in een fabriek, meldt de brandweer.');
    expect(d.date?.value).toBe('2023-05-12');
    expect(d.title).toBe('Brand in fabriek');
    const h = read('Dam breaks after heavy rain on 12 May 2023\nThe first paragraph of the article ends with a full stop.');
    expect(h.title).toBe('Dam breaks after heavy rain on 12 May 2023');
    expect(h.date).toBeUndefined();
  });

  it('Guardian-style weekday, date, dotted time and zone', () => {
    const d = read('Headline of the day here\nMon 14 Aug 2023 10.52 BST\n\nBody text of the article, which ends here.');
    expect(d.date?.value).toBe('2023-08-14');
  });
});

describe('bylines are not sentences', () => {
  it('a first sentence opening with "By" stays text', () => {
    const d = read('Troops withdraw from the border town\nBy Tuesday evening the last troops had left the town.\nMore text follows here.');
    expect(d.byline).toBeUndefined();
    expect(d.meta).toEqual([]);
    expect(d.blocks.map(blockText)).toContain('By Tuesday evening the last troops had left the town.');
  });
});
