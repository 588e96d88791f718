/**
 * The document date from the dates found in metadata: the best-ranked one (see RANK: publication
 * before dateline before a date further down the page before the URL before an update), then the
 * earliest. Then:
 * - a date without a year borrows it from another metadata date; else the weekday stated with it
 *   picks the year (the one nearest the reference date or the page's copyright year, or the
 *   latest not after today); else the reference date (`--date`) lends its year; else the year of
 *   the page's copyright notice. A year found so is marked `basis: inferred`.
 * - a date with only a month ("date 2023-05" header, a URL month) takes its day from another
 *   metadata date in that month ("14 mei 2023" under the headline).
 * - without any metadata date the reference date is the document date (`basis: cli`).
 */
import type { Diagnostic } from '../../core/diagnostic.js';
import type { DocDate } from '../../core/schema.js';
import type { TextSpan } from '../../core/span.js';
import type { DateCandidate } from './header.js';
import { toDocDate, validParts, type DateParts } from './dates.js';

export interface ChosenDate {
  date?: DocDate;
  rule?: string;
  diagnostics: Diagnostic[];
}

/** A reference date: YYYY, YYYY-MM or YYYY-MM-DD. */
export interface Reference {
  value: string;
  year: number;
  month?: number;
  day?: number;
}

export interface ChooseOptions {
  /** the date the page is read against when it states none (`--date`) */
  reference?: Reference | undefined;
  /** today, for a yearless date with a weekday and no reference (default: the clock) */
  now?: Date | undefined;
  /** the year of the page's copyright line ("© 2024 …"): the year it was served in */
  copyrightYear?: number | undefined;
}

/**
 * The year of a page's copyright notice ("© 2024 Example News", "Copyright 2010-2024", "(c) Copyright
 * Agency 2024"), the latest when there are several; undefined without one. A page that gives its
 * date without a year (usual for the current year) was served in that year.
 */
export function copyrightYear(text: string, now: Date = new Date()): number | undefined {
  let best: number | undefined;
  const re = /(?:©|&copy;|\(c\)|copyright)[^\n\d]{0,40}?(?:(?:19|20)\d{2}\s*[-–]\s*)?((?:19|20)\d{2})(?!\d)/giu;
  for (const m of text.matchAll(re)) {
    const y = Number(m[1]);
    if (y >= 1990 && y <= now.getUTCFullYear() + 1 && (best === undefined || y > best)) best = y;
  }
  return best;
}

/** Parse a reference date string; undefined when it is not YYYY[-MM[-DD]] or not a real date. */
export function parseReference(value: string | undefined): Reference | undefined {
  if (!value) return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(value.trim());
  if (!m) return undefined;
  const r: Reference = { value: value.trim(), year: Number(m[1]) };
  if (m[2] !== undefined) r.month = Number(m[2]);
  if (m[3] !== undefined) r.day = Number(m[3]);
  if (r.month !== undefined && !validParts({ year: r.year, month: r.month, ...(r.day !== undefined ? { day: r.day } : {}) })) return undefined;
  return r;
}

/** The year of `p` taken from `ref`, across a year boundary when the months say so (Dec vs Jan). */
function borrowYear(p: DateParts, ref: { year: number; month?: number | undefined }): DateParts {
  let y = ref.year;
  if (ref.month !== undefined) {
    if (p.month - ref.month > 6) y -= 1;
    else if (ref.month - p.month > 6) y += 1;
  }
  return { ...p, year: y };
}

const dayNum = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / 86_400_000;
const weekdayOf = (y: number, m: number, d: number): number => new Date(Date.UTC(y, m - 1, d)).getUTCDay();
/** Years searched back from today for a weekday that fits. */
const WEEKDAY_YEARS_BACK = 12;

