/**
 * Word tokens and phrase matching for the casualty and claim patterns:
 * language-neutral (letters, digits with thousands separators, single marks).
 */
export interface Tok {
  /** offsets into the string that was tokenised */
  start: number;
  end: number;
  text: string;
  /** lower case */
  low: string;
  kind: 'word' | 'num' | 'mark';
}

const TOKEN = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|\d{1,3}(?:[.,\u00a0\u202f]\d{3})+(?![\d])|\d+|\S/gu;

export function tokenize(text: string, offset = 0): Tok[] {
  const out: Tok[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    const kind = /^\d/u.test(t) ? 'num' : /^[\p{L}\p{M}]/u.test(t) ? 'word' : 'mark';
    out.push({ start: offset + m.index, end: offset + m.index + t.length, text: t, low: t.toLowerCase(), kind });
  }
  return out;
}

let whole: { text: string; toks: Tok[] } | null = null;

/**
 * The tokens of `text.slice(start, end)` with offsets into `text`, the same
 * as `tokenize(text.slice(start, end), start)`: taken from the tokens of the
 * whole text (made once per text) when no token of it straddles `start` or
 * `end` and `end` is followed by white space or the end of the text (the
 * pattern has no lookbehind, and where it fails past `end` in the whole text
 * it fails at the slice's end too), else tokenised afresh. The token objects are shared: do not change them.
 */
export function tokensIn(text: string, start: number, end: number): Tok[] {
  if (end < text.length && !/\s/u.test(text[end]!)) return tokenize(text.slice(start, end), start);
  if (whole?.text !== text) whole = { text, toks: tokenize(text) };
  const toks = whole.toks;
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.end > start) hi = mid;
    else lo = mid + 1;
  }
  // toks[lo]: the first token ending after `start`
  if (lo < toks.length && toks[lo]!.start < start) return tokenize(text.slice(start, end), start);
  let k = lo;
  while (k < toks.length && toks[k]!.end <= end) k++;
  // a number with non-breaking-space separators may reach across `end`
  if (k < toks.length && toks[k]!.start < end) return tokenize(text.slice(start, end), start);
  return toks.slice(lo, k);
}

/** A phrase as lower-case token texts ("ten minste" → ["ten", "minste"]). */
export function phraseTokens(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.low);
}

/** A compiled phrase list: longest match first. */
export class PhraseSet<T = true> {
  readonly #items: Array<{ toks: string[]; value: T }>;
  /** the items (longest first, as in #items) by their first and by their last token */
  readonly #byFirst = new Map<string, Array<{ toks: string[]; value: T }>>();
  readonly #byLast = new Map<string, Array<{ toks: string[]; value: T }>>();

  constructor(entries: Iterable<[string, T]>) {
    this.#items = [...entries]
      .map(([p, value]) => ({ toks: phraseTokens(p), value }))
      .filter((e) => e.toks.length > 0)
      .sort((a, b) => b.toks.length - a.toks.length);
    for (const it of this.#items) {
      const f = it.toks[0]!;
      const l = it.toks[it.toks.length - 1]!;
      const fl = this.#byFirst.get(f);
      if (fl) fl.push(it);
      else this.#byFirst.set(f, [it]);
      const ll = this.#byLast.get(l);
      if (ll) ll.push(it);
      else this.#byLast.set(l, [it]);
    }
  }

  static of(phrases: readonly string[]): PhraseSet<true> {
    return new PhraseSet(phrases.map((p) => [p, true] as [string, true]));
  }

  /** The longest phrase starting at token `i`: its value and the index after it. */
  match(toks: readonly Tok[], i: number): { value: T; end: number } | null {
    const first = toks[i];
    const items = first ? this.#byFirst.get(first.low) : undefined;
    if (!items) return null;
    for (const it of items) {
      if (i + it.toks.length > toks.length) continue;
      let ok = true;
      for (let k = 0; k < it.toks.length; k++) {
        if (toks[i + k]!.low !== it.toks[k]) {
          ok = false;
          break;
        }
      }
      if (ok) return { value: it.value, end: i + it.toks.length };
    }
    return null;
  }

  /** The longest phrase ending just before token `end` (exclusive). */
  matchEndingAt(toks: readonly Tok[], end: number): { value: T; start: number } | null {
    const last = toks[end - 1];
    const items = last ? this.#byLast.get(last.low) : undefined;
    if (!items) return null;
    for (const it of items) {
      const s = end - it.toks.length;
      if (s < 0) continue;
      let ok = true;
      for (let k = 0; k < it.toks.length; k++) {
        if (toks[s + k]!.low !== it.toks[k]) {
          ok = false;
          break;
        }
      }
      if (ok) return { value: it.value, start: s };
    }
    return null;
  }
}

/** Wrap a pattern so it matches whole words only (Unicode letters and digits). */
export function wordRegex(re: RegExp, flags = 'giu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${re.source})(?![\\p{L}\\p{N}])`, flags);
}

/** Anchors and lookarounds make a match depend on what stands outside it. */
const CONTEXTUAL = /\^|\$|\(\?<?[=!]/u;

interface Sites {
  text: string;
  /** match starts and ends, non-overlapping and ascending; null: the pattern must always be run */
  starts: number[] | null;
  ends: number[];
}

const sitesCache = new WeakMap<RegExp, Sites>();

/**
 * A looser, context-free form of `re` for scanning a whole text: word
 * boundaries dropped (dropping an assertion only widens a pattern), any case,
 * global. Null when the pattern has anchors, lookarounds, escaped backslashes
 * or a sticky flag, or matches the empty string.
 */
function scanner(re: RegExp): RegExp | null {
  if (re.flags.includes('y') || re.source.includes('\\\\') || re.source.includes('[\\b')) return null;
  const src = re.source.replace(/\\[bB]/gu, '');
  if (CONTEXTUAL.test(src)) return null;
  const flags = `${re.flags.replace(/[gi]/gu, '')}gi`;
  try {
    if (new RegExp(`^(?:${src})$`, flags.replace('g', '')).test('')) return null;
    return new RegExp(src, flags);
  } catch {
    return null;
  }
}

const scanners = new WeakMap<RegExp, RegExp | null>();

function sitesOf(re: RegExp, text: string): Sites {
  const hit = sitesCache.get(re);
  if (hit && hit.text === text) return hit;
  const out: Sites = { text, starts: null, ends: [] };
  let g = scanners.get(re);
  if (g === undefined) scanners.set(re, (g = scanner(re)));
  if (g) {
    const starts: number[] = [];
    for (const m of text.matchAll(g)) {
      starts.push(m.index);
      out.ends.push(m.index + m[0].length);
    }
    out.starts = starts;
  }
  sitesCache.set(re, out);
  return out;
}

/**
 * Can `re` (in any case, with or without word boundaries) match inside
 * `text.slice(start, end)`? A pattern free of anchors and lookarounds that
 * matches in a slice matches at the same place in the whole text, so a scan
 * of the whole text (once per text) has a match overlapping the slice; without
 * one the slice cannot match. Patterns that cannot be loosened so always may.
 */
export function mayMatch(re: RegExp, text: string, start: number, end: number): boolean {
  const s = sitesOf(re, text);
  if (!s.starts) return true;
  // the first match ending after `start`
  let lo = 0;
  let hi = s.ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s.ends[mid]! > start) hi = mid;
    else lo = mid + 1;
  }
  return lo < s.starts.length && s.starts[lo]! < end;
}
