/**
 * Maximum one-to-one matching in a bipartite graph (Kuhn's augmenting paths).
 * `edges[i]` lists the right-hand indices left item i may pair with.
 * Returns, per left index, the matched right index or -1.
 */
export function maxMatching(edges: readonly (readonly number[])[], rightCount: number): number[] {
  const rightOwner = new Array<number>(rightCount).fill(-1);
  const leftMatch = new Array<number>(edges.length).fill(-1);
  const tryAssign = (left: number, seen: boolean[]): boolean => {
    for (const r of edges[left] ?? []) {
      if (seen[r]) continue;
      seen[r] = true;
      const owner = rightOwner[r] ?? -1;
      if (owner === -1 || tryAssign(owner, seen)) {
        rightOwner[r] = left;
        leftMatch[left] = r;
        return true;
      }
    }
    return false;
  };
  for (let i = 0; i < edges.length; i++) tryAssign(i, new Array<boolean>(rightCount).fill(false));
  return leftMatch;
}
