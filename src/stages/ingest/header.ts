/**
 * Metadata lines at the head of a scraped plain-text article: date lines
 * ("do 15 aug 2024, 07:32", "August 14, 2024 4:52 PM GMT+3 Updated 3 hours
 * ago", "Stand: 03.03.2024 14:12 Uhr"), a labelled date prefix before the
 * first sentence (" date 2023-05 First sentence…"), bylines ("By … | 18/07/2024")
 * and datelines ("KYIV, Aug 14 (Agency) - …").
 */
import type { TextSpan } from '../../core/span.js';
import type { DateMatch, DateMatcher, DateParts } from './dates.js';
import { matchDateline } from './dateline.js';
import type { IngestLexicon } from './lexicon.js';

/** A date found in metadata; lower rank wins (see {@link RANK}). */
export interface DateCandidate {
  parts: DateParts;
  /** day of the week the metadata states with the date (0 = Sunday) */
  weekday?: number;
  /** where the date is stated in the original, when it is */
  span?: TextSpan;
  /** order among candidates of the same rank (an original offset, or a metadata index) */
  pos: number;
  rank: number;
  rule: string;
}

export interface MetaLine {
  kind: 'date-line' | 'date-prefix' | 'byline' | 'dateline';
  /** the metadata span (original offsets) */
  start: number;
  end: number;
  /** where the article text resumes on the same line, if it does */
  bodyStart?: number;
  dates: DateCandidate[];
  byline?: string;
  /** a place named at the end of a date line, after a dash (original offsets): read as a dateline */
  place?: { start: number; end: number };
}

/**
 * Ranks of metadata dates, lower wins: a publication date (page metadata, a date line at the
 * head, a labelled date), an agency dateline, a date line further down the top of the page, a
 * date in the page's URL, an update date. HTML pages add 1 to the ranks of dates read from their
 * text, so the page's own metadata comes first.
 */
export const RANK = { published: 10, dateline: 20, late: 25, url: 30, updated: 40 } as const;

