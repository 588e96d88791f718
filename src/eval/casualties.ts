/**
 * Casualty-figure scoring (corpus README, "Casualties"): a gold figure is
 * found when a predicted figure has the same kind (lower case), min and max
 * (null max = absent max). One to one, taken in gold order, a prediction whose
 * source and hedge also agree (sources.ts rules) preferred over one that only
 * has the figure. Every predicted figure counts toward precision, whatever
 * its kind. Reported beside: on found figures, how many also agree on source and hedge.
 */
import { sameFigure, type Figure } from './figure.js';
import type { Gold, GoldCasualty } from './gold.js';
import { sourceNameMatches } from './names.js';
import type { PredCasualty } from './prediction.js';

export interface CasualtyCounts {
  gold: number;
  predicted: number;
  found: number;
  /** found figures whose source and hedge agree too */
  sourceAgree: number;
}

export interface CasualtyDetail {
  counts: CasualtyCounts;
  /** gold figures not found: "kind min..max" */
  missed: string[];
  /** predicted figures matching no gold figure */
  wrong: string[];
}

function show(kind: string | undefined, f: Figure | null): string {
  return `${kind ?? '?'} ${f ? `${f.min}..${f.max ?? ''}` : '(no figure)'}`;
}

export function scoreCasualties(gold: Pick<Gold, 'casualties' | 'actors'>, predicted: readonly PredCasualty[]): CasualtyDetail {
  const sourceAgrees = (g: GoldCasualty, p: PredCasualty) =>
    (p.hedge ?? null) === (g.hedge ?? null) && (g.source === null ? p.source === null : sourceNameMatches(p.source, g.source, gold.actors));
  const goldMatch = new Array<number>(gold.casualties.length).fill(-1);
  const predTaken = new Array<boolean>(predicted.length).fill(false);
  for (const strict of [true, false]) {
    gold.casualties.forEach((g, gi) => {
      if (goldMatch[gi] !== -1 || !g.figure) return;
      const pi = predicted.findIndex((p, k) => !predTaken[k] && p.kind === g.kind && sameFigure(p.figure, g.figure) && (!strict || sourceAgrees(g, p)));
      if (pi >= 0) {
        goldMatch[gi] = pi;
        predTaken[pi] = true;
      }
    });
  }
  const found = goldMatch.filter((x) => x !== -1).length;
  const sourceAgree = gold.casualties.filter((g, gi) => goldMatch[gi] !== -1 && sourceAgrees(g, predicted[goldMatch[gi]!]!)).length;
  return {
    counts: { gold: gold.casualties.length, predicted: predicted.length, found, sourceAgree },
    missed: gold.casualties.filter((_, gi) => goldMatch[gi] === -1).map((g) => show(g.kind, g.figure)),
    wrong: predicted.filter((_, k) => !predTaken[k]).map((p) => show(p.kind, p.figure)),
  };
}
