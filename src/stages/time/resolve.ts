/**
 * Turn one matched time expression (its rule and named groups) into a date
 * window against the reference window. Language-free: the words live in the
 * packs; here only calendar logic.
 */
import type { MonthPart, TimeLexicon, TimeRule } from './lexicon.js';
import type { DayNum, RefWindow } from './calendar.js';
import {
  addMonths, dayNum, daysInMonth, isValidDate, lastWeekday, mondayOf, monthEnd, monthStart, weekday, weekdaysWithin, ymd,
} from './calendar.js';

export interface Window {
  start: DayNum;
  end: DayNum;
  basis: 'explicit' | 'relative' | 'inferred';
}

export type Groups = Partial<Record<'month' | 'mnum' | 'weekday' | 'day' | 'year' | 'n' | 'decade', string>>;

function monthOf(g: Groups, lex: TimeLexicon): number | null {
  if (g.mnum !== undefined) {
    const n = Number(g.mnum);
    return n >= 1 && n <= 12 ? n : null;
  }
  if (g.month === undefined) return null;
  const key = g.month.toLowerCase();
  return lex.months[key] ?? lex.months[key.replace(/\.$/u, '')] ?? null;
}

/** Day range of a part of a month: early 1–10, mid 11–20, late 21–end. */
export function partOfMonth(y: number, m: number, part: MonthPart | undefined): [DayNum, DayNum] {
  const last = daysInMonth(y, m);
  switch (part) {
    case 'early':
      return [dayNum(y, m, 1), dayNum(y, m, 10)];
    case 'mid':
      return [dayNum(y, m, 11), dayNum(y, m, 20)];
    case 'late':
      return [dayNum(y, m, 21), dayNum(y, m, last)];
    default:
      return [dayNum(y, m, 1), dayNum(y, m, last)];
  }
}

/** Day range of a part of a year: early Jan–Apr, mid May–Aug, late Sep–Dec. */
function partOfYear(y: number, part: MonthPart | undefined): [DayNum, DayNum] {
  switch (part) {
    case 'early':
      return [dayNum(y, 1, 1), dayNum(y, 4, 30)];
    case 'mid':
      return [dayNum(y, 5, 1), dayNum(y, 8, 31)];
    case 'late':
      return [dayNum(y, 9, 1), dayNum(y, 12, 31)];
    default:
      return [dayNum(y, 1, 1), dayNum(y, 12, 31)];
  }
}

/** The year of the most recent month `m` whose start is not after the reference end. */
function recentYearOfMonth(m: number, ref: RefWindow): number {
  const r = ymd(ref.end);
  return m <= r.m ? r.y : r.y - 1;
}

/** Clip a relative window so it does not run past the reference (news reports the past). */
function clip(start: DayNum, end: DayNum, ref: RefWindow): [DayNum, DayNum] {
  const e = Math.min(end, ref.end);
  return [Math.min(start, e), e];
}

function w(start: DayNum, end: DayNum, basis: Window['basis']): Window {
  return { start, end: Math.max(start, end), basis };
}

/**
 * Resolve a rule match to a window. `ref` may be null (document date unknown):
 * then only fully explicit expressions (with a year) resolve.
 */
