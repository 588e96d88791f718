/**
 * Number expressions of a casualty figure: digits, number words, vague
 * quantities ("tientallen", "a dozen"), modifiers ("at least", "meer dan"),
 * ranges ("between A and B", "A-B") and zero determiners ("geen", "no").
 * The words come from the language pack; the grammar is language-neutral.
 */
import type { CasualtiesLexicon, ModifierOp, VagueQuantity } from './lexicon.js';
import { PhraseSet, type Tok } from './words.js';

export interface Estimate {
  min: number | null;
  max: number | null;
  low: number | null;
  best: number | null;
  high: number | null;
  acled: number | null;
}

export interface NumberExpr extends Estimate {
  /** token range [ts, te) */
  ts: number;
  te: number;
  /** how it was read: bare | atLeast | moreThan | upTo | fewerThan | about | range | vague | zero | one */
  how: string;
  /** a weak one ("een", "a"): a figure only before a person noun */
  weak: boolean;
  /** zero determiner ("geen gewonden") or zero subject ("niemand raakte gewond") */
  zero: 'det' | 'subject' | null;
}

interface Compiled {
  words: PhraseSet<number>;
  weak: PhraseSet;
  onePron: PhraseSet;
  mult: PhraseSet<number>;
  vague: PhraseSet<VagueQuantity>;
  zero: PhraseSet;
  zeroSubj: PhraseSet;
  mods: PhraseSet<ModifierOp>;
  betweenBefore: PhraseSet<string[]>;
  joiners: PhraseSet;
  units: PhraseSet;
  notBefore: PhraseSet;
  ageLinks: PhraseSet;
  person: RegExp;
  /** a person noun ending right before a position */
  personEnd: RegExp;
}

const cache = new WeakMap<CasualtiesLexicon, Compiled>();

export function compileNumbers(lx: CasualtiesLexicon): Compiled {
  let c = cache.get(lx);
  if (c) return c;
  const between = new Map<string, string[]>();
  for (const b of lx.between) between.set(b.before, [...(between.get(b.before) ?? []), b.and]);
  c = {
    words: new PhraseSet(Object.entries(lx.numberWords)),
    weak: PhraseSet.of(lx.weakOne),
    onePron: PhraseSet.of(lx.onePronouns),
    mult: new PhraseSet(Object.entries(lx.multipliers)),
    vague: new PhraseSet(lx.vague.map((v) => [v.phrase, v] as [string, VagueQuantity])),
    zero: PhraseSet.of(lx.zero),
    zeroSubj: PhraseSet.of(lx.zeroSubjects),
    mods: new PhraseSet(lx.modifiers.map((m) => [m.phrase, m.op] as [string, ModifierOp])),
    betweenBefore: new PhraseSet([...between.entries()]),
    joiners: PhraseSet.of(lx.rangeJoiners),
    units: PhraseSet.of(lx.unitsAfter),
    notBefore: PhraseSet.of(lx.notCountBefore),
    ageLinks: PhraseSet.of(lx.ageLinks),
    personEnd: new RegExp(`(?<![\\p{L}])(?:${lx.personNouns.source})\\s*$`, 'iu'),
    person: new RegExp(`^\\s*(?:[\\p{L}\\p{N}'’-]+\\s+){0,3}?(?:${lx.personNouns.source})(?:s|es|en|n|e|er|nen|innen)?(?![\\p{L}])`, 'iu'),
  };
  cache.set(lx, c);
  return c;
}

function digitValue(t: Tok): number {
  return Number(t.text.replace(/[^\d]/gu, ''));
}

/** A plain number at token i (digits or a number word, times a multiplier): value and end. */
function core(c: Compiled, toks: readonly Tok[], i: number): { value: number; end: number; weak: boolean } | null {
  const t = toks[i];
  if (!t) return null;
  let value: number;
  let end: number;
  let weak = false;
  if (t.kind === 'num') {
    value = digitValue(t);
    end = i + 1;
  } else {
    const w = c.words.match(toks, i);
    if (w) {
      value = w.value;
      end = w.end;
    } else {
      const k = c.weak.match(toks, i);
      if (!k) return null;
      value = 1;
      end = k.end;
      weak = true;
    }
  }
  const m = c.mult.match(toks, end);
  if (m && !weak) {
    value *= m.value;
    end = m.end;
  } else if (m && weak) {
    // "a hundred", "een duizend"
    return { value: m.value, end: m.end, weak: false };
  }
  return { value, end, weak };
}

function exact(n: number): Estimate {
  return { min: n, max: n, low: n, best: n, high: n, acled: n };
}

function withOp(op: ModifierOp | null, n: number): Estimate {
  switch (op) {
    case 'atLeast':
      return { min: n, max: null, low: n, best: n, high: null, acled: n };
    case 'moreThan':
      return { min: n + 1, max: null, low: n + 1, best: n + 1, high: null, acled: n + 1 };
    case 'upTo':
      return { min: null, max: n, low: null, best: n, high: n, acled: null };
    case 'fewerThan':
      return { min: null, max: Math.max(0, n - 1), low: null, best: Math.max(0, n - 1), high: Math.max(0, n - 1), acled: null };
    default:
      return exact(n);
  }
}