/** At most this many words may follow a date on a line for it to count as a date line ("Updated 3 hours ago"). */
const MAX_TAIL_WORDS = 5;
const MAX_TAIL_CHARS = 40;
const MAX_META_LINE = 160;
/** A line that ends with its date is at most this long. */
const MAX_TRAILING_LINE = 100;
/** Words of byline that may come before a date label on a date line. */
const MAX_LEAD_WORDS = 5;
/** A line this long at most may be reported as a date line that does not read. */
const MAX_DATE_LIKE = 60;
/** a dash and a capitalised place of up to four words, ending the line */
const TRAILING_PLACE = /^\s*[-–—]\s*(?<place>\p{Lu}[\p{L}\p{M}'’.\-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.\-]*){0,3})\s*$/u;
const multiSentence = (s: string): boolean => /[.!?…]["”’»)]*\s+["“‘«(]?\p{Lu}/u.test(s);
const SEPARATOR = /[\s,;·•|/–—-]+/uy;

export interface HeaderMatcher {
  /** Classify one line (`line` is the line's text, `base` its offset in the original). */
  line(line: string, base: number): MetaLine | undefined;
  /** A dateline at the start of a body line. */
  dateline(line: string, base: number): MetaLine | undefined;
  /** A short line that looks like a date line (a date label, a weekday and numbers, a numeric date) but states no date that reads. */
  dateLike(line: string): boolean;
  /** The kind of a line that is a date label and nothing else ("Published", "Bijgewerkt:"): the date follows on the next line. */
  bareLabel(line: string): 'published' | 'updated' | undefined;
}

function wordCount(s: string): number {
  const t = s.trim();
  return t ? t.split(/\s+/u).length : 0;
}

export function compileHeaderMatcher(lex: IngestLexicon, dates: DateMatcher): HeaderMatcher {
  const bylineWords = [...lex.bylinePrefixes].sort((a, b) => b.length - a.length);
  const BYLINE = bylineWords.length
    ? new RegExp(`(?:${bylineWords.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])[ \\t]*:?[ \\t]+`, 'iuy')
    : undefined;

  const cand = (d: DateMatch, base: number, rank: number, rule: string): DateCandidate => ({
    parts: { month: d.month, ...(d.year !== undefined ? { year: d.year } : {}), ...(d.day !== undefined ? { day: d.day } : {}) },
    ...(d.weekday !== undefined ? { weekday: d.weekday } : {}),
    span: { start: base + d.start, end: base + d.end, text: d.text },
    pos: base + d.start,
    rank,
    rule,
  });

  /** Consume what may follow a date on a date line: times, separators, further (labelled) dates. */
  function tail(line: string, pos: number, base: number, out: DateCandidate[]): number {
    let p = pos;
    for (;;) {
      SEPARATOR.lastIndex = p;
      const sep = SEPARATOR.exec(line);
      const q = sep ? p + sep[0].length : p;
      const t = dates.timeAt(line, q);
      if (t !== undefined) {
        p = t;
        continue;
      }
      const label = dates.labelAt(line, q);
      const r = label ? label.end : q;
      const d = dates.dated(line, r);
      if (d) {
        out.push(cand(d, base, label?.kind === 'updated' ? RANK.updated : RANK.published, label ? `ingest.date.${label.kind}` : 'ingest.date.line'));
        p = d.end;
        continue;
      }
      // a label with only a clock time ("| Updated 08:04 am IST")
      const lt = label ? dates.timeAt(line, label.end) : undefined;
      if (lt !== undefined) {
        p = lt;
        continue;
      }
      return p;
    }
  }

  /**
   * What may stay after a date on a date line: nothing, or a few words set off
   * by a separator ("· 5 min read") or opened by a label ("Updated 3 hours ago").
   */
  const short = (rest: string): boolean => {
    const t = rest.trim();
    if (!t) return true;
    if (wordCount(t) > MAX_TAIL_WORDS || t.length > MAX_TAIL_CHARS) return false;
    return /^[·•|/–—(\-]/u.test(t) || dates.labelAt(t.replace(/^[,;]\s*/u, ''), 0) !== undefined;
  };

  function dateline(line: string, base: number): MetaLine | undefined {
    const p = /^\s*/u.exec(line)?.[0].length ?? 0;
    const dl = matchDateline(line, p, dates);
    if (!dl) return undefined;
    const ds = dl.date ? [cand(dl.date, base, RANK.dateline, 'ingest.dateline')] : [];
    const end = dl.alone ? dl.end : line.slice(0, dl.end).trimEnd().length;
    return { kind: 'dateline', start: base + dl.start, end: base + end, ...(dl.alone ? {} : { bodyStart: base + dl.end }), dates: ds };
  }

  function lineMeta(line: string, base: number): MetaLine | undefined {
    const lead = /^\s*/u.exec(line)?.[0].length ?? 0;
    const trimmedEnd = line.trimEnd().length;
    if (trimmedEnd <= lead) return undefined;
    const whole = { start: base + lead, end: base + trimmedEnd };

    // byline: "By Jane Doe | 18/07/2024"
    if (BYLINE && trimmedEnd - lead <= MAX_META_LINE) {
      BYLINE.lastIndex = lead;
      const bm = BYLINE.exec(line);
      // a byline is no sentence: "By Tuesday evening the troops had left." is not one
      if (bm && !/[.!?]\s+\p{Lu}/u.test(line) && !/[.!?…]["”’»)]*$/u.test(line.slice(0, trimmedEnd))) {
        const from = lead + bm[0].length;
        const found = dates.findAll(line).filter((d) => d.start >= from);
        const stop = Math.min(
          ...[/\s[|·•]\s?|\s[-–—]\s/u.exec(line.slice(from))?.index, found[0] ? found[0].start - from : undefined].filter(
            (x): x is number => x !== undefined,
          ),
          trimmedEnd - from,
        );
        const name = line.slice(from, from + stop).replace(/[\s,;·•|]+$/u, '').trim();
        return {
          kind: 'byline',
          ...whole,
          dates: found.map((d) => cand(d, base, RANK.published, 'ingest.date.byline')),
          ...(name ? { byline: name } : {}),
        };
      }
    }

    // labelled date, alone or before the first sentence
    const label = dates.labelAt(line, lead);
    const d = labelledDate(line, label ? label.end : lead, !!label);
    if (d) {
      const rank = label?.kind === 'updated' ? RANK.updated : RANK.published;
      const ds = [cand(d, base, rank, label ? `ingest.date.${label.kind}` : 'ingest.date.line')];
      const end = tail(line, d.end, base, ds);
      const rest = line.slice(end, trimmedEnd);
      if (short(rest) && trimmedEnd - lead <= MAX_META_LINE) {
        // "… 08:04 am IST - Lagos": the place the report was filed from ends the line
        const pm = TRAILING_PLACE.exec(rest);
        if (pm?.groups) {
          const at = base + end + pm.index + pm[0].length - pm.groups['place']!.length;
          return { kind: 'date-line', start: whole.start, end: base + end, dates: ds, place: { start: at, end: at + pm.groups['place']!.length } };
        }
        return { kind: 'date-line', ...whole, dates: ds };
      }
      if (label) {
        const bodyStart = end + (/^\s*/u.exec(line.slice(end))?.[0].length ?? 0);
        const metaEnd = line.slice(0, end).trimEnd().length;
        return { kind: 'date-prefix', start: base + lead, end: base + metaEnd, bodyStart: base + bodyStart, dates: ds };
      }
    }
    const dl = dateline(line, base);
    if (dl) return dl;

    // a label after a few words of byline ("Jane Doe Published 3 May 2023 | 10:04")
    if (trimmedEnd - lead <= MAX_TRAILING_LINE) {
      for (const l of dates.labels(line)) {
        if (l.start <= lead) continue;
        const before = line.slice(lead, l.start);
        if (wordCount(before) > MAX_LEAD_WORDS || /[.!?:;]\s*$/u.test(before.trim()) || multiSentence(before)) break;
        const ld = labelledDate(line, l.end, true);
        if (!ld) continue;
        const ds = [cand(ld, base, l.kind === 'updated' ? RANK.updated : RANK.published, `ingest.date.${l.kind}`)];
        const end = tail(line, ld.end, base, ds);
        if (short(line.slice(end, trimmedEnd))) return { kind: 'date-line', ...whole, dates: ds };
        break;
      }
    }

    // a short line that ends with a date set off by a separator ("News | World | 12 May 2023")
    if (trimmedEnd - lead <= MAX_TRAILING_LINE) {
      const found = dates.findAll(line.slice(0, trimmedEnd));
      const last = found[found.length - 1];
      if (last) {
        const after = tail(line, last.end, base, []);
        const before = line.slice(lead, last.start);
        if (line.slice(after, trimmedEnd).trim() === '' && /[|·•–—,]\s*$/u.test(before) && !multiSentence(before)) {
          return { kind: 'date-line', ...whole, dates: [cand(last, base, RANK.published, 'ingest.date.trailing')] };
        }
      }
    }
    return undefined;
  }

  /** A date at `from`, after an optional weekday, or after a clock time when a label opened the line ("Updated: 12:04 GMT, 3 May 2023"). */
  function labelledDate(line: string, from: number, labelled: boolean): DateMatch | undefined {
    const d = dates.dated(line, from);
    if (d || !labelled) return d;
    const t0 = dates.timeAt(line, from);
    if (t0 === undefined) return undefined;
    SEPARATOR.lastIndex = t0;
    return dates.dated(line, t0 + (SEPARATOR.exec(line)?.[0].length ?? 0));
  }

  const NUMERIC = /(?<![\p{L}\p{N}])(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{4}-\d{1,2})(?![\p{L}\p{N}])/u;
  const WITH_NUMBER = /\p{N}/u;
  function dateLike(line: string): boolean {
    const t = line.trim();
    if (!t || t.length > MAX_DATE_LIKE || multiSentence(t) || /[.!?]$/u.test(t)) return false;
    const label = dates.labelAt(t, 0);
    // a bare label with nothing after it ("Published"), or a label followed by numbers
    if (label && (label.end >= t.length || WITH_NUMBER.test(t.slice(label.end)))) return true;
    const wd = dates.weekdayAt(t, 0);
    if (wd !== undefined && /^\p{N}/u.test(t.slice(wd))) return true;
    return NUMERIC.test(t);
  }

  function bareLabel(line: string): 'published' | 'updated' | undefined {
    const t = line.trim();
    const l = dates.labelAt(t, 0);
    return l && l.end >= t.length ? l.kind : undefined;
  }

  return { line: lineMeta, dateline, dateLike, bareLabel };
}
