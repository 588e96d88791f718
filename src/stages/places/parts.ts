/**
 * Named parts of a settlement: streets, squares, neighbourhoods, airports,
 * markets ("Chassad Avenue", "the Ain Zara area", "im Viertel Vieux-Pont",
 * "het Maidanplein"). No offline gazetteer lists them; they take the point of
 * the settlement the text places them in (`settlementOf`), which is how
 * event coders place them too.
 *
 * Recognition reads the pack's `cityParts` words: a head noun closing the
 * name, a compound ending, a noun before the name or one after it.
 */
import type { PlacesLexicon } from './lexicon.js';
import { spaceOnly, type Word } from './scan.js';

interface PartWords {
  heads: ReadonlySet<string>;
  suffixes: readonly string[];
  before: ReadonlySet<string>;
  beforeList: readonly string[];
  /** multi-word cues before the name, as lower-case word lists ("neighbourhood of") */
  beforePhrases: ReadonlyArray<readonly string[]>;
  after: ReadonlySet<string>;
}

const compiled = new WeakMap<PlacesLexicon, PartWords | null>();

function partWords(lex: PlacesLexicon): PartWords | null {
  let w = compiled.get(lex);
  if (w === undefined) {
    const p = lex.cityParts;
    const low = (xs: readonly string[]) => xs.map((x) => x.toLowerCase());
    w = p
      ? {
          heads: new Set(low(p.heads)),
          suffixes: [...low(p.suffixes)].sort((a, b) => b.length - a.length),
          before: new Set(low(p.before).filter((x) => !x.includes(' '))),
          beforeList: low(p.before).filter((x) => !x.includes(' ')),
          beforePhrases: low(p.before)
            .filter((x) => x.includes(' '))
            .map((x) => x.split(/\s+/u))
            .sort((a, b) => b.length - a.length),
          after: new Set(low(p.after)),
        }
      : null;
    compiled.set(lex, w);
  }
  return w;
}

/** How a part's name was read: `cued` names (a head noun, a compound, a noun before) stand even where the gazetteer knows the name. */
export interface PartHit {
  /** last word of the name */
  j: number;
  /** the name's own words say it is a part (a head noun or a compound ending), or a part noun right before it */
  cued: boolean;
}

const MAX_NAME_WORDS = 3;
/** Opening quotes that may stand between a cue noun and the name ("im Wohnviertel „Wostoschnij“"). */
const QUOTE_GAP = /^[\s"„“”'‘’«»]*$/u;

/** The word ends in one of `ends`, with at least three letters before it. */
function endsIn(word: string, ends: readonly string[]): boolean {
  for (const e of ends) if (word.length >= e.length + 3 && word.endsWith(e)) return true;
  return false;
}

/** The run of capitalised words starting at i (at most MAX_NAME_WORDS, joined by spaces or hyphens). */
function capitalRunFrom(text: string, words: readonly Word[], i: number, stop: ReadonlySet<string>): number {
  let j = i;
  while (j + 1 < words.length && j - i + 1 < MAX_NAME_WORDS && words[j + 1]!.cap && !stop.has(words[j + 1]!.low) && spaceOnly(text, words[j]!.e, words[j + 1]!.s)) j++;
  return j;
}

/** A cue noun (or phrase) right before words[i], with only spaces or an opening quote between. */
function cueBefore(text: string, words: readonly Word[], i: number, p: PartWords): boolean {
  const prev = words[i - 1];
  // (German capitalises the cue noun: "im Viertel X")
  if (!prev || !(spaceOnly(text, prev.e, words[i]!.s) || QUOTE_GAP.test(text.slice(prev.e, words[i]!.s)))) return false;
  if (p.before.has(prev.low) || endsIn(prev.low, p.beforeList)) return true;
  for (const ph of p.beforePhrases) {
    if (i - ph.length < 0) continue;
    let ok = true;
    for (let k = 0; k < ph.length && ok; k++) {
      const w = words[i - ph.length + k]!;
      ok = w.low === ph[k] && (k === ph.length - 1 || spaceOnly(text, w.e, words[i - ph.length + k + 1]!.s));
    }
    if (ok) return true;
  }
  return false;
}

/**
 * A named part of a settlement starting at words[i], or undefined. `stop` are the pack's stop words
 * (a sentence-opening "The" opens no name).
 */
export function partAt(text: string, words: readonly Word[], i: number, lex: PlacesLexicon, stop: ReadonlySet<string>): PartHit | undefined {
  const p = partWords(lex);
  const w = words[i]!;
  if (!p || !w.cap || w.upper || stop.has(w.low)) return undefined;
  const j = capitalRunFrom(text, words, i, stop);
  // "Chassad Avenue", "Mitiga Airport", "Tahrir Square": the last word of the run is a head noun
  for (let k = j; k > i; k--) if (p.heads.has(words[k]!.low)) return { j: k, cued: true };
  if (cueBefore(text, words, i, p)) return { j, cued: true };
  // one-word compounds: "Maidanplein", "Hauptstraße"
  if (i === j && p.suffixes.length > 0 && endsIn(w.low, p.suffixes)) return { j: i, cued: false };
  // "the New Lambulane area": a noun after the name
  const next = words[j + 1];
  if (next && !next.cap && p.after.has(next.low) && spaceOnly(text, words[j]!.e, next.s)) return { j, cued: false };
  return undefined;
}
