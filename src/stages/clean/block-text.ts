/**
 * The text of one raw block (its pieces joined) and the way back to the original:
 * block-text offsets → original offsets, and copying block-text ranges into a TextBuilder.
 */
import type { RawBlock } from '../../core/document.js';
import type { TextBuilder } from '../../core/span.js';

interface Seg {
  /** start in the block text */
  b: number;
  /** end in the block text */
  be: number;
  start: number;
  end: number;
  verbatim: boolean;
  text: string;
}

export class BlockText {
  readonly text: string;
  readonly #segs: Seg[];

  constructor(original: string, block: RawBlock) {
    const segs: Seg[] = [];
    let b = 0;
    for (const p of block.pieces) {
      if (p.text.length === 0) continue;
      const verbatim = original.slice(p.start, p.end) === p.text;
      segs.push({ b, be: b + p.text.length, start: p.start, end: p.end, verbatim, text: p.text });
      b += p.text.length;
    }
    this.#segs = segs;
    this.text = segs.map((s) => s.text).join('');
  }

  #segAt(i: number): Seg | undefined {
    for (const s of this.#segs) if (i < s.be) return s;
    return this.#segs[this.#segs.length - 1];
  }

  /** original offset of block-text position `i` used as a span start */
  origStart(i: number): number {
    const s = this.#segAt(i);
    if (!s) return 0;
    if (!s.verbatim) return s.start;
    return s.start + Math.min(i - s.b, s.end - s.start);
  }

  /** original offset of block-text position `i` used as a span end */
  origEnd(i: number): number {
    const s = this.#segAt(Math.max(0, i - 1));
    if (!s) return 0;
    if (!s.verbatim) return s.end;
    return s.start + Math.min(i - s.b, s.end - s.start);
  }

  /** Append block-text range [from, to) to the builder (a decoded piece is taken whole). */
  copyTo(b: TextBuilder, original: string, from: number, to: number): void {
    for (const s of this.#segs) {
      if (s.be <= from || s.b >= to) continue;
      if (s.verbatim) b.copy(original, s.start + Math.max(from, s.b) - s.b, s.start + Math.min(to, s.be) - s.b);
      else b.replace(s.text, s.start, s.end);
    }
  }
}

/** Words (letters/digits runs with inner hyphens/apostrophes) of a text. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{M}\p{N}]+(?:['’‐-][\p{L}\p{M}\p{N}]+)*/gu) ?? [];
}

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
/** BMP characters: 0 unknown, 1 a word character (letter, mark, digit), 2 not */
const wordChar = new Uint8Array(0x10000);

function isWordChar(cp: number): boolean {
  if (cp < 0x10000) {
    let k = wordChar[cp]!;
    if (k === 0) wordChar[cp] = k = WORD_CHAR.test(String.fromCharCode(cp)) ? 1 : 2;
    return k === 1;
  }
  return WORD_CHAR.test(String.fromCodePoint(cp));
}

const isJoiner = (c: number): boolean => c === 0x27 || c === 0x2019 || c === 0x2010 || c === 0x2d;

/** The end of the run of word characters starting at `i` (`i` when there is none). */
function wordRunEnd(text: string, i: number): number {
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    if (!isWordChar(cp)) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/** `words(text).length`, without building the words. */
export function countWords(text: string): number {
  let n = 0;
  let i = 0;
  while (i < text.length) {
    const end = wordRunEnd(text, i);
    if (end === i) {
      i += text.codePointAt(i)! > 0xffff ? 2 : 1;
      continue;
    }
    n++;
    i = end;
    // inner hyphens and apostrophes followed by more word characters keep the word going
    while (i + 1 < text.length && isJoiner(text.charCodeAt(i))) {
      const next = wordRunEnd(text, i + 1);
      if (next === i + 1) break;
      i = next;
    }
  }
  return n;
}

/** Trim [from, to) of `text` to its non-whitespace core. */
export function trimRange(text: string, from: number, to: number): [number, number] {
  while (from < to && /\s/u.test(text[from]!)) from++;
  while (to > from && /\s/u.test(text[to - 1]!)) to--;
  return [from, to];
}
