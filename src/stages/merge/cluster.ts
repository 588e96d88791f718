/**
 * Complete-linkage clustering: two clusters join only when EVERY pair across them is compatible (so
 * A~B~C never chains A and C together when they are not alike), and no cluster holds two events of
 * one article. Joins are made best first: linkage = the weakest pair's score, weighted by the number of
 * reports the join links (members × members), so many agreeing reports join before a lone report that
 * is compatible with some of them but not with the rest can split them; ties are broken by cluster keys
 * (smallest member key), so the result depends only on the SET of inputs, never their order.
 * With single-report units the weights are all 1: plain complete linkage, best pair first.
 *
 * It runs on merge units (profile groups, ./profile.ts), not on article events: identical reports are
 * one unit with one representative. Linkage is kept as a matrix and updated on each join by the
 * Lance–Williams rule for complete linkage (link(A∪B, C) = min(link(A, C), link(B, C)), "incompatible"
 * absorbing), so a join costs O(clusters) instead of a rescan of every member pair.
 */
import { compatibleEvents, score } from './compatible.js';
import { memberKey, type MergeInput } from './input.js';
import { cmp } from './order.js';
import { unitsOf, type Unit } from './profile.js';

export { cmp } from './order.js';

const NO = -1;

/** Pair linkage of two units: their score when compatible and from different articles, else NO. */
function unitLink(a: Unit, b: Unit): number {
  let i = 0;
  let j = 0;
  while (i < a.articles.length && j < b.articles.length) {
    const c = cmp(a.articles[i]!, b.articles[j]!);
    if (c === 0) return NO;
    if (c < 0) i++;
    else j++;
  }
  const x = { event: a.rep };
  const y = { event: b.rep };
  return compatibleEvents(x, y) ? score(x, y) : NO;
}

/** Cluster units; each cluster's units sorted by key, clusters sorted by key. */
export function clusterUnits(input: readonly Unit[]): Unit[][] {
  const units = [...input].sort((a, b) => cmp(a.key, b.key));
  const n = units.length;
  // link[i][j] for live cluster heads i, j; a cluster is named by the index of its smallest-key unit
  const link: Float64Array[] = units.map(() => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const l = unitLink(units[i]!, units[j]!);
      link[i]![j] = l;
      link[j]![i] = l;
    }
  }
  const members: number[][] = units.map((_, i) => [i]);
  const weight: number[] = units.map((u) => u.size);
  const live: number[] = units.map((_, i) => i); // heads, in key order (a head is its cluster's smallest key)
  for (;;) {
    // best pair; ties: the first in (key of the first, key of the second) order, as a scan over sorted clusters finds it
    let bi = -1;
    let bj = -1;
    let best = NO;
    for (let x = 0; x < live.length; x++) {
      const i = live[x]!;
      const row = link[i]!;
      const wi = weight[i]!;
      for (let y = x + 1; y < live.length; y++) {
        const l = row[live[y]!]!;
        if (l === NO) continue;
        const p = l * wi * weight[live[y]!]!;
        if (p > best) {
          best = p;
          bi = x;
          bj = y;
        }
      }
    }
    if (bi < 0) break;
    const i = live[bi]!;
    const j = live[bj]!; // key(i) < key(j): i heads the joined cluster
    for (const k of live) {
      if (k === i || k === j) continue;
      const l = Math.min(link[i]![k]!, link[j]![k]!);
      link[i]![k] = l;
      link[k]![i] = l;
    }
    members[i] = [...members[i]!, ...members[j]!].sort((a, b) => a - b);
    weight[i] = weight[i]! + weight[j]!;
    live.splice(bj, 1);
  }
  return live.map((h) => members[h]!.map((k) => units[k]!));
}

/** Cluster article events (batch form): units, then complete linkage over them; members sorted by key. */
export function cluster(inputs: readonly MergeInput[]): MergeInput[][] {
  const { units, members } = unitsOf(inputs);
  return clusterUnits(units).map((us) => us.flatMap((u) => members.get(u.id)!).sort((a, b) => cmp(memberKey(a), memberKey(b))));
}
