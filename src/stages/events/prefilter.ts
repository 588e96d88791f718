/**
 * Cheap pre-tests for lexicon regexes. From a pattern source, derive a set of
 * literal strings such that every match contains at least one of them
 * (case-folded). Text without any of them cannot match, so the regex need not
 * run. The analysis is conservative: syntax it does not understand, or a
 * pattern that can match without any literal, yields no pre-test (`null`), and
 * the regex always runs. Only for case-insensitive Unicode patterns (`iu`),
 * whose case folding `fold` mirrors.
 */
import type { LiteralAutomaton } from './automaton.js';
import { persistentMemo } from '../../core/persistent-memo.js';

/** Case-fold one UTF-16 unit the way `iu` regexes compare characters (one unit in, one unit out). */
const FOLD_FIX: Record<string, string> = {
  // simple case foldings that toLowerCase does not perform
  '\u017f': 's', // ſ
  '\u03c2': '\u03c3', // ς → σ
  '\u03d0': '\u03b2', // ϐ → β
  '\u03d1': '\u03b8', // ϑ → θ
  '\u03d5': '\u03c6', // ϕ → φ
  '\u03d6': '\u03c0', // ϖ → π
  '\u03f0': '\u03ba', // ϰ → κ
  '\u03f1': '\u03c1', // ϱ → ρ
  '\u03f5': '\u03b5', // ϵ → ε
  '\u0345': '\u03b9', // combining ypogegrammeni → ι
  '\u1fbe': '\u03b9', // prosgegrammeni → ι
  '\u1e9b': '\u1e61', // ẛ → ṡ
  '\u1c80': '\u0432', // Cyrillic small rounded ve → в
  '\u1c81': '\u0434',
  '\u1c82': '\u043e',
  '\u1c83': '\u0441',
  '\u1c84': '\u0442',
  '\u1c85': '\u0442',
  '\u1c86': '\u044a',
  '\u1c87': '\u0463',
  '\u1c88': '\ua64b',
};
const FIX_RE = new RegExp(`[${Object.keys(FOLD_FIX).join('')}]`, 'g');

export function foldChar(c: string): string {
  const f = FOLD_FIX[c];
  if (f !== undefined) return f;
  const l = c.toLowerCase();
  return l.length === c.length ? l : c;
}

/** Fold a text unit by unit: the result has the same length, offsets stay valid. */
export function fold(text: string): string {
  let l = text.toLowerCase();
  if (l.length !== text.length) {
    let out = '';
    for (let i = 0; i < text.length; i++) out += foldChar(text[i]!);
    return out;
  }
  if (FIX_RE.test(l)) {
    FIX_RE.lastIndex = 0;
    l = l.replace(FIX_RE, (c) => FOLD_FIX[c]!);
  }
  FIX_RE.lastIndex = 0;
  return l;
}

interface Info {
  /** every string the node can match (folded), when few */
  exact: string[] | null;
  /** every match contains one of these (folded); null: no literal is required */
  factor: string[] | null;
}

const LIMIT = 64;
const ANY: Info = { exact: null, factor: null };
const EMPTY: Info = { exact: [''], factor: null };

class Unsupported extends Error {}

function uniq(xs: string[]): string[] {
  return [...new Set(xs)];
}

function cross(a: string[], b: string[]): string[] | null {
  if (a.length * b.length > LIMIT) return null;
  // the common case (a literal run grown by one character), without the set
  if (a.length === 1 && b.length === 1) return [a[0]! + b[0]!];
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(x + y);
  return uniq(out);
}

function best(i: Info): string[] | null {
  return i.exact ?? i.factor;
}

/** Higher is better: the shortest required literal, longer is more selective. */
function score(xs: string[] | null): number {
  if (!xs || xs.length === 0) return -1;
  let min = Infinity;
  for (const x of xs) min = Math.min(min, x.length);
  return min === 0 ? -1 : min * 1000 - xs.length;
}

function pickFactor(cands: Array<string[] | null>): string[] | null {
  let top: string[] | null = null;
  let topScore = -1;
  for (const c of cands) {
    const s = score(c);
    if (s > topScore) {
      top = c;
      topScore = s;
    }
  }
  return top;
}

