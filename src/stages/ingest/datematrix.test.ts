/**
 * The date matrix: formats × languages × separators × month spellings (with and without a
 * period), generated from the project's own tables (the per-language ingest lexicons and
 * DATE_FORMATS / URL_DATE_FORMATS), each case read as a whole article by ingest. Nothing here
 * comes from a corpus: every case is built from table entries and a date chosen by its index.
 */
import { describe, expect, it } from 'vitest';
import { ingest as de } from '../../lang/de/ingest.js';
import { ingest as en } from '../../lang/en/ingest.js';
import { ingest as fr } from '../../lang/fr/ingest.js';
import { ingest as nl } from '../../lang/nl/ingest.js';
import { DATE_FORMATS } from './dates.js';
import { ingestString } from './index.js';
import { mergeIngestLexicons, type IngestLexicon } from './lexicon.js';
import { URL_DATE_FORMATS } from './urldate.js';

const TABLES: Record<string, IngestLexicon> = { nl, en, de, fr };
/** what ingest uses in production (the union of the packs), plus the French table for a later pack */
const UNION = mergeIngestLexicons([nl, en, de, fr]);
const NOW = new Date(Date.UTC(2026, 5, 15));

interface Case {
  name: string;
  text: string;
  value: string;
  basis?: string;
  url?: string;
  reference?: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const weekdayOf = (y: number, m: number, d: number): number => new Date(Date.UTC(y, m - 1, d)).getUTCDay();
/** a date chosen by index: years 2012..2025, every month, days 1..28 */
function dateFor(i: number, month: number): { y: number; m: number; d: number } {
  return { y: 2012 + (i % 14), m: month, d: 1 + ((i * 7) % 28) };
}
const iso = (y: number, m: number, d?: number): string => (d === undefined ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`);

/** An abbreviation: a prefix of a longer name of the same month, or up to four letters. */
function isAbbreviation(word: string, month: number, months: Readonly<Record<string, number>>): boolean {
  if (word.length <= 4) return true;
  return Object.entries(months).some(([w, m]) => m === month && w !== word && w.startsWith(word));
}

/** Every spelling of every month: as listed, capitalised, upper case; abbreviations also with a period. */
function monthSpellings(lex: IngestLexicon): Array<{ text: string; month: number }> {
  const out: Array<{ text: string; month: number }> = [];
  for (const [w, m] of Object.entries(lex.months)) {
    const forms = [w, cap(w), w.toUpperCase()];
    for (const [k, f] of forms.entries()) {
      out.push({ text: f, month: m });
      if (isAbbreviation(w, m, lex.months) && k < 2) out.push({ text: `${f}.`, month: m });
    }
  }
  return out;
}

/** The weekday spellings of day `n` (0 = Sunday) in a table, with a period after abbreviations. */
function weekdaySpellings(lex: IngestLexicon, n: number): string[] {
  const words = Object.entries(lex.weekdays).filter(([, d]) => d === n).map(([w]) => w);
  const longest = Math.max(...words.map((w) => w.length));
  return words.flatMap((w) => (w.length < longest ? [cap(w), `${w}.`] : [cap(w), w]));
}

/** Written date formats: how a day, a month name, a year and a weekday are put together. */
const WRITTEN: Array<{ id: string; make: (p: { d: number; mon: string; y: number; wd: string; ord: string }) => string; day: boolean }> = [
  { id: 'd mon y', make: (p) => `${p.d} ${p.mon} ${p.y}`, day: true },
  { id: 'd. mon y', make: (p) => `${p.d}. ${p.mon} ${p.y}`, day: true },
  { id: 'mon d, y', make: (p) => `${p.mon} ${p.d}, ${p.y}`, day: true },
  { id: 'dd mon, y', make: (p) => `${pad(p.d)} ${p.mon}, ${p.y}`, day: true },
  { id: 'd<ord> mon y', make: (p) => `${p.d}${p.ord} ${p.mon} ${p.y}`, day: true },
  { id: 'wd d mon y', make: (p) => `${p.wd} ${p.d} ${p.mon} ${p.y}`, day: true },
  { id: 'wd, mon d, y', make: (p) => `${p.wd}, ${p.mon} ${p.d}, ${p.y}`, day: true },
  { id: 'mon y', make: (p) => `${p.mon} ${p.y}`, day: false },
];

/** Numeric date formats. */
const NUMERIC: Array<{ id: string; make: (y: number, m: number, d: number) => string }> = [
  { id: 'dd.mm.yyyy', make: (y, m, d) => `${pad(d)}.${pad(m)}.${y}` },
  { id: 'd.m.yyyy', make: (y, m, d) => `${d}.${m}.${y}` },
  { id: 'dd/mm/yyyy', make: (y, m, d) => `${pad(d)}/${pad(m)}/${y}` },
  { id: 'dd-mm-yy', make: (y, m, d) => `${pad(d)}-${pad(m)}-${String(y).slice(2)}` },
  { id: 'yyyy-mm-dd', make: (y, m, d) => `${y}-${pad(m)}-${pad(d)}` },
  { id: 'iso stamp', make: (y, m, d) => `${y}-${pad(m)}-${pad(d)}T0${d % 10}:15:00+01:00` },
  { id: 'yyyy/mm/dd', make: (y, m, d) => `${y}/${pad(m)}/${pad(d)}` },
];

/** What may stand before and after a date on a date line, per language table. */
function decorations(lex: IngestLexicon, i: number): Array<{ id: string; before: string; after: string }> {
  const pub = lex.publishedLabels[i % lex.publishedLabels.length]!;
  const upd = lex.updatedLabels[i % lex.updatedLabels.length]!;
  const joiner = lex.dateTimeJoiners[0];
  const suffix = lex.timeSuffixes[i % Math.max(1, lex.timeSuffixes.length)];
  const time = `${pad(6 + (i % 12))}:${pad((i * 13) % 60)}`;
  return [
    { id: 'bare', before: '', after: '' },
    { id: 'published label + colon', before: `${cap(pub)}: `, after: '' },
    { id: 'published label', before: `${cap(pub)} `, after: '' },
    { id: 'comma time', before: '', after: `, ${time}` },
    { id: 'joiner time suffix', before: '', after: `${joiner ? ` ${joiner}` : ''} ${time}${suffix ? ` ${suffix}` : ''}` },
    { id: 'dash time', before: '', after: ` - ${time}` },
    { id: 'pipe update time', before: '', after: ` | ${cap(upd)}: ${time}` },
    { id: 'pipe update', before: '', after: ` | ${cap(upd)} ${time}` },
    { id: 'time zone', before: '', after: ` ${time} CET` },
    { id: 'middle dot', before: '', after: ' · 4 min' },
  ];
}

/** A short article: a headline, the date line, the body. */
const article = (line: string): string => `Kop boven het bericht over de gevechten\n${line}\n\nDe eerste alinea van het bericht. Er volgt meer tekst.\n`;

function cases(): Case[] {
  const out: Case[] = [];
  for (const [lang, lex] of Object.entries(TABLES)) {
    const spellings = monthSpellings(lex);
    // written formats × month spellings × decorations (rotating)
    spellings.forEach((sp, i) => {
      for (const [k, f] of WRITTEN.entries()) {
        const { y, d } = dateFor(i + k, sp.month);
        const wds = weekdaySpellings(lex, weekdayOf(y, sp.month, d));
        const wd = wds[(i + k) % wds.length]!;
        const ord = lex.ordinalSuffixes.length ? lex.ordinalSuffixes[(i + k) % lex.ordinalSuffixes.length]! : '.';
        const dec = decorations(lex, i + k)[(i + k) % 10]!;
        const line = `${dec.before}${f.make({ d, mon: sp.text, y, wd, ord })}${dec.after}`;
        out.push({ name: `${lang} ${f.id} "${sp.text}" ${dec.id}: ${line}`, text: article(line), value: f.day ? iso(y, sp.month, d) : iso(y, sp.month) });
      }
    });
    // numeric formats × every decoration
    for (const [k, f] of NUMERIC.entries()) {
      for (const [j, dec] of decorations(lex, k).entries()) {
        const { y, m, d } = { ...dateFor(k * 10 + j, 1 + ((k * 10 + j) % 12)) };
        const line = `${dec.before}${f.make(y, m, d)}${dec.after}`;
        out.push({ name: `${lang} ${f.id} ${dec.id}: ${line}`, text: article(line), value: iso(y, m, d) });
      }
    }
    // agency datelines without a year: the weekday gives the year, else the reference date
    spellings.slice(0, 12).forEach((sp, i) => {
      const { y, d } = dateFor(i, sp.month);
      const wds = weekdaySpellings(lex, weekdayOf(y, sp.month, d));
      const wd = wds[i % wds.length]!;
      const withWeekday = `ZUIDHAVEN, ${wd}, ${d} ${sp.text} (Persbureau) – De eerste zin van het bericht staat hier.`;
      out.push({ name: `${lang} dateline weekday: ${withWeekday}`, text: `${withWeekday}\n\nMeer tekst.\n`, value: iso(y, sp.month, d), basis: 'inferred', reference: `${y}-06-15` });
      const bare = `ZUIDHAVEN, ${sp.text} ${d} (Persbureau) – De eerste zin van het bericht staat hier.`;
      out.push({ name: `${lang} dateline reference: ${bare}`, text: `${bare}\n\nMeer tekst.\n`, value: iso(y, sp.month, d), basis: 'inferred', reference: iso(y, sp.month) });
    });
  }
  // dates in URLs: every URL format, a text without a date of its own
  URL_DATE_FORMATS.forEach((f, k) => {
    for (let i = 0; i < 6; i++) {
      const { y, m, d } = dateFor(k * 6 + i, 1 + ((k + i * 5) % 12));
      const day = !/y\/m$|y-m$/u.test(f.id);
      const path: Record<string, string> = {
        'path-y/m/d': `/wereld/${y}/${pad(m)}/${pad(d)}/kop-van-het-bericht`,
        'path-y/m-d': `/nieuws/${y}/${pad(m)}-${pad(d)}-kop-van-het-bericht`,
        'y-m-d': `/verhaal/kop-van-het-bericht-123456-${y}-${pad(m)}-${pad(d)}`,
        yyyymmdd: `/cnt/abc${y}${pad(m)}${pad(d)}_01234567`,
        'path-y/m': `/${y}/${pad(m)}/kop-van-het-bericht.html`,
        'y-m': `/nachrichten-${y}-${pad(m)}-kop`,
      };
      const url = `https://nieuws.example.org${path[f.id]!}`;
      out.push({ name: `url ${f.id}: ${url}`, text: article('Een regel zonder datum'), value: day ? iso(y, m, d) : iso(y, m), url });
    }
  });
  return out;
}

