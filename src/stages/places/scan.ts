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

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’ʼ\-‐][\p{L}\p{M}\p{N}]+)*/gu;
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
const SPACE = new Set([32, 9, 0xa0]);
const OPENER_CODES = new Set([...OPENERS].map((c) => c.charCodeAt(0)));

/** Words of a text; `compoundHeads` (lower-case) cut "X-head" compounds down to "X". */
export function scanWords(text: string, compoundHeads?: ReadonlySet<string>): Word[] {
  const out: Word[] = [];
  const re = new RegExp(WORD.source, WORD.flags);
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const s = m.index;
    const raw = m[0];
    // an English possessive is not part of the name: "Moscow's" → "Moscow"
    const owner = possessive(raw);
    const t = raw.includes('-') || raw.includes('‐') ? compoundModifier(owner ? raw.slice(0, -2) : raw, compoundHeads) : owner ? raw.slice(0, -2) : raw;
    let j = s - 1;
    while (j >= 0 && SPACE.has(text.charCodeAt(j))) j--;
    const prev = j >= 0 ? text.charCodeAt(j) : 10;
    const initial = prev === 10 || prev === 13 || OPENER_CODES.has(prev);
    const cap = capitalised(t);
    const w: Word = { s, e: s + t.length, text: t, low: t.toLowerCase(), cap, upper: cap && !HAS_LOWER.test(t), initial };
    if (t.length < raw.length && !owner) w.compound = true;
    out.push(w);
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
