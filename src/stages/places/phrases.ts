/**
 * Multi-word cue phrases matched against the words right before or right
 * after a name ("de regio" + X, X + "region"), case-insensitively, with only
 * spaces between the words.
 *
 * Phrases are indexed by their first and last word, so a lookup only tries
 * the phrases that can match at that word (longest first, as listed).
 */
import { cueGap, type Word } from './scan.js';

type Phrase = readonly string[];
const NONE: readonly Phrase[] = [];

function indexBy(phrases: readonly Phrase[], pick: (p: Phrase) => string): Map<string, Phrase[]> {
  const out = new Map<string, Phrase[]>();
  for (const p of phrases) {
    const k = pick(p);
    const list = out.get(k);
    if (list) list.push(p);
    else out.set(k, [p]);
  }
  return out;
}

export class PhraseSet {
  /** phrases (lower-cased words) by their first word, longest first */
  readonly #byFirst: Map<string, Phrase[]>;
  /** phrases by their last word, longest first */
  readonly #byLast: Map<string, Phrase[]>;

  constructor(phrases: readonly string[]) {
    const all = phrases
      .map((p) => p.toLowerCase().split(/\s+/u).filter(Boolean))
      .filter((p) => p.length > 0)
      .sort((a, b) => b.length - a.length);
    this.#byFirst = indexBy(all, (p) => p[0]!);
    this.#byLast = indexBy(all, (p) => p[p.length - 1]!);
  }

  /** Number of words of the longest phrase ending right before words[i] (0 = none). */
  before(text: string, words: readonly Word[], i: number): number {
    if (i <= 0) return 0;
    outer: for (const p of this.#byLast.get(words[i - 1]!.low) ?? NONE) {
      if (i - p.length < 0) continue;
      for (let k = 0; k < p.length; k++) {
        const w = words[i - p.length + k]!;
        const next = words[i - p.length + k + 1]!;
        if (w.low !== p[k] || !cueGap(text, w.e, next.s)) continue outer;
      }
      return p.length;
    }
    return 0;
  }

  /** Number of words of the longest phrase starting right after words[j] (0 = none). */
  after(text: string, words: readonly Word[], j: number): number {
    if (j + 1 >= words.length) return 0;
    outer: for (const p of this.#byFirst.get(words[j + 1]!.low) ?? NONE) {
      if (j + p.length >= words.length) continue;
      for (let k = 0; k < p.length; k++) {
        const prev = words[j + k]!;
        const w = words[j + k + 1]!;
        if (w.low !== p[k] || !cueGap(text, prev.e, w.s)) continue outer;
      }
      return p.length;
    }
    return 0;
  }

  /** Whether the phrase starting at words[i] is one of the set (returns its length). */
  at(text: string, words: readonly Word[], i: number): number {
    if (i >= words.length) return 0;
    outer: for (const p of this.#byFirst.get(words[i]!.low) ?? NONE) {
      if (i + p.length > words.length) continue;
      for (let k = 0; k < p.length; k++) {
        const w = words[i + k]!;
        if (w.low !== p[k]) continue outer;
        if (k > 0 && !cueGap(text, words[i + k - 1]!.e, w.s)) continue outer;
      }
      return p.length;
    }
    return 0;
  }
}
