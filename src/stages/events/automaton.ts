/**
 * Aho–Corasick automaton over a fixed set of literal strings: one pass over a
 * (case-folded) text finds every occurrence of every literal, overlapping ones
 * included. Built once per lexicon; the transition table is complete (a DFA),
 * so the scan costs one table lookup per character.
 */

const EMPTY: readonly number[] = [];

export class LiteralAutomaton {
  /** literal → id */
  readonly ids = new Map<string, number>();
  private readonly lens: number[] = [];
  /** UTF-16 unit → character class (0: a unit no literal holds) */
  private readonly classOf = new Uint16Array(65536);
  private readonly width: number;
  private readonly delta: Uint16Array | Int32Array;
  /** literal ids that end in a state: outIds[outStart[s] .. outStart[s + 1]) */
  private readonly outStart: Int32Array;
  private readonly outIds: Int32Array;

  constructor(literals: Iterable<string>) {
    let classes = 0;
    for (const l of literals) {
      if (l.length === 0 || this.ids.has(l)) continue;
      this.ids.set(l, this.lens.length);
      this.lens.push(l.length);
      for (let i = 0; i < l.length; i++) {
        const c = l.charCodeAt(i);
        if (this.classOf[c] === 0) this.classOf[c] = ++classes;
      }
    }
    const width = classes + 1;
    this.width = width;
    // trie
    const next: Array<Map<number, number>> = [new Map()];
    const own: number[][] = [[]];
    for (const [l, id] of this.ids) {
      let s = 0;
      for (let i = 0; i < l.length; i++) {
        const c = this.classOf[l.charCodeAt(i)]!;
        let t = next[s]!.get(c);
        if (t === undefined) {
          t = next.length;
          next.push(new Map());
          own.push([]);
          next[s]!.set(c, t);
        }
        s = t;
      }
      own[s]!.push(id);
    }
    // failure links breadth first, completing the transition table as we go
    const n = next.length;
    const delta = new Int32Array(n * width);
    const fail = new Int32Array(n);
    const out: number[][] = own.map((o) => [...o]);
    const queue: number[] = [];
    for (let c = 0; c < width; c++) {
      const t = next[0]!.get(c);
      if (t !== undefined) {
        delta[c] = t;
        queue.push(t);
      }
    }
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q]!;
      const f = fail[s]!;
      for (const id of out[f]!) out[s]!.push(id);
      for (let c = 0; c < width; c++) {
        const t = next[s]!.get(c);
        if (t !== undefined) {
          fail[t] = delta[f * width + c]!;
          delta[s * width + c] = t;
          queue.push(t);
        } else delta[s * width + c] = delta[f * width + c]!;
      }
    }
    // renumber states breadth first: the shallow states a scan mostly visits share few cache lines
    const order = [0, ...queue];
    const rank = new Int32Array(n);
    order.forEach((old, k) => (rank[old] = k));
    const table = n < 65536 ? new Uint16Array(n * width) : new Int32Array(n * width);
    for (let k = 0; k < n; k++) {
      const old = order[k]!;
      for (let c = 0; c < width; c++) table[k * width + c] = rank[delta[old * width + c]!]!;
    }
    this.delta = table;
    this.outStart = new Int32Array(n + 1);
    let total = 0;
    for (let k = 0; k < n; k++) {
      this.outStart[k] = total;
      total += out[order[k]!]!.length;
    }
    this.outStart[n] = total;
    this.outIds = new Int32Array(total);
    for (let k = 0, j = 0; k < n; k++) for (const id of out[order[k]!]!) this.outIds[j++] = id;
  }

  private readonly idsOfSet = new WeakMap<readonly string[], Int32Array | null>();

  /** The ids of a list of literals (remembered per list); null when one of them is not in the automaton. */
  idsOf(lits: readonly string[]): Int32Array | null {
    let ids = this.idsOfSet.get(lits);
    if (ids === undefined) {
      const found = lits.map((l) => this.ids.get(l));
      ids = found.every((x) => x !== undefined) ? Int32Array.from(found as number[]) : null;
      this.idsOfSet.set(lits, ids);
    }
    return ids;
  }

  /** Start positions of every literal in `text` (ascending), by literal id; absent literals have none. */
  scan(text: string): ReadonlyArray<readonly number[]> {
    const found = new Array<number[]>(this.lens.length);
    const { classOf, delta, width, outStart, outIds, lens } = this;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      s = delta[s * width + classOf[text.charCodeAt(i)]!]!;
      const oe = outStart[s + 1]!;
      for (let k = outStart[s]!; k < oe; k++) {
        const id = outIds[k]!;
        (found[id] ??= []).push(i - lens[id]! + 1);
      }
    }
    for (let id = 0; id < lens.length; id++) if (found[id] === undefined) found[id] = EMPTY as number[];
    return found;
  }
}