export function resolveRule(rule: TimeRule, g: Groups, lex: TimeLexicon, ref: RefWindow | null): Window | null {
  const from = rule.from ?? 0;
  const to = rule.to ?? 0;
  const year = g.year !== undefined ? Number(g.year) : undefined;
  switch (rule.kind) {
    case 'date': {
      const m = monthOf(g, lex);
      const d = g.day !== undefined ? Number(g.day) : NaN;
      if (m === null || !Number.isFinite(d)) return null;
      if (year !== undefined) {
        if (!isValidDate(year, m, d)) return null;
        const n = dayNum(year, m, d);
        return w(n, n, 'explicit');
      }
      if (!ref) return null;
      const ry = ymd(ref.end).y;
      let y = ry;
      if (!isValidDate(y, m, d) || dayNum(y, m, d) > ref.end) y = ry - 1;
      if (!isValidDate(y, m, d)) return null;
      const n = dayNum(y, m, d);
      return w(n, n, 'relative');
    }
    case 'monthYear': {
      const m = monthOf(g, lex);
      if (m === null || year === undefined) return null;
      return w(monthStart(year, m), monthEnd(year, m), 'explicit');
    }
    case 'decade': {
      const raw = g.decade;
      if (raw === undefined) return null;
      const word = lex.decades?.[raw.toLowerCase()];
      let d = word ?? Number(raw);
      if (!Number.isFinite(d)) return null;
      if (d < 100) {
        // a two-digit decade: the most recent one that began before the reference
        if (!ref) return null;
        const ry = ymd(ref.end).y;
        d = Math.floor(ry / 100) * 100 + d;
        if (d > ry) d -= 100;
      }
      const [a, b] = rule.part === 'early' ? [0, 3] : rule.part === 'mid' ? [3, 6] : rule.part === 'late' ? [7, 9] : [0, 9];
      return w(dayNum(d + a, 1, 1), dayNum(d + b, 12, 31), 'explicit');
    }
    case 'year':
      if (year === undefined) return null;
      return w(dayNum(year, 1, 1), dayNum(year, 12, 31), 'explicit');
    case 'inMonth': {
      const m = monthOf(g, lex);
      if (m === null || !ref) return null;
      const y = recentYearOfMonth(m, ref);
      const [s, e] = clip(monthStart(y, m), monthEnd(y, m), ref);
      return w(s, e, 'relative');
    }
    case 'monthPart': {
      const m = monthOf(g, lex);
      if (m === null) return null;
      if (year !== undefined) {
        const [s, e] = partOfMonth(year, m, rule.part);
        return w(s, e, 'explicit');
      }
      if (!ref) return null;
      const y = recentYearOfMonth(m, ref);
      const [s0, e0] = partOfMonth(y, m, rule.part);
      const [s, e] = clip(s0, e0, ref);
      return w(s, e, 'relative');
    }
    case 'weekday': {
      if (!ref || g.weekday === undefined) return null;
      const wd = lex.weekdays[g.weekday.toLowerCase()];
      if (wd === undefined) return null;
      let a: DayNum;
      let b: DayNum;
      if (ref.start === ref.end) {
        a = b = lastWeekday(ref.end, wd, rule.strict === true);
      } else {
        // month/year-precision reference: every such weekday within it (first..last)
        const r = weekdaysWithin(ref.start, ref.end, wd);
        if (!r) return null;
        [a, b] = r;
      }
      const [s, e] = clip(a + from, b + to, ref);
      return w(s, e, 'relative');
    }
    case 'days': {
      if (!ref) return null;
      const [s, e] = clip(ref.start + from, ref.end + to, ref);
      return w(s, e, 'relative');
    }
    case 'week': {
      if (!ref) return null;
      const k = rule.offset ?? 0;
      const s = mondayOf(ref.start) + 7 * k;
      let e = k < 0 ? mondayOf(ref.end) + 7 * k + 6 : ref.end;
      if (rule.before && k === 0 && ref.precision === 'day') e = Math.max(s, ref.end - 1);
      const [cs, ce] = clip(s, e, ref);
      return w(cs, ce, 'relative');
    }
    case 'weekend': {
      if (!ref) return null;
      const k = rule.offset ?? 0;
      let s: DayNum;
      let e: DayNum;
      if (ref.start === ref.end) {
        // the weekend whose Saturday is the most recent one on or before the reference
        s = lastWeekday(ref.end, 6) + 7 * k;
        e = s + 1;
      } else {
        const sat = weekdaysWithin(ref.start, ref.end, 6);
        const sun = weekdaysWithin(ref.start, ref.end, 0);
        if (!sat || !sun) return null;
        s = sat[0] + 7 * k;
        e = sun[1] + 7 * k;
      }
      const [cs, ce] = clip(s, e, ref);
      return w(cs, ce, 'relative');
    }
    case 'month': {
      if (!ref) return null;
      const k = rule.offset ?? 0;
      const r = ymd(ref.start);
      const { y, m } = addMonths(r.y, r.m, k);
      let [s, e] = partOfMonth(y, m, rule.part);
      if (rule.before && k === 0 && ref.precision === 'day') e = Math.min(e, ref.end - 1);
      [s, e] = clip(s, e, ref);
      return w(s, e, 'relative');
    }
    case 'yearRel': {
      if (!ref) return null;
      const y = ymd(ref.start).y + (rule.offset ?? 0);
      const [s0, e0] = partOfYear(y, rule.part);
      const [s, e] = clip(s0, e0, ref);
      return w(s, e, 'relative');
    }
    case 'recent': {
      if (!ref) return null;
      const days = rule.days ?? 60;
      return w(ref.start - days, ref.end, 'relative');
    }
    case 'clock':
      if (!ref) return null;
      return w(ref.start, ref.end, 'inferred');
    case 'ago': {
      if (!ref) return null;
      const k = g.n === undefined ? 1 : /^[0-9]+$/u.test(g.n) ? Number(g.n) : lex.numbers?.[g.n.toLowerCase()];
      if (k === undefined || k < 1) return null;
      if (rule.unit === 'month') {
        const r = ymd(ref.start);
        const { y, m } = addMonths(r.y, r.m, -k);
        return w(monthStart(y, m), monthEnd(y, m), 'relative');
      }
      const back = rule.unit === 'week' ? 7 * k : k;
      const slack = rule.unit === 'week' ? 3 : 0;
      const [s, e] = clip(ref.start - back - slack, ref.end - back + slack, ref);
      return w(s, e, 'relative');
    }
  }
}

export { weekday };
