/** Find event triggers in a sentence: lexicon matches, overlaps resolved, weak cues dropped beside strong ones. */
import type { Span } from '../../core/span.js';
import type { CompiledTrigger } from './compile.js';
import { subsetRegex } from './compile.js';
import { LiteralIndex } from './prefilter.js';

export interface TriggerHit extends Span {
  trigger: CompiledTrigger;
  /** the whole pattern match (the trigger words are start..end) */
  match: Span;
}

/**
 * All trigger matches in `text[sentence]`, cleaned offsets. `index` (over
 * `text`, ./prefilter.ts) is passed when the caller has one: a trigger none of
 * whose literals the sentence holds is not tried.
 */
export function findTriggers(text: string, sentence: Span, triggers: readonly CompiledTrigger[], index: LiteralIndex = new LiteralIndex(text)): TriggerHit[] {
  const { start, end } = sentence;
  let s: string | undefined;
  const hits: TriggerHit[] = [];
  // triggers none of whose literals the whole text holds are skipped at once
  let lists = litLists.get(triggers);
  if (!lists) litLists.set(triggers, (lists = triggers.map((t) => t.lits)));
  const present = index.anywhere(lists);
  for (let k = 0; k < triggers.length; k++) {
    if (present[k] === 0) continue;
    const t = triggers[k]!;
    if (!index.within(t.lits, start, end)) continue;
    s ??= text.slice(start, end);
    if (t.requires && (!index.within(t.requiresLits, start, end) || !t.requires.test(s))) continue;
    if (t.unless && index.within(t.unlessLits, start, end) && t.unless.test(s)) continue;
    const re = regexFor(t, index, start, end);
    if (!re) continue;
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const g = m.indices?.groups?.['t'];
      const ms = sentence.start + m.index;
      const me = ms + m[0].length;
      const [ts, te] = g ? [sentence.start + g[0], sentence.start + g[1]] : [ms, me];
      hits.push({ start: ts, end: te, match: { start: ms, end: me }, trigger: t });
    }
  }
  return resolveOverlaps(hits);
}

/** The literal lists of a trigger list, in its order (made once per list). */
const litLists = new WeakMap<readonly CompiledTrigger[], ReadonlyArray<string[] | null>>();

/** The trigger's regex without the alternatives that cannot match in the span (same matches, less work). */
function regexFor(t: CompiledTrigger, index: LiteralIndex, start: number, end: number): RegExp | null {
  if (!t.alts) return t.re;
  const { sources, lits, bySubset } = t.alts;
  let key = '';
  let all = true;
  let any = false;
  for (let k = 0; k < sources.length; k++) {
    const may = index.within(lits[k]!, start, end);
    key += may ? '1' : '0';
    if (may) any = true;
    else all = false;
  }
  if (all) return t.re;
  // no alternative can match: no hit (the regex would find none)
  if (!any) return null;
  let re = bySubset.get(key);
  if (!re) bySubset.set(key, (re = subsetRegex(sources.filter((_, k) => key[k] === '1'))));
  return re;
}

const NON_SUPPRESSING = new Set(['Strategic developments', 'Protests', 'Riots']);
const CIVILIANS = 'Violence against civilians';

/**
 * Keep the strongest of overlapping matches (non-generic over generic, then
 * the longer match, then the earlier rule), and drop generic cues when a
 * specific trigger is in the same sentence.
 */
export function resolveOverlaps(hits: TriggerHit[]): TriggerHit[] {
  const order = [...hits].sort((a, b) => {
    const ga = a.trigger.rule.generic ? 1 : 0;
    const gb = b.trigger.rule.generic ? 1 : 0;
    if (ga !== gb) return ga - gb;
    const la = a.match.end - a.match.start;
    const lb = b.match.end - b.match.start;
    if (la !== lb) return lb - la;
    return a.match.start - b.match.start;
  });
  const kept: TriggerHit[] = [];
  for (const h of order) {
    if (kept.some((k) => k.match.start < h.match.end && h.match.start < k.match.end)) continue;
    kept.push(h);
  }
  // a specific armed trigger tells what the weak cue was ("a roadside bomb hit …, killing five");
  // a strategic, protest or same-type one does not ("killing nine civilians and abducting 15")
  const suppresses = (weak: TriggerHit, strong: TriggerHit): boolean => {
    const t = strong.trigger.rule.type;
    if (NON_SUPPRESSING.has(t)) return false;
    return t !== CIVILIANS || weak.trigger.rule.type !== CIVILIANS;
  };
  const strong = kept.filter((k) => !k.trigger.rule.generic || !kept.some((s) => !s.trigger.rule.generic && suppresses(k, s)));
  // between two weak cues, the killing of civilians tells more than the bare attack ("stormed the town, killing 15")
  const killing = strong.some((k) => k.trigger.rule.generic && k.trigger.rule.type === CIVILIANS);
  return strong.filter((k) => !(killing && k.trigger.rule.generic && k.trigger.rule.resolve === 'attack')).sort((a, b) => a.start - b.start);
}
