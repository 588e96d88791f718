/**
 * Required literals of a pattern: a cheap, exact pre-check before running a regular
 * expression. For every alternative of the pattern, a run of plain characters that any
 * match of it must contain (outside classes, escapes and quantified atoms), or the
 * literals of an unquantified group in it, one of which it must contain. A text that
 * contains none of the literals cannot match, and the pattern need not run.
 *
 * Case-insensitive patterns compare against the lower-cased text ({@link foldForLiterals}).
 * Only ASCII characters are taken into literals: under Unicode case folding, the only
 * non-ASCII characters equal to an ASCII letter are KELVIN SIGN (lower-cases to "k") and
 * LONG S (mapped to "s" by {@link foldForLiterals}).
 */

/** Literals per top-level alternative; `undefined` when some alternative has none (the pattern always needs running). */
export type Literals = readonly string[] | undefined;

const PLAIN = /^[\x20-\x7e]$/u;
const SYNTAX = new Set(['\\', '(', ')', '[', ']', '{', '}', '|', '?', '*', '+', '^', '$', '.']);
/** escapes that stand for the character itself */
const ESCAPED_SELF = new Set(['.', '(', ')', '[', ']', '{', '}', '|', '?', '*', '+', '^', '$', '/', '\\', '-']);

/** Skip an escape at `i` (the backslash); returns the index after it. */
function skipEscape(src: string, i: number): number {
  const c = src[i + 1];
  if (c === undefined) return i + 1;
  if ((c === 'p' || c === 'P' || c === 'u') && src[i + 2] === '{') return src.indexOf('}', i + 3) + 1 || src.length;
  if (c === 'k' && src[i + 2] === '<') return src.indexOf('>', i + 3) + 1 || src.length;
  if (c === 'u') return i + 6;
  if (c === 'x') return i + 4;
  if (c === 'c') return i + 3;
  return i + 2;
}

