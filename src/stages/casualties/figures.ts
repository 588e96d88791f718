/**
 * Casualty figures of one sentence: number expressions paired with the
 * casualty words of their clause. A sentence is cut into clauses at
 * punctuation and at the pack's conjunctions; a number takes the kind of the
 * nearest casualty word in its clause, a subset clause ("onder wie drie
 * kinderen") the kind of the figure before it, and a clause without a
 * casualty word may borrow one from the clause right after it ("two of them
 * were beaten and lightly injured").
 */
import type { CasualtiesLexicon, CasualtyKind } from './lexicon.js';
import { compileNumbers, findNumbers, type Estimate, type NumberExpr } from './numbers.js';
import { PhraseSet, tokenize, wordRegex, type Tok } from './words.js';

export interface SentenceFigure extends Estimate {
  kind: CasualtyKind;
  /** offsets into the sentence string */
  start: number;
  end: number;
  /** the number expression alone */
  numStart: number;
  numEnd: number;
  who: string | null;
  /** a part of a figure named before it ("including four children") */
  subset: boolean;
  /** how the kind was found: clause | subset | borrowed | zero */
  via: string;
  how: string;
}

interface Hit {
  kind: CasualtyKind;
  start: number;
  end: number;
  nominal: boolean;
  zeroOnly: boolean;
}

interface Compiled {
  negations: Set<string>;
  keywords: Array<{ kind: CasualtyKind; re: RegExp; nominal: boolean; zeroOnly: boolean }>;
  besides: PhraseSet;
  breaks: PhraseSet;
  subset: PhraseSet;
  stop: Set<string>;
}

const cache = new WeakMap<CasualtiesLexicon, Compiled>();

function compile(lx: CasualtiesLexicon): Compiled {
  let c = cache.get(lx);
  if (!c) {
    c = {
      negations: new Set(lx.negations.map((w) => w.toLowerCase())),
      keywords: lx.keywords.map((k) => ({ kind: k.kind, re: wordRegex(k.pattern, k.pattern.flags.includes('i') ? 'giu' : 'gu'), nominal: k.nominal === true, zeroOnly: k.zeroOnly === true })),
      besides: PhraseSet.of(lx.besides),
      breaks: PhraseSet.of(lx.clauseBreaks),
      subset: PhraseSet.of(lx.subsetCues),
      stop: new Set(lx.whoStop.map((w) => w.toLowerCase())),
    };
    cache.set(lx, c);
  }
  return c;
}

function keywordHits(c: Compiled, text: string, may?: (k: number) => boolean): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < c.keywords.length; i++) {
    const k = c.keywords[i]!;
    if (may && !may(i)) continue;
    k.re.lastIndex = 0;
    for (const m of text.matchAll(k.re)) hits.push({ kind: k.kind, start: m.index, end: m.index + m[0].length, nominal: k.nominal, zeroOnly: k.zeroOnly });
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  // drop hits inside longer ones
  const out: Hit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) continue;
    out.push(h);
  }
  return out;
}

const BREAK_MARK = /^[,;:()–—\[\]]$/u;

interface Clause {
  ts: number;
  te: number;
  start: number;
  end: number;
  /** starts with a conjunction */
  conj: boolean;
}

function clauses(c: Compiled, toks: readonly Tok[], protectedTok: (i: number) => boolean): Clause[] {
  const out: Clause[] = [];
  let ts = 0;
  let conj = false;
  const close = (te: number, nextConj: boolean): void => {
    if (te > ts) out.push({ ts, te, start: toks[ts]!.start, end: toks[te - 1]!.end, conj });
    conj = nextConj;
  };
  for (let i = 0; i < toks.length; i++) {
    if (protectedTok(i)) continue;
    const t = toks[i]!;
    if (t.kind === 'mark' && BREAK_MARK.test(t.text)) {
      close(i, false);
      ts = i + 1;
      continue;
    }
    if (i > ts) {
      const b = c.breaks.match(toks, i);
      if (b) {
        close(i, true);
        ts = i;
        conj = true;
        i = b.end - 1;
      }
    }
  }
  close(toks.length, false);
  return out;
}

function hasSubsetCue(c: Compiled, toks: readonly Tok[], cl: Clause): boolean {
  for (let i = cl.ts; i < cl.te; i++) if (c.subset.match(toks, i)) return true;
  return false;
}

