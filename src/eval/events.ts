/**
 * Event pairing and scoring (corpus README, "Events").
 *
 * A predicted and a gold event are compatible when the predicted type is one
 * of the gold types (labels compared case-insensitively, spaces normalised; a
 * missing type is read from an ACLED sub-type), the inclusive date windows
 * overlap, and the location agrees at the gold level (resolution.ts; for
 * admin1 "the predicted place lies in it" is judged by the predicted admin1
 * name, without a gazetteer). Compatible pairs are ranked by
 *   10 × [same sub-type] + exp(−km / 25) (1 when a distance cannot be measured)
 *   + date-window overlap (days shared / days covered) + 0.01 for required gold,
 * and taken one to one, best first (ties: gold order, then prediction order).
 *
 * Recall = paired required gold / required gold. Precision = pairs with
 * required gold / (predicted − pairs with optional gold).
 *
 * On all pairs (optional gold included): sub-type accuracy (over all pairs),
 * fatality accuracy (pairs whose gold gives fatalities), source accuracy
 * (pairs whose gold lists sources: every gold source, named or null, matched
 * by a predicted source, sources.ts), the mean ratio predicted / gold window
 * width, and on pairs whose gold names actors: actor recall (gold actors
 * matched by a predicted actor), precision (predicted actors matching a gold
 * actor), and predicted actors that are really one of the gold sources.
 */
import type { Gold, GoldEvent } from './gold.js';
import { PLACE_TOLERANCE_KM } from './haversine.js';
import { actorNameMatches, sourceNameMatches } from './names.js';
import { normLabel, present } from './normalize.js';
import type { PredEvent } from './prediction.js';
import { agrees, distanceKm } from './resolution.js';
import { sameFigure } from './figure.js';
import { sourceMatches } from './sources.js';
import { jaccard, overlaps, widthDays } from './window.js';

export interface EventCounts {
  goldRequired: number;
  goldOptional: number;
  predicted: number;
  pairedRequired: number;
  pairedOptional: number;
  subTypeCorrect: number;
  fatalityTotal: number;
  fatalityCorrect: number;
  sourceTotal: number;
  sourceCorrect: number;
  /** sum over pairs of predicted / gold window width */
  widthRatioSum: number;
  actorGold: number;
  actorGoldFound: number;
  actorPred: number;
  actorPredRight: number;
  actorSourceAsActor: number;
}

export interface EventPair {
  gold: string;
  /** index into the predicted events */
  pred: number;
  required: boolean;
  score: number;
  subType: boolean;
  fatalities: boolean | null;
  sources: boolean | null;
}

export interface EventDetail {
  counts: EventCounts;
  pairs: EventPair[];
  /** ids of required gold events left unpaired */
  missed: string[];
  /** indices of predicted events left unpaired */
  unpaired: number[];
}

export interface Compatibility {
  ok: boolean;
  km: number | null;
}

export function compatible(g: GoldEvent, p: PredEvent): Compatibility {
  const typeOk = present(p.type) && g.types.some((t) => normLabel(t) === normLabel(p.type));
  const dateOk = !!p.window && !!g.window && overlaps(p.window, g.window);
  return { ok: typeOk && dateOk && agrees(g.location, p.location), km: distanceKm(g.location, p.location) };
}

export function subTypeAgrees(g: GoldEvent, p: PredEvent): boolean {
  return present(p.subType) && g.subTypes.some((s) => normLabel(s) === normLabel(p.subType));
}

/** The ranking score of a compatible pair. */
export function pairScore(g: GoldEvent, p: PredEvent, km: number | null): number {
  const closeness = km === null ? 1 : Math.exp(-km / PLACE_TOLERANCE_KM);
  return 10 * (subTypeAgrees(g, p) ? 1 : 0) + closeness + (p.window && g.window ? jaccard(p.window, g.window) : 0) + (g.required ? 0.01 : 0);
}

export function emptyEventCounts(): EventCounts {
  return {
    goldRequired: 0, goldOptional: 0, predicted: 0, pairedRequired: 0, pairedOptional: 0, subTypeCorrect: 0,
    fatalityTotal: 0, fatalityCorrect: 0, sourceTotal: 0, sourceCorrect: 0, widthRatioSum: 0,
    actorGold: 0, actorGoldFound: 0, actorPred: 0, actorPredRight: 0, actorSourceAsActor: 0,
  };
}

export function scoreEvents(gold: Pick<Gold, 'events' | 'actors'>, predicted: readonly PredEvent[]): EventDetail {
  const candidates: Array<{ gi: number; pi: number; score: number }> = [];
  gold.events.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      const c = compatible(g, p);
      if (c.ok) candidates.push({ gi, pi, score: pairScore(g, p, c.km) });
    }),
  );
  candidates.sort((a, b) => b.score - a.score || a.gi - b.gi || a.pi - b.pi);
  const goldPair = new Array<number>(gold.events.length).fill(-1);
  const predPair = new Array<number>(predicted.length).fill(-1);
  const scoreOf = new Map<number, number>();
  for (const c of candidates) {
    if (goldPair[c.gi] !== -1 || predPair[c.pi] !== -1) continue;
    goldPair[c.gi] = c.pi;
    predPair[c.pi] = c.gi;
    scoreOf.set(c.gi, c.score);
  }
  const counts = emptyEventCounts();
  counts.goldRequired = gold.events.filter((e) => e.required).length;
  counts.goldOptional = gold.events.length - counts.goldRequired;
  counts.predicted = predicted.length;
  const pairs: EventPair[] = [];
  gold.events.forEach((g, gi) => {
    const pi = goldPair[gi]!;
    if (pi === -1) return;
    const p = predicted[pi]!;
    if (g.required) counts.pairedRequired++;
    else counts.pairedOptional++;
    const subType = subTypeAgrees(g, p);
    if (subType) counts.subTypeCorrect++;
    let fatalities: boolean | null = null;
    if (g.fatalities) {
      counts.fatalityTotal++;
      fatalities = sameFigure(p.fatalities, g.fatalities);
      if (fatalities) counts.fatalityCorrect++;
    }
    let sources: boolean | null = null;
    if (g.sources.length > 0) {
      counts.sourceTotal++;
      sources = g.sources.every((gs) => p.sources.some((ps) => sourceMatches(ps, gs, gold.actors)));
      if (sources) counts.sourceCorrect++;
    }
    if (g.actors.length > 0) {
      const right = p.actors.filter((pa) => g.actors.some((ga) => actorNameMatches(pa, ga, gold.actors)));
      counts.actorGold += g.actors.length;
      counts.actorGoldFound += g.actors.filter((ga) => p.actors.some((pa) => actorNameMatches(pa, ga, gold.actors))).length;
      counts.actorPred += p.actors.length;
      counts.actorPredRight += right.length;
      counts.actorSourceAsActor += p.actors.filter(
        (pa) => !right.includes(pa) && g.sources.some((gs) => gs.name !== null && sourceNameMatches(pa, gs.name, gold.actors)),
      ).length;
    }
    if (p.window && g.window) counts.widthRatioSum += widthDays(p.window) / widthDays(g.window);
    pairs.push({ gold: g.id, pred: pi, required: g.required, score: Math.round((scoreOf.get(gi) ?? 0) * 1000) / 1000, subType, fatalities, sources });
  });
  return {
    counts,
    pairs,
    missed: gold.events.filter((e, gi) => e.required && goldPair[gi] === -1).map((e) => e.id),
    unpaired: predicted.flatMap((_, pi) => (predPair[pi] === -1 ? [pi] : [])),
  };
}
