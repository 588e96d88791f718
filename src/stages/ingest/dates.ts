/**
 * Date expressions in metadata lines: ISO, numeric (day first), and written
 * forms with month names from the ingest lexicon ("14 Aug 2024", "August 14,
 * 2024", "14. August 2024", "16 februari"). Also the bits around them that a
 * date line may carry: weekday, label ("Stand:"), clock time and time zone.
 */
import type { DocDate } from '../../core/schema.js';
import type { IngestLexicon } from './lexicon.js';

export interface DateParts {
  year?: number;
  month: number;
  day?: number;
}

export interface DateMatch extends DateParts {
  start: number;
  end: number;
  text: string;
}

export interface LabelMatch {
  kind: 'published' | 'updated';
  end: number;
}

export interface DateMatcher {
  /** every date expression in `text`, left to right, not overlapping (the longest wins) */
  findAll(text: string): DateMatch[];
  /** the date expression that starts exactly at `pos` */
  at(text: string, pos: number): DateMatch | undefined;
  /** end of a weekday (with its trailing comma/period and spaces) starting at `pos` */
  weekdayAt(text: string, pos: number): number | undefined;
  /** a date label ("Published", "Stand:") starting at `pos`, and where it ends (spaces and colon included) */
  labelAt(text: string, pos: number): LabelMatch | undefined;
  /** end of a clock time (with joiner before, suffix and time zone after) starting at `pos` */
  timeAt(text: string, pos: number): number | undefined;
}

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const NEVER = '(?!)';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
function alternation(words: Iterable<string>): string {
  const list = [...new Set(words)].filter((w) => w.length > 0).sort((a, b) => b.length - a.length);
  return list.length ? `(?:${list.map(escape).join('|')})` : NEVER;
}

export function validParts(p: DateParts): boolean {
  if (p.month < 1 || p.month > 12) return false;
  if (p.year !== undefined && (p.year < 1900 || p.year > 2100)) return false;
  if (p.day !== undefined) {
    if (p.day < 1 || p.day > 31) return false;
    const y = p.year ?? 2000; // a leap year, so 29 Feb passes without a year
    const d = new Date(Date.UTC(y, p.month - 1, p.day));
    if (d.getUTCMonth() !== p.month - 1) return false;
  }
  return true;
}

function year(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  const n = Number(s);
  return s.length === 2 ? 2000 + n : n;
}