/** The index just after the group or class opening at `i`. */
function skipBracketed(src: string, i: number): number {
  if (src[i] === '[') {
    let j = i + 1;
    while (j < src.length && src[j] !== ']') j = src[j] === '\\' ? skipEscape(src, j) : j + 1;
    return j + 1;
  }
  let depth = 0;
  let j = i;
  while (j < src.length) {
    const c = src[j]!;
    if (c === '\\') {
      j = skipEscape(src, j);
      continue;
    }
    if (c === '[') {
      j = skipBracketed(src, j);
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return j + 1;
    j++;
  }
  return src.length;
}

const QUANTIFIER = new Set(['?', '*', '+', '{']);

/** Ranges of the top-level alternatives of src[from, to). */
function alternatives(src: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = from;
  let i = from;
  while (i < to) {
    const c = src[i]!;
    if (c === '\\') i = skipEscape(src, i);
    else if (c === '(' || c === '[') i = skipBracketed(src, i);
    else {
      if (c === '|') {
        out.push([start, i]);
        start = i + 1;
      }
      i++;
    }
  }
  out.push([start, to]);
  return out;
}

/** Where the content of a consuming group opening at `i` starts (undefined for lookarounds). */
function groupContent(src: string, i: number): number | undefined {
  if (src[i + 1] !== '?') return i + 1;
  if (src[i + 2] === ':') return i + 3;
  if (src[i + 2] === '<' && src[i + 3] !== '=' && src[i + 3] !== '!') {
    const gt = src.indexOf('>', i + 3);
    return gt < 0 ? undefined : gt + 1;
  }
  return undefined;
}

/** Literals one of which any match of src[from, to) contains; undefined when there are none. */
function disjunction(src: string, from: number, to: number): string[] | undefined {
  const out: string[] = [];
  for (const [a, b] of alternatives(src, from, to)) {
    const r = sequence(src, a, b);
    if (!r) return undefined;
    out.push(...r);
  }
  return out;
}

/** The best requirement of one alternative: a literal run, or the literals of an unquantified group. */
function sequence(src: string, from: number, to: number): string[] | undefined {
  const options: string[][] = [];
  let run = '';
  /** the last atom was a literal character (the last of `run`) */
  let literal = false;
  const endRun = (): void => {
    if (run.length > 0) options.push([run]);
    run = '';
    literal = false;
  };
  let i = from;
  while (i < to) {
    const c = src[i]!;
    if (QUANTIFIER.has(c)) {
      // a quantified atom may repeat or be absent: it leaves the run
      if (literal) run = run.slice(0, -1);
      endRun();
      i = c === '{' ? src.indexOf('}', i) + 1 || to : i + 1;
      if (src[i] === '?') i++; // lazy
    } else if (c === '\\') {
      const e = src[i + 1];
      const next = skipEscape(src, i);
      if (e !== undefined && ESCAPED_SELF.has(e) && next === i + 2) {
        run += e;
        literal = true;
      } else endRun();
      i = next;
    } else if (c === '(') {
      endRun();
      const end = skipBracketed(src, i);
      const content = groupContent(src, i);
      if (content !== undefined && !QUANTIFIER.has(src[end] ?? '')) {
        const inner = disjunction(src, content, end - 1);
        if (inner) options.push(inner);
      }
      i = end;
    } else if (c === '[') {
      endRun();
      i = skipBracketed(src, i);
    } else if (SYNTAX.has(c) || !PLAIN.test(c)) {
      // ^ $ . (assertions, any character) and non-ASCII characters: no literal
      endRun();
      i++;
    } else {
      run += c;
      literal = true;
      i++;
    }
  }
  endRun();
  // the most selective option: the one whose shortest literal is longest
  let best: string[] | undefined;
  let bestLen = 0;
  for (const o of options) {
    const len = Math.min(...o.map((l) => l.length));
    if (len > bestLen) [best, bestLen] = [o, len];
  }
  return best;
}

/** Required literals of a pattern, or undefined when the pattern cannot be pre-checked. */
export function requiredLiterals(re: RegExp): Literals {
  if (!re.flags.includes('u') || /[^gimsu]/u.test(re.flags)) return undefined;
  const lits = disjunction(re.source, 0, re.source.length);
  if (!lits) return undefined;
  return re.flags.includes('i') ? lits.map((l) => l.toLowerCase()) : lits;
}

/** The text as case-insensitive literals compare against it. */
export function foldForLiterals(text: string): string {
  const low = text.toLowerCase();
  return low.includes('ſ') ? low.replace(/ſ/gu, 's') : low;
}

const BITS = 1 << 12;
const hash2 = (a: number, b: number): number => (a * 977 + b) & (BITS - 1);

/**
 * A text prepared for literal checks: a bitmap of its (hashed) character pairs rules most
 * literals out without searching; the others are searched for.
 */
export class LiteralText {
  readonly text: string;
  readonly #pairs = new Uint8Array(BITS >> 3);

  constructor(text: string) {
    this.text = text;
    const pairs = this.#pairs;
    for (let i = 0; i + 1 < text.length; i++) {
      const h = hash2(text.charCodeAt(i), text.charCodeAt(i + 1));
      pairs[h >> 3]! |= 1 << (h & 7);
    }
  }

  /** Whether `lit` occurs in the text. */
  has(lit: CompiledLiteral): boolean {
    const pairs = this.#pairs;
    for (const h of lit.pairs) if ((pairs[h >> 3]! & (1 << (h & 7))) === 0) return false;
    return this.text.includes(lit.text);
  }
}

export interface CompiledLiteral {
  text: string;
  /** hashed character pairs of `text` */
  pairs: Int32Array;
}

export function compileLiterals(lits: Literals): readonly CompiledLiteral[] | undefined {
  return lits?.map((text) => {
    const pairs = new Int32Array(Math.max(0, text.length - 1));
    for (let i = 0; i + 1 < text.length; i++) pairs[i] = hash2(text.charCodeAt(i), text.charCodeAt(i + 1));
    return { text, pairs };
  });
}

/** Whether the text may match: some literal occurs in it (`undefined` literals: always). */
export function mayMatch(lits: readonly CompiledLiteral[] | undefined, text: () => LiteralText): boolean {
  if (lits === undefined) return true;
  const t = text();
  for (const l of lits) if (t.has(l)) return true;
  return false;
}