function concat(parts: Info[]): Info {
  let exact: string[] | null = [''];
  const cands: Array<string[] | null> = [];
  let run: string[] = [''];
  for (const p of parts) {
    if (p.exact) {
      if (exact) exact = cross(exact, p.exact);
      const next = cross(run, p.exact);
      if (next) run = next;
      else {
        cands.push(run);
        run = p.exact;
      }
    } else {
      exact = null;
      cands.push(run);
      cands.push(p.factor);
      run = [''];
    }
  }
  cands.push(run);
  if (exact) return { exact, factor: null };
  return { exact: null, factor: pickFactor(cands) };
}

function alternate(alts: Info[]): Info {
  if (alts.every((a) => a.exact)) {
    const all = uniq(alts.flatMap((a) => a.exact!));
    if (all.length <= LIMIT) return { exact: all, factor: null };
  }
  const out: string[] = [];
  for (const a of alts) {
    const b = best(a);
    if (!b || b.some((x) => x.length === 0)) return ANY;
    out.push(...b);
  }
  return { exact: null, factor: uniq(out) };
}

function repeat(inner: Info, min: number, max: number): Info {
  if (max === 0) return EMPTY;
  if (inner.exact && max !== Infinity && max <= 4) {
    let all: string[] = [];
    let pow: string[] | null = [''];
    for (let k = 0; k <= max && pow; k++) {
      if (k >= min) all.push(...pow);
      if (k < max) pow = cross(pow, inner.exact);
    }
    all = uniq(all);
    if (pow && all.length <= LIMIT) return { exact: all, factor: null };
  }
  if (min === 0) return ANY;
  return { exact: null, factor: best(inner) };
}