function vagueEstimate(op: ModifierOp | null, v: VagueQuantity): Estimate {
  if (v.max !== null && v.max === v.min) {
    // a dozen: a definite number
    const e = withOp(op, v.min);
    if (e.acled !== null && op !== 'moreThan') e.acled = Math.min(e.acled, v.acled);
    return e;
  }
  return { min: v.min, max: v.max, low: v.min, best: v.min, high: v.max, acled: v.acled };
}

/** Is the number at toks[i, end) an age, date, time, year or measure rather than a count of people? */
function notACount(c: Compiled, text: string, toks: readonly Tok[], i: number, end: number, value: number): boolean {
  const first = toks[i]!;
  const last = toks[end - 1]!;
  const next = toks[end];
  if (c.units.match(toks, end)) return true;
  if (c.notBefore.matchEndingAt(toks, i)) return true;
  // "een man van 64": an age after a person noun
  const link = c.ageLinks.matchEndingAt(toks, i);
  if (link && link.start > 0 && c.personEnd.test(text.slice(0, toks[link.start]!.start))) return true;
  // "82-jarige", "14-year-old", "10-day"
  if (next && next.text === '-' && next.start === last.end && toks[end + 1]?.kind === 'word') return true;
  // times and dates: 18:42, 10.03.2025, 14/08
  if (first.kind === 'num') {
    const after = text.slice(last.end, last.end + 2);
    const before = text.slice(Math.max(0, first.start - 2), first.start);
    if (/^[.:/]\d/u.test(after) || /\d[.:/]$/u.test(before)) return true;
    if (/^\d{4}$/u.test(first.text) && value >= 1800 && value <= 2099) return true;
    // "%", "km" glued to the number
    if (next && next.start === last.end && next.kind === 'word' && !/^\p{Lu}/u.test(next.text)) return true;
    if (next && next.start === last.end && /^[%‰°]$/u.test(next.text)) return true;
  }
  return false;
}

/**
 * All number expressions of a token list (non-overlapping, left to right).
 * `text` is the string the tokens index (for glue checks).
 */
export function findNumbers(lx: CasualtiesLexicon, text: string, toks: readonly Tok[]): NumberExpr[] {
  const c = compileNumbers(lx);
  const out: NumberExpr[] = [];
  let i = 0;
  while (i < toks.length) {
    const e = readAt(c, text, toks, i);
    if (e) {
      out.push(e);
      i = e.te;
    } else i++;
  }
  return out;
}

function readAt(c: Compiled, text: string, toks: readonly Tok[], i: number): NumberExpr | null {
  // zero determiners and zero subjects
  const zs = c.zeroSubj.match(toks, i);
  if (zs) return { ts: i, te: zs.end, how: 'zero', weak: false, zero: 'subject', ...exact(0) };
  const z = c.zero.match(toks, i);
  if (z) return { ts: i, te: z.end, how: 'zero', weak: false, zero: 'det', ...exact(0) };

  // "liep hij een hersenschudding op": one person, a figure only next to an injury (checked by the caller)
  const pr = c.onePron.match(toks, i);
  if (pr) return { ts: i, te: pr.end, how: 'pronoun', weak: true, zero: null, ...exact(1) };

  const mod = c.mods.match(toks, i);
  const j = mod ? mod.end : i;
  const op = mod ? mod.value : null;

  // between A and B
  const bw = c.betweenBefore.match(toks, j);
  if (bw) {
    const a = core(c, toks, bw.end);
    if (a && !a.weak) {
      const andTok = toks[a.end];
      if (andTok && bw.value.includes(andTok.low)) {
        const b = core(c, toks, a.end + 1);
        if (b && !b.weak && b.value >= a.value) {
          return { ts: i, te: b.end, how: 'range', weak: false, zero: null, min: a.value, max: b.value, low: a.value, best: a.value, high: b.value, acled: a.value };
        }
      }
    }
  }

  // vague quantities ("tientallen", "a dozen")
  const v = c.vague.match(toks, j);
  if (v) {
    if (!mod && c.mods.match(toks, v.end)) return null;
    return { ts: i, te: v.end, how: op ? `vague.${op}` : 'vague', weak: false, zero: null, ...vagueEstimate(op, v.value) };
  }

  const a = core(c, toks, j);
  if (!a) return null;
  // a range "A-B", "A to B"
  const sep = toks[a.end];
  if (sep && !a.weak) {
    const isDash = sep.text === '-' || sep.text === '–';
    const jn = isDash ? { end: a.end + 1 } : c.joiners.match(toks, a.end);
    if (jn) {
      const b = core(c, toks, jn.end);
      if (b && !b.weak && b.value > a.value && !notACount(c, text, toks, jn.end, b.end, b.value)) {
        return { ts: i, te: b.end, how: 'range', weak: false, zero: null, min: a.value, max: b.value, low: a.value, best: a.value, high: b.value, acled: a.value };
      }
    }
  }
  if (notACount(c, text, toks, j, a.end, a.value)) return null;
  if (a.weak) {
    if (mod) return null;
    const rest = text.slice(toks[a.end - 1]!.end);
    if (!c.person.test(rest)) return null;
    return { ts: i, te: a.end, how: 'one', weak: true, zero: null, ...exact(1) };
  }
  return { ts: i, te: a.end, how: op ?? 'bare', weak: false, zero: null, ...withOp(op, a.value) };
}
