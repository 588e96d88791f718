/**
 * Words by role: a pack lists the words that fill an event frame's roles
 * (predicate, means, target, agent) as lemmas; the engine folds every word of
 * the text to its stem with the pack's Snowball stemmer and, for compounding
 * languages, splits a word it does not know into a known head and a known
 * modifier ("Drohnenangriffe" = means drone + predicate attack, "raketinslag" =
 * means rocket + predicate hit), so inflected forms and compounds are covered
 * by construction, not by listing.
 *
 * The lookup sits behind one small interface (`RoleIndex.lookup`) with a
 * per-word memo, so callers never see the stemmer or the splitting.
 */
import { createRequire } from 'node:module';

/** What the act of a clause is. */
export type Predicate =
  | 'attack'
  | 'strike'
  | 'shell'
  | 'bomb'
  | 'hit'
  | 'explode'
  | 'clash'
  | 'ambush'
  | 'kill'
  | 'massacre'
  | 'abduct'
  | 'arrest'
  | 'protest'
  | 'riot'
  | 'loot'
  | 'capture'
  | 'retake'
  | 'intercept';

/** The weapon or method. */
export type Means = 'chemical' | 'suicide' | 'aircraft' | 'drone' | 'artillery' | 'mortar' | 'rocket' | 'missile' | 'ied' | 'grenade' | 'gun' | 'knife';

/** Who is hit or who acts, as a class. */
export type PartyClass = 'civilian' | 'armed' | 'protester' | 'crowd';

/** What a pack supplies: words by role, as lemmas (any inflected form of them is found through the stemmer). */
export interface RoleLexicon {
  /** Snowball algorithm name of the language ('dutch', 'german', 'english', …) */
  stemmer: string;
  /** whether the language writes compounds as one word (split against the role words) */
  compounds?: boolean;
  /** linking elements between compound parts ("s", "en", "n", "e", "es") */
  linkers?: string[];
  predicates: Partial<Record<Predicate, string[]>>;
  means: Partial<Record<Means, string[]>>;
  targets?: Partial<Record<PartyClass, string[]>>;
}

/** What one word says about roles. */
export interface RoleHit {
  predicate?: Predicate;
  means?: Means;
  target?: PartyClass;
}

interface Stemmer {
  stem(word: string): string;
}

const require = createRequire(import.meta.url);
let snowball: { newStemmer(name: string): Stemmer } | null | undefined;
function stemmerFor(name: string): Stemmer {
  if (snowball === undefined) {
    try {
      snowball = require('snowball-stemmers') as { newStemmer(name: string): Stemmer };
    } catch {
      snowball = null;
    }
  }
  if (!snowball) return { stem: (w) => w };
  return snowball.newStemmer(name);
}

/** A stem with a final doubled consonant undone ("aanvall" = "aanval"), so singular and plural stems meet. */
function norm(stem: string): string {
  return stem.replace(/([^aeiouäöüy])\1$/u, '$1');
}

const MIN_PART = 3;
const MEMO_LIMIT = 50_000;

export class RoleIndex {
  private readonly stemmer: Stemmer;
  private readonly byStem = new Map<string, RoleHit>();
  /** stems that may end a compound (predicates and means), longest first */
  private readonly heads: string[];
  private readonly linkers: string[];
  private readonly memo = new Map<string, RoleHit | null>();

  constructor(readonly lex: RoleLexicon) {
    this.stemmer = stemmerFor(lex.stemmer);
    const add = (w: string, hit: RoleHit): void => {
      const s = this.stemOf(w);
      const prev = this.byStem.get(s);
      this.byStem.set(s, { ...hit, ...prev });
    };
    for (const [p, ws] of Object.entries(lex.predicates)) for (const w of ws ?? []) add(w, { predicate: p as Predicate });
    for (const [m, ws] of Object.entries(lex.means)) for (const w of ws ?? []) add(w, { means: m as Means });
    for (const [t, ws] of Object.entries(lex.targets ?? {})) for (const w of ws ?? []) add(w, { target: t as PartyClass });
    this.heads = [...this.byStem.keys()].filter((s) => s.length >= MIN_PART).sort((x, y) => y.length - x.length);
    this.linkers = [...(lex.linkers ?? [])].sort((x, y) => y.length - x.length);
  }

  private stemOf(word: string): string {
    return norm(this.stemmer.stem(word.toLowerCase()));
  }

  /** Roles of one word (null: none). Compounds: the head's predicate or means, plus the modifier's means or target. */
  lookup(word: string): RoleHit | null {
    const w = word.toLowerCase();
    const m = this.memo.get(w);
    if (m !== undefined) return m;
    const out = this.compute(w);
    if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
    this.memo.set(w, out);
    return out;
  }

  private compute(w: string): RoleHit | null {
    const direct = this.byStem.get(this.stemOf(w));
    if (direct) return direct;
    if (!this.lex.compounds || w.length < 2 * MIN_PART + 1) return null;
    const s = this.stemOf(w);
    for (const h of this.heads) {
      const at = s.lastIndexOf(h);
      if (at < MIN_PART || at + h.length !== s.length) continue;
      const head = this.byStem.get(h)!;
      const mod = this.modifier(w.slice(0, at));
      if (!mod) {
        // an unknown modifier keeps the head's role only for a predicate ("Großangriff")
        if (head.predicate) return { predicate: head.predicate };
        continue;
      }
      return { ...mod, ...head, ...(mod.means ? { means: mod.means } : {}), ...(mod.target ? { target: mod.target } : {}) };
    }
    return null;
  }

  /** A compound's modifier part ("drohnen", "raket", "lucht"), with a linking element taken off when needed. */
  private modifier(part: string): RoleHit | null {
    const tryPart = (p: string): RoleHit | null => (p.length >= MIN_PART ? (this.byStem.get(this.stemOf(p)) ?? this.byStem.get(norm(p)) ?? null) : null);
    const plain = tryPart(part);
    if (plain) return plain;
    for (const l of this.linkers) if (part.endsWith(l)) {
      const hit = tryPart(part.slice(0, -l.length));
      if (hit) return hit;
    }
    // a modifier may itself be a compound ("kruisraket", "Selbstmordattentäter"): its last known part decides
    for (let i = MIN_PART; i <= part.length - MIN_PART; i++) {
      const hit = tryPart(part.slice(i));
      if (hit) return hit;
    }
    return null;
  }
}

const indexes = new WeakMap<RoleLexicon, RoleIndex>();

/** The role index of a pack's role lexicon, built once. */
export function roleIndex(lex: RoleLexicon): RoleIndex {
  let x = indexes.get(lex);
  if (!x) indexes.set(lex, (x = new RoleIndex(lex)));
  return x;
}

const WORD = /[\p{L}][\p{L}\p{M}-]*/gu;

/** The role hits of the words in text[start, end), with their offsets. */
export function wordRoles(index: RoleIndex, text: string, start: number, end: number): Array<RoleHit & { start: number; end: number }> {
  const out: Array<RoleHit & { start: number; end: number }> = [];
  const s = text.slice(start, end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(s); m; m = WORD.exec(s)) {
    const w = m[0];
    // hyphenated words: the last part carries the head ("Drohnen-Angriff", "drone-strike")
    const parts = w.includes('-') ? [w.replace(/-/gu, ''), ...w.split('-').filter((p) => p.length >= MIN_PART)] : [w];
    for (const p of parts) {
      const hit = index.lookup(p);
      if (hit) {
        out.push({ ...hit, start: start + m.index, end: start + m.index + w.length });
        break;
      }
    }
  }
  return out;
}
