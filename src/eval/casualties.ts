/**
 * Casualty-figure scoring (corpus README, "Casualties"): a gold figure is found
 * when a predicted figure has the same kind, min and max (null = null); one to
 * one. Precision counts predicted figures of the kinds the gold annotates
 * (killed and injured, plus any other kind the gold file itself uses): gold
 * records no detention or displacement figures, so predicting them is neither
 * right nor wrong here.
 */
import type { GoldCasualty } from './gold.js';
import type { PredCasualty } from './prediction.js';

export const GOLD_CASUALTY_KINDS: readonly string[] = ['killed', 'injured'];

export interface CasualtyCounts {
  gold: number;
  predicted: number;
  found: number;
  /** predicted figures of kinds gold does not annotate (left out of precision) */
  unscored: number;
}

export interface CasualtyDetail {
  counts: CasualtyCounts;
  /** gold figures not found: "kind min..max" */
  missed: string[];
  /** predicted figures matching no gold figure */
  wrong: string[];
}

function show(c: { kind: string; min: number | null; max: number | null }): string {
  return `${c.kind} ${c.min ?? '?'}..${c.max ?? ''}`;
}

export function scoreCasualties(gold: readonly GoldCasualty[], predicted: readonly PredCasualty[]): CasualtyDetail {
  const kinds = new Set([...GOLD_CASUALTY_KINDS, ...gold.map((g) => g.kind)]);
  const scored = predicted.filter((p) => kinds.has(p.kind));
  const used = new Set<number>();
  const missed: string[] = [];
  for (const g of gold) {
    const i = scored.findIndex((p, k) => !used.has(k) && p.kind === g.kind && p.min === g.min && p.max === g.max);
    if (i >= 0) used.add(i);
    else missed.push(show(g));
  }
  return {
    counts: { gold: gold.length, predicted: scored.length, found: used.size, unscored: predicted.length - scored.length },
    missed,
    wrong: scored.filter((_, k) => !used.has(k)).map(show),
  };
}
