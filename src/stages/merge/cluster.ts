/**
 * Complete-linkage clustering of article events: two clusters join only when EVERY pair across them
 * is compatible (so A~B~C never chains A and C together when they are not alike), and no cluster
 * holds two events of one article. The best-scoring join is made first (linkage = the weakest pair);
 * ties are broken by member keys, so the result depends only on the SET of inputs, never their order.
 */
import { compatible, score } from './compatible.js';
import { memberKey, type MergeInput } from './input.js';

interface Group {
  members: MergeInput[];
  key: string;
  articles: Set<string>;
}

export function cluster(inputs: readonly MergeInput[]): MergeInput[][] {
  const sorted = [...inputs].sort((a, b) => cmp(memberKey(a), memberKey(b)));
  const pair: Array<Array<number | null>> = sorted.map((a, i) => sorted.map((b, j) => (i !== j && compatible(a, b) ? score(a, b) : null)));
  const index = new Map(sorted.map((m, i) => [memberKey(m), i]));
  let groups: Group[] = sorted.map((m) => ({ members: [m], key: memberKey(m), articles: new Set([m.articleId]) }));
  for (;;) {
    let best: { i: number; j: number; link: number } | null = null;
    for (let i = 0; i < groups.length; i++) {
      for (let j = i + 1; j < groups.length; j++) {
        const gi = groups[i]!;
        const gj = groups[j]!;
        if ([...gi.articles].some((x) => gj.articles.has(x))) continue;
        let link = Infinity;
        for (const a of gi.members) {
          for (const b of gj.members) {
            const s = pair[index.get(memberKey(a))!]![index.get(memberKey(b))!];
            if (s === null || s === undefined) {
              link = -1;
              break;
            }
            if (s < link) link = s;
          }
          if (link < 0) break;
        }
        if (link < 0) continue;
        if (!best || link > best.link) best = { i, j, link };
      }
    }
    if (!best) break;
    const a = groups[best.i]!;
    const b = groups[best.j]!;
    const joined: Group = {
      members: [...a.members, ...b.members].sort((x, y) => cmp(memberKey(x), memberKey(y))),
      key: cmp(a.key, b.key) <= 0 ? a.key : b.key,
      articles: new Set([...a.articles, ...b.articles]),
    };
    groups = groups.filter((_, k) => k !== best.i && k !== best.j);
    groups.push(joined);
    groups.sort((x, y) => cmp(x.key, y.key));
  }
  return groups.map((g) => g.members);
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
