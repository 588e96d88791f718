/**
 * The sentence ranges the casualty and claim stages read: the segment stage's
 * sentences when it produced any, otherwise a plain split of the cleaned text
 * at sentence-final punctuation and blank lines (language-neutral).
 */
import type { Analysis } from '../../core/analysis.js';
import type { Span } from '../../core/span.js';

export interface SentenceRange extends Span {
  index: number;
  /** paragraph number (blank-line separated blocks when segment did not run) */
  paragraph: number;
}

export function sentenceRanges(a: Pick<Analysis, 'sentences' | 'text'>): SentenceRange[] {
  if (a.sentences.length > 0) return a.sentences.map((s) => ({ start: s.start, end: s.end, index: s.index, paragraph: s.paragraph }));
  const out: SentenceRange[] = [];
  const text = a.text;
  const para = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/gu;
  let p = 0;
  for (const pm of text.matchAll(para)) {
    const ps = pm.index;
    const body = pm[0];
    // a break after . ! ? (optionally closing quotes) followed by space and an upper-case letter, digit or quote
    const br = /[.!?]["'”’»)]*\s+(?=["'“‘„«(]?[\p{Lu}\p{N}])/gu;
    let s = 0;
    for (const m of body.matchAll(br)) {
      const e = m.index + m[0].trimEnd().length;
      // do not split after a single capital initial or a number ("Aug. 14" is rare; "3." ordinal-like)
      const before = body.slice(Math.max(0, m.index - 2), m.index + 1);
      if (/(?:^|[\s.])\p{Lu}\.$/u.test(before)) continue;
      pushTrimmed(out, text, ps + s, ps + e, p);
      s = m.index + m[0].length;
    }
    pushTrimmed(out, text, ps + s, ps + body.length, p);
    p++;
  }
  return out;
}

function pushTrimmed(out: SentenceRange[], text: string, start: number, end: number, paragraph: number): void {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end, index: out.length, paragraph });
}

/** The index of the sentence containing cleaned offset `at` (or the last one starting before it). */
export function sentenceAt(sents: readonly SentenceRange[], at: number): number {
  let lo = 0;
  let hi = sents.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sents[mid]!.start <= at) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** Is paragraph `p` a heading or title (a topic break that figures and claims do not reach across)? */
export function isHeadingParagraph(a: Pick<Analysis, 'paragraphs'>, p: number): boolean {
  const para = a.paragraphs.find((x) => x.index === p);
  return para !== undefined && para.kind !== 'paragraph';
}
