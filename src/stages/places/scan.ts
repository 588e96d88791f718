/**
 * Word scanning for place recognition: words with their cleaned-text
 * offsets, capitalisation and whether they open a sentence. Hyphenated and
 * apostrophe'd names ("Tin-Akoff", "N'gourma") stay one word.
 */
export interface Word {
  s: number;
  e: number;
  text: string;
  /** `text` lower-cased */
  low: string;
  /** first letter upper-case */
  cap: boolean;
  /** every letter upper-case (KYIV, FSB) */
  upper: boolean;
  /** opens a sentence, a paragraph or a quotation */
  initial: boolean;
  /** the modifier of a hyphenated compound cut from its head noun ("Gaza" of "Gaza-Konflikt") */
  compound?: true;
}

/** The word pattern, which `scanWords` matches by hand (kept as its specification: the tests compare the two). */
export const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’ʼ\-‐][\p{L}\p{M}\p{N}]+)*/gu;
const UPPER = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const OPENERS = new Set('.!?:;"“”„«»‘’\'()[]-–—|•');

/** "X's" / "X’s" with at least two characters (code points) before the ending. */
function possessive(w: string): boolean {
  const n = w.length;
  if (n < 4 || w.charCodeAt(n - 1) !== 0x73) return false;
  const q = w.charCodeAt(n - 2);
  if (q !== 0x27 && q !== 0x2019) return false;
  if (n > 4) return true;
  // two UTF-16 units before the ending: one character when they are a surrogate pair
  const hi = w.charCodeAt(0);
  const lo = w.charCodeAt(1);
  return !(hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff);
}

/**
 * A hyphenated compound whose last part is a common head noun ("Ukraine-Krieg",
 * "Gaza-conflict"): the part before the head, else the word unchanged.
 */
function compoundModifier(w: string, heads: ReadonlySet<string> | undefined): string {
  if (heads === undefined || heads.size === 0) return w;
  const k = Math.max(w.lastIndexOf('-'), w.lastIndexOf('‐'));
  if (k < 2) return w;
  const head = w.slice(k + 1);
  // "*": any lower-case head makes a compound modifier ("Kent-based", "UK-bashing", "Russia-backed")
  const any = heads.has('*') && /^\p{Ll}/u.test(head) && /^\p{Lu}/u.test(w);
  if (!any && !heads.has(head.toLowerCase())) return w;
  return w.slice(0, k);
}

/** First letter upper-case, with an ASCII fast path (most words are ASCII). */
function capitalised(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c >= 97 && c <= 122) return false;
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return UPPER.test(t);
}

/** Spaces and tabs, skipped back to the character before a word. */
function space(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}

/** `OPENERS` as a table by character code (all of them lie below U+2030). */
const OPENER_CODES = new Uint8Array(0x2030);
for (const c of OPENERS) OPENER_CODES[c.charCodeAt(0)] = 1;

/** Some letter of a word is lower-case, with an ASCII fast path. */
function hasLower(t: string): boolean {
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c >= 97 && c <= 122) return true;
    if (c >= 128) return HAS_LOWER.test(t);
  }
  return false;
}

/** Code point classes of `WORD`, cached for the Basic Multilingual Plane. */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const MARK = /^\p{M}$/u;
const NONE = 1;
const START = 2; // a letter or digit: opens and continues a word
const MARKS = 3; // a combining mark: only continues a word
const classes = new Uint8Array(0x10000);

function classOf(cp: number): number {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57) ? START : NONE;
  if (cp < 0x10000) {
    let k = classes[cp]!;
    if (k === 0) classes[cp] = k = classify(cp);
    return k;
  }
  return classify(cp);
}

function classify(cp: number): number {
  const c = String.fromCodePoint(cp);
  return LETTER_OR_DIGIT.test(c) ? START : MARK.test(c) ? MARKS : NONE;
}

/** Apostrophes and hyphens inside a word ("N'gourma", "Tin-Akoff"): 2 for a hyphen, 1 for an apostrophe, else 0. */
function joiner(c: number): number {
  return c === 0x2d || c === 0x2010 ? 2 : c === 0x27 || c === 0x2019 || c === 0x2bc ? 1 : 0;
}

/** Words of a text; `compoundHeads` (lower-case) cut "X-head" compounds down to "X". */
export function scanWords(text: string, compoundHeads?: ReadonlySet<string>): Word[] {
  const out: Word[] = [];
  const n = text.length;
  for (let s = 0; s < n; ) {
    const cp = text.codePointAt(s)!;
    if (classOf(cp) !== START) {
      s += cp > 0xffff ? 2 : 1;
      continue;
    }
    // `WORD` matched by hand (several times faster than the regular expression): letters, digits and
    // marks, across joiners followed by one of them
    let end = s + (cp > 0xffff ? 2 : 1);
    let hyphen = false;
    for (;;) {
      while (end < n) {
        const c = text.codePointAt(end)!;
        if (classOf(c) === NONE) break;
        end += c > 0xffff ? 2 : 1;
      }
      const join = end + 1 < n ? joiner(text.charCodeAt(end)) : 0;
      if (join === 0 || classOf(text.codePointAt(end + 1)!) === NONE) break;
      if (join === 2) hyphen = true;
      end++;
    }
    const raw = text.slice(s, end);
    // an English possessive is not part of the name: "Moscow's" → "Moscow"
    const owner = possessive(raw);
    const t = hyphen ? compoundModifier(owner ? raw.slice(0, -2) : raw, compoundHeads) : owner ? raw.slice(0, -2) : raw;
    let j = s - 1;
    while (j >= 0 && space(text.charCodeAt(j))) j--;
    const prev = j >= 0 ? text.charCodeAt(j) : 10;
    const initial = prev === 10 || prev === 13 || OPENER_CODES[prev] === 1;
    const cap = capitalised(t);
    const w: Word = { s, e: s + t.length, text: t, low: t.toLowerCase(), cap, upper: cap && !hasLower(t), initial };
    if (t.length < raw.length && !owner) w.compound = true;
    out.push(w);
    s = end;
  }
  return out;
}

/** Only spaces between two offsets, after an optional possessive ending ("regio's Belgorod", "Burkina Faso's northern"). */
export function cueGap(text: string, from: number, to: number): boolean {
  const c = text[from];
  if ((c === "'" || c === '’') && text[from + 1] === 's') from += 2;
  return spaceOnly(text, from, to);
}

/** Only spaces between two offsets (no punctuation, no line break). */
export function spaceOnly(text: string, from: number, to: number): boolean {
  if (to <= from) return to === from;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c !== ' ' && c !== '\u00a0' && c !== '\t') return false;
  }
  return true;
}
