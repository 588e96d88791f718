/**
 * The longest date window among stored article events, so the merge's candidate query can bound
 * `date_start` from below (an event overlapping [start, end] starts no earlier than start − longest span)
 * and walk a short index range instead of every older event of the country.
 *
 * Stored bounds are `YYYY-MM-DD` strings compared as text, and a month-precision end may be `…-31` of a
 * shorter month. `dayNumber` clamps the day to the month's length, which keeps it monotone with the text
 * order; strings it cannot read make the span unknown (no bound).
 */
import type { Executor } from './dialect.js';
import { num } from './rows.js';

const DAY = 86_400_000;

/** Day number of a `YYYY-MM-DD` bound (day clamped to the month), or null when it is not one. */
export function dayNumber(s: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return Date.UTC(y, mo - 1, Math.min(d, last)) / DAY;
}

/** Days from start to end; Infinity when either bound is unreadable. */
export function spanDays(start: string, end: string): number {
  const a = dayNumber(start);
  const b = dayNumber(end);
  return a === null || b === null ? Infinity : Math.max(0, b - a);
}

/** The valid `YYYY-MM-DD` string `days` before the bound `start` (null when start is unreadable or days infinite). */
export function daysBefore(start: string, days: number): string | null {
  const a = dayNumber(start);
  if (a === null || !Number.isFinite(days)) return null;
  return new Date((a - days) * DAY).toISOString().slice(0, 10);
}

/** Stored as a counter; "unknown" (any unreadable window) as this many days. */
const UNKNOWN = 1_000_000_000;

/** The longest span of the stored article events (computed once and kept when no counter row exists yet). */
export async function longestSpan(ex: Executor): Promise<number> {
  const rows = await ex.all<{ n: unknown }>("SELECT n FROM store_counts WHERE name = 'longestWindowDays' AND key = ''");
  if (rows[0]) {
    const n = num(rows[0].n) ?? UNKNOWN;
    return n >= UNKNOWN ? Infinity : n;
  }
  let longest = 0;
  for (const r of await ex.all<{ s: string; e: string }>("SELECT date_start AS s, date_end AS e FROM article_events WHERE date_start <> ''")) {
    longest = Math.max(longest, spanDays(r.s, r.e));
  }
  await ex.run("INSERT INTO store_counts (name, key, n) VALUES ('longestWindowDays', '', ?)", [Number.isFinite(longest) ? longest : UNKNOWN]);
  return longest;
}

/** Raise the stored longest span to cover new windows (inside the write transaction, before merging). */
export async function coverSpans(ex: Executor, windows: ReadonlyArray<{ start: string; end: string }>): Promise<number> {
  const current = await longestSpan(ex);
  const longest = windows.filter((w) => w.start !== '').reduce((n, w) => Math.max(n, spanDays(w.start, w.end)), current);
  if (longest > current) {
    await ex.run("UPDATE store_counts SET n = ? WHERE name = 'longestWindowDays' AND key = ''", [Number.isFinite(longest) ? longest : UNKNOWN]);
  }
  return longest;
}
