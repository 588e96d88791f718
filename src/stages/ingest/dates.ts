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
  /** the format that matched (an id of {@link DATE_FORMATS}) */
  format?: string;
  /** day of the week stated before the date (0 = Sunday), when read with {@link DateMatcher.dated} */
  weekday?: number;
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
  /** a date at `pos`, or a weekday at `pos` followed by a date (the weekday is recorded) */
  dated(text: string, pos: number): DateMatch | undefined;
  /** end of a weekday (with its trailing comma/period and spaces) starting at `pos` */
  weekdayAt(text: string, pos: number): number | undefined;
  /** a date label ("Published", "Stand:") starting at `pos`, and where it ends (spaces and colon included) */
  labelAt(text: string, pos: number): LabelMatch | undefined;
  /** every date label in `text` (at word starts), left to right */
  labels(text: string): Array<LabelMatch & { start: number }>;
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

/**
 * The date formats, as data. Tokens: {Y} a four-digit year, {YY} four or two digits, {M} a month
 * number, {D} a day number, {MON} a month name or abbreviation from the lexicon (a period may
 * follow), {ORD} an optional ordinal suffix or period after a day ("3rd", "3.", "3e"), {SEP} one
 * of . / - (the same one must repeat: \\k<sep>), {TIME} an optional ISO clock time and offset.
 * Spaces in a pattern match any run of white space; ",?" an optional comma. Every format is
 * bounded by non-alphanumerics on both sides. Numeric dates are read day first (European and
 * most news sites); a first number over 12 with a second one at most 12 is read month first.
 */
export const DATE_FORMATS: ReadonlyArray<{ id: string; pattern: string; example: string }> = [
  { id: 'iso', pattern: '{Y}-{M}(?:-{D}{TIME})?', example: '2024-01-12T06:15:00+01:00' },
  { id: 'ymd', pattern: '{Y}[/.]{M}[/.]{D}', example: '2024/01/12' },
  { id: 'dmy', pattern: '{D}{SEP}{M}\\k<sep>{YY}', example: '12.01.2024' },
  { id: 'd-mon-y', pattern: '{D}{ORD} ?(?:of )?{MON}(?:,? {Y})?', example: '12 January 2024, 12th of Jan., 12. Jan' },
  { id: 'mon-d-y', pattern: '{MON} {D}{ORD}(?:,? {Y})?', example: 'Jan. 12, 2024' },
  { id: 'mon-y', pattern: '{MON},? {Y}', example: 'January 2024' },
];

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

/** The regex source of one format pattern. */
function compileFormat(pattern: string, lex: IngestLexicon): string {
  const tokens: Record<string, string> = {
    '{Y}': `(?<y>\\d{4})${E}`,
    '{YY}': `(?<y>\\d{4}|\\d{2})${E}`,
    '{M}': '(?<m>\\d{1,2})',
    '{D}': '(?<d>\\d{1,2})',
    '{MON}': `(?<mon>${alternation(Object.keys(lex.months))})(?![\\p{L}])\\.?`,
    '{ORD}': `(?:\\.|${alternation(lex.ordinalSuffixes)}(?![\\p{L}])\\.?)?`,
    '{SEP}': '(?<sep>[./-])',
    '{TIME}': '(?:T\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?',
  };
  const body = pattern
    .replace(/\{[A-Z]+\}|,\?|\s/gu, (t) => (t === ',?' ? ',?' : /^\s$/u.test(t) ? '\\s+' : (tokens[t] ?? t)))
    // " ?" (an optional space) becomes an optional white-space run
    .replace(/\\s\+\?/gu, '\\s*');
  return `${B}${body}${E}`;
}

export function compileDateMatcher(lex: IngestLexicon): DateMatcher {
  const months = lex.months;
  const sources = DATE_FORMATS.map((f) => ({ kind: f.id, re: compileFormat(f.pattern, lex) }));
  const global = sources.map((s) => ({ kind: s.kind, re: new RegExp(s.re, 'giu') }));
  const sticky = sources.map((s) => ({ kind: s.kind, re: new RegExp(s.re, 'iuy') }));

  const toMatch = (m: RegExpExecArray, kind: string): DateMatch | undefined => {
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
    return { ...parts, start: m.index, end: m.index + m[0].length, text: m[0], format: kind };
  };

  const WD = new RegExp(`${B}(?<wd>${alternation(Object.keys(lex.weekdays))})\\.?${E},?\\s*`, 'iuy');
  const labels: Array<[string, LabelMatch['kind']]> = [
    ...lex.publishedLabels.map((l): [string, LabelMatch['kind']] => [l, 'published']),
    ...lex.updatedLabels.map((l): [string, LabelMatch['kind']] => [l, 'updated']),
  ].sort((a, b) => b[0].length - a[0].length);
  const LABEL_SRC = `${B}(?<label>${alternation(labels.map((l) => l[0]))})${E}\\s*:?\\s*`;
  const LABEL = new RegExp(LABEL_SRC, 'iuy');
  const LABELS = new RegExp(LABEL_SRC, 'giu');
  // matched case-sensitively, so that a time zone is an upper-case abbreviation ("ET", "CET");
  // joiners and suffixes are listed in their lower, upper and capitalised forms
  const cased = (words: readonly string[]): string[] => words.flatMap((w) => [w, w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1)]);
  const TIME = new RegExp(
    `(?:${alternation(cased(lex.dateTimeJoiners))}\\s+)?` +
      `(?:\\d{1,2}[:.hu]\\d{2}(?:[:.]\\d{2})?(?:\\s*${alternation(cased(lex.timeSuffixes))}(?![\\p{L}]))?|\\d{1,2}\\s*${alternation(cased(lex.timeSuffixes))}(?![\\p{L}]))` +
      `(?:\\s*(?:GMT|UTC)(?:\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?)?|\\s*[+\\-−]\\d{2}:?\\d{2}(?![\\p{N}])|\\s+\\(?\\p{Lu}{2,5}\\)?(?![\\p{L}]))?`,
    'uy',
  );
  const labelKind = (m: RegExpExecArray): LabelMatch['kind'] => {
    const label = (m.groups?.['label'] ?? '').toLowerCase().replace(/\s+/g, ' ');
    return labels.find(([l]) => l === label)?.[1] ?? 'published';
  };

  const at = (text: string, pos: number): DateMatch | undefined => {
    let best: DateMatch | undefined;
    for (const { re, kind } of sticky) {
      re.lastIndex = pos;
      const m = re.exec(text);
      const d = m ? toMatch(m, kind) : undefined;
      if (d && (!best || d.end > best.end)) best = d;
    }
    return best;
  };

  return {
    findAll(text) {
      const all: DateMatch[] = [];
      for (const { re, kind } of global) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          const d = toMatch(m, kind);
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
    at,
    dated(text, pos) {
      const direct = at(text, pos);
      WD.lastIndex = pos;
      const w = WD.exec(text);
      const d = w ? at(text, pos + w[0].length) : undefined;
      // a word that is both a weekday and a month abbreviation ("mar"): the longer reading wins
      if (!w || !d || (direct && direct.end >= d.end)) return direct;
      const day = lex.weekdays[(w.groups?.['wd'] ?? '').toLowerCase()];
      return day !== undefined ? { ...d, weekday: day } : d;
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
      return { kind: labelKind(m), end: pos + m[0].length };
    },
    labels(text) {
      const out: Array<LabelMatch & { start: number }> = [];
      LABELS.lastIndex = 0;
      for (let m = LABELS.exec(text); m; m = LABELS.exec(text)) out.push({ kind: labelKind(m), start: m.index, end: m.index + m[0].length });
      return out;
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