export function compileDateMatcher(lex: IngestLexicon): DateMatcher {
  const months = lex.months;
  const MON = `(?<mon>${alternation(Object.keys(months))})\\.?`;
  const ORD = `(?:\\.|${alternation(lex.ordinalSuffixes)}\\.?)?`;
  const Y = '(?<y>\\d{4})';
  const sources: Array<{ re: string; kind: 'iso' | 'ymd' | 'dmy' | 'dMon' | 'monD' | 'monY' }> = [
    {
      kind: 'iso',
      re: `${B}${Y}-(?<m>\\d{1,2})(?:-(?<d>\\d{1,2}))?(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?${E}`,
    },
    { kind: 'ymd', re: `${B}${Y}/(?<m>\\d{1,2})/(?<d>\\d{1,2})${E}` },
    { kind: 'dmy', re: `${B}(?<d>\\d{1,2})(?<sep>[./-])(?<m>\\d{1,2})\\k<sep>(?<y>\\d{4}|\\d{2})${E}` },
    { kind: 'dMon', re: `${B}(?<d>\\d{1,2})${ORD}\\s*${MON}${E}(?:,?\\s+${Y}${E})?` },
    { kind: 'monD', re: `${B}${MON}\\s+(?<d>\\d{1,2})${ORD}${E}(?:,?\\s+${Y}${E})?` },
    { kind: 'monY', re: `${B}${MON},?\\s+${Y}${E}` },
  ];
  const global = sources.map((s) => ({ kind: s.kind, re: new RegExp(s.re, 'giu') }));
  const sticky = sources.map((s) => ({ kind: s.kind, re: new RegExp(s.re, 'iuy') }));

  const toMatch = (m: RegExpExecArray): DateMatch | undefined => {
    const g = m.groups ?? {};
    let month: number | undefined;
    if (g['mon'] !== undefined) month = months[g['mon'].toLowerCase().replace(/\s+/g, ' ')];
    else if (g['m'] !== undefined) month = Number(g['m']);
    if (month === undefined) return undefined;
    let day = g['d'] !== undefined ? Number(g['d']) : undefined;
    // numeric dates are read day first; a "day" over 12 in the month slot means month first
    if (g['sep'] !== undefined && day !== undefined && month > 12 && day <= 12) [day, month] = [month, day];
    const parts: DateParts = { month };
    const y = year(g['y']);
    if (y !== undefined) parts.year = y;
    if (day !== undefined) parts.day = day;
    if (!validParts(parts)) return undefined;
    return { ...parts, start: m.index, end: m.index + m[0].length, text: m[0] };
  };

  const WD = new RegExp(`${B}${alternation(lex.weekdays)}\\.?${E},?\\s*`, 'iuy');
  const labels: Array<[string, LabelMatch['kind']]> = [
    ...lex.publishedLabels.map((l): [string, LabelMatch['kind']] => [l, 'published']),
    ...lex.updatedLabels.map((l): [string, LabelMatch['kind']] => [l, 'updated']),
  ].sort((a, b) => b[0].length - a[0].length);
  const LABEL = new RegExp(`${B}(?<label>${alternation(labels.map((l) => l[0]))})${E}\\s*:?\\s*`, 'iuy');
  const TIME = new RegExp(
    `(?:${alternation(lex.dateTimeJoiners)}\\s+)?` +
      `(?:\\d{1,2}[:.h]\\d{2}(?:[:.]\\d{2})?(?:\\s*${alternation(lex.timeSuffixes)}(?![\\p{L}]))?|\\d{1,2}\\s*${alternation(lex.timeSuffixes)}(?![\\p{L}]))` +
      `(?:\\s*(?:GMT|UTC)(?:\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?)?|\\s+\\p{Lu}{2,5}(?![\\p{L}]))?`,
    'iuy',
  );

  return {
    findAll(text) {
      const all: DateMatch[] = [];
      for (const { re } of global) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          const d = toMatch(m);
          if (d) all.push(d);
          if (m[0].length === 0) re.lastIndex++;
        }
      }
      all.sort((a, b) => a.start - b.start || b.end - a.end);
      const out: DateMatch[] = [];
      for (const d of all) {
        const last = out[out.length - 1];
        if (last && d.start < last.end) continue;
        out.push(d);
      }
      return out;
    },
    at(text, pos) {
      let best: DateMatch | undefined;
      for (const { re } of sticky) {
        re.lastIndex = pos;
        const m = re.exec(text);
        const d = m ? toMatch(m) : undefined;
        if (d && (!best || d.end > best.end)) best = d;
      }
      return best;
    },
    weekdayAt(text, pos) {
      WD.lastIndex = pos;
      const m = WD.exec(text);
      return m ? pos + m[0].length : undefined;
    },
    labelAt(text, pos) {
      LABEL.lastIndex = pos;
      const m = LABEL.exec(text);
      if (!m) return undefined;
      const label = (m.groups?.['label'] ?? '').toLowerCase().replace(/\s+/g, ' ');
      const kind = labels.find(([l]) => l === label)?.[1] ?? 'published';
      return { kind, end: pos + m[0].length };
    },
    timeAt(text, pos) {
      TIME.lastIndex = pos;
      const m = TIME.exec(text);
      return m ? pos + m[0].length : undefined;
    },
  };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The DocDate value of a date with a year; undefined without one. */
export function toDocDate(p: DateParts): DocDate | undefined {
  if (p.year === undefined) return undefined;
  if (p.day !== undefined) return { value: `${p.year}-${pad(p.month)}-${pad(p.day)}`, precision: 'day', basis: 'metadata' };
  return { value: `${p.year}-${pad(p.month)}`, precision: 'month', basis: 'metadata' };
}
