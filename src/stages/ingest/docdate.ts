/**
 * The document date from the dates found in metadata: the best-ranked one
 * (publication before dateline before update, then the earliest); a date
 * without a year borrows it from another metadata date, else none is set.
 */
import type { Diagnostic } from '../../core/diagnostic.js';
import type { DocDate } from '../../core/schema.js';
import type { DateCandidate } from './header.js';
import { toDocDate, validParts, type DateParts } from './dates.js';

export interface ChosenDate {
  date?: DocDate;
  rule?: string;
  diagnostics: Diagnostic[];
}

/** The year of `p` taken from `ref`, across a year boundary when the months say so (Dec vs Jan). */
function borrowYear(p: DateParts, ref: DateParts & { year: number }): DateParts {
  let y = ref.year;
  if (p.month - ref.month > 6) y -= 1;
  else if (ref.month - p.month > 6) y += 1;
  return { ...p, year: y };
}

export function chooseDocDate(cands: DateCandidate[]): ChosenDate {
  if (cands.length === 0) return { diagnostics: [] };
  const order = [...cands].sort((a, b) => a.rank - b.rank || a.pos - b.pos);
  const best = order[0]!;
  let parts = best.parts;
  let rule = best.rule;
  if (parts.year === undefined) {
    const ref = order.find((c) => c.parts.year !== undefined);
    if (ref && ref.parts.year !== undefined) {
      const borrowed = borrowYear(parts, { ...ref.parts, year: ref.parts.year });
      if (validParts(borrowed)) {
        parts = borrowed;
        rule = `${rule}+year-from-metadata`;
      }
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
  return { date: best.span ? { ...dd, span: best.span } : dd, rule, diagnostics: [] };
}
