/**
 * HTML tokens → blocks whose pieces index the raw HTML. Text is split at
 * block-level tags; whitespace runs collapse to one space (a decoded piece),
 * entities decode per piece (the piece maps to the raw `&…;` range). Hints
 * come from the element context: headings, table captions, list items, quotes,
 * and page chrome (nav, footer, aside, cookie banners, share bars, photo captions
 * and credits in <figure>).
 */
import { decodeHTML } from 'entities';
import type { BlockHint, Piece, RawBlock } from '../../core/document.js';
import { scanHtml } from './htmlscan.js';

/** Elements whose text is never article text. */
const SKIP = new Set(['head', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'title', 'textarea', 'select', 'iframe', 'object', 'canvas', 'video', 'audio', 'picture', 'map']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements that start and end a block. */
const BLOCK = new Set([
  'html', 'body', 'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'figure',
  'figcaption', 'section', 'article', 'header', 'footer', 'nav', 'aside', 'main', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td',
  'th', 'caption', 'pre', 'address', 'form', 'fieldset', 'legend', 'details', 'summary', 'hr', 'br', 'button', 'option', 'dialog',
  'menu', 'center', 'hgroup', 'label', 'img',
]);
/** An open <p> closes when one of these opens. */
const CLOSES_P = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'blockquote', 'figure', 'section', 'article', 'header', 'footer',
  'nav', 'aside', 'main', 'table', 'pre', 'address', 'form', 'fieldset', 'details', 'hr', 'dialog', 'menu', 'hgroup',
]);
/** Elements that close an open sibling of the same kind ("<li>a<li>b"). */
const SIBLING_CLOSE: Record<string, string[]> = { li: ['li'], dt: ['dt', 'dd'], dd: ['dt', 'dd'], tr: ['tr', 'td', 'th'], td: ['td', 'th'], th: ['td', 'th'], option: ['option'] };

const CHROME_TAGS = new Set(['nav', 'footer', 'aside', 'form', 'button', 'dialog', 'menu', 'label']);
/** class/id/role tokens of page furniture (CSS naming conventions, not natural language) */
const CHROME_TOKEN =
  /(?:^|[\s_-])(?:cookies?|consent|gdpr|privacy|banner|share|sharing|social|newsletter|promo|subscribe|subscription|signup|related|recommended|breadcrumbs?|navbar|nav|menu|footer|sidebar|advert|ads?|advertisement|sponsored|paywall|modal|popup|comments?|toolbar|masthead|skip|login|outbrain|taboola)(?:$|[\s_-])/iu;
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'dialog', 'complementary', 'menu', 'menubar', 'alertdialog', 'search']);
const META_TOKEN = /(?:^|[\s_-])(?:byline|author|dateline|timestamp|date|time|published|meta)(?:$|[\s_-])/iu;

/** Elements too large to be a byline even when their class says "meta" */
const BLOCK_CONTAINERS = new Set(['article', 'main', 'section', 'body', 'html']);

interface Open {
  name: string;
  attrs: Record<string, string>;
}

function isChrome(el: Open, inArticle: boolean): boolean {
  if (CHROME_TAGS.has(el.name)) return true;
  if (el.name === 'header' && !inArticle) return true;
  const role = el.attrs['role']?.toLowerCase();
  if (role && CHROME_ROLES.has(role)) return true;
  if (el.attrs['aria-hidden'] === 'true' || 'hidden' in el.attrs) return true;
  const tokens = `${el.attrs['class'] ?? ''} ${el.attrs['id'] ?? ''}`;
  return CHROME_TOKEN.test(tokens);
}

/** The hint for text inside the elements of `stack`. */
export function hintFor(stack: readonly Open[]): BlockHint {
  let inArticle = false;
  for (const e of stack) {
    if (isChrome(e, inArticle)) return 'chrome';
    if (e.name === 'article' || e.name === 'main' || e.attrs['role'] === 'main') inArticle = true;
  }
  // a photo's caption and credit (anything in a <figure> but a quotation) is page furniture:
  // no place, event or evidence is read from it
  if (stack.some((e) => e.name === 'figcaption') || (stack.some((e) => e.name === 'figure') && !stack.some((e) => e.name === 'blockquote' || e.name === 'q'))) {
    return 'chrome';
  }
  for (let i = stack.length - 1; i >= 0; i--) {
    const e = stack[i]!;
    if (/^h[1-6]$/u.test(e.name)) return 'heading';
    if (e.name === 'figcaption' || e.name === 'caption') return 'caption';
    if (e.name === 'blockquote' || e.name === 'q') return 'quote';
    if (e.name === 'time' || e.name === 'address') return 'meta';
    if (META_TOKEN.test(`${e.attrs['class'] ?? ''} ${e.attrs['id'] ?? ''}`) && !BLOCK_CONTAINERS.has(e.name)) return 'meta';
    if (e.name === 'li' || e.name === 'dt' || e.name === 'dd') return 'list';
    if (e.name === 'p') return 'paragraph';
  }
  return 'paragraph';
}

