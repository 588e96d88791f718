/**
 * Date windows as inclusive day ranges. "YYYY-MM-DD" is one day; "YYYY-MM" the
 * whole month; "YYYY" the whole year (a window's start takes the first day,
 * its end the last day of the period).
 */
export interface DayRange {
  /** days since 1970-01-01, inclusive */
  first: number;
  /** days since 1970-01-01, inclusive */
  last: number;
}

const DAY_MS = 86_400_000;
const DATE_RE = /^(?<y>\d{4})(?:-(?<m>\d{2})(?:-(?<d>\d{2}))?)?$/u;

function dayNumber(y: number, m: number, d: number): number | null {
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
  return Math.round(t / DAY_MS);
}

/** The range of days a date string covers, or null when it is not a (valid) ISO date of day, month or year precision. */
export function dateRange(value: string): DayRange | null {
  const g = DATE_RE.exec(value.trim())?.groups;
  if (!g || g['y'] === undefined) return null;
  const y = Number(g['y']);
  if (g['d'] !== undefined && g['m'] !== undefined) {
    const n = dayNumber(y, Number(g['m']), Number(g['d']));
    return n === null ? null : { first: n, last: n };
  }
  if (g['m'] !== undefined) {
    const m = Number(g['m']);
    const first = dayNumber(y, m, 1);
    if (first === null) return null;
    const next = m === 12 ? dayNumber(y + 1, 1, 1) : dayNumber(y, m + 1, 1);
    return next === null ? null : { first, last: next - 1 };
  }
  const first = dayNumber(y, 1, 1);
  const next = dayNumber(y + 1, 1, 1);
  return first === null || next === null ? null : { first, last: next - 1 };
}

/** The window from a start and an end date string; null when either is invalid or end precedes start. */
export function windowRange(start: string, end: string): DayRange | null {
  const a = dateRange(start);
  const b = dateRange(end);
  if (!a || !b || b.last < a.first) return null;
  return { first: a.first, last: b.last };
}

export function overlaps(a: DayRange, b: DayRange): boolean {
  return a.first <= b.last && b.first <= a.last;
}

/** Width in days, both ends included (a single day = 1). */
export function widthDays(r: DayRange): number {
  return r.last - r.first + 1;
}

/** Days shared by both windows / days covered by either (0..1). */
export function jaccard(a: DayRange, b: DayRange): number {
  const inter = Math.min(a.last, b.last) - Math.max(a.first, b.first) + 1;
  if (inter <= 0) return 0;
  const union = Math.max(a.last, b.last) - Math.min(a.first, b.first) + 1;
  return inter / union;
}
