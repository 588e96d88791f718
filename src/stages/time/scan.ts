/**
 * Find time expressions in a text with a pack's rules and resolve them.
 * Works on any string (the cleaned text of an analysis, or a test sentence).
 */
import type { TimeMention } from '../../core/analysis.js';
import type { TimeLexicon, TimeRule } from './lexicon.js';
import type { RefWindow } from './calendar.js';
import { fmtDay } from './calendar.js';
import type { Groups } from './resolve.js';
import { resolveRule } from './resolve.js';
import { fold, mayMatch, requiredLiterals } from '../events/prefilter.js';

interface Compiled {
  rule: TimeRule;
  re: RegExp;
  /** folded literals of which every match holds one (null: none known); see events/prefilter */
  lits: string[] | null;
}

interface LexCache {
  rules: Compiled[];
  since: RegExp;
}

const cache = new WeakMap<TimeLexicon, LexCache>();

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

function alternation(keys: string[]): string {
  return [...new Set(keys)].sort((a, b) => b.length - a.length).map(escape).join('|');
}

function compile(lex: TimeLexicon): LexCache {
  const hit = cache.get(lex);
  if (hit) return hit;
  const months = alternation(Object.keys(lex.months));
  const weekdays = alternation(Object.keys(lex.weekdays));
  const numbers = Object.keys(lex.numbers ?? {});
  const count = numbers.length > 0 ? `(?<n>[0-9]{1,2}|${alternation(numbers)})` : '(?<n>[0-9]{1,2})';
  const expand = (src: string): string =>
    src
      .replaceAll('{MONTH}', `(?<month>${months})`)
      .replaceAll('{WEEKDAY0}', `(?<weekday0>${weekdays})`)
      .replaceAll('{WEEKDAY}', `(?<weekday>${weekdays})`)
      .replaceAll('{DAY}', '(?<day>3[01]|[12][0-9]|0?[1-9])')
      .replaceAll('{YEAR}', '(?<year>(?:19|20)[0-9]{2})')
      .replaceAll('{MM}', '(?<mnum>1[0-2]|0?[1-9])')
      .replaceAll('{DECADE}', `(?<decade>(?:19|20)?[0-9]0${lex.decades && Object.keys(lex.decades).length > 0 ? `|${alternation(Object.keys(lex.decades))}` : ''})`)
      .replaceAll('{N}', count);
  const rules = lex.rules.map((rule) => {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${expand(rule.re)})(?![\\p{L}\\p{N}])`, 'giu');
    return { rule, re, lits: requiredLiterals(re.source) };
  });
  const since = new RegExp(`(?<![\\p{L}\\p{N}])(?:${lex.since})\\s+$`, 'iu');
  const out = { rules, since };
  cache.set(lex, out);
  return out;
}

function precisionOf(start: number, end: number): TimeMention['precision'] {
  const width = end - start + 1;
  return width <= 1 ? 'day' : width <= 31 ? 'month' : 'year';
}

const isUpper = (s: string): boolean => s !== s.toLowerCase() && s[0] === s[0]?.toUpperCase();

/**
 * Which of the lexicon's rules may match somewhere in `text` (by their required literals): a
 * whole document is tested once, then each paragraph only for the rules the document may hold.
 */
export function rulesIn(text: string, lex: TimeLexicon): boolean[] {
  const folded = fold(text);
  return compile(lex).rules.map(({ lits }) => mayMatch(folded, lits));
}

/**
 * Scan `text` (offsets are positions in `text` plus `base`) and return the
 * resolved time mentions, longest match first, never overlapping. `maybe`
 * (from `rulesIn` over a text holding this one) skips the rules it rules out.
 */
export function scanTimes(text: string, lex: TimeLexicon, ref: RefWindow | null, base = 0, maybe?: readonly boolean[]): TimeMention[] {
  const { rules, since } = compile(lex);
  interface Cand {
    s: number;
    e: number;
    rule: TimeRule;
    groups: Groups;
    order: number;
  }
  const cands: Cand[] = [];
  // a rule's regex runs only when the folded text holds one of the literals its matches need
  const folded = fold(text);
  rules.forEach(({ rule, re, lits }, order) => {
    if (maybe?.[order] === false || !mayMatch(folded, lits)) return;
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const g = (m.groups ?? {}) as Groups;
      if (lex.capitalizedMonths && g.month !== undefined && !isUpper(g.month)) continue;
      cands.push({ s: m.index, e: m.index + m[0].length, rule, groups: g, order });
    }
  });
  cands.sort((a, b) => a.s - b.s || b.e - b.s - (a.e - a.s) || a.order - b.order);
  const out: TimeMention[] = [];
  let lastEnd = -1;
  // the last year stated in the text: "bezet in 2022 en in september van dat jaar heroverd"
  let lastYear: { y: string; end: number } | undefined;
  for (const c of cands) {
    if (c.s < lastEnd) continue;
    let groups = c.groups;
    let contextYear = false;
    const yearless = groups.year === undefined && (c.rule.kind === 'inMonth' || c.rule.kind === 'monthPart' || c.rule.kind === 'date');
    if (yearless && lastYear && c.s - lastYear.end < 200 && !/[.!?](?:\s|$)/u.test(text.slice(lastYear.end, c.s))) {
      groups = { ...groups, year: lastYear.y };
      contextYear = true;
    }
    const resolvedRule = contextYear && c.rule.kind === 'inMonth' ? { ...c.rule, kind: 'monthYear' as const } : c.rule;
    const win = resolveRule(resolvedRule, groups, lex, ref);
    if (!win) continue;
    if (c.groups.year !== undefined) lastYear = { y: c.groups.year, end: c.e };
    let { start, end } = win;
    let rule = contextYear ? `${c.rule.id}+yearContext` : c.rule.id;
    let basis: TimeMention['basis'] = contextYear ? 'inferred' : win.basis;
    let s = c.s;
    // "sinds 2014", "since May", "seit dem 10. Mai": from the expression's start until the reference
    const before = text.slice(Math.max(0, c.s - 40), c.s);
    const sm = since.exec(before);
    if (sm && ref) {
      end = Math.max(start, ref.end);
      s = c.s - sm[0].length;
      rule += '+since';
      if (basis === 'explicit') basis = 'relative';
    }
    lastEnd = c.e;
    out.push({
      cs: base + s,
      ce: base + c.e,
      start: fmtDay(start),
      end: fmtDay(end),
      precision: precisionOf(start, end),
      basis,
      rule,
      text: text.slice(s, c.e),
    });
  }
  return out;
}