/** A tiny parser for the regex syntax lexicons use; throws Unsupported on anything else. */
class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Info {
    const r = this.alternation();
    if (this.i !== this.src.length) throw new Unsupported('trailing');
    return r;
  }

  private peek(): string | undefined {
    return this.src[this.i];
  }

  private alternation(): Info {
    const alts = [this.sequence()];
    while (this.peek() === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts.length === 1 ? alts[0]! : alternate(alts);
  }

  private sequence(): Info {
    const parts: Info[] = [];
    while (this.i < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
      const atom = this.atom();
      parts.push(this.quantified(atom));
    }
    return concat(parts);
  }

  private quantified(atom: Info): Info {
    const c = this.peek();
    let min = 1;
    let max = 1;
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) throw new Unsupported('brace');
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
    } else return atom;
    this.i++;
    if (this.peek() === '?') this.i++;
    const q = this.peek();
    if (q === '*' || q === '+' || q === '?' || q === '{') throw new Unsupported('double quantifier');
    return repeat(atom, min, max);
  }

  private atom(): Info {
    const c = this.src[this.i++]!;
    switch (c) {
      case '(':
        return this.group();
      case '[':
        return this.charClass();
      case '\\':
        return this.escape();
      case '.':
        return ANY;
      case '^':
      case '$':
        return EMPTY;
      case '*':
      case '+':
      case '?':
      case '{':
      case '}':
      case ']':
      case ')':
        throw new Unsupported(`stray ${c}`);
      default: {
        const cp = this.src.codePointAt(this.i - 1)!;
        if (cp > 0xffff) {
          this.i++;
          return ANY;
        }
        return { exact: [foldChar(c)], factor: null };
      }
    }
  }

  private group(): Info {
    let look = false;
    if (this.src.startsWith('?:', this.i)) this.i += 2;
    else if (this.src.startsWith('?=', this.i) || this.src.startsWith('?!', this.i)) {
      this.i += 2;
      look = true;
    } else if (this.src.startsWith('?<=', this.i) || this.src.startsWith('?<!', this.i)) {
      this.i += 3;
      look = true;
    } else if (this.src.startsWith('?<', this.i)) {
      const end = this.src.indexOf('>', this.i);
      if (end < 0) throw new Unsupported('group name');
      this.i = end + 1;
    } else if (this.peek() === '?') throw new Unsupported('group kind');
    const inner = this.alternation();
    if (this.peek() !== ')') throw new Unsupported('unclosed group');
    this.i++;
    return look ? EMPTY : inner;
  }

  /** One escaped literal character, or null for a class escape. */
  private escapedChar(inClass: boolean): string | null {
    const c = this.src[this.i++];
    if (c === undefined) throw new Unsupported('trailing backslash');
    if ('dDwWsS'.includes(c)) return null;
    if (c === 'p' || c === 'P') {
      if (this.peek() !== '{') throw new Unsupported('property');
      const end = this.src.indexOf('}', this.i);
      if (end < 0) throw new Unsupported('property');
      this.i = end + 1;
      return null;
    }
    if (c === 'u') {
      if (this.peek() === '{') {
        const end = this.src.indexOf('}', this.i);
        const cp = parseInt(this.src.slice(this.i + 1, end), 16);
        this.i = end + 1;
        if (!(end > 0) || Number.isNaN(cp) || cp > 0xffff) return null;
        return String.fromCharCode(cp);
      }
      const hex = this.src.slice(this.i, this.i + 4);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new Unsupported('\\u');
      this.i += 4;
      const cp = parseInt(hex, 16);
      if (cp >= 0xd800 && cp <= 0xdfff) return null;
      return String.fromCharCode(cp);
    }
    if (c === 'x') {
      const hex = this.src.slice(this.i, this.i + 2);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) throw new Unsupported('\\x');
      this.i += 2;
      return String.fromCharCode(parseInt(hex, 16));
    }
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' };
    if (simple[c] !== undefined) return simple[c]!;
    if (c === '0' && !/\d/.test(this.peek() ?? '')) return '\0';
    if (c === 'b' && inClass) return '\b';
    if (c === 'c' || c === 'k' || /\d/.test(c) || c === 'b' || c === 'B') throw new Unsupported(`\\${c}`);
    // identity escape: only syntax characters are valid under the `u` flag
    if (!'^$\\.*+?()[]{}|/-'.includes(c)) throw new Unsupported(`\\${c}`);
    return c;
  }

  private escape(): Info {
    const c = this.peek();
    if (c === 'b' || c === 'B') {
      this.i++;
      return EMPTY;
    }
    if (c === 'k' || (c !== undefined && /[1-9]/.test(c))) {
      // back-reference: matches what the group matched (nothing to say cheaply)
      throw new Unsupported('backreference');
    }
    const ch = this.escapedChar(false);
    return ch === null ? ANY : { exact: [foldChar(ch)], factor: null };
  }

  private charClass(): Info {
    let negated = false;
    if (this.peek() === '^') {
      negated = true;
      this.i++;
    }
    const chars: string[] = [];
    let open = false;
    while (this.i < this.src.length) {
      const c = this.src[this.i]!;
      if (c === ']') {
        this.i++;
        if (negated || open || chars.length === 0 || chars.length > 8) return ANY;
        return { exact: uniq(chars.map(foldChar)), factor: null };
      }
      if (c === '[') throw new Unsupported('nested class');
      let ch: string | null;
      if (c === '\\') {
        this.i++;
        ch = this.escapedChar(true);
      } else {
        this.i++;
        ch = c;
        if (c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) <= 0xdfff) ch = null;
      }
      if (ch === null) {
        open = true;
        continue;
      }
      if (this.peek() === '-' && this.src[this.i + 1] !== ']' && this.i + 1 < this.src.length) {
        // a range: too many characters to list
        this.i++;
        if (this.peek() === '\\') {
          this.i++;
          this.escapedChar(true);
        } else this.i++;
        open = true;
        continue;
      }
      chars.push(ch);
    }
    throw new Unsupported('unclosed class');
  }
}

/** Derived literals are remembered across runs (the sources are the packs' patterns, the same every start). */
const memo = persistentMemo<string[] | null>({
  name: 'required-literals',
  code: import.meta.url,
  valid: (v): v is string[] | null => v === null || (Array.isArray(v) && v.every((x) => typeof x === 'string')),
});

/**
 * Literal strings (folded) of which every match of `source` (compiled with
 * the `i` and `u` flags) contains at least one; null when none can be derived.
 */
export function requiredLiterals(source: string): string[] | null {
  const lits = memo.get(source, () => deriveLiterals(source));
  return lits && [...lits];
}

