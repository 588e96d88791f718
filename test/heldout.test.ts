/**
 * sitrep's own held-out development set (test/heldout/): 15 articles written by the project's
 * authors, never the shared corpus. This file (1) checks that every gold annotation is
 * well-formed and that every span indexes its article exactly, and (2) runs the evaluation on
 * the set and prints the totals. No quality thresholds yet: the figures are for reading.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldWarnings, parseGold } from '../src/eval/gold.js';
import { isAcledSubType, isAcledType } from '../src/core/acled.js';
import { runEval } from '../src/eval/run.js';

const ROOT = join(import.meta.dirname, 'heldout');
const GOLD = join(ROOT, 'gold');
const ARTICLES = join(ROOT, 'articles');

const goldFiles = readdirSync(GOLD).filter((f) => f.endsWith('.json')).sort();
const articleFiles = readdirSync(ARTICLES).filter((f) => !f.startsWith('.')).sort();

interface RawSpan { start: number; text: string }
interface RawGold {
  doc: string;
  lang: string;
  docDate: string;
  boilerplate: string[];
  places: Array<RawSpan & { level: string; country: string; lat?: number; lon?: number; admin1?: string }>;
  notPlaces: RawSpan[];
  casualties: Array<{ kind: string; min: number; max: number | null; evidence?: string }>;
  events: Array<{ id: string; type: string | string[]; subType: string | string[]; location: { level: string; lat?: number; lon?: number }; evidence?: string }>;
}

function arr(v: string | string[]): string[] {
  return typeof v === 'string' ? [v] : v;
}

describe('held-out set: structure', () => {
  it('pairs every gold file with exactly one article of the same base name', () => {
    expect(goldFiles.length).toBe(15);
    expect(articleFiles.map((f) => basename(f, extname(f)))).toEqual(goldFiles.map((f) => basename(f, '.json')));
  });

  it('keeps the planned language mix (6 nl, 5 en, 4 de)', () => {
    const langs = goldFiles.map((f) => (JSON.parse(readFileSync(join(GOLD, f), 'utf8')) as RawGold).lang);
    const count = (l: string) => langs.filter((x) => x === l).length;
    expect([count('nl'), count('en'), count('de')]).toEqual([6, 5, 4]);
  });

  for (const f of goldFiles) {
    const name = basename(f, '.json');
    it(`${name}: parses, and every span, boilerplate and quote is in the article`, () => {
      const json = readFileSync(join(GOLD, f), 'utf8');
      const raw = JSON.parse(json) as RawGold;
      const articleFile = articleFiles.find((a) => basename(a, extname(a)) === name);
      expect(articleFile, `article for ${name}`).toBeDefined();
      if (!articleFile) return;
      expect(raw.doc).toBe(articleFile);
      expect(name.startsWith(`${raw.lang}-`)).toBe(true);
      const text = readFileSync(join(ARTICLES, articleFile), 'utf8');

      const parsed = parseGold(name, json);
      expect(parsed.ok, parsed.ok ? '' : parsed.message).toBe(true);
      if (!parsed.ok) return;
      // goldWarnings checks offsets, ACLED spellings, points of level-place entries and event ids.
      expect(goldWarnings(parsed.gold, text)).toEqual([]);

      for (const p of [...raw.places, ...raw.notPlaces]) {
        expect(text.substr(p.start, p.text.length), `span at ${p.start}`).toBe(p.text);
        // a span never starts or ends inside a word
        expect(/[\p{L}\p{N}]/u.test(text.charAt(p.start - 1)) && p.start > 0, `span at ${p.start} starts inside a word`).toBe(false);
        expect(/[\p{L}\p{N}]/u.test(text.charAt(p.start + p.text.length)), `span at ${p.start} ends inside a word`).toBe(false);
      }
      const spans = [...raw.places, ...raw.notPlaces].map((s) => [s.start, s.start + s.text.length] as const).sort((a, b) => a[0] - b[0]);
      for (let i = 1; i < spans.length; i++) expect(spans[i]![0], 'places and notPlaces overlap').toBeGreaterThanOrEqual(spans[i - 1]![1]);
      for (const p of raw.places) {
        if (p.level !== 'country') {
          expect(typeof p.lat === 'number' && Math.abs(p.lat) <= 90, `lat of ${p.text}`).toBe(true);
          expect(typeof p.lon === 'number' && Math.abs(p.lon) <= 180, `lon of ${p.text}`).toBe(true);
        }
        expect(p.country).toMatch(/^[A-Z]{2}$/u);
      }
      for (const b of raw.boilerplate) expect(text.includes(b), `boilerplate "${b}"`).toBe(true);
      for (const c of raw.casualties) {
        expect(['killed', 'injured']).toContain(c.kind);
        expect(c.max === null || c.max >= c.min).toBe(true);
        if (c.evidence !== undefined) expect(text.includes(c.evidence), `casualty evidence "${c.evidence}"`).toBe(true);
      }
      for (const e of raw.events) {
        for (const t of arr(e.type)) expect(isAcledType(t), `${e.id} type ${t}`).toBe(true);
        for (const s of arr(e.subType)) expect(isAcledSubType(s), `${e.id} subType ${s}`).toBe(true);
        // the first quoted fragment of the evidence is verbatim article text
        if (e.evidence !== undefined) expect(text.includes(e.evidence.split(' ... ')[0]!), `${e.id} evidence`).toBe(true);
      }
      expect(raw.docDate).toMatch(/^\d{4}-\d{2}(-\d{2})?$/u);
    });
  }
});

describe('held-out set: evaluation (figures printed, no thresholds yet)', () => {
  it('runs the extraction on every article and scores it', async () => {
    const result = await runEval({ gold: GOLD, articles: ARTICLES });
    expect(result.ok, result.ok ? '' : result.message).toBe(true);
    if (!result.ok) return;
    const { report } = result;
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(report.articles.length).toBe(15);
    const row = (g: (typeof report.languages)[number]) => {
      const f = g.figures;
      const pct = (x: number | null) => (x === null ? '  – ' : `${(100 * x).toFixed(0).padStart(3)}%`);
      return `${g.name.padEnd(6)} (${String(g.articles).padStart(2)}) places P/R ${pct(f.places.p)} ${pct(f.places.r)}  events P/R ${pct(f.events.p)} ${pct(f.events.r)}  casualties P/R ${pct(f.casualties.p)} ${pct(f.casualties.r)}  subtype ${pct(f.subTypeAcc)} fatalities ${pct(f.fatalityAcc)} sources ${pct(f.sourceAcc)}`;
    };
    console.log(['held-out evaluation:', ...report.languages.map(row), row(report.total)].join('\n'));
  });
});
