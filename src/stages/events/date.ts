/**
 * Event date window: the time expression in the trigger's clause, else its
 * sentence, else the most recent one earlier in the paragraph, else a
 * default window ending at the document date (news reports what happened
 * in the day or so before publication).
 */
import type { Analysis, TimeMention } from '../../core/analysis.js';
import { outSpan } from '../../core/analysis.js';
import type { DateWindow, DocDate } from '../../core/schema.js';
import type { Span } from '../../core/span.js';
import { DEFAULT_RULE } from './compat.js';
import type { LiteralIndex } from './prefilter.js';
import { testSpan } from './prefilter.js';

/** Days before the document date that the default window reaches back. */
export const DEFAULT_BACK_DAYS = 1;

/** Events whose window ended longer ago than this before the document date are background, not news. */
export const BACKGROUND_MAX_AGE_DAYS = 365;

export function isBackground(window: { end: string }, refDate: DocDate): boolean {
  const w = docDateWindow(refDate);
  if (!w || !window.end) return false;
  return window.end < addDays(w.end, -BACKGROUND_MAX_AGE_DAYS);
}

/** A window longer than this is a state of affairs ("since 2021"), not one event. */
export const MAX_EVENT_WINDOW_DAYS = 180;

export function windowDays(w: { start: string; end: string }): number {
  if (!w.start || !w.end) return 0;
  return Math.round((Date.parse(`${w.end}T00:00:00Z`) - Date.parse(`${w.start}T00:00:00Z`)) / 86_400_000) + 1;
}

/** Date arithmetic repeats (the same document date for every trigger): results are remembered. */
const shifted = new Map<string, string>();

export function addDays(iso: string, days: number): string {
  const key = `${iso}|${days}`;
  const hit = shifted.get(key);
  if (hit !== undefined) return hit;
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  const out = d.toISOString().slice(0, 10);
  if (shifted.size > 10_000) shifted.clear();
  shifted.set(key, out);
  return out;
}

function lastDayOfMonth(ym: string): string {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m, 0));
  return d.toISOString().slice(0, 10);
}

/** The whole window of a (possibly partial) document date. */
const windows = new Map<string, { start: string; end: string } | null>();

export function docDateWindow(date: DocDate): { start: string; end: string } | null {
  const v = date.value;
  if (!v) return null;
  let w = windows.get(v);
  if (w === undefined) {
    w = dateValueWindow(v);
    if (windows.size > 10_000) windows.clear();
    windows.set(v, w);
  }
  return w ? { start: w.start, end: w.end } : null;
}

function dateValueWindow(v: string): { start: string; end: string } | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return { start: addDays(v, -DEFAULT_BACK_DAYS), end: v };
  if (/^\d{4}-\d{2}$/.test(v)) return { start: `${v}-01`, end: lastDayOfMonth(v) };
  if (/^\d{4}$/.test(v)) return { start: `${v}-01-01`, end: `${v}-12-31` };
  return null;
}

export interface DateContext {
  clause: Span;
  sentence: Span;
  paragraph: Span;
  trigger: Span;
}

function distance(t: TimeMention, s: Span): number {
  if (t.ce <= s.start) return s.start - t.ce;
  if (t.cs >= s.end) return t.cs - s.end;
  return 0;
}

/**
 * A month named without its year ("in September of that year") in a sentence
 * that names an earlier year ("the 2022 invasion") belongs to that year.
 */
function yearFromSentence(a: Analysis, t: TimeMention, sentence: Span): TimeMention {
  if (t.precision === 'day' || /\p{N}{4}/u.test(t.text)) return t;
  const years = [...a.text.slice(sentence.start, sentence.end).matchAll(/(?<!\p{N})(?:19|20)\p{N}{2}(?!\p{N})/gu)].map((m) => m[0]);
  const y = years[years.length - 1];
  if (!y || years.some((x) => t.start.startsWith(x)) || y > t.start.slice(0, 4)) return t;
  return { ...t, start: y + t.start.slice(4), end: y + t.end.slice(4), basis: 'inferred', rule: `${t.rule}+year-in-sentence` };
}

