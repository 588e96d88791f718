/**
 * A tolerant HTML tokenizer over the raw source that keeps raw offsets:
 * text runs, start tags (with attributes) and end tags. Comments, doctypes
 * and processing instructions are skipped; the content of raw-text elements
 * (script, style, textarea, title, …) is never yielded as text.
 */
export type HtmlToken =
  | { type: 'text'; start: number; end: number }
  | { type: 'open'; name: string; attrs: Record<string, string>; selfClosing: boolean; start: number; end: number }
  | { type: 'close'; name: string; start: number; end: number };

/** Elements whose content is not markup. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);

const TAG_NAME = /[A-Za-z][^\s/>]*/y;
const ATTR_NAME = /[^\s/>="'<][^\s/>=]*/y;
const SPACE = /\s*/y;

function sticky(re: RegExp, s: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(s);
}

/** Index of the next `<` that opens markup (a tag, end tag, comment, doctype), from `pos`. */
function nextMarkup(html: string, pos: number): number {
  let i = html.indexOf('<', pos);
  while (i !== -1) {
    const c = html.charCodeAt(i + 1);
    // letter, '/', '!', '?'
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 47 || c === 33 || c === 63) return i;
    i = html.indexOf('<', i + 1);
  }
  return -1;
}

export function* scanHtml(html: string): Generator<HtmlToken> {
  let pos = 0;
  const n = html.length;
  while (pos < n) {
    const lt = nextMarkup(html, pos);
    if (lt === -1) {
      yield { type: 'text', start: pos, end: n };
      return;
    }
    if (lt > pos) yield { type: 'text', start: pos, end: lt };
    // comment
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      pos = close === -1 ? n : close + 3;
      continue;
    }
    // doctype, CDATA, processing instruction, bogus comment
    if (html[lt + 1] === '!' || html[lt + 1] === '?') {
      const close = html.indexOf('>', lt + 2);
      pos = close === -1 ? n : close + 1;
      continue;
    }
    // end tag
    if (html[lt + 1] === '/') {
      const nm = sticky(TAG_NAME, html, lt + 2);
      const close = html.indexOf('>', lt + 2);
      const end = close === -1 ? n : close + 1;
      if (nm) yield { type: 'close', name: nm[0].toLowerCase(), start: lt, end };
      pos = end;
      continue;
    }
    // start tag with attributes; quoted values may hold '>'
    const nm = sticky(TAG_NAME, html, lt + 1)!;
    const name = nm[0].toLowerCase();
    const attrs: Record<string, string> = {};
    let p = lt + 1 + nm[0].length;
    let selfClosing = false;
    for (;;) {
      p += sticky(SPACE, html, p)![0].length;
      if (p >= n) break;
      const c = html[p];
      if (c === '>') {
        p++;
        break;
      }
      if (c === '/') {
        selfClosing = html[p + 1] === '>';
        p++;
        continue;
      }
      const an = sticky(ATTR_NAME, html, p);
      if (!an) {
        p++;
        continue;
      }
      const aname = an[0].toLowerCase();
      p += an[0].length;
      p += sticky(SPACE, html, p)![0].length;
      let value = '';
      if (html[p] === '=') {
        p++;
        p += sticky(SPACE, html, p)![0].length;
        const q = html[p];
        if (q === '"' || q === "'") {
          const close = html.indexOf(q, p + 1);
          const end = close === -1 ? n : close;
          value = html.slice(p + 1, end);
          p = end + 1;
        } else {
          const m = /[^\s>]*/y;
          m.lastIndex = p;
          value = m.exec(html)![0];
          p += value.length;
        }
      }
      if (!(aname in attrs)) attrs[aname] = value;
    }
    const end = Math.min(p, n);
    yield { type: 'open', name, attrs, selfClosing, start: lt, end };
    pos = end;
    if (RAW_TEXT.has(name) && !selfClosing) {
      // skip to the matching end tag (case-insensitive)
      const re = new RegExp(`</${name}(?=[\\s/>])`, 'gi');
      re.lastIndex = pos;
      const m = re.exec(html);
      if (!m) return;
      const close = html.indexOf('>', m.index);
      const cend = close === -1 ? n : close + 1;
      yield { type: 'close', name, start: m.index, end: cend };
      pos = cend;
    }
  }
}
