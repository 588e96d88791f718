/**
 * Who a cue points at: an actor mention of the actors stage next to the cue
 * (canonical name and aliases), or — for sources the actors stage does not
 * know — the plain noun phrase, without its determiners.
 */
import type { ActorRecord, Analysis } from '../../core/analysis.js';
import type { ClaimsLexicon } from './lexicon.js';
import { tokenize, type Tok } from '../casualties/words.js';

export interface SourceRef {
  name: string;
  aliases?: string[];
  actor?: ActorRecord;
  /** the normalised generic name of plain words that name no actor ("Behörden" → "local authorities") */
  generic?: string;
  /** cleaned-text span of the words naming the source */
  cs: number;
  ce: number;
}

export interface MentionRef {
  actor: ActorRecord;
  cs: number;
  ce: number;
}

/** Actor mentions inside [start, end), in text order. */
export function mentionsIn(a: Pick<Analysis, 'actors'>, start: number, end: number): MentionRef[] {
  const out: MentionRef[] = [];
  for (const actor of a.actors) for (const m of actor.cmentions) if (m.start >= start && m.end <= end) out.push({ actor, cs: m.start, ce: m.end });
  return out.sort((x, y) => x.cs - y.cs || y.ce - x.ce);
}

export function refOf(m: MentionRef): SourceRef {
  const r: SourceRef = { name: m.actor.name, actor: m.actor, cs: m.cs, ce: m.ce };
  const aliases = aliasesOf(m.actor);
  if (aliases.length > 0) r.aliases = aliases;
  return r;
}

function aliasesOf(actor: ActorRecord): string[] {
  const extra = (actor as { aliases?: unknown }).aliases;
  const out = Array.isArray(extra) ? extra.filter((x): x is string => typeof x === 'string') : [];
  if (actor.kind === 'person' && actor.role && /^\p{Lu}/u.test(actor.role)) out.push(actor.role);
  return [...new Set(out)].filter((x) => x !== actor.name);
}

/** A source named in plain words that the document names elsewhere as an actor ("Armee" ← "malische Armee"). */
export function resolveLiteral(a: Pick<Analysis, 'actors' | 'text'>, ref: SourceRef | null, anaphors: readonly string[] = [], nameLinks: readonly string[] = []): SourceRef | null {
  const r = resolveActor(a, ref, anaphors, nameLinks);
  if (!r || r.actor || !r.generic) return r;
  const { generic, ...rest } = r;
  return { ...rest, name: generic };
}

function resolveActor(a: Pick<Analysis, 'actors' | 'text'>, ref: SourceRef | null, anaphors: readonly string[], nameLinks: readonly string[]): SourceRef | null {
  if (!ref || ref.actor) return ref;
  const links = new Set(nameLinks.map((w) => w.toLowerCase()));
  const low = ref.name.toLowerCase();
  const head = low.split(/\s+/u).pop() ?? low;
  let best: { actor: ActorRecord; cs: number; ce: number; exact: boolean } | null = null;
  for (const actor of a.actors) {
    for (const m of actor.cmentions) {
      const t = a.text.slice(m.start, m.end).toLowerCase();
      const exact = t === low || t.endsWith(` ${low}`);
      // a head noun inside a compound named before ("de organisatie" ← "mensenrechtenorganisatie Viasna")
      const inner = head.length >= 5 && m.end <= ref.cs && t.split(/\s+/u).some((w) => w.endsWith(head));
      if (!exact && !inner) continue;
      if (!best || (exact && !best.exact) || (exact === best.exact && m.end <= ref.cs && m.end > best.ce)) best = { actor, cs: m.start, ce: m.end, exact };
    }
  }
  if (!best) {
    // the same words used before right next to an actor's name ("de rebellen van M23", "mensenrechtenorganisatie Viasna")
    const re = new RegExp(`${head.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}`, 'giu');
    let near: MentionRef | null = null;
    for (const m of a.text.slice(0, ref.cs).matchAll(re)) {
      const s0 = m.index;
      const e0 = s0 + m[0].length;
      for (const actor of a.actors) {
        for (const x of actor.cmentions) {
          const gap = x.start >= e0 ? a.text.slice(e0, x.start) : s0 >= x.end ? a.text.slice(x.end, s0) : null;
          if (gap !== null && gap.length <= 12 && glued(gap, links)) near = { actor, cs: x.start, ce: x.end };
        }
      }
    }
    if (near) return { ...refOf(near), cs: ref.cs, ce: ref.ce };
    // "de missie", "the ministry": the body of that kind named last before
    if (anaphors.some((w) => w.toLowerCase() === ref.name.toLowerCase())) {
      let last: MentionRef | null = null;
      for (const actor of a.actors) {
        if (!/organi[sz]ation|government|external|media|authorit|ngo/iu.test(actor.kind)) continue;
        for (const m of actor.cmentions) if (m.end <= ref.cs && (!last || m.end > last.ce)) last = { actor, cs: m.start, ce: m.end };
      }
      if (last) return { ...refOf(last), cs: ref.cs, ce: ref.ce };
    }
    return ref;
  }
  return { ...refOf(best), cs: ref.cs, ce: ref.ce };
}