function fromMention(a: Analysis, t: TimeMention, rule: string): DateWindow {
  return {
    start: t.start,
    end: t.end,
    precision: t.precision,
    basis: t.basis,
    span: outSpan(a, t.cs, t.ce),
    rule: `${rule}:${t.rule}`,
  };
}

/** Days before a report date ("said on Monday that …") that the event window reaches back. */
export const REPORT_BACK_DAYS = 2;

/** A sentence naming an earlier year tells of the past ("retaken in 2022", "the 2016 agreement"). */
function pastYearInSentence(a: Analysis, sentence: Span, refDate: DocDate): DateWindow | null {
  const docYear = refDate.value ? Number(refDate.value.slice(0, 4)) : NaN;
  const years = [...a.text.slice(sentence.start, sentence.end).matchAll(/(?<!\p{N})(?:19|20)\p{N}{2}(?!\p{N})/gu)].map((m) => Number(m[0]));
  const past = years.filter((y) => y < docYear).sort((x, y) => y - x)[0];
  if (past === undefined) return null;
  return { start: `${past}-01-01`, end: `${past}-12-31`, precision: 'year', basis: 'inferred', rule: 'date.year-in-sentence' };
}

export function chooseDate(a: Analysis, ctx: DateContext, refDate: DocDate, reportTimeBefore?: RegExp, index?: LiteralIndex): DateWindow {
  const isReport = (t: TimeMention): boolean => reportTimeBefore !== undefined && testSpan(reportTimeBefore, a.text, Math.max(0, t.cs - 40), t.cs, index);
  const sorted = (s: Span): TimeMention[] =>
    a.times.filter((t) => t.cs >= s.start && t.ce <= s.end).sort((x, y) => distance(x, ctx.trigger) - distance(y, ctx.trigger));
  const inSpan = (s: Span): TimeMention[] => sorted(s).filter((t) => !isReport(t));
  const c = inSpan(ctx.clause)[0];
  if (c) return fromMention(a, yearFromSentence(a, c, ctx.sentence), 'date.clause');
  const s = inSpan(ctx.sentence)[0];
  if (s) return fromMention(a, yearFromSentence(a, s, ctx.sentence), 'date.sentence');
  const past = pastYearInSentence(a, ctx.sentence, refDate);
  if (past) return past;
  // a report date bounds the event from above: it happened in the days before it was told
  const r = sorted(ctx.sentence).find(isReport);
  if (r && /^\d{4}-\d{2}-\d{2}$/.test(r.start)) {
    return { start: addDays(r.start, -REPORT_BACK_DAYS), end: r.end, precision: 'day', basis: 'inferred', span: outSpan(a, r.cs, r.ce), rule: `date.report-time:${r.rule}` };
  }
  const p = a.times
    .filter((t) => t.cs >= ctx.paragraph.start && t.ce <= ctx.sentence.start && !isReport(t))
    .sort((x, y) => y.cs - x.cs)[0];
  if (p) return fromMention(a, p, 'date.paragraph');
  const w = docDateWindow(refDate);
  if (w) return { start: w.start, end: w.end, basis: 'inferred', rule: DEFAULT_RULE };
  return { start: '', end: '', basis: 'inferred', rule: 'date.unknown' };
}

/**
 * How a mention's own time expression (found in its clause or sentence) dates
 * it: 'vague' for an unspecific past ("recently"; time rules in `vagueRules`),
 * else 'specific'. Undefined when the date is borrowed from the paragraph,
 * a report time, a year or the document date.
 */
export function ownTimeKind(date: DateWindow, vagueRules: ReadonlySet<string>): 'vague' | 'specific' | undefined {
  const m = /^date\.(?:clause|sentence):([^+]+)/u.exec(date.rule ?? '');
  if (!m) return undefined;
  return vagueRules.has(m[1] ?? '') ? 'vague' : 'specific';
}