/** The year in which day/month falls on `weekday`: nearest the reference, or the latest not after `now`. */
export function yearFromWeekday(month: number, day: number, weekday: number, ref: Reference | undefined, now: Date): number | undefined {
  if (ref) {
    const target = dayNum(ref.year, ref.month ?? 7, ref.day ?? (ref.month ? 15 : 1));
    let best: number | undefined;
    for (const y of [ref.year - 1, ref.year, ref.year + 1]) {
      if (!validParts({ year: y, month, day }) || weekdayOf(y, month, day) !== weekday) continue;
      if (best === undefined || Math.abs(dayNum(y, month, day) - target) < Math.abs(dayNum(best, month, day) - target)) best = y;
    }
    if (best !== undefined) return best;
  }
  const today = dayNum(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate());
  for (let y = now.getUTCFullYear(); y >= now.getUTCFullYear() - WEEKDAY_YEARS_BACK; y--) {
    if (!validParts({ year: y, month, day }) || dayNum(y, month, day) > today + 1) continue;
    if (weekdayOf(y, month, day) === weekday) return y;
  }
  return undefined;
}

export function chooseDocDate(cands: DateCandidate[], opts: ChooseOptions = {}): ChosenDate {
  const ref = opts.reference;
  if (cands.length === 0) {
    if (!ref) return { diagnostics: [] };
    const precision = ref.day !== undefined ? 'day' : ref.month !== undefined ? 'month' : 'year';
    return { date: { value: ref.value, precision, basis: 'cli' }, rule: 'ingest.reference-date', diagnostics: [] };
  }
  const order = [...cands].sort((a, b) => a.rank - b.rank || a.pos - b.pos);
  const best = order[0]!;
  let parts = best.parts;
  let rule = best.rule;
  let span: TextSpan | undefined = best.span;
  let basis: DocDate['basis'] = 'metadata';
  if (parts.year === undefined) {
    const other = order.find((c) => c.parts.year !== undefined);
    const cy = opts.copyrightYear;
    const anchor: Reference | undefined = ref ?? (cy !== undefined ? { value: String(cy), year: cy } : undefined);
    const byWeekday =
      best.weekday !== undefined && parts.day !== undefined ? yearFromWeekday(parts.month, parts.day, best.weekday, anchor, opts.now ?? new Date()) : undefined;
    const candidates: Array<[DateParts | undefined, string, DocDate['basis']]> = [
      [other?.parts.year !== undefined ? borrowYear(parts, { year: other.parts.year, month: other.parts.month }) : undefined, 'year-from-metadata', 'metadata'],
      [byWeekday !== undefined ? { ...parts, year: byWeekday } : undefined, 'year-from-weekday', 'inferred'],
      [ref ? borrowYear(parts, ref) : undefined, 'year-from-reference', 'inferred'],
      [cy !== undefined ? { ...parts, year: cy } : undefined, 'year-from-copyright', 'inferred'],
    ];
    for (const [p, how, b] of candidates) {
      if (p && validParts(p)) {
        parts = p;
        rule = `${rule}+${how}`;
        basis = b;
        break;
      }
    }
  }
  // a month-only date takes its day from another metadata date in the same month
  if (parts.year !== undefined && parts.day === undefined) {
    for (const c of order) {
      if (c === best || c.parts.day === undefined || c.parts.month !== parts.month) continue;
      if (c.parts.year !== undefined && c.parts.year !== parts.year) continue;
      const p: DateParts = { ...c.parts, year: parts.year };
      if (!validParts(p)) continue;
      parts = p;
      rule = `${rule}+day-from-${c.rule.replace(/^ingest\./u, '')}`;
      span = c.span;
      break;
    }
  }
  const dd = toDocDate(parts);
  if (!dd) {
    return {
      diagnostics: [
        {
          code: 'ingest/date-without-year',
          severity: 'info',
          stage: 'ingest',
          message: `metadata date "${best.span?.text ?? ''}" has no year; document date left unset`,
          ...(best.span ? { span: { start: best.span.start, end: best.span.end } } : {}),
        },
      ],
    };
  }
  return { date: { ...dd, basis, ...(span ? { span } : {}) }, rule, diagnostics: [] };
}
