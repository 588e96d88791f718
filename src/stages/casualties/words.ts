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

/** A phrase as lower-case token texts ("ten minste" → ["ten", "minste"]). */
export function phraseTokens(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.low);
}

/** A compiled phrase list: longest match first. */
export class PhraseSet<T = true> {
  readonly #items: Array<{ toks: string[]; value: T }>;

  constructor(entries: Iterable<[string, T]>) {
    this.#items = [...entries]
      .map(([p, value]) => ({ toks: phraseTokens(p), value }))
      .filter((e) => e.toks.length > 0)
      .sort((a, b) => b.toks.length - a.toks.length);
  }

  static of(phrases: readonly string[]): PhraseSet<true> {
    return new PhraseSet(phrases.map((p) => [p, true] as [string, true]));
  }

  /** The longest phrase starting at token `i`: its value and the index after it. */
  match(toks: readonly Tok[], i: number): { value: T; end: number } | null {
    for (const it of this.#items) {
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
    for (const it of this.#items) {
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
