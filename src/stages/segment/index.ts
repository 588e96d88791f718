/**
 * Segment: paragraphs (one per kept block), sentences and tokens, in cleaned-text offsets.
 *
 * Titles and headings are paragraphs of their own kind with exactly ONE sentence spanning
 * the whole line: stages that look for places or dates may use them (headings often name a
 * place), stages that need a clause (events, casualties) skip sentences whose paragraph kind
 * is not 'paragraph'.
 *
 * Abbreviations come from every pack (segment runs before language identification); each
 * paragraph's `lang` is the document language for now — langid refines it.
 */
import { stage } from '../../core/stage.js';
import type { Paragraph, Sentence, Token } from '../../core/analysis.js';
import { abbrevData } from './abbreviations.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokens.js';

export const segment = stage('segment', (a, ctx) => {
  const data = abbrevData(ctx.packs);
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  for (const blk of a.blocks) {
    const pIndex = paragraphs.length;
    paragraphs.push({ index: pIndex, start: blk.start, end: blk.end, kind: blk.kind, lang: a.doc.lang });
    const body = a.text.slice(blk.start, blk.end);
    const spans: Array<[number, number]> = blk.kind === 'paragraph' ? splitSentences(body, data) : wholeLine(body);
    for (const [s, e] of spans) {
      const sIndex = sentences.length;
      sentences.push({ index: sIndex, paragraph: pIndex, start: blk.start + s, end: blk.start + e });
      const text = body.slice(s, e);
      for (const t of tokenize(text, data)) {
        const start = blk.start + s + t.start;
        const end = blk.start + s + t.end;
        tokens.push({ start, end, text: a.text.slice(start, end), kind: t.kind, sentence: sIndex });
      }
    }
  }
  return { ...a, paragraphs, sentences, tokens };
});

function wholeLine(text: string): Array<[number, number]> {
  let s = 0;
  let e = text.length;
  while (s < e && /\s/u.test(text[s]!)) s++;
  while (e > s && /\s/u.test(text[e - 1]!)) e--;
  return e > s ? [[s, e]] : [];
}
