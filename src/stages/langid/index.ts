/**
 * Langid: the document's language and each paragraph's, restricted to the languages that
 * have a pack. A language forced by the user (`doc.langForced`) is kept for the document;
 * paragraphs are still checked. Paragraphs too short to judge inherit the document language.
 * `doc.paragraphLangs` (original offsets) is set only when the article mixes languages.
 */
import { stage } from '../../core/stage.js';
import { outSpan } from '../../core/analysis.js';
import type { Paragraph } from '../../core/analysis.js';
import { detect, ELD_MAX_CHARS } from './detector.js';

/** Below this relative lead of the best language over the next, the document verdict is unsure. */
const DOC_MIN_MARGIN = 0.1;
/** A paragraph is judged on its own only when it is at least this long … */
const PARA_MIN_WORDS = 8;
const PARA_MIN_CHARS = 50;
/** … and it differs from the document only with a clear lead. */
const PARA_MIN_MARGIN = 0.15;

const LETTERS = /\p{L}+/gu;

/** Whether the text has at least `n` runs of letters. */
function hasWords(text: string, n: number): boolean {
  let k = 0;
  for (const _ of text.matchAll(LETTERS)) if (++k >= n) return true;
  return false;
}

export const langid = stage('langid', (a, ctx) => {
  const langs = Object.keys(ctx.packs);
  if (langs.length === 0) return a;
  // the detector reads the first ELD_MAX_CHARS characters: build no more of the body
  let body = '';
  for (let k = 0; k < a.paragraphs.length && body.length < ELD_MAX_CHARS; k++) {
    const p = a.paragraphs[k]!;
    body += (k === 0 ? '' : '\n') + a.text.slice(p.start, Math.min(p.end, p.start + ELD_MAX_CHARS));
  }
  let docLang = a.doc.lang;
  if (!a.doc.langForced) {
    const d = detect(body, langs);
    if (d.lang && d.reliable && d.margin >= DOC_MIN_MARGIN) docLang = d.lang;
    else {
      if (d.lang && !a.raw.declaredLang) docLang = d.lang;
      if (a.paragraphs.some((p) => /\p{L}/u.test(a.text.slice(p.start, p.end))))
        ctx.report({
          code: 'langid/low-confidence',
          severity: 'warning',
          message: d.lang
            ? `language uncertain: best guess ${d.lang} (lead ${(d.margin * 100).toFixed(0)}%${d.reliable ? '' : ', unreliable'}); using ${docLang}`
            : `no language detected; using ${docLang}`,
        });
    }
  }
  if (!langs.includes(docLang) && !a.doc.langForced) docLang = langs.includes(a.doc.lang) ? a.doc.lang : langs[0]!;

  const paragraphs: Paragraph[] = a.paragraphs.map((p) => {
    const text = a.text.slice(p.start, p.end);
    let lang = docLang;
    if (p.kind === 'paragraph' && text.length >= PARA_MIN_CHARS && hasWords(text, PARA_MIN_WORDS)) {
      const d = detect(text, langs);
      if (d.lang && d.lang !== docLang && d.reliable && d.margin >= PARA_MIN_MARGIN) lang = d.lang;
    }
    return { ...p, lang };
  });
  const mixed = paragraphs.some((p) => p.lang !== docLang);
  const { paragraphLangs: _drop, ...docRest } = a.doc;
  void _drop;
  const doc = mixed
    ? {
        ...docRest,
        lang: docLang,
        paragraphLangs: paragraphs.map((p) => {
          const s = outSpan(a, p.start, p.end);
          return { start: s.start, end: s.end, lang: p.lang };
        }),
      }
    : { ...docRest, lang: docLang };
  return { ...a, doc, paragraphs };
});