/** The victims' words after a number ("vijf Russische soldaten" → "Russische soldaten"), up to a casualty word or a stop word. */
function whoSpan(c: Compiled, toks: readonly Tok[], n: NumberExpr, cl: Clause, hits: readonly Hit[]): { who: string | null; end: number } {
  const words: Tok[] = [];
  for (let i = n.te; i < cl.te && words.length < 4; i++) {
    const t = toks[i]!;
    if (hits.some((h) => t.start >= h.start && t.start < h.end)) break;
    if (t.kind === 'word' && !c.stop.has(t.low)) words.push(t);
    else if (t.text === '-' || t.text === "'" || t.text === '‘' || t.text === '’' || t.text === '"') continue;
    else break;
  }
  const last = words[words.length - 1];
  return { who: words.length > 0 ? words.map((w) => w.text).join(' ') : null, end: last ? last.end : toks[n.te - 1]!.end };
}

/**
 * Figures of one sentence (offsets into `text`). `may(k)` false: the pack's
 * keyword `k` cannot occur in the sentence (a pre-test; same figures).
 */
export function sentenceFigures(lx: CasualtiesLexicon, text: string, may?: (k: number) => boolean): SentenceFigure[] {
  const c = compile(lx);
  const hits = keywordHits(c, text, may);
  if (hits.length === 0) return [];
  const toks = tokenize(text);
  const nums = findNumbers(lx, text, toks).filter((n) => {
    // an article inside a casualty phrase is part of the phrase ("in ein Lazarett gebracht")
    const s = toks[n.ts]!.start;
    return !(n.weak && hits.some((h) => s >= h.start && s < h.end));
  });
  if (nums.length === 0) return negatedNouns(c, toks, hits);
  const inNum = new Set<number>();
  for (const n of nums) for (let i = n.ts; i < n.te; i++) inNum.add(i);
  const inHit = (i: number): boolean => !inNum.has(i) && hits.some((h) => toks[i]!.start >= h.start && toks[i]!.start < h.end);
  const cls = clauses(c, toks, (i) => inNum.has(i) || inHit(i));
  const clauseOf = (tokIndex: number): number => cls.findIndex((cl) => tokIndex >= cl.ts && tokIndex < cl.te);
  const hitsIn = (k: number): Hit[] => {
    const cl = cls[k];
    return cl ? hits.filter((h) => h.start >= cl.start && h.start < cl.end) : [];
  };
  const numsIn = (k: number): NumberExpr[] => {
    const cl = cls[k];
    return cl ? nums.filter((n) => n.ts >= cl.ts && n.ts < cl.te) : [];
  };

  const out: SentenceFigure[] = [];
  for (const n of nums) {
    const k = clauseOf(n.ts);
    const cl = cls[k];
    if (!cl) continue;
    const ns = toks[n.ts]!.start;
    const ne = toks[n.te - 1]!.end;
    // a noun of the victims pairs only with a number right next to it ("vier doden", "among the dead was a girl")
    // a noun of casualties counts only none ("no casualties"): with a number it may hold the wounded too
    const own = hitsIn(k).filter((h) => (!h.nominal || wordsBetween(toks, ns, ne, h) <= 2) && (!h.zeroOnly || n.zero));
    let hit: Hit | undefined;
    let via = 'clause';
    let subset = hasSubsetCue(c, toks, cl);
    if (n.zero) {
      // the casualty word must follow closely: "geen gewonden", "niemand raakte gewond"
      // "no police officers were hurt": a determiner may stand before the victims' noun
      const people = n.zero === 'det' && compileNumbers(lx).person.test(text.slice(ne));
      const maxGap = n.zero === 'det' ? (people ? 4 : 0) : 3;
      hit = own.find((h) => h.start >= ne && toks.filter((t) => t.start >= ne && t.end <= h.start && t.kind === 'word').length <= maxGap);
      // "Verletzt wurde niemand", "Gewond raakte niemand": the zero subject after its verb
      if (!hit && n.zero === 'subject') hit = own.find((h) => h.end <= ns && !h.nominal && wordsBetween(toks, ns, ne, h) <= 6);
      if (!hit) continue;
      via = 'zero';
      // "none among the soldiers": no one is no part of a figure
      subset = false;
      // "no civilians were injured or killed": the zero holds for the coordinated casualty word too
      const nextCl = cls[k + 1];
      const h0 = hit;
      const other = nextCl?.conj ? hitsIn(k + 1).find((h) => h.kind !== h0.kind && !h.nominal) : undefined;
      if (other && numsIn(k + 1).length === 0 && toks.filter((t) => t.start >= nextCl!.start && t.end <= other.start && t.kind === 'word').length <= 2) {
        out.push({ ...estimate(n), kind: other.kind, start: Math.min(ns, h0.start), end: other.end, numStart: ns, numEnd: ne, who: null, subset: false, via: 'zero', how: n.how });
      }
    } else if (n.how === 'pronoun') {
      // a pronoun counts one person only as the subject of a named injury in its clause, with no number beside it
      hit = own.find((h) => h.kind === 'injured' && !h.nominal && wordsBetween(toks, ns, ne, h) <= 3);
      if (!hit || numsIn(k).some((o) => o !== n && o.how !== 'pronoun')) continue;
      via = 'pronoun';
    } else if (own.length > 0) {
      hit = own.reduce((best, h) => (dist(h, ns, ne) < dist(best, ns, ne) ? h : best));
      // a weak one ("a soldier said ...") counts only close to the casualty word, with no other number between
      const h = hit;
      if (n.weak && (wordsBetween(toks, ns, ne, h) > 4 || numsIn(k).some((o) => o !== n && between(toks[o.ts]!.start, ns, h)))) continue;
    } else if (subset && out.length > 0) {
      const prev = out[out.length - 1]!;
      const w = whoSpan(c, toks, n, cl, hits);
      out.push({ ...estimate(n), kind: prev.kind, start: Math.min(cl.start, ns), end: Math.max(ne, w.end), numStart: ns, numEnd: ne, who: w.who, subset: true, via: 'subset', how: n.how });
      continue;
    } else {
      const next = cls[k + 1];
      const nextHits = hitsIn(k + 1).filter((h) => !h.zeroOnly);
      if (!next || !next.conj || nextHits.length === 0) continue;
      const tail = toks.slice(n.te, cl.te).filter((t) => t.kind === 'word').length;
      if (numsIn(k + 1).length > 0 && tail > 3) continue;
      hit = nextHits[0];
      via = 'borrowed';
      subset = false;
    }
    if (!hit) continue;
    const w = whoSpan(c, toks, n, cl, hits);
    const start = Math.min(ns, hit.start);
    const end = Math.max(ne, hit.end, n.zero ? ne : w.end);
    out.push({ ...estimate(n), kind: hit.kind, start, end, numStart: ns, numEnd: ne, who: n.zero ? null : w.who, subset, via, how: n.how });
  }
  // "besides the attacker, two soldiers died": the one named after "besides" died too
  for (const cl of cls) {
    const killed = hitsIn(cls.indexOf(cl)).find((h) => h.kind === 'killed');
    if (!killed || !out.some((f) => f.kind === 'killed' && f.numStart >= cl.start && f.numStart < cl.end)) continue;
    for (let i = cl.ts; i < cl.te; i++) {
      const b = c.besides.match(toks, i);
      if (!b) continue;
      const rest = text.slice(toks[b.end - 1]!.end);
      const pm = compileNumbers(lx).person.exec(rest);
      if (!pm) break;
      const end = toks[b.end - 1]!.end + pm[0].length;
      out.push({ min: 1, max: 1, low: 1, best: 1, high: 1, acled: 1, kind: 'killed', start: toks[i]!.start, end, numStart: toks[i]!.start, numEnd: end, who: pm[0].trim(), subset: false, via: 'besides', how: 'one' });
      break;
    }
  }
  return out.sort((x, y) => x.start - y.start);
}


