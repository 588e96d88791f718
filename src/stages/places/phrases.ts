/**
 * Multi-word cue phrases matched against the words right before or right
 * after a name ("de regio" + X, X + "region"), case-insensitively, with only
 * spaces between the words.
 */
import { cueGap, type Word } from './scan.js';

export class PhraseSet {
  readonly #phrases: string[][];

  constructor(phrases: readonly string[]) {
    this.#phrases = phrases
      .map((p) => p.toLowerCase().split(/\s+/u).filter(Boolean))
      .filter((p) => p.length > 0)
      .sort((a, b) => b.length - a.length);
  }

  /** Number of words of the longest phrase ending right before words[i] (0 = none). */
  before(text: string, words: readonly Word[], i: number): number {
    outer: for (const p of this.#phrases) {
      if (i - p.length < 0) continue;
      for (let k = 0; k < p.length; k++) {
        const w = words[i - p.length + k]!;
        const next = words[i - p.length + k + 1]!;
        if (w.text.toLowerCase() !== p[k] || !cueGap(text, w.e, next.s)) continue outer;
      }
      return p.length;
    }
    return 0;
  }

  /** Number of words of the longest phrase starting right after words[j] (0 = none). */
  after(text: string, words: readonly Word[], j: number): number {
    outer: for (const p of this.#phrases) {
      if (j + p.length >= words.length) continue;
      for (let k = 0; k < p.length; k++) {
        const prev = words[j + k]!;
        const w = words[j + k + 1]!;
        if (w.text.toLowerCase() !== p[k] || !cueGap(text, prev.e, w.s)) continue outer;
      }
      return p.length;
    }
    return 0;
  }

  /** Whether the phrase starting at words[i] is one of the set (returns its length). */
  at(text: string, words: readonly Word[], i: number): number {
    outer: for (const p of this.#phrases) {
      if (i + p.length > words.length) continue;
      for (let k = 0; k < p.length; k++) {
        const w = words[i + k]!;
        if (w.text.toLowerCase() !== p[k]) continue outer;
        if (k > 0 && !cueGap(text, words[i + k - 1]!.e, w.s)) continue outer;
      }
      return p.length;
    }
    return 0;
  }
}
