import { describe, expect, it } from 'vitest';
import { ingest as de } from '../../lang/de/ingest.js';
import { ingest as en } from '../../lang/en/ingest.js';
import { ingest as nl } from '../../lang/nl/ingest.js';
import { compileDateMatcher, toDocDate } from './dates.js';
import { EMPTY_INGEST_LEXICON, mergeIngestLexicons } from './lexicon.js';

const m = compileDateMatcher(mergeIngestLexicons([en, nl, de]));
const first = (s: string) => {
  const d = m.findAll(s)[0];
  return d ? { text: d.text, ...toDocDate(d) } : undefined;
};

describe('date expressions', () => {
  it.each([
    ['posted 2021-11-03T18:00:00+01:00', '2021-11-03T18:00:00+01:00', '2021-11-03', 'day'],
    ['x 2019-07 y', '2019-07', '2019-07', 'month'],
    ['Hamburg, 02.04.2023', '02.04.2023', '2023-04-02', 'day'],
    ['03/11/2022', '03/11/2022', '2022-11-03', 'day'],
    ['07/25/2022', '07/25/2022', '2022-07-25', 'day'],
    ['zo 5 mrt 2023, 10:00', '5 mrt 2023', '2023-03-05', 'day'],
    ['Sept. 9, 2021', 'Sept. 9, 2021', '2021-09-09', 'day'],
    ['the 21st March 2020', '21st March 2020', '2020-03-21', 'day'],
    ['3. Oktober 2022, 08:00 Uhr', '3. Oktober 2022', '2022-10-03', 'day'],
    ['November 2021', 'November 2021', '2021-11', 'month'],
    ['12 januari 2024', '12 januari 2024', '2024-01-12', 'day'],
  ])('%s', (input, text, value, precision) => {
    expect(first(input)).toMatchObject({ text, value, precision, basis: 'metadata' });
  });

  it('keeps a date without a year but gives it no DocDate', () => {
    const d = m.findAll('ODESA, Jun 3 (Wire)')[0];
    expect(d).toMatchObject({ month: 6, day: 3, text: 'Jun 3' });
    expect(d?.year).toBeUndefined();
    expect(toDocDate(d!)).toBeUndefined();
  });

  it('rejects impossible dates and bare numbers', () => {
    expect(m.findAll('30.02.2023')).toEqual([]);
    expect(m.findAll('13.13.2023')).toEqual([]);
    expect(m.findAll('he may 12 be')).toHaveLength(1); // "may 12" reads as a date; callers only look at metadata lines
    expect(m.findAll('costs 12 000 euro in 2023')).toEqual([]);
  });

  it('reads weekdays, labels and clock times around a date', () => {
    expect(m.weekdayAt('Dinsdag 7 maart', 0)).toBe(8);
    expect(m.weekdayAt('Tue, Mar 7', 0)).toBe(5);
    expect(m.labelAt('Laatst bijgewerkt: 7 maart', 0)).toEqual({ kind: 'updated', end: 19 });
    expect(m.labelAt('Stand: 07.03.2023', 0)).toEqual({ kind: 'published', end: 7 });
    expect(m.timeAt('9:15 AM GMT+2 more', 0)).toBe(13);
    expect(m.timeAt('um 08:30 Uhr', 0)).toBe(12);
  });

  it('works with no language data for numeric and ISO dates', () => {
    const bare = compileDateMatcher(EMPTY_INGEST_LEXICON);
    expect(bare.findAll('2020-02-29 and 5 May 2020').map((d) => d.text)).toEqual(['2020-02-29']);
  });
});
