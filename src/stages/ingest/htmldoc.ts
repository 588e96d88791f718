/**
 * HTML → blocks and metadata. Blocks come from the offset-keeping scanner
 * (pieces index the raw HTML); metadata from the DOM (linkedom); the content
 * decision from Readability. When the page states no date in its metadata,
 * the first content blocks are read like a plain-text article head.
 */
import { lazyModule } from '../../core/lazy-module.js';
import type { Diagnostic } from '../../core/diagnostic.js';
import type { RawBlock } from '../../core/document.js';
import type { Span } from '../../core/span.js';
import { blockText, cutBefore } from './blocks.js';
import type { DateMatcher } from './dates.js';
import type { DateCandidate, HeaderMatcher } from './header.js';
import { RANK } from './header.js';
import { htmlBlocks } from './htmlblocks.js';
import { htmlMeta, type MiniDocument } from './htmlmeta.js';
import { markContent } from './readable.js';

/** linkedom, loaded with the first HTML page */
const linkedom = lazyModule<typeof import('linkedom')>('linkedom');

export interface HtmlParse {
  blocks: RawBlock[];
  meta: Array<Span & { kind: string }>;
  dates: DateCandidate[];
  title?: string;
  url?: string;
  byline?: string;
  lang?: string;
  diagnostics: Diagnostic[];
}

/** Content blocks read for a byline, date line or dateline (menus and lists not counted). */
const HEAD_BLOCKS = 6;
/** Content blocks, and body paragraphs, read at most for a date line further down. */
const LATE_BLOCKS = 24;
const LATE_PARAGRAPHS = 3;

export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || (head.startsWith('<') && /<(?:body|head|p|div|article)[\s>]/u.test(head));
}

export function parseHtml(original: string, source: string, dates: DateMatcher, header: HeaderMatcher): HtmlParse {
  const blocks = htmlBlocks(original);
  const { document } = linkedom().parseHTML(original);
  const doc = document as unknown as MiniDocument;
  const meta = htmlMeta(doc, source);
  const out: HtmlParse = { blocks, meta: [], dates: [], diagnostics: [...meta.diagnostics] };

  // metadata dates, in order of preference (rank 1, earlier = better)
  for (const [i, d] of meta.dates.entries()) {
    const m = dates.findAll(d.value)[0];
    if (!m) continue;
    const at = original.indexOf(d.value);
    out.dates.push({
      parts: { month: m.month, ...(m.year !== undefined ? { year: m.year } : {}), ...(m.day !== undefined ? { day: m.day } : {}) },
      ...(at >= 0 ? { span: { start: at, end: at + d.value.length, text: d.value } } : {}),
      // keep the metadata order of preference
      pos: i - meta.dates.length,
      // the first <time> of a page may be any date of it: after the text's own date lines
      rank: d.updated ? RANK.updated : d.from === 'first-time[datetime]' ? RANK.late : RANK.published,
      rule: `ingest.html.${d.from}`,
    });
  }

  const r = markContent(document, blocks, meta.title);
  if (!r.found) {
    out.diagnostics.push({ code: 'ingest/no-readable-content', severity: 'info', stage: 'ingest', message: 'Readability found no article; blocks keep markup hints', source });
  }
  if (meta.title ?? r.title) out.title = (meta.title ?? r.title)!;
  if (meta.url) out.url = meta.url;
  if (meta.byline) out.byline = meta.byline;
  if (meta.lang) out.lang = meta.lang;
  if (r.publishedTime && out.dates.every((d) => d.rank > RANK.published)) out.dates.push(...candidatesFrom(r.publishedTime, dates, 'ingest.html.readability'));

  // the head of the article text: byline/date lines and a dateline before the first paragraph;
  // then date lines a little further down (after a standfirst or a caption)
  let seen = 0;
  let head = true;
  let paragraphs = 0;
  for (let i = 0; i < blocks.length && seen < LATE_BLOCKS && paragraphs < LATE_PARAGRAPHS; i++) {
    const b = blocks[i]!;
    if (b.hint === 'chrome' || b.hint === 'title' || b.hint === 'list') continue;
    seen++;
    if (head && seen > HEAD_BLOCKS) head = false;
    const text = blockText(b);
    const verbatim = b.pieces.length === 1 && b.pieces[0]!.text === original.slice(b.start, b.end);
    const m = header.line(text, b.start);
    if (m && (m.kind === 'date-line' || (head && m.kind === 'byline'))) {
      // offsets are exact only for a single verbatim piece; otherwise the whole block is the span
      const span = verbatim ? { start: m.start, end: m.end } : { start: b.start, end: b.end };
      out.meta.push({ ...span, kind: m.kind });
      if (verbatim && m.place) out.meta.push({ ...m.place, kind: 'dateline' });
      const rank = (r: number): number => (head ? r : Math.max(r, RANK.late)) + 1;
      if (verbatim) out.dates.push(...m.dates.map((d) => ({ ...d, rank: rank(d.rank) })));
      else out.dates.push(...m.dates.map(({ span: _span, ...d }) => ({ ...d, rank: rank(d.rank) })));
      if (m.byline && !out.byline) out.byline = m.byline;
      b.hint = 'meta';
      continue;
    }
    if (!m && verbatim && header.dateLike(text)) {
      out.diagnostics.push({
        code: 'ingest/unparsed-date-line',
        severity: 'info',
        stage: 'ingest',
        message: `"${text.trim()}" looks like a date line but states no date that reads`,
        span: { start: b.start, end: b.end },
        source,
      });
    }
    if (b.hint === 'meta') continue;
    if (b.hint === 'paragraph') {
      paragraphs++;
      if (!head) continue;
      head = false;
      const first = b.pieces[0]!;
      const dl = header.dateline(first.text, first.start);
      if (dl && first.text === original.slice(first.start, first.end)) {
        out.meta.push({ start: dl.start, end: dl.end, kind: dl.kind });
        out.dates.push(...dl.dates.map((d) => ({ ...d, rank: d.rank + 1 })));
        if (dl.bodyStart !== undefined) {
          const cut = cutBefore(b, original, dl.bodyStart);
          if (cut) blocks[i] = cut;
          else blocks.splice(i--, 1);
        }
      }
    }
  }
  if (out.byline === undefined && r.byline) {
    // Readability's byline may be a whole "By … · date" line
    const m = header.line(r.byline, 0);
    out.byline = m?.kind === 'byline' && m.byline ? m.byline : r.byline.trim();
  }
  return out;
}

function candidatesFrom(value: string, dates: DateMatcher, rule: string): DateCandidate[] {
  const m = dates.findAll(value)[0];
  if (!m) return [];
  return [
    {
      parts: { month: m.month, ...(m.year !== undefined ? { year: m.year } : {}), ...(m.day !== undefined ? { day: m.day } : {}) },
      pos: 0,
      rank: RANK.published,
      rule,
    },
  ];
}
