/**
 * TIME stage: finds time expressions in the cleaned text and resolves each
 * to an inclusive date window against the document date (`ctx.refDate`).
 * Output: `a.times` (cleaned offsets), sorted by position.
 *
 * Helpers for later stages (events, claims):
 *  - `timesIn(a, cs, ce)`       time mentions inside a cleaned span (e.g. a sentence)
 *  - `nearestTime(a, pos, lim)` the time mention closest to a cleaned offset, within lim
 *  - `resolveWindow(text, lex, refDate)` resolve a free string (first expression found)
 *  - `docWindow(refDate)`       the document date as a window (fallback for undated events)
 */
import type { Analysis, TimeMention } from '../../core/analysis.js';
import type { DocDate } from '../../core/schema.js';
import { stage } from '../../core/stage.js';
import type { TimeLexicon } from './lexicon.js';
import { fmtDay, refWindow } from './calendar.js';
import { rulesIn, scanTimes } from './scan.js';

export { refWindow, scanTimes };

export const time = stage('time', (a, ctx) => {
  const ref = refWindow(ctx.refDate);
  if (!ref) {
    ctx.report({
      code: 'time.no-reference-date',
      severity: 'warning',
      message: 'document date unknown: relative time expressions are not resolved',
    });
  }
  const lex = ctx.lang.time;
  const times: TimeMention[] = [];
  // scan per paragraph when paragraphs exist (paragraphs may differ in language), else the whole text
  const paras = a.paragraphs.length > 0 ? a.paragraphs : [{ start: 0, end: a.text.length, lang: a.doc.lang }];
  // rules that may match somewhere in the text, per lexicon: paragraphs are tested for those only
  const maybe = new Map<TimeLexicon, boolean[]>();
  for (const p of paras) {
    const plex = (p.lang && ctx.packs[p.lang]?.time) || lex;
    if (!plex?.rules) continue;
    let m = maybe.get(plex);
    if (!m) maybe.set(plex, (m = rulesIn(a.text, plex)));
    times.push(...scanTimes(a.text.slice(p.start, p.end), plex, ref, p.start, m));
  }
  times.sort((x, y) => x.cs - y.cs);
  return { ...a, times };
});

/** Time mentions lying inside the cleaned span [cs, ce). */
export function timesIn(a: Pick<Analysis, 'times'>, cs: number, ce: number): TimeMention[] {
  return a.times.filter((t) => t.cs >= cs && t.ce <= ce);
}

/** The time mention nearest to cleaned offset `pos` (distance between spans), within `limit` characters. */
export function nearestTime(a: Pick<Analysis, 'times'>, pos: number, limit = Infinity): TimeMention | undefined {
  let best: TimeMention | undefined;
  let bestD = Infinity;
  for (const t of a.times) {
    const d = pos < t.cs ? t.cs - pos : pos > t.ce ? pos - t.ce : 0;
    if (d < bestD && d <= limit) {
      best = t;
      bestD = d;
    }
  }
  return best;
}

/** Resolve the first time expression found in `text` against `refDate`. */
export function resolveWindow(text: string, lex: TimeLexicon, refDate: DocDate | null | undefined): TimeMention | undefined {
  return scanTimes(text, lex, refWindow(refDate))[0];
}

/** The document date as a window (a whole month for month-precision dates); undefined when unknown. */
export function docWindow(refDate: DocDate | null | undefined): { start: string; end: string; precision: 'day' | 'month' | 'year' } | undefined {
  const r = refWindow(refDate);
  return r ? { start: fmtDay(r.start), end: fmtDay(r.end), precision: r.precision } : undefined;
}
