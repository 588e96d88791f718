/** Context filters (PLOVER-style): negated, future, threatened, hypothetical, purpose and generic mentions are not events. */
import type { Span } from '../../core/span.js';
import type { CompiledFilter } from './compile.js';
import type { FilterReason } from './lexicon.js';
import type { LiteralIndex } from './prefilter.js';

export interface FilterVerdict {
  id: string;
  reason: FilterReason;
}

/**
 * Test the filters against the clause context of a trigger. `clause` bounds
 * the context: words outside the trigger's clause never filter it. `index`
 * (over `text`, ./prefilter.ts) lets a filter whose literals the context
 * lacks be skipped without running its regexes.
 */
export function contextFilter(
  text: string,
  clause: Span,
  trigger: Span,
  filters: readonly CompiledFilter[],
  generic = false,
  ruleId = '',
  sentence: Span = clause,
  index?: LiteralIndex,
): FilterVerdict | null {
  for (const f of filters) {
    if (f.filter.onlyGeneric && !generic) continue;
    if (!f.before && !f.after) continue;
    if (f.appliesTo) {
      let applies = f.appliesCache.get(ruleId);
      if (applies === undefined) f.appliesCache.set(ruleId, (applies = f.appliesTo.test(ruleId)));
      if (!applies) continue;
    }
    const scope = f.scope === 'sentence' ? sentence : clause;
    const bs = Math.max(scope.start, trigger.start - f.window);
    const ae = Math.min(scope.end, trigger.end + f.window);
    if (f.before) {
      if (index !== undefined && !index.within(f.beforeLits, bs, trigger.start)) continue;
      if (!f.before.test(text.slice(bs, trigger.start))) continue;
    }
    if (f.after) {
      if (index !== undefined && !index.within(f.afterLits, trigger.end, ae)) continue;
      if (!f.after.test(text.slice(trigger.end, ae))) continue;
    }
    return { id: f.filter.id, reason: f.filter.reason };
  }
  return null;
}
