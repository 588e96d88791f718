import { beforeAll, describe, expect, it } from 'vitest';
import type { LanguagePack } from '../../lang/pack.js';
import { loadPacks } from '../../lang/registry.js';
import { blockText } from './blocks.js';
import { copyrightYear, parseReference, yearFromWeekday } from './docdate.js';
import { contextForPacks } from './build.js';
import { ingestString } from './index.js';
import { jsonlLineItem } from './records.js';
import { urlDate } from './urldate.js';

let packs: Record<string, LanguagePack>;
beforeAll(async () => {
  packs = await loadPacks();
});
const NOW = new Date(Date.UTC(2026, 11, 1));
const read = (text: string, opts: { url?: string; reference?: string } = {}, format: 'text' | 'html' | 'jsonl' = 'text') =>
  ingestString(text, 'example.txt', format, { packs, now: NOW, ...opts });

describe('which date is the document date', () => {
  it('a date line under a standfirst and a menu is read; a date in the body is not', () => {
    const text = [
      '• Home',
      '• World',
      '• Sport',
      'Floods cut off three valley towns after a week of rain',
      'Rescue teams reached the first of the towns by boat, the regional authority said.',
      '2 min read',
      'Region',
      '9 March, 2021',
      '',
      'The river rose above the old bridge on 2 March 2021 and stayed there for days.',
    ].join('\n');
    const d = read(text);
    expect(d.date).toMatchObject({ value: '2021-03-09', precision: 'day', basis: 'metadata' });
    expect(d.blocks.map(blockText)).not.toContain('9 March, 2021');
  });

  it('a month-only header takes its day from a date line of the same month, not of another', () => {
    expect(read(' date 2020-10 Headline words about the strike\n\n6 oktober 2020\n\nDe eerste alinea van het bericht.').date?.value).toBe('2020-10-06');
    expect(read(' date 2020-10 Headline words about the strike\n\n6 november 2020\n\nDe eerste alinea van het bericht.').date?.value).toBe('2020-10');
  });

  it('a label after a byline name, a clock time after an update label', () => {
    expect(read('Headline about the talks\nAnna Berg Published March 4, 2022 | 09:10 AM\n\nThe talks began.').date?.value).toBe('2022-03-04');
    expect(read('Headline about the talks\nMarch 04, 2022 08:04 am | Updated 08:04 am IST - Lagos\n\nThe talks began.').date?.value).toBe('2022-03-04');
  });

  it('a place after a dash ends a date line: it stays readable as a dateline', () => {
    const text = 'Headline about the talks\nMarch 04, 2022 08:04 am | Updated 08:04 am IST - Port Harcourt\n\nThe talks began.';
    const d = read(text);
    expect(d.date?.value).toBe('2022-03-04');
    expect(d.meta.map((m) => [m.kind, d.original.slice(m.start, m.end)])).toEqual([
      ['date-line', 'March 04, 2022 08:04 am | Updated 08:04 am IST'],
      ['dateline', 'Port Harcourt'],
    ]);
  });

  it('a label on its own line names the date line under it', () => {
    const pub = read('Headline over the story here\nGepubliceerd\n3 mei 2022, 10:15\nBijgewerkt\n4 mei 2022, 08:00\n\nDe eerste alinea van het bericht.');
    expect(pub.date?.value).toBe('2022-05-03');
    expect(pub.dateRule).toBe('ingest.date.published');
    expect(pub.diagnostics.map((d) => d.code)).not.toContain('ingest/unparsed-date-line');
    expect(pub.blocks.map(blockText)).toEqual(['Headline over the story here', 'De eerste alinea van het bericht.']);
    // an update label alone ranks its date as an update: the URL's publication day comes first
    const upd = read('Headline over the story here\nUpdated\n4 May 2022\n\nThe first paragraph.', { url: 'https://example.org/2022/05/03/story' });
    expect(upd.date?.value).toBe('2022-05-03');
    // a label with no date after it is text, and said
    const none = read('Headline over the story here\nPublished\nThe first paragraph of the story, with no date.');
    expect(none.date).toBeUndefined();
    expect(none.diagnostics.map((d) => d.code)).toContain('ingest/unparsed-date-line');
    expect(none.blocks.map(blockText)).toContain('Published');
  });

  it('a dated agency in parentheses opens the body', () => {
    const d = read('OSLO (Wire News / Partner - 4th June, 2021) The minister said the talks had failed.\n\nMore text.');
    expect(d.date?.value).toBe('2021-06-04');
    expect(d.blocks.map(blockText)[0]).toBe('The minister said the talks had failed.');
  });
});

describe('the date-line forms named in the issue', () => {
  it.each([
    ['di 9 apr 2024, 14:03 | Bijgewerkt: 15:10', '2024-04-09'],
    ['April 9, 2024 2:03 PM GMT | Updated 4 hours ago', '2024-04-09'],
    ['09.04.2024, 14:03 Uhr Aktualisiert am 09.04.2024, 15:10 Uhr', '2024-04-09'],
    ['Published On 9 Apr 2024 | 9 Apr 2024', '2024-04-09'],
    ['Updated Apr. 10, 2024, 6:02 p.m. ET', '2024-04-10'],
    ['Tuesday 9 April 2024 - 14:03', '2024-04-09'],
    ['di 9 apr 2024 om 14:03', '2024-04-09'],
    ['09.04.2024, 14:03 Uhr', '2024-04-09'],
    ['2024-04-09T14:03:00+02:00', '2024-04-09'],
    ['Di., 9. Apr. 2024, 14:03 Uhr', '2024-04-09'],
    ['Gepubliceerd op 9 april 2024 om 14:03 uur', '2024-04-09'],
    ['9th Sept. 2023 | 5 min read', '2023-09-09'],
    ['Stand: 9. Maerz 2023, 14:03 Uhr', '2023-03-09'],
  ])('%s', (line, value) => {
    expect(read(`A headline over the story here\n${line}\n\nThe first paragraph of the story.`).date?.value).toBe(value);
  });
});