const ALL = cases();

describe('date matrix (generated from the tables)', () => {
  it('has at least 300 cases, every format and language', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(300);
    for (const lang of Object.keys(TABLES)) expect(ALL.some((c) => c.name.startsWith(`${lang} `))).toBe(true);
    for (const f of WRITTEN) expect(ALL.some((c) => c.name.includes(` ${f.id} `))).toBe(true);
    for (const f of URL_DATE_FORMATS) expect(ALL.some((c) => c.name.startsWith(`url ${f.id}:`))).toBe(true);
    expect(DATE_FORMATS.length).toBeGreaterThan(0);
  });

  for (const [label, lexFor] of [
    ['each language with its own table', (c: Case) => TABLES[c.name.split(' ')[0]!] ?? UNION],
    ['all tables together (ingest runs before language identification)', () => UNION],
  ] as const) {
    it(label, () => {
      const failures: string[] = [];
      for (const c of ALL) {
        const doc = ingestString(c.text, 'matrix.txt', 'text', { lexicon: lexFor(c), now: NOW, ...(c.url ? { url: c.url } : {}), ...(c.reference ? { reference: c.reference } : {}) });
        const got = doc.date?.value ?? null;
        if (got !== c.value || (c.basis && doc.date?.basis !== c.basis)) failures.push(`${c.name} → ${got} (${doc.date?.basis ?? 'none'}), want ${c.value}`);
      }
      expect(failures).toEqual([]);
    });
  }
});

describe('date lines that do not read', () => {
  it('give a diagnostic, per language label', () => {
    for (const lex of Object.values(TABLES)) {
      const label = cap(lex.publishedLabels[1] ?? lex.publishedLabels[0]!);
      const feb = Object.entries(lex.months).find(([, m]) => m === 2)![0];
      for (const line of [`${label}: 31 ${feb} 2024`, `${label}: 45.13.2024`, label]) {
        const doc = ingestString(article(line), 'matrix.txt', 'text', { lexicon: UNION, now: NOW });
        expect(doc.date, line).toBeUndefined();
        expect(doc.diagnostics.map((d) => d.code), line).toContain('ingest/unparsed-date-line');
      }
    }
  });
});
