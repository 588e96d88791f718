/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, UTC). Pure and
 * timezone-free: every date in sitrep is a civil date.
 */
import type { DocDate } from '../../core/schema.js';

export type DayNum = number;

const MS_PER_DAY = 86_400_000;

export function dayNum(y: number, m: number, d: number): DayNum {
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

/** Parse YYYY-MM-DD; null when malformed or not a real date. */
export function parseDay(s: string): DayNum | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (!isValidDate(y, mo, d)) return null;
  return dayNum(y, mo, d);
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function ymd(n: DayNum): { y: number; m: number; d: number } {
  const dt = new Date(n * MS_PER_DAY);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function fmtDay(n: DayNum): string {
  const { y, m, d } = ymd(n);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** 0 = Sunday .. 6 = Saturday */
export function weekday(n: DayNum): number {
  return (((n + 4) % 7) + 7) % 7;
}

/** The Monday of the ISO week containing `n`. */
export function mondayOf(n: DayNum): DayNum {
  return n - ((weekday(n) + 6) % 7);
}

/** The most recent day with weekday `w` on or before `n` (strictly before when `strict`). */
export function lastWeekday(n: DayNum, w: number, strict = false): DayNum {
  let back = (weekday(n) - w + 7) % 7;
  if (strict && back === 0) back = 7;
  return n - back;
}

/** First and last day with weekday `w` within [a, b]; null when there is none. */
export function weekdaysWithin(a: DayNum, b: DayNum, w: number): [DayNum, DayNum] | null {
  const first = a + ((w - weekday(a) + 7) % 7);
  const last = lastWeekday(b, w);
  return first <= b && last >= a ? [first, last] : null;
}

export function monthStart(y: number, m: number): DayNum {
  return dayNum(y, m, 1);
}

export function monthEnd(y: number, m: number): DayNum {
  return dayNum(y, m, daysInMonth(y, m));
}

/** Shift a (year, month) pair by `k` months. */
export function addMonths(y: number, m: number, k: number): { y: number; m: number } {
  const idx = y * 12 + (m - 1) + k;
  return { y: Math.floor(idx / 12), m: (idx % 12) + 1 };
}

/** The reference window a document date stands for: one day, a whole month or a whole year. */
export interface RefWindow {
  start: DayNum;
  end: DayNum;
  precision: 'day' | 'month' | 'year';
}

export function refWindow(date: DocDate | undefined | null): RefWindow | null {
  const v = date?.value;
  if (!v) return null;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v))) {
    const n = parseDay(v);
    return n === null ? null : { start: n, end: n, precision: 'day' };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(v))) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) return null;
    return { start: monthStart(y, mo), end: monthEnd(y, mo), precision: 'month' };
  }
  if ((m = /^(\d{4})$/.exec(v))) {
    const y = Number(m[1]);
    return { start: dayNum(y, 1, 1), end: dayNum(y, 12, 31), precision: 'year' };
  }
  return null;
}