/** "Doden vielen er niet": a victim noun opening its clause, negated a few words on, is a zero figure. */
function negatedNouns(c: Compiled, toks: readonly Tok[], hits: readonly Hit[]): SentenceFigure[] {
  const out: SentenceFigure[] = [];
  for (const h of hits) {
    if (!h.nominal) continue;
    const first = toks.findIndex((t) => t.start >= h.start);
    const before = toks[first - 1];
    if (before && before.kind !== 'mark') continue;
    for (let i = first + 1; i < toks.length && i <= first + 7; i++) {
      const t = toks[i]!;
      if (t.kind === 'mark' && /[,;:.]/u.test(t.text)) break;
      if (c.negations.has(t.low)) {
        out.push({ min: 0, max: 0, low: 0, best: 0, high: 0, acled: 0, kind: h.kind, start: h.start, end: t.end, numStart: t.start, numEnd: t.end, who: null, subset: false, via: 'zero', how: 'negated' });
        break;
      }
    }
  }
  return out;
}

function wordsBetween(toks: readonly Tok[], ns: number, ne: number, h: Hit): number {
  const [a, b] = h.start >= ne ? [ne, h.start] : [h.end, ns];
  // a hyphenated word ("17-year-old", "15-jarige") is one word
  return toks.filter((t, i) => t.start >= a && t.end <= b && t.kind !== 'mark' && !(i > 0 && toks[i - 1]!.text === '-' && toks[i - 1]!.end === t.start)).length;
}

function between(at: number, ns: number, h: Hit): boolean {
  return h.start >= ns ? at > ns && at < h.start : at > h.end && at < ns;
}

function dist(h: Hit, s: number, e: number): number {
  return h.start >= e ? h.start - e : s >= h.end ? s - h.end : 0;
}

function estimate(n: NumberExpr): Estimate {
  return { min: n.min, max: n.max, low: n.low, best: n.best, high: n.high, acled: n.acled };
}
