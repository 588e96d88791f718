/**
 * Plain text → blocks and metadata. A non-blank line is a block. The head of
 * the article (before the first body paragraph) is read for metadata: date
 * lines, bylines, labelled date prefixes, datelines, and the headline.
 */
import type { BlockHint, RawBlock } from '../../core/document.js';
import type { Span } from '../../core/span.js';
import { verbatimBlock } from './blocks.js';
import type { DateCandidate, HeaderMatcher, MetaLine } from './header.js';

export interface TextParse {
  blocks: RawBlock[];
  meta: Array<Span & { kind: string }>;
  dates: DateCandidate[];
  title?: string;
  byline?: string;
}

/** Lines read for metadata at most, before the body is assumed to have started. */
const HEADER_LINES = 8;
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
  const out: TextParse = { blocks: [], meta: [], dates: [] };
  let inHeader = true;
  let seen = 0;

  const takeMeta = (m: MetaLine): void => {
    out.meta.push({ start: m.start, end: m.end, kind: m.kind });
    out.dates.push(...m.dates);
    if (m.byline && out.byline === undefined) out.byline = m.byline;
  };
  const body = (start: number, end: number): void => {
    const text = original.slice(start, end);
    out.blocks.push(verbatimBlock(original, start, end, lineHint(text)));
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
    if (inHeader && seen++ >= HEADER_LINES) inHeader = false;
    if (!inHeader) {
      body(start, end);
      continue;
    }
    const m = header.line(text, start);
    if (m) {
      takeMeta(m);
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
  return out;
}
