/**
 * Date windows as inclusive day ranges. A date string is read from its start:
 * "YYYY-MM-DD" (also a timestamp: its date part) is one day; "YYYY-MM" the
 * whole month; "YYYY" the whole year. A window's start takes the first day of
 * its period, its end the last; a missing end is the start (and vice versa).
 */
export interface DayRange {
  /** days since 1970-01-01, inclusive */
  first: number;
  /** days since 1970-01-01, inclusive */
  last: number;
}

const DAY_MS = 86_400_000;
const DATE_RE = /^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?/u;

/** First and last day a date string covers, or null when it does not start with a valid date. */
export function dateRange(value: unknown): DayRange | null {
  if (typeof value !== 'string') return null;
  const m = DATE_RE.exec(value);
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3] !== undefined) {
    const mo = Number(m[2]);
    const d = Number(m[3]);
    const t = Date.UTC(y, mo - 1, d);
    const back = new Date(t);
    if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
    const n = Math.round(t / DAY_MS);
    return { first: n, last: n };
  }
  if (m[2] !== undefined) {
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) return null;
    return { first: Math.round(Date.UTC(y, mo - 1, 1) / DAY_MS), last: Math.round(Date.UTC(y, mo, 0) / DAY_MS) };
  }
  return { first: Math.round(Date.UTC(y, 0, 1) / DAY_MS), last: Math.round(Date.UTC(y, 11, 31) / DAY_MS) };
}

export interface Window extends DayRange {
  start: string;
  end: string;
}

const asString = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);

/** The window from a start and an end date string; null when either is unreadable or the end precedes the start. */
export function windowRange(start: unknown, end: unknown): Window | null {
  let s = start ?? undefined;
  let e = end ?? undefined;
  if (s === undefined && e !== undefined) s = e;
  if (e === undefined) e = s;
  const a = dateRange(asString(s));
  const b = dateRange(asString(e));
  if (!a || !b || b.last < a.first) return null;
  return { start: asString(s) ?? '', end: asString(e) ?? '', first: a.first, last: b.last };
}

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** An event's window: `date` as {start,end} (or from/to, earliest/latest, begin, min/max) or one string; else flat dateStart/dateEnd fields. */
export function eventWindow(e: Record<string, unknown>): Window | null {
  const d = e['date'] ?? e['dates'] ?? e['when'];
  let s: unknown;
  let en: unknown;
  if (typeof d === 'string') s = en = d;
  else if (isObj(d)) {
    s = d['start'] ?? d['from'] ?? d['earliest'] ?? d['begin'] ?? d['min'];
    en = d['end'] ?? d['to'] ?? d['latest'] ?? d['max'];
    if (s === undefined && en === undefined && typeof d['date'] === 'string') s = en = d['date'];
  }
  s ??= e['dateStart'] ?? e['date_start'] ?? e['startDate'] ?? e['start_date'] ?? e['event_date'];
  en ??= e['dateEnd'] ?? e['date_end'] ?? e['endDate'] ?? e['end_date'];
  return windowRange(s, en);
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
