/**
 * Plain text → blocks and metadata. A non-blank line is a block. The head of
 * the article (before the first body paragraph) is read for metadata: date
 * lines, bylines, labelled date prefixes, datelines, and the headline.
 */
import type { Diagnostic } from '../../core/diagnostic.js';
import type { BlockHint, RawBlock } from '../../core/document.js';
import type { Span } from '../../core/span.js';
import { verbatimBlock } from './blocks.js';
import { RANK, type DateCandidate, type HeaderMatcher, type MetaLine } from './header.js';

export interface TextParse {
  blocks: RawBlock[];
  meta: Array<Span & { kind: string }>;
  dates: DateCandidate[];
  title?: string;
  byline?: string;
  diagnostics: Diagnostic[];
}

/** Lines read for metadata at most, before the body is assumed to have started (menu items not counted). */
const HEADER_LINES = 8;
/**
 * After the head, date lines are still read near the top of the page: on lines up to this far
 * down, and before this many body paragraphs (a standfirst, a photo caption, a list of links may
 * come between the headline and the date line).
 */
const LATE_LINES = 80;
const LATE_PARAGRAPHS = 3;
/** a date line is short: longer lines are not read for one there */
const MAX_LATE_LINE = 160;
/** A menu or list item: a bullet, then text. */
const BULLET = /^[•·▪◦‣►▸*+\-–][ \t]+\S/u;
/** A headline is at most this long. */
const MAX_TITLE = 250;
/** A bare line up to this long, without final punctuation, is hinted as a heading. */
const MAX_HEADING = 100;
const MAX_HEADING_WORDS = 12;

interface Line {
  start: number;
  end: number;
}

/** Non-blank lines, trimmed, with their offsets. */
export function lines(original: string): Line[] {
  const out: Line[] = [];
  const re = /[^\r\n]+/gu;
  for (let m = re.exec(original); m; m = re.exec(original)) {
    const lead = /^\s*/u.exec(m[0])?.[0].length ?? 0;
    const text = m[0].trimEnd();
    if (text.length <= lead) continue;
    out.push({ start: m.index + lead, end: m.index + text.length });
  }
  return out;
}