/** What may stand between a noun and the name it describes: a space, a hyphen, linking words ("van de", "of the"). */
function glued(gap: string, links: ReadonlySet<string>): boolean {
  return tokenize(gap).every((t) => t.text === '-' || links.has(t.low));
}

const PUNCT = /^[,;:.!?()"“”„«»]$/u;

/** The plain words of a source after `from` (cleaned offset), up to a stop word or punctuation. */
export function literalAfter(lx: ClaimsLexicon, text: string, from: number, to: number): SourceRef | null {
  const toks = tokenize(text.slice(from, to), from).slice(0, 10);
  return literal(lx, toks);
}

/**
 * The plain words of a source before its verb, read backwards to a stop word
 * or punctuation; a prepositional modifier ("… for Ukraine's forces in the
 * area") is skipped so the head noun phrase remains ("spokesman").
 */
export function literalBefore(lx: ClaimsLexicon, text: string, from: number, at: number): SourceRef | null {
  let toks = tokenize(text.slice(from, at), from);
  const stop = new Set(lx.sourceStop);
  const skip = new Set(lx.sourceSkip);
  // "The ministry, which gave no details, said": the subject stands before the apposition
  if (toks[toks.length - 1]?.text === ',') {
    const open = toks.slice(0, -1).map((t) => t.text).lastIndexOf(',');
    if (open > 0) toks = toks.slice(0, open);
  }
  let k = toks.length;
  let head = toks.length;
  while (k > 0) {
    const t = toks[k - 1]!;
    if (PUNCT.test(t.text) || t.kind === 'num') break;
    if (skip.has(t.low)) {
      head = k - 1;
      k--;
      continue;
    }
    if (stop.has(t.low)) break;
    k--;
  }
  const words = toks.slice(k, head);
  return literal(lx, words.length > 0 ? words : toks.slice(k));
}

const CAP = /^\p{Lu}/u;
const genericCache = new WeakMap<ClaimsLexicon, Array<{ re: RegExp; name: string }>>();

/** The normalised generic name of an unnamed source in plain words ("Behörden" → "local authorities"), if the pack knows one. */
export function genericName(lx: ClaimsLexicon, phrase: string): string | null {
  let list = genericCache.get(lx);
  if (!list) {
    list = (lx.genericSources ?? []).map((g) => ({ re: new RegExp(`^(?:${g.re.source})$`, 'iu'), name: g.name }));
    genericCache.set(lx, list);
  }
  const p = phrase.replace(/\s+/gu, ' ').trim();
  return list.find((g) => g.re.test(p))?.name ?? null;
}

/**
 * A noun phrase naming a source: determiners stripped, ending at its head
 * noun — never a function word, negation, adverb, number or verb (a pack's
 * `sourceStop` and `nonSource`); with `capitalNouns` the phrase ends at its
 * last capitalised word and a lower-case word after a noun ends it.
 */
function literal(lx: ClaimsLexicon, toks: readonly Tok[]): SourceRef | null {
  const det = new Set(lx.determiners);
  const links = new Set(lx.nameLinks.map((w) => w.toLowerCase()).filter((w) => !det.has(w)));
  const linkAll = new Set(lx.nameLinks.map((w) => w.toLowerCase()));
  const stop = new Set(lx.sourceStop);
  const words: Tok[] = [];
  let i = 0;
  while (i < toks.length && det.has(toks[i]!.low)) i++;
  for (; i < toks.length && words.length < 6; i++) {
    const t = toks[i]!;
    // a determiner after the first words opens a new noun phrase ("volgens lokale media een gebouw …")
    if (t.kind !== 'word' || stop.has(t.low) || (words.length > 0 && det.has(t.low) && !links.has(toks[i - 1]?.low ?? ''))) break;
    if (lx.nonSource?.test(t.text)) break;
    // "der Behörden mindestens vier …": after a noun, a lower-case word that links no name ends the phrase
    if (lx.capitalNouns && !CAP.test(t.text) && !linkAll.has(t.low) && words.some((w) => CAP.test(w.text))) break;
    words.push(t);
  }
  while (words.length > 1 && links.has(words[words.length - 1]!.low)) words.pop();
  if (lx.capitalNouns) while (words.length > 0 && !CAP.test(words[words.length - 1]!.text)) words.pop();
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return null;
  const name = words.map((w) => w.text).join(' ');
  const generic = genericName(lx, name);
  return generic ? { name, generic, cs: first.start, ce: last.end } : { name, cs: first.start, ce: last.end };
}
