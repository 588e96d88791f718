/**
 * An event's toll from the figures linked to it (corpus README, "Figures"):
 * parts of a figure ("including four children") are left out; figures of one
 * source about different victims add up ("two soldiers" + "the attacker");
 * figures of different sources span a range (min of the minima, max of the
 * stated maxima: "between 30 and 50" and "at least 22" → 22..50) when one
 * range holds them all; figures no range holds ("at least 13" against
 * "five"), and a party's claim that contradicts another source's figure,
 * leave the event without a single toll (corpus README: both figures are
 * listed, the event may carry no single fatalities). A source telling of no
 * deaths beside one counting some speaks of other victims: the count stands.
 */
import type { CasualtyDraft } from '../../core/analysis.js';

export interface Figure {
  min: number | null;
  max: number | null;
}

function sum(figs: readonly CasualtyDraft[]): Figure {
  let min: number | null = 0;
  let max: number | null = 0;
  for (const f of figs) {
    min = min === null || f.min === null ? null : min + f.min;
    max = max === null || f.max === null ? null : max + f.max;
  }
  return { min, max };
}

export function eventToll(figs: readonly CasualtyDraft[], kind: 'killed' | 'injured' = 'killed'): Figure | undefined {
  const own = figs.filter((f) => f.kind === kind && !f.subset);
  if (own.length === 0) return undefined;
  const bySource = new Map<string, CasualtyDraft[]>();
  for (const f of own) {
    const key = f.source ?? '';
    bySource.set(key, [...(bySource.get(key) ?? []), f]);
  }
  if (bySource.size === 1) return sum(own);
  // a source telling of no deaths beside another counting some speaks of other victims (its own side: "no losses among
  // our troops"): the count stands
  const counted = [...bySource.entries()].filter(([, fs]) => fs.some((f) => (f.min ?? 1) > 0));
  if (counted.length > 0 && counted.length < bySource.size) {
    return eventToll(counted.flatMap(([, fs]) => fs), kind);
  }
  const claimed = own.filter((f) => f.hedge === 'claimed');
  const others = own.filter((f) => f.hedge !== 'claimed');
  if (claimed.length > 0 && others.length > 0) {
    const cs = new Set(claimed.map((f) => f.source));
    if (others.some((f) => !cs.has(f.source))) return undefined;
  }
  const per = [...bySource.values()].map(sum);
  const mins = per.map((p) => p.min).filter((v): v is number => v !== null);
  const maxs = per.map((p) => p.max).filter((v): v is number => v !== null);
  const min = mins.length > 0 ? Math.min(...mins) : null;
  const max = maxs.length > 0 ? Math.max(...maxs) : null;
  // "at least 13" against "five": no range holds both, the event carries no single toll
  if (max !== null && mins.some((m) => m > max)) return undefined;
  return { min, max };
}
