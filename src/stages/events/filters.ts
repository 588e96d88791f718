/** Context filters (PLOVER-style): negated, future, threatened, hypothetical, purpose and generic mentions are not events. */
import type { Span } from '../../core/span.js';
import type { CompiledFilter } from './compile.js';
import type { FilterReason } from './lexicon.js';

export interface FilterVerdict {
  id: string;
  reason: FilterReason;
}

/**
 * Test the filters against the clause context of a trigger. `clause` bounds
 * the context: words outside the trigger's clause never filter it.
 */
export function contextFilter(
  text: string,
  clause: Span,
  trigger: Span,
  filters: readonly CompiledFilter[],
  generic = false,
  ruleId = '',
  sentence: Span = clause,
): FilterVerdict | null {
  for (const f of filters) {
    if (f.filter.onlyGeneric && !generic) continue;
    if (f.appliesTo && !f.appliesTo.test(ruleId)) continue;
    const scope = f.scope === 'sentence' ? sentence : clause;
    const before = text.slice(Math.max(scope.start, trigger.start - f.window), trigger.start);
    const after = text.slice(trigger.end, Math.min(scope.end, trigger.end + f.window));
    if (f.before && !f.before.test(before)) continue;
    if (f.after && !f.after.test(after)) continue;
    if (!f.before && !f.after) continue;
    return { id: f.filter.id, reason: f.filter.reason };
  }
  return null;
}
