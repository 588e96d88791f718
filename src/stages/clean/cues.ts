/**
 * Apply the boilerplate cues of every language pack to one block's text.
 * Returns the boilerplate ranges found (block-text offsets) — the whole block for
 * `block`-scope cues, just the match for `match`-scope cues.
 */
import type { LanguagePack } from '../../lang/pack.js';
import type { BoilerplateCue, BoilerplateReason } from './lexicon.js';
import { countWords, trimRange } from './block-text.js';
import { compileLiterals, foldForLiterals, LiteralText, mayMatch, requiredLiterals, type CompiledLiteral } from './literals.js';

export interface CueHit {
  start: number;
  end: number;
  reason: BoilerplateReason;
  whole: boolean;
}

const cache = new WeakMap<object, BoilerplateCue[]>();

/** All packs' cues, block-scope first. */
export function allCues(packs: Readonly<Record<string, LanguagePack>>): BoilerplateCue[] {
  let cues = cache.get(packs);
  if (!cues) {
    cues = Object.values(packs).flatMap((p) => p.clean?.cues ?? []);
    cues.sort((a, b) => (a.scope === b.scope ? 0 : a.scope === 'block' ? -1 : 1));
    cache.set(packs, cues);
  }
  return cues;
}

const globals = new WeakMap<RegExp, RegExp>();

/** A global copy of a cue pattern (made once) for iterating over its matches. */
function globalOf(re: RegExp): RegExp {
  let g = globals.get(re);
  if (!g) {
    g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
    globals.set(re, g);
  }
  return g;
}

interface Prefilter {
  literals: readonly CompiledLiteral[] | undefined;
  fold: boolean;
}
const prefilters = new WeakMap<RegExp, Prefilter>();

/** The literals a cue pattern needs (computed once per pattern). */
function prefilterOf(re: RegExp): Prefilter {
  let p = prefilters.get(re);
  if (!p) {
    p = { literals: compileLiterals(requiredLiterals(re)), fold: re.flags.includes('i') };
    prefilters.set(re, p);
  }
  return p;
}

const TERMINATED = /[.!?…]["'”’»)]*$/u;

export function matchCues(text: string, cues: readonly BoilerplateCue[]): CueHit[] {
  const [ts, te] = trimRange(text, 0, text.length);
  const core = text.slice(ts, te);
  if (core.length === 0) return [];
  let nWords = -1;
  let terminated: boolean | undefined;
  let asIs: LiteralText | undefined;
  let folded: LiteralText | undefined;
  const plain = (): LiteralText => (asIs ??= new LiteralText(core));
  const fold = (): LiteralText => (folded ??= new LiteralText(foldForLiterals(core)));
  const hits: CueHit[] = [];
  for (const cue of cues) {
    // a cue whose required literals are absent cannot match: skipping it changes nothing
    const pre = prefilterOf(cue.pattern);
    if (!mayMatch(pre.literals, pre.fold ? fold : plain)) continue;
    if (cue.maxWords !== undefined && (nWords < 0 ? (nWords = countWords(core)) : nWords) > cue.maxWords) continue;
    if (cue.unterminated && (terminated ??= TERMINATED.test(core))) continue;
    if (cue.scope === 'block') {
      cue.pattern.lastIndex = 0;
      if (cue.pattern.test(core)) return [{ start: ts, end: te, reason: cue.reason, whole: true }];
      continue;
    }
    const re = globalOf(cue.pattern);
    re.lastIndex = 0;
    for (let m = re.exec(core); m; m = re.exec(core)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const bp = m.groups?.['bp'];
      const off = bp !== undefined ? m.index + m[0].lastIndexOf(bp) : m.index;
      const len = bp !== undefined ? bp.length : m[0].length;
      const [s, e] = trimRange(core, off, off + len);
      if (e > s && !hits.some((h) => h.start < ts + e && ts + s < h.end)) hits.push({ start: ts + s, end: ts + e, reason: cue.reason, whole: false });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