function deriveLiterals(source: string): string[] | null {
  let info: Info;
  try {
    info = new Parser(source).parse();
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
  const lits = best(info);
  if (!lits || lits.length === 0 || lits.some((l) => l.length === 0)) return null;
  // a literal that contains another one adds nothing
  const sorted = uniq(lits).sort((x, y) => x.length - y.length);
  const kept: string[] = [];
  for (const l of sorted) if (!kept.some((k) => l.includes(k))) kept.push(l);
  return kept;
}

/**
 * The top-level alternatives of a pattern source (`a|b(?:c|d)|e` → a, b(?:c|d), e);
 * null when the source does not split cleanly.
 */
export function topAlternatives(source: string): string[] | null {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      if (depth < 0) return null;
    } else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  if (depth !== 0 || inClass) return null;
  out.push(source.slice(from));
  return out;
}

/** Whether folded text may hold a match: it contains one of the literals (null: always). */
export function mayMatch(folded: string, lits: readonly string[] | null): boolean {
  if (!lits) return true;
  for (const l of lits) if (folded.includes(l)) return true;
  return false;
}

/**
 * Where literals occur in one folded text: found all at once by the
 * lexicon's automaton (./automaton.ts), any other literal on first use; then
 * any span of the text is checked by binary search.
 */
export class LiteralIndex {
  readonly folded: string;
  private readonly automaton: LiteralAutomaton | undefined;
  private readonly found: ReadonlyArray<readonly number[]> | undefined;
  private readonly occ = new Map<string, readonly number[]>();

  constructor(text: string, automaton?: LiteralAutomaton, folded: string = fold(text)) {
    this.folded = folded;
    if (automaton) {
      this.automaton = automaton;
      this.found = automaton.scan(folded);
    }
  }

  private positions(lit: string): readonly number[] {
    let p = this.occ.get(lit);
    if (!p) {
      const out: number[] = [];
      for (let i = this.folded.indexOf(lit); i >= 0; i = this.folded.indexOf(lit, i + 1)) out.push(i);
      this.occ.set(lit, (p = out));
    }
    return p;
  }

  private readonly presence = new Map<readonly (readonly string[] | null)[], Uint8Array>();

  /**
   * For a list of literal lists (one per trigger), which have a literal
   * anywhere in the text (1) or none (0); always 1 for a null list. Remembered per list.
   */
  anywhere(lists: readonly (readonly string[] | null)[]): Uint8Array {
    let p = this.presence.get(lists);
    if (!p) {
      p = new Uint8Array(lists.length);
      for (let k = 0; k < lists.length; k++) p[k] = this.within(lists[k]!, 0, this.folded.length) ? 1 : 0;
      this.presence.set(lists, p);
    }
    return p;
  }

  /** Whether `folded.slice(start, end)` contains one of the literals (null: always). */
  within(lits: readonly string[] | null, start: number, end: number): boolean {
    if (!lits) return true;
    const ids = this.automaton?.idsOf(lits);
    for (let k = 0; k < lits.length; k++) {
      const p = ids ? this.found![ids[k]!]! : this.positions(lits[k]!);
      if (p.length === 0) continue;
      const len = lits[k]!.length;
      if (end - start < len) continue;
      let lo = 0;
      let hi = p.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (p[mid]! < start) lo = mid + 1;
        else hi = mid;
      }
      if (lo < p.length && p[lo]! + len <= end) return true;
    }
    return false;
  }
}

const litsByRegex = new WeakMap<RegExp, string[] | null>();

/** The required literals of a compiled case-insensitive Unicode regex (cached); null for any other. */
export function literalsOf(re: RegExp): string[] | null {
  let l = litsByRegex.get(re);
  if (l === undefined) {
    l = re.flags.includes('i') && re.flags.includes('u') ? requiredLiterals(re.source) : null;
    litsByRegex.set(re, l);
  }
  return l;
}

/**
 * `re.test(text.slice(start, end))` for a non-global regex, without running
 * it when the index shows that span lacks all of its literals.
 */
export function testSpan(re: RegExp, text: string, start: number, end: number, index: LiteralIndex | undefined): boolean {
  if (index !== undefined && start >= 0 && !re.global && !re.sticky && !index.within(literalsOf(re), start, end)) return false;
  return re.test(text.slice(start, end));
}