const words = (s: string): number => s.split(/\s+/u).filter(Boolean).length;
/** several sentences inside the line */
const multiSentence = (s: string): boolean => /[.!?…]["”’»)]*\s+["“‘«(]?\p{Lu}/u.test(s);

export function isTitleLike(s: string): boolean {
  return s.length <= MAX_TITLE && words(s) >= 2 && !/[.;,:]$/u.test(s) && !multiSentence(s);
}

export function isHeadingLike(s: string): boolean {
  return s.length <= MAX_HEADING && words(s) <= MAX_HEADING_WORDS && !/[.!?;,…"”'’»)]$/u.test(s);
}

export function lineHint(s: string): BlockHint {
  return isHeadingLike(s) ? 'heading' : 'paragraph';
}

export function parseText(original: string, header: HeaderMatcher): TextParse {
  const ls = lines(original);
  const out: TextParse = { blocks: [], meta: [], dates: [], diagnostics: [] };
  let inHeader = true;
  let seen = 0;
  let paragraphs = 0;

  const takeMeta = (m: MetaLine, late = false): void => {
    out.meta.push({ start: m.start, end: m.end, kind: m.kind });
    if (m.place) out.meta.push({ ...m.place, kind: 'dateline' });
    out.dates.push(...(late ? m.dates.map((d) => ({ ...d, rank: Math.max(d.rank, RANK.late) })) : m.dates));
    if (m.byline && out.byline === undefined) out.byline = m.byline;
  };
  const body = (start: number, end: number): void => {
    const text = original.slice(start, end);
    const hint = lineHint(text);
    if (hint === 'paragraph') paragraphs++;
    out.blocks.push(verbatimBlock(original, start, end, hint));
  };
  /** a short line near the top that looks like a date line but does not read: say so */
  const diagnostic = (text: string, start: number, end: number): Diagnostic => ({
    code: 'ingest/unparsed-date-line',
    severity: 'info',
    stage: 'ingest',
    message: `"${text.trim()}" looks like a date line but states no date that reads`,
    span: { start, end },
  });
  /** a short line near the top that looks like a date line but does not read: say so */
  const unread = (text: string, start: number, end: number): void => {
    if (header.dateLike(text)) out.diagnostics.push(diagnostic(text, start, end));
  };
  /**
   * A line that is a bare date label ("Published", "Bijgewerkt:") is held: when the next line is a
   * date line, the label names its kind and both are metadata; otherwise it is released as text
   * (with the diagnostic).
   */
  let held: { kind: 'published' | 'updated'; start: number; end: number } | undefined;
  const hold = (text: string, start: number, end: number): boolean => {
    const kind = header.bareLabel(text);
    if (!kind) return false;
    held = { kind, start, end };
    return true;
  };
  const release = (h: typeof held): void => {
    if (!h) return;
    const text = original.slice(h.start, h.end);
    out.diagnostics.push(diagnostic(text, h.start, h.end));
    body(h.start, h.end);
  };
  const labelled = (m: MetaLine, h: typeof held): MetaLine => {
    if (!h) return m;
    out.meta.push({ start: h.start, end: h.end, kind: 'date-line' });
    const dates = m.dates.map((d) => (d.rule === 'ingest.date.line' ? { ...d, rule: `ingest.date.${h.kind}`, rank: h.kind === 'updated' ? RANK.updated : d.rank } : d));
    return { ...m, dates };
  };

  for (let i = 0; i < ls.length; i++) {
    const { end } = ls[i]!;
    let { start } = ls[i]!;
    // a Markdown heading: the marks stay out of the block
    const md = /^#{1,6}[ \t]+(?=\S)/u.exec(original.slice(start, end));
    if (md) {
      start += md[0].length;
      const text = original.slice(start, end);
      const isTitle = out.title === undefined && inHeader && out.blocks.length === 0;
      if (isTitle) out.title = text;
      out.blocks.push(verbatimBlock(original, start, end, isTitle ? 'title' : 'heading'));
      if (inHeader) seen++;
      continue;
    }
    const text = original.slice(start, end);
    const pending = held;
    held = undefined;
    // menu items and link lists at the top of a page: neither headline nor metadata, not counted
    if (inHeader && BULLET.test(text)) {
      release(pending);
      out.blocks.push(verbatimBlock(original, start, end, 'list'));
      continue;
    }
    if (inHeader && seen++ >= HEADER_LINES) inHeader = false;
    if (!inHeader) {
      // a date line further down the top of the page (after a standfirst, a caption);
      // only short lines with a digit are read for one
      if (i < LATE_LINES && paragraphs < LATE_PARAGRAPHS && text.length <= MAX_LATE_LINE) {
        const m = /\p{N}/u.test(text) ? header.line(text, start) : undefined;
        if (m && m.kind === 'date-line') {
          takeMeta(labelled(m, pending), true);
          continue;
        }
        release(pending);
        if (!m && hold(text, start, end)) continue;
        if (!m) unread(text, start, end);
      } else release(pending);
      body(start, end);
      continue;
    }
    const m = header.line(text, start);
    if (m) {
      takeMeta(m.kind === 'date-line' ? labelled(m, pending) : (release(pending), m));
      if (m.bodyStart === undefined) continue;
      // the article resumes on this line: a dateline may still open it
      const rest = original.slice(m.bodyStart, end);
      const dl = m.kind === 'dateline' ? undefined : header.dateline(rest, m.bodyStart);
      if (dl) takeMeta(dl);
      const from = dl?.bodyStart ?? m.bodyStart;
      if (from < end) body(from, end);
      inHeader = false;
      continue;
    }
    release(pending);
    if (hold(text, start, end)) continue;
    unread(text, start, end);
    if (out.title === undefined && isTitleLike(text) && i + 1 < ls.length) {
      out.title = text;
      out.blocks.push(verbatimBlock(original, start, end, 'title'));
      continue;
    }
    if (isHeadingLike(text)) {
      body(start, end);
      continue;
    }
    // the first body paragraph: it may open with a dateline
    const dl = header.dateline(text, start);
    if (dl) {
      takeMeta(dl);
      if (dl.bodyStart !== undefined && dl.bodyStart < end) body(dl.bodyStart, end);
    } else body(start, end);
    inHeader = false;
  }
  release(held);
  return out;
}
