/**
 * Text units the events stage reasons over: sentences (with their paragraph
 * and whether they are a heading) and clauses inside a sentence. Uses the
 * segment stage's output when present; otherwise a plain fallback split, so
 * the stage runs on any analysis.
 */
import type { Analysis } from '../../core/analysis.js';
import type { Span } from '../../core/span.js';

export interface Unit extends Span {
  index: number;
  paragraph: number;
  /** a title or section heading (no sentence-final punctuation, short) */
  heading: boolean;
}

export interface ParagraphUnit extends Span {
  index: number;
  heading: boolean;
}

const SENT_END = /[.!?…]+["'’”»)]*\s+(?=["'‘“„«(]?[\p{Lu}\p{N}])/gu;

function looksLikeHeading(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 140 && !/[.!?…"'’”»:]$/u.test(t);
}

function fallbackParagraphs(a: Analysis): ParagraphUnit[] {
  const out: ParagraphUnit[] = [];
  if (a.blocks.length > 0) {
    a.blocks.forEach((b, i) => {
      const text = a.text.slice(b.start, b.end);
      out.push({ start: b.start, end: b.end, index: i, heading: b.kind !== 'paragraph' || looksLikeHeading(text) });
    });
    return out;
  }
  const re = /[^\n]+/g;
  for (let m = re.exec(a.text); m; m = re.exec(a.text)) {
    out.push({ start: m.index, end: m.index + m[0].length, index: out.length, heading: looksLikeHeading(m[0]) });
  }
  return out;
}

/** Paragraphs of the analysis (segment output, or a fallback from blocks/lines). */
export function paragraphUnits(a: Analysis): ParagraphUnit[] {
  if (a.paragraphs.length > 0) {
    return a.paragraphs.map((p) => ({
      start: p.start,
      end: p.end,
      index: p.index,
      heading: p.kind !== 'paragraph' || looksLikeHeading(a.text.slice(p.start, p.end)),
    }));
  }
  return fallbackParagraphs(a);
}

/** Sentences of the analysis (segment output, or a fallback split of the paragraphs). */
export function sentenceUnits(a: Analysis, paragraphs: ParagraphUnit[]): Unit[] {
  const headingOf = new Map(paragraphs.map((p) => [p.index, p.heading]));
  if (a.sentences.length > 0) {
    return a.sentences.map((s) => ({ start: s.start, end: s.end, index: s.index, paragraph: s.paragraph, heading: headingOf.get(s.paragraph) ?? false }));
  }
  const out: Unit[] = [];
  for (const p of paragraphs) {
    const text = a.text.slice(p.start, p.end);
    let from = 0;
    SENT_END.lastIndex = 0;
    const push = (s: number, e: number): void => {
      let st = s;
      let en = e;
      while (st < en && /\s/u.test(text[st]!)) st++;
      while (en > st && /\s/u.test(text[en - 1]!)) en--;
      if (en > st) out.push({ start: p.start + st, end: p.start + en, index: out.length, paragraph: p.index, heading: p.heading });
    };
    for (let m = SENT_END.exec(text); m; m = SENT_END.exec(text)) {
      // do not split after a single capital ("J. Smith") or a digit-dot date ("10. März")
      const before = text.slice(Math.max(0, m.index - 3), m.index);
      if (/(?:^|\s)\p{Lu}$/u.test(before) || /\d$/u.test(before)) continue;
      push(from, m.index + m[0].trimEnd().length);
      from = m.index + m[0].length;
    }
    push(from, text.length);
  }
  return out;
}

/**
 * Split a sentence into clauses at the lexicon's clause breaks. Returns spans
 * in cleaned-text offsets covering the sentence.
 */
export function clauses(text: string, sentence: Span, clauseBreak: RegExp): Span[] {
  const s = text.slice(sentence.start, sentence.end);
  const cuts: number[] = [];
  clauseBreak.lastIndex = 0;
  for (let m = clauseBreak.exec(s); m; m = clauseBreak.exec(s)) {
    if (m[0].length === 0) {
      clauseBreak.lastIndex++;
      continue;
    }
    cuts.push(m.index);
  }
  const out: Span[] = [];
  let from = 0;
  for (const c of cuts) {
    if (c > from) out.push({ start: sentence.start + from, end: sentence.start + c });
    from = c;
  }
  out.push({ start: sentence.start + from, end: sentence.end });
  return out.filter((c) => c.end > c.start);
}