describe('the reference date and the URL', () => {
  it('the page’s own date wins over the reference date; without one the reference is the date', () => {
    expect(read('Stand: 05.05.2023 10:00 Uhr\nDer erste Absatz des Berichts.', { reference: '2024-01-01' }).date).toMatchObject({ value: '2023-05-05', basis: 'metadata' });
    expect(read('Der erste Absatz des Berichts ohne Datum.', { reference: '2024-01-01' }).date).toMatchObject({ value: '2024-01-01', basis: 'cli' });
    expect(read('Der erste Absatz des Berichts ohne Datum.', { reference: '2024-01' }).date).toMatchObject({ value: '2024-01', precision: 'month' });
  });

  it('a yearless dateline takes its year from its weekday, else from the reference (inferred)', () => {
    // 3 March was a Tuesday in 2020 and 2026
    const line = 'KHERSON, Tuesday, March 3 (Agency) – Shelling hit the port.\n\nMore.';
    expect(read(line).date).toMatchObject({ value: '2026-03-03', basis: 'inferred' });
    expect(read(line, { reference: '2020-05-01' }).date).toMatchObject({ value: '2020-03-03', basis: 'inferred' });
    expect(read('KHERSON, March 3 (Agency) – Shelling hit the port.\n\nMore.', { reference: '2019-03-04' }).date).toMatchObject({ value: '2019-03-03', basis: 'inferred' });
    expect(read('KHERSON, Dec 30 (Agency) – Shelling hit the port.\n\nMore.', { reference: '2019-01-02' }).date?.value).toBe('2018-12-30');
  });

  it('a yearless date line takes the year of the page’s copyright notice (inferred)', () => {
    const text = 'A headline over the story here\n14 March\n\nThe first paragraph of the story.\n\n© 2023 Example News. All rights reserved.';
    expect(read(text).date).toMatchObject({ value: '2023-03-14', basis: 'inferred' });
    expect(read(text, { reference: '2021-05-01' }).date?.value).toBe('2021-03-14');
    // with a weekday, the copyright year anchors the weekday (Tuesday 14 March: 2023)
    expect(read(text.replace('14 March', 'Tuesday 14 March').replace('2023', '2010-2024')).date?.value).toBe('2023-03-14');
    expect(copyrightYear('(c) Copyright Example Agency 2019. Click for restrictions')).toBe(2019);
    expect(copyrightYear('no notice, but 2019 and 2020')).toBeUndefined();
  });

  it('--url dates a page without a date line; a date line comes first', () => {
    expect(read('Een bericht zonder datum.', { url: 'https://example.be/cnt/dmf20210406_0123' }).date).toMatchObject({ value: '2021-04-06', basis: 'metadata' });
    expect(read('Een bericht zonder datum.', { url: 'https://example.be/cnt/dmf20210406_0123' }).url).toBe('https://example.be/cnt/dmf20210406_0123');
    expect(read('12 april 2021\nEen bericht.', { url: 'https://example.org/2021/04/06/x' }).date?.value).toBe('2021-04-12');
    // a month-only header takes the URL's day in the same month
    expect(read(' date 2021-04 Een bericht.', { url: 'https://example.org/2021/04/06/x' }).date?.value).toBe('2021-04-06');
  });

  it('a JSONL record’s url, an HTML page’s canonical link', () => {
    const rec = JSON.stringify({ text: 'Een bericht zonder datum.', url: 'https://example.org/nieuws-2022-11-30-kop' });
    const item = jsonlLineItem(rec, 1, 'x.jsonl', contextForPacks(packs));
    expect(item?.ok && item.doc.date).toMatchObject({ value: '2022-11-30', basis: 'metadata' });
    expect(item?.ok && item.doc.url).toBe('https://example.org/nieuws-2022-11-30-kop');
    const html = `<html><head><link rel="canonical" href="https://example.org/world/2022/11/30/some-story"></head><body><article><h1>A headline here</h1><p>The first paragraph of the story.</p></article></body></html>`;
    const d = read(html, {}, 'html');
    expect(d.date).toMatchObject({ value: '2022-11-30', span: { text: '2022/11/30' } });
    expect(d.original.slice(d.date!.span!.start, d.date!.span!.end)).toBe('2022/11/30');
  });
});

describe('helpers', () => {
  it('URL formats', () => {
    expect(urlDate('https://example.org/a/2024/11/19/b')).toMatchObject({ year: 2024, month: 11, day: 19 });
    expect(urlDate('https://example.org/a-2024-04-b')).toMatchObject({ year: 2024, month: 4 });
    expect(urlDate('https://example.org/article67902571.ece')).toBeUndefined();
    expect(urlDate('https://2024-01-02.example.org/x')).toBeUndefined(); // never the host
  });

  it('years from weekdays; reference dates', () => {
    expect(yearFromWeekday(2, 29, 4, undefined, NOW)).toBe(2024); // Thursday 29 Feb
    expect(yearFromWeekday(1, 1, 3, { value: '2014', year: 2014 }, NOW)).toBe(2014); // Wednesday 1 Jan 2014
    expect(parseReference('2024-02-30')).toBeUndefined();
    expect(parseReference('2024-02')).toMatchObject({ year: 2024, month: 2 });
  });
});
