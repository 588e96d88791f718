/**
 * Structure cues that need no language data: blocks whose text repeats (the same block
 * twice; a short pull-quote block that repeats a run of words of the body), and the kind
 * of a kept block (title, bare section heading, paragraph).
 */
import type { BlockKind } from '../../core/analysis.js';
import type { BlockHint } from '../../core/document.js';
import { countWords, words } from './block-text.js';

export interface StructBlock {
  /** block text, trimmed */
  text: string;
  hint: BlockHint;
  /** already boilerplate as a whole (by a cue or a hint) */
  dropped: boolean;
}

/** Pull quotes shorter than this many words are not detected (too little evidence). */
const PULL_MIN_RUN = 6;
const PULL_MAX_WORDS = 30;
/** A block this long that ends like a sentence is body text. */
const BODY_MIN_WORDS = 15;
/** Exact repeats of at least this many words keep their first occurrence (a duplicated paragraph); shorter repeats are all chrome. */
const REPEAT_KEEP_FIRST = 20;

const norm = (t: string): string[] => words(t.toLocaleLowerCase()).map((w) => w.replace(/['’‐-]/gu, ''));

/** Length of the longest run of consecutive words of `a` that also occurs consecutively in `b`. */
function longestCommonRun(a: string[], b: string[], where: Map<string, number[]>): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) {
    const at = where.get(a[i]!);
    if (!at) continue;
    for (const j of at) {
      let k = 0;
      while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k]) k++;
      if (k > best) best = k;
    }
  }
  return best;
}

/** Blocks (by index) that are repeats or pull quotes, with the reason. */
export function repeatedBlocks(blocks: readonly StructBlock[]): Map<number, 'repeated' | 'pull-quote'> {
  const out = new Map<number, 'repeated' | 'pull-quote'>();
  const ws = blocks.map((b) => norm(b.text));
  // exact repeats
  const seen = new Map<string, number[]>();
  ws.forEach((w, i) => {
    if (w.length === 0) return;
    const key = w.join(' ');
    const list = seen.get(key) ?? [];
    list.push(i);
    seen.set(key, list);
  });
  const firstContent = blocks.findIndex((b) => !b.dropped);
  for (const idxs of seen.values()) {
    if (idxs.length < 2) continue;
    const n = ws[idxs[0]!]!.length;
    // a long duplicated paragraph, or a repeated title/heading, keeps its first copy
    const keepFirst = n >= REPEAT_KEEP_FIRST || idxs.some((i) => i === firstContent || blocks[i]!.hint === 'title' || blocks[i]!.hint === 'heading');
    for (const [k, i] of idxs.entries()) {
      if (blocks[i]!.dropped) continue;
      if (keepFirst && k === 0) continue;
      out.set(i, 'repeated');
    }
  }
  // pull quotes: a short block that repeats a run of words of a longer body block
  // pull quotes sit inside the body: after the first body paragraph (not a title or dateline)
  const firstBody = blocks.findIndex((b, i) => !b.dropped && ws[i]!.length >= BODY_MIN_WORDS && /[.!?]["'”’»)]*$/u.test(b.text));
  // word → positions, per block: built when a block is first compared against
  const index: Array<Map<string, number[]> | undefined> = [];
  const indexOf = (j: number): Map<string, number[]> => {
    let m = index[j];
    if (!m) {
      m = new Map<string, number[]>();
      ws[j]!.forEach((x, k) => {
        const l = m!.get(x);
        if (l) l.push(k);
        else m!.set(x, [k]);
      });
      index[j] = m;
    }
    return m;
  };
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const w = ws[i]!;
    if (b.dropped || out.has(i) || firstBody < 0 || i <= firstBody || b.hint === 'title') continue;
    if (w.length < PULL_MIN_RUN || w.length > PULL_MAX_WORDS) continue;
    // a pull quote does not read like a body sentence: no final period, or wholly in quotes
    if (!unterminated(b.text) && !QUOTED.test(b.text)) continue;
    const need = Math.max(PULL_MIN_RUN, Math.ceil(w.length / 2));
    for (let j = 0; j < blocks.length; j++) {
      const o = blocks[j]!;
      if (j === i || j < firstBody || o.dropped || o.hint === 'title') continue;
      if (ws[j]!.length <= w.length) continue;
      if (longestCommonRun(w, ws[j]!, indexOf(j)) >= need) {
        out.set(i, 'pull-quote');
        break;
      }
    }
  }
  return out;
}

const CLOSERS = /["'”’»)\]]+$/u;
const TERMINAL = /[.!?:;,…]$/u;
const QUOTED = /^(?:,,|["'‘“„«‹]).*["'’”»›]$/su;
/** A question or exclamation this short may still be a heading ("Wat nu?"). */
const HEADING_QUESTION_MAX_WORDS = 8;

function unterminated(text: string): boolean {
  return !/[.!?…]$/u.test(text.trim().replace(CLOSERS, ''));
}
const HEADING_MAX_WORDS = 12;
const HEADING_MAX_CHARS = 100;
const TITLE_MAX_WORDS = 30;

function startsUpper(text: string): boolean {
  const m = /[\p{L}\p{N}]/u.exec(text);
  return !!m && !/\p{Ll}/u.test(m[0]);
}

/** A short line without sentence punctuation at its end. */
export function headingLike(text: string): boolean {
  const t = text.trim();
  const n = countWords(t);
  const bare = t.replace(CLOSERS, '');
  const ending = !TERMINAL.test(bare) || (/[?!]$/u.test(bare) && n <= HEADING_QUESTION_MAX_WORDS);
  return n >= 1 && n <= HEADING_MAX_WORDS && t.length <= HEADING_MAX_CHARS && ending && startsUpper(t);
}

function titleLike(text: string): boolean {
  const t = text.trim();
  const n = countWords(t);
  return n >= 1 && n <= TITLE_MAX_WORDS && !/[.:;,…]$/u.test(t.replace(CLOSERS, '')) && startsUpper(t);
}

/**
 * Kinds of the kept blocks (in reading order). Ingest hints `title`/`heading` win; otherwise
 * the first block is a title when it reads like one, and a bare short line followed by a
 * paragraph is a section heading.
 */
export function blockKinds(kept: ReadonlyArray<{ text: string; hint: BlockHint }>): BlockKind[] {
  const hasTitleHint = kept.some((b) => b.hint === 'title');
  const kinds: BlockKind[] = kept.map((b) => (b.hint === 'title' ? 'title' : b.hint === 'heading' ? 'heading' : 'paragraph'));
  for (let i = 0; i < kept.length; i++) {
    const b = kept[i]!;
    if (kinds[i] !== 'paragraph' || b.hint === 'quote' || b.hint === 'caption') continue;
    const next = kept[i + 1];
    if (!next) continue;
    if (i === 0 && !hasTitleHint && titleLike(b.text)) {
      kinds[i] = 'title';
      continue;
    }
    if (headingLike(b.text) && !headingLike(next.text)) kinds[i] = 'heading';
  }
  return kinds;
}