const ENTITY = /&(?:#[xX][0-9a-fA-F]{1,6};?|#[0-9]{1,7};?|[A-Za-z][A-Za-z0-9]{1,31};?)/gu;
const WS = /[ \t\n\r\f]+/gu;

/** Pieces of the raw text run html[start, end): verbatim runs, collapsed whitespace, decoded entities. */
export function textPieces(html: string, start: number, end: number): Piece[] {
  const raw = html.slice(start, end);
  // fast path: nothing to decode or collapse
  if (!/[&\t\n\r\f]| {2}/u.test(raw)) {
    if (raw === ' ') return [{ text: ' ', start, end }];
    const lead = raw.startsWith(' ') ? 1 : 0;
    const trail = raw.length > lead && raw.endsWith(' ') ? 1 : 0;
    const out: Piece[] = [];
    if (lead) out.push({ text: ' ', start, end: start + 1 });
    if (raw.length > lead + trail) out.push({ text: raw.slice(lead, raw.length - trail), start: start + lead, end: end - trail });
    if (trail) out.push({ text: ' ', start: end - 1, end });
    return out;
  }
  const out: Piece[] = [];
  const push = (text: string, s: number, e: number): void => {
    if (s >= e) return;
    const last = out[out.length - 1];
    const verbatim = text === html.slice(s, e);
    if (last && verbatim && last.end === s && last.text === html.slice(last.start, last.end)) {
      last.text += text;
      last.end = e;
    } else out.push({ text, start: s, end: e });
  };
  // split on whitespace runs and entities
  const marks: Array<{ s: number; e: number; text: string }> = [];
  for (const m of raw.matchAll(WS)) marks.push({ s: m.index, e: m.index + m[0].length, text: m[0] === ' ' ? ' ' : ' ' });
  for (const m of raw.matchAll(ENTITY)) {
    const dec = decodeHTML(m[0]);
    if (dec !== m[0]) marks.push({ s: m.index, e: m.index + m[0].length, text: dec });
  }
  marks.sort((a, b) => a.s - b.s);
  let p = 0;
  for (const mk of marks) {
    if (mk.s < p) continue;
    push(raw.slice(p, mk.s), start + p, start + mk.s);
    push(mk.text, start + mk.s, start + mk.e);
    p = mk.e;
  }
  push(raw.slice(p), start + p, end);
  return out;
}

const isSpace = (p: Piece): boolean => /^[ \t\n\r\f]*$/u.test(p.text);

export function htmlBlocks(html: string): RawBlock[] {
  const blocks: RawBlock[] = [];
  const stack: Open[] = [];
  let pieces: Piece[] = [];
  let hint: BlockHint = 'paragraph';

  const skipping = (): boolean => stack.some((e) => SKIP.has(e.name));
  const flush = (): void => {
    while (pieces.length && isSpace(pieces[pieces.length - 1]!)) pieces.pop();
    const last = pieces[pieces.length - 1];
    if (last && last.text.endsWith(' ') && last.text === html.slice(last.start, last.end)) {
      const t = last.text.trimEnd();
      last.end -= last.text.length - t.length;
      last.text = t;
    }
    if (pieces.length) blocks.push({ start: pieces[0]!.start, end: pieces[pieces.length - 1]!.end, hint, pieces });
    pieces = [];
  };
  const popTo = (name: string): boolean => {
    for (let i = stack.length - 1; i >= 0; i--) {
      if (stack[i]!.name === name) {
        stack.length = i;
        return true;
      }
    }
    return false;
  };

  for (const t of scanHtml(html)) {
    if (t.type === 'text') {
      if (skipping()) continue;
      for (const p of textPieces(html, t.start, t.end)) {
        if (isSpace(p)) {
          // collapse: no leading space, no double space
          const last = pieces[pieces.length - 1];
          if (!last || /[ \t\n\r\f]$/u.test(last.text)) continue;
          pieces.push(p.text === ' ' ? p : { text: ' ', start: p.start, end: p.end });
          continue;
        }
        if (pieces.length === 0) hint = hintFor(stack);
        const last = pieces[pieces.length - 1];
        if (last && /^[ \t\n\r\f]/u.test(p.text) && /[ \t\n\r\f]$/u.test(last.text)) continue;
        pieces.push(p);
      }
      continue;
    }
    if (t.type === 'open') {
      if (t.name === 'body') popTo('head');
      if (CLOSES_P.has(t.name)) {
        const pi = stack.map((e) => e.name).lastIndexOf('p');
        if (pi !== -1 && stack.slice(pi + 1).every((e) => !BLOCK.has(e.name))) stack.length = pi;
      }
      const sib = SIBLING_CLOSE[t.name];
      if (sib) {
        const top = stack[stack.length - 1];
        if (top && sib.includes(top.name)) stack.pop();
      }
      if (BLOCK.has(t.name)) flush();
      if (!VOID.has(t.name) && !t.selfClosing) stack.push({ name: t.name, attrs: t.attrs });
      continue;
    }
    if (BLOCK.has(t.name)) flush();
    popTo(t.name);
  }
  flush();
  // merge adjacent verbatim pieces inside each block
  for (const b of blocks) {
    const merged: Piece[] = [];
    for (const p of b.pieces) {
      const last = merged[merged.length - 1];
      if (last && last.end === p.start && last.text === html.slice(last.start, last.end) && p.text === html.slice(p.start, p.end)) {
        merged[merged.length - 1] = { text: last.text + p.text, start: last.start, end: p.end };
      } else merged.push({ ...p });
    }
    b.pieces = merged;
  }
  return blocks;
}
