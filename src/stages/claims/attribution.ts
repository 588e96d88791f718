/**
 * Attributions of one sentence: who says, claims, denies or accuses, named
 * by a preposition ("volgens X", "according to X", "laut X") or as the
 * subject of a verb of saying ("X said", "meldt X", "teilte X mit"); plus the
 * sentence's hedge marks (impersonal hearsay, modal hearsay, continuation of
 * the attribution before, a party's claim of its own deed or success).
 */
import type { Analysis } from '../../core/analysis.js';
import type { Span } from '../../core/span.js';
import type { ClaimsLexicon, CueForce } from './lexicon.js';
import { mayMatch, PhraseSet, tokenize, tokensIn, type Tok } from '../casualties/words.js';
import { genericName, literalAfter, literalBefore, mentionsIn, refOf, resolveLiteral, type MentionRef, type SourceRef } from './sources.js';

export interface Attribution {
  force: CueForce | 'according';
  /** cleaned-text span of the cue words */
  cue: Span;
  source: SourceRef | null;
  /** further sources coordinated with it ("security sources and residents said") */
  also: SourceRef[];
  /** the source's own account of its deeds ("nach eigenen Angaben") */
  self?: boolean;
  /** the source is a pronoun standing for the one named before */
  pronoun: boolean;
  rule: string;
}

export interface SentenceMarks {
  atts: Attribution[];
  hearsay: Span | null;
  modal: Span | null;
  /** every hearsay and modal cue of the sentence (a figure counts those of its own colon-delimited part) */
  cues: Span[];
  continuation: boolean;
  claimCue: Span | null;
  /** spans of a party's report of its own success ("they had killed") */
  selfSuccess: Span[];
}

interface Compiled {
  selfAtt: PhraseSet;
  according: PhraseSet;
  accordingAfter: PhraseSet;
  verbs: PhraseSet<{ force: CueForce; source: 'before' | 'after' | 'either'; particle?: string }>;
  hearsay: PhraseSet;
  modal: PhraseSet;
  continuation: PhraseSet;
  pronouns: Set<string>;
  conj: Set<string>;
  nobody: PhraseSet;
  inversion: Set<string>;
  participleAfter: Set<string>;
  nounMarkers: Set<string>;
}

const cache = new WeakMap<ClaimsLexicon, Compiled>();

function compile(lx: ClaimsLexicon): Compiled {
  let c = cache.get(lx);
  if (!c) {
    c = {
      selfAtt: PhraseSet.of(lx.selfAttribution),
      according: PhraseSet.of(lx.according),
      accordingAfter: PhraseSet.of(lx.accordingAfter),
      verbs: new PhraseSet(lx.verbs.map((v) => [v.phrase, v] as [string, (typeof lx.verbs)[number]])),
      hearsay: PhraseSet.of(lx.hearsay),
      modal: PhraseSet.of(lx.modalHearsay),
      continuation: PhraseSet.of(lx.continuation),
      pronouns: new Set(lx.pronouns),
      conj: new Set(lx.conjunctions.map((w) => w.toLowerCase())),
      nobody: PhraseSet.of(lx.nobody),
      inversion: new Set(lx.inversion.map((w) => w.toLowerCase())),
      participleAfter: new Set((lx.participleAfter ?? []).map((w) => w.toLowerCase())),
      nounMarkers: new Set((lx.nounMarkers ?? []).map((w) => w.toLowerCase())),
    };
    cache.set(lx, c);
  }
  return c;
}

const BOUNDARY = /^[,;:()"“”„«»–—]$/u;

/** Derived regexes made once per source regex (a pack's patterns live as long as the pack). */
const derived = new Map<string, WeakMap<RegExp, RegExp>>();
function once(kind: string, re: RegExp, make: (re: RegExp) => RegExp): RegExp {
  let m = derived.get(kind);
  if (!m) derived.set(kind, (m = new WeakMap()));
  let r = m.get(re);
  if (!r) m.set(re, (r = make(re)));
  return r;
}
const asWord = (re: RegExp): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(?:${re.source})(?![\\p{L}\\p{N}])`, 'giu');
const asGlobal = (re: RegExp): RegExp => new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
const asCaseless = (re: RegExp): RegExp => new RegExp(re.source, (re.flags.includes('i') ? re.flags : `${re.flags}i`).replace('g', ''));
const asFirst = (re: RegExp): RegExp => new RegExp(re.source, re.flags.replace('g', ''));
const MAX_GAP = 140;

/** A mention glued to the next one in one noun phrase ("VN-vredesmissie Monusco"): the head is the later one. */
function headOf(ms: readonly MentionRef[], m: MentionRef, text: string): MentionRef {
  let cur = m;
  for (;;) {
    const next = ms.find((x) => x.cs >= cur.ce && x.cs - cur.ce <= 25 && /^[-\p{L}]*\s?$/u.test(text.slice(cur.ce, x.cs)));
    if (!next) return cur;
    cur = next;
  }
}

function firstAfter(ms: readonly MentionRef[], at: number, limit: number, text: string, from = at): MentionRef | undefined {
  const m = ms.find((x) => x.cs >= from && x.ce > at && x.cs - at <= limit && !/[;:.!?]/u.test(text.slice(Math.min(at, x.cs), x.cs)));
  return m ? headOf(ms, m, text) : undefined;
}


/** Sources coordinated after `src` up to the verb at `at` ("a local group and residents said"). */
/** Is `gap` only a conjunction or a comma ("and", ", ")? */
function isConj(c: Compiled, gap: string): boolean {
  const toks = tokenize(gap);
  return toks.length === 1 && (toks[0]!.text === ',' || toks[0]!.text === '&' || c.conj.has(toks[0]!.low));
}

function coordinated(c: Compiled, ms: readonly MentionRef[], src: SourceRef | null, at: number, text: string): SourceRef[] {
  if (!src) return [];
  const out: SourceRef[] = [];
  let end = src.ce;
  for (const m of ms) {
    if (m.cs < end || m.ce > at) continue;
    if (!isConj(c, text.slice(end, m.cs))) break;
    out.push(refOf(m));
    end = m.ce;
  }
  return out;
}

/** The subject right before a verb; of coordinated subjects ("a local group and residents said") the first. */
function lastBefore(ms: readonly MentionRef[], at: number, limit: number, text: string, cc?: Compiled): MentionRef | undefined {
  const c = ms.filter((m) => m.ce <= at && at - m.ce <= limit && !/[;.!?]/u.test(text.slice(m.ce, at)));
  let k = c.length - 1;
  if (k < 0) return undefined;
  if (cc) while (k > 0 && isConj(cc, text.slice(c[k - 1]!.ce, c[k]!.cs)) && !text.slice(c[k - 1]!.ce, c[k]!.cs).includes(',')) k--;
  return c[k];
}

/** A noun phrase opening the sentence before `at` with a determiner, or naming an unnamed body ("A local group", "Die Gruppe"). */
function subjectOpening(lx: ClaimsLexicon, text: string, from: number, at: number): SourceRef | null {
  const toks = tokenize(text.slice(from, at), from);
  const first = toks[0];
  if (!first || toks.some((t) => t.text === ',')) return null;
  const lit = literalBefore(lx, text, from, at);
  if (!lit) return null;
  if (lit.generic) return lit;
  return lx.determiners.includes(first.low) && lit.cs <= (toks[1]?.end ?? first.end) + 40 ? lit : null;
}

/**
 * An actor named inside a modifier of the source's noun ("die von der Hamas kontrollierte Gesundheitsbehörde",
 * "the Hamas-run health ministry"): the source is the head noun after it.
 */
function modifierHead(lx: ClaimsLexicon, text: string, m: MentionRef): SourceRef | null {
  if (!lx.modifierAfter) return null;
  const after = text.slice(m.ce, m.ce + 80);
  const r = once('first', lx.modifierAfter, asFirst).exec(after);
  const head = r?.groups?.['head'];
  if (!r || !head) return null;
  const cs = m.ce + r.index + r[0].lastIndexOf(head);
  const generic = genericName(lx, head);
  return generic ? { name: head, generic, cs, ce: cs + head.length } : { name: head, cs, ce: cs + head.length };
}

function hasStop(lx: ClaimsLexicon, text: string, from: number, to: number): boolean {
  const stop = new Set(lx.sourceStop);
  return tokenize(text.slice(from, to)).some((t) => stop.has(t.low));
}

/** Where a source named in plain words must end: before the next casualty figure or casualty word. */
function stopAt(a: Pick<Analysis, 'casualties'>, from: number, end: number, words: readonly number[] = []): number {
  let e = end;
  for (const c of a.casualties) if (c.cs >= from && c.cs < e) e = c.cs;
  for (const w of words) if (w >= from && w < e) e = w;
  return e;
}

export function sentenceMarks(a: Pick<Analysis, 'actors' | 'text' | 'casualties'>, lx: ClaimsLexicon, lang: string, s: Span, stopWords: readonly RegExp[] = []): SentenceMarks {
  const c = compile(lx);
  const text = a.text;
  const toks = tokensIn(text, s.start, s.end);
  const ms = mentionsIn(a, s.start, s.end);
  // casualty words end a source named in plain words ("nach Angaben der Stadtverwaltung ums Leben")
  const kwStarts: number[] = [];
  for (const re of stopWords) if (mayMatch(re, text, s.start, s.end)) for (const m of text.slice(s.start, s.end).matchAll(once('word', re, asWord))) kwStarts.push(s.start + m.index);
  const atts: Attribution[] = [];
  let hearsay: Span | null = null;
  let modal: Span | null = null;
  let continuation = false;
  const cues: Span[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const h = c.hearsay.match(toks, i);
    if (h) cues.push({ start: t.start, end: toks[h.end - 1]!.end });
    if (h && !hearsay) hearsay = { start: t.start, end: toks[h.end - 1]!.end };
    const md = c.modal.match(toks, i);
    if (md) cues.push({ start: t.start, end: toks[md.end - 1]!.end });
    if (md && !modal) modal = { start: t.start, end: toks[md.end - 1]!.end };
    if (c.continuation.match(toks, i)) continuation = true;

    const own = c.selfAtt.match(toks, i);
    if (own) {
      const cue = { start: t.start, end: toks[own.end - 1]!.end };
      const m = lastBefore(ms, cue.start, MAX_GAP, text) ?? firstAfter(ms, cue.end, 60, text);
      if (m) atts.push({ force: 'say', cue, source: refOf(m), also: [], pronoun: false, self: true, rule: `claims.${lang}.self` });
      i = own.end - 1;
      continue;
    }
    const acc = c.according.match(toks, i);
    if (acc) {
      const cue = { start: t.start, end: toks[acc.end - 1]!.end };
      const m0 = firstAfter(ms, cue.end, 40, text, cue.start + 1);
      // the actor must open the words after the cue ("volgens zijn moeder werd hij door mannen …" names the mother)
      const m = m0 && (m0.cs <= cue.end || !hasStop(lx, text, cue.end, m0.cs)) ? m0 : undefined;
      const lit = m ? null : literalAfter(lx, text, cue.end, stopAt(a, cue.end, s.end, kwStarts));
      const src = m ? (modifierHead(lx, text, m) ?? refOf(m)) : lit && publisherOf(lx, a, lit, s.end);
      const pron = !m && src !== null && c.pronouns.has((src.name.split(/\s+/u)[0] ?? '').toLowerCase());
      atts.push({ force: 'according', cue, source: pron ? null : src, also: [], pronoun: pron, rule: `claims.${lang}.according` });
      i = acc.end - 1;
      continue;
    }
    const post = c.accordingAfter.match(toks, i);
    if (post) {
      const cue = { start: t.start, end: toks[post.end - 1]!.end };
      const m = lastBefore(ms, cue.start, 40, text);
      const src = m ? refOf(m) : literalBefore(lx, text, s.start, cue.start);
      atts.push({ force: 'according', cue, source: src, also: [], pronoun: false, rule: `claims.${lang}.according-after` });
      continue;
    }
    // after an article the word is a noun ("a report", "the claim", "een verklaring"), no verb of saying
    const v = toks[i - 1] && c.nounMarkers.has(toks[i - 1]!.low) ? null : c.verbs.match(toks, i);
    // "… berichtet hatten": a participle in a subordinate clause names no source
    if (v && c.participleAfter.has(toks[v.end]?.low ?? '')) {
      i = v.end - 1;
      continue;
    }
    if (v) {
      let cueEnd = toks[v.end - 1]!.end;
      if (v.value.particle) {
        const part = tokenize(v.value.particle).map((x) => x.low);
        let found = false;
        for (let k = v.end; k < toks.length && k < v.end + 12; k++) {
          if (part.every((p, o) => toks[k + o]?.low === p)) {
            cueEnd = toks[k + part.length - 1]!.end;
            found = true;
            break;
          }
        }
        if (!found && v.value.force !== 'say') continue;
        if (!found && v.value.particle) continue;
      }
      const cue = { start: t.start, end: cueEnd };
      const prev = toks[i - 1];
      const att = verbSource(a, lx, c, text, s, toks, i, v.end, ms, v.value.source, prev, kwStarts);
      const also = coordinated(c, ms, att.source, cue.start, text);
      const told = (lx.tellVerbs ?? []).includes(text.slice(t.start, cueEnd).toLowerCase()) ? outletTold(lx, a, cueEnd, s.end) : null;
      if (told) also.push(told);
      atts.push({ force: v.value.force, cue, source: att.source, also, pronoun: att.pronoun, rule: `claims.${lang}.verb.${att.side}` });
      i = v.end - 1;
    }
  }
  const sentText = text.slice(s.start, s.end);
  for (const re of lx.compounds) {
    if (!mayMatch(re, text, s.start, s.end)) continue;
    for (const m of sentText.matchAll(once('global', re, asGlobal))) {
      const word = m.groups?.['src'];
      if (!word) continue;
      const cue = { start: s.start + m.index, end: s.start + m.index + m[0].length };
      const at = s.start + m.index + m[0].indexOf(word);
      const generic = genericName(lx, word);
      const source: SourceRef = generic ? { name: word, generic, cs: at, ce: at + word.length } : { name: word, cs: at, ce: at + word.length };
      atts.push({ force: 'according', cue, source, also: [], pronoun: false, rule: `claims.${lang}.compound` });
    }
  }
  let claimCue: Span | null = null;
  for (const re of lx.claimPatterns) {
    if (!mayMatch(re, text, s.start, s.end)) continue;
    const m = once('caseless', re, asCaseless).exec(sentText);
    // "no group has claimed responsibility": no claim
    if (m && toks.some((_, i) => c.nobody.match(toks, i) !== null)) break;
    if (m) {
      claimCue = { start: s.start + m.index, end: s.start + m.index + m[0].length };
      const cs = claimCue.start;
      const mBefore = lastBefore(ms, cs, MAX_GAP, text);
      // the actor inside the cue ("reklamierte die Gruppe X den Anschlag für sich") or right after it
      const mAfter = firstAfter(ms, claimCue.start, 60 + claimCue.end - claimCue.start, text);
      // the claimant is the subject: an actor before the cue, else a noun phrase opening the sentence ("Der Islamische Staat …
      // reklamierte"), else an actor after the cue ("Am Sonntag reklamierte die Gruppe X den Anschlag für sich")
      // a passive claim names its claimant after an agent word ("werden opgeëist door X", "was claimed by X")
      const next = tokenize(text.slice(claimCue.end, Math.min(s.end, claimCue.end + 30)), claimCue.end)[0];
      const agent = next !== undefined && (lx.agentWords ?? []).includes(next.low);
      const opening = agent ? null : subjectOpening(lx, text, s.start, cs);
      const src = agent
        ? (mAfter ? refOf(mAfter) : literalAfter(lx, text, next.end, stopAt(a, next.end, s.end, kwStarts)))
        : mBefore ? refOf(mBefore) : opening ?? (mAfter ? refOf(mAfter) : literalBefore(lx, text, s.start, cs));
      atts.push({ force: 'claim', cue: claimCue, source: src, also: [], pronoun: false, rule: `claims.${lang}.claim-pattern` });
      break;
    }
  }
  const selfSuccess: Span[] = [];
  for (const re of lx.selfSuccess) {
    if (!mayMatch(re, text, s.start, s.end)) continue;
    for (const m of sentText.matchAll(once('global', re, asGlobal))) {
      selfSuccess.push({ start: s.start + m.index, end: s.start + m.index + m[0].length });
    }
  }
  atts.sort((x, y) => x.cue.start - y.cue.start);
  for (const att of atts) {
    att.source = resolveLiteral(a, att.source, lx.anaphors, lx.nameLinks);
    att.also = att.also.map((x) => resolveLiteral(a, x, lx.anaphors, lx.nameLinks) ?? x);
  }
  return { atts, hearsay, modal, cues, continuation, claimCue, selfSuccess };
}

/** Where the last closing quotation mark before `at` ends (after it, the words are the article's again), else -1. */
function quoteEndBefore(text: string, from: number, at: number): number {
  const part = text.slice(from, at);
  const m = /["”«»“„][^"”«»“„]*$/u.exec(part);
  if (!m) return -1;
  // an opening mark with no closing one before the verb: the verb stands inside the quotation
  const before = part.slice(0, m.index);
  const opened = (before.match(/["”«»“„]/gu) ?? []).length % 2 === 1;
  return opened ? from + m.index + 1 : -1;
}

const QUOTED = /^\s*["“„«]([^"”“«»]{2,40})["”“»]/u;
const CAPS = /^(?:\p{Lu}[\p{L}\p{N}-]*)(?:\s+(?:\p{Lu}[\p{L}\p{N}-]*|al-\p{L}+|al|el|de|van|der))*/u;

/** A name right at `from`: in quotation marks, or a run of capitalised words. */
function nameAt(text: string, from: number, to: number, lx: ClaimsLexicon): SourceRef | null {
  const part = text.slice(from, to);
  const q = QUOTED.exec(part);
  if (q) {
    const cs = from + q[0].indexOf(q[1]!);
    return { name: q[1]!, cs, ce: cs + q[1]!.length };
  }
  const lead = /^\s*/u.exec(part)![0].length;
  const m = CAPS.exec(part.slice(lead));
  if (!m || !/^\p{Lu}/u.test(m[0])) return null;
  const name = m[0].replace(/\s+(?:al|el|de|van|der)$/u, '');
  // a determiner or a pronoun opening a sentence is no name
  if (lx.determiners.includes(name.toLowerCase()) || lx.pronouns.includes(name.toLowerCase())) return null;
  return { name, cs: from + lead, ce: from + lead + name.length };
}

/**
 * A document named as the source ("a report in the paper X", "een balans van het ministerie"): the body or outlet
 * named after it within its phrase (an actor, a quoted name, or a capitalised name after a linking word), else the
 * document itself.
 */
function publisherOf(lx: ClaimsLexicon, a: Pick<Analysis, 'actors' | 'text'>, src: SourceRef, end: number): SourceRef {
  const docs = lx.documentNouns ?? [];
  const head = src.name.split(/\s+/u)[0]?.toLowerCase() ?? '';
  if (!docs.includes(head)) return src;
  const text = a.text;
  const stop = text.slice(src.cs, end).search(/[;:.!?]|,(?![^"“„«]*["”»])/u);
  const to = stop < 0 ? Math.min(end, src.cs + 100) : Math.min(end, src.cs + stop, src.cs + 100);
  // what follows the document noun ("verklaring van het Rode Kruis": the phrase may run on into the name)
  const after = src.cs + head.length;
  const m = mentionsIn(a, after, to)[0];
  if (m) return refOf(m);
  // the first quoted name, or the first capitalised name after a linking word ("of", "van", "der")
  const links = new Set([...lx.nameLinks, ...lx.sourceSkip, ...(lx.agentWords ?? [])].map((w) => w.toLowerCase()));
  const toks = tokenize(text.slice(after, to), after);
  for (const t of toks) {
    const q = /^["“„«]$/u.test(t.text) ? nameAt(text, t.start, to, lx) : null;
    if (q) return q;
  }
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k]!;
    if (!links.has(toks[k - 1]!.low) || !/^\p{Lu}/u.test(t.text) || lx.determiners.includes(t.low)) continue;
    const n = nameAt(text, t.start, to, lx);
    // a possessive ("Monday's issue") modifies the noun after it: no name
    if (n && !/^['’]s\b/u.test(text.slice(n.ce, n.ce + 3))) return n;
  }
  return src;
}

const PUNCT_TOK = /^[,;:.!?()"“”„«»]$/u;

/** The outlet told after a verb of telling ("told The Daily Courier", "told the news agency X"), if named. */
function outletTold(lx: ClaimsLexicon, a: Pick<Analysis, 'actors' | 'text'>, from: number, end: number): SourceRef | null {
  const text = a.text;
  const toks = tokenize(text.slice(from, Math.min(end, from + 80)), from);
  let k = 0;
  const media = (lx.mediaNouns ?? []).map((w) => tokenize(w).map((t) => t.low)).sort((x, y) => y.length - x.length);
  // "the state news agency X", "Iranian news agency X": a media noun among the first words; the name follows it
  for (let j = 0; j < Math.min(toks.length, 5); j++) {
    if (PUNCT_TOK.test(toks[j]!.text)) break;
    const mn = media.find((w) => w.every((x, o) => toks[j + o]?.low === x));
    if (mn) {
      k = j + mn.length;
      break;
    }
  }
  for (;;) {
    const t = toks[k];
    if (!t) return null;
    if (lx.determiners.includes(t.low) || lx.nameLinks.includes(t.low)) {
      k++;
      continue;
    }
    const mn = media.find((w) => w.every((x, o) => toks[k + o]?.low === x));
    if (mn) {
      k += mn.length;
      continue;
    }
    break;
  }
  const at = toks[k]!.start;
  const m = mentionsIn(a, at, at + 60).find((x) => x.cs === at);
  if (m) return /media|news/iu.test(m.actor.kind) ? refOf(m) : null;
  // "The New Arab": a capitalised article opening the name belongs to it
  const prev = toks[k - 1];
  const from2 = prev && /^The$/u.test(prev.text) ? prev.start : at;
  const n = nameAt(text, from2, Math.min(end, at + 60), { ...lx, determiners: [] });
  return n && n.name.split(/\s+/u).length <= 5 ? n : null;
}

function verbSource(
  a: Pick<Analysis, 'casualties'>,
  lx: ClaimsLexicon,
  c: Compiled,
  text: string,
  s: Span,
  toks: readonly Tok[],
  i: number,
  vEnd: number,
  ms: readonly MentionRef[],
  side: 'before' | 'after' | 'either',
  prev: Tok | undefined,
  kwStarts: readonly number[],
): { source: SourceRef | null; pronoun: boolean; side: string } {
  const vs = toks[i]!.start;
  const ve = toks[vEnd - 1]!.end;
  // '"… the civilians …," the service told X': the subject stands after the quotation, never inside it
  const qEnd = quoteEndBefore(text, s.start, vs);
  if (qEnd > s.start) {
    ms = ms.filter((m) => m.cs >= qEnd || m.cs >= vs);
    s = { start: qEnd, end: s.end };
  }
  if (prev && c.pronouns.has(prev.low)) return { source: null, pronoun: true, side: 'pronoun' };
  // "… denied that … and said …": the subject of the verb before
  if (prev && c.conj.has(prev.low) && i >= 2) return { source: null, pronoun: true, side: 'coordinated' };
  const inverted = !prev || BOUNDARY.test(prev.text) || c.inversion.has(prev.low);
  const tryBefore = (): SourceRef | null => {
    const m = lastBefore(ms, vs, MAX_GAP, text);
    if (m) return refOf(m);
    return literalBefore(lx, text, s.start, vs);
  };
  const tryAfter = (): SourceRef | null => {
    const m = firstAfter(ms, ve, 50, text);
    if (m) return modifierHead(lx, text, m) ?? refOf(m);
    const next = toks[vEnd];
    if (next && c.pronouns.has(next.low)) return null;
    return literalAfter(lx, text, ve, stopAt(a, ve, s.end, kwStarts));
  };
  if (side === 'after' || (side === 'either' && inverted)) {
    const next = toks[vEnd];
    if (next && c.pronouns.has(next.low)) return { source: null, pronoun: true, side: 'pronoun' };
    const r = tryAfter();
    if (r || side === 'after') return { source: r, pronoun: false, side: 'after' };
  }
  // subject before the verb: an actor mention close by (the first of coordinated ones), else the words right before it;
  // after an apposition ("Al-Shabaab, which is linked to al-Qaeda, said") the subject stands before it
  let m = lastBefore(ms, vs, MAX_GAP, text, c);
  if (m && prev?.text === ',') {
    const open = text.lastIndexOf(',', prev.start - 1);
    if (open > m.ce || (open >= s.start && m.cs > open)) {
      const outer = lastBefore(ms, open, 60, text, c);
      if (outer && outer.ce <= open && /^\s*$/u.test(text.slice(outer.ce, open))) m = outer;
    }
  }
  if (m) return { source: refOf(m), pronoun: false, side: 'before' };
  if (side === 'either') {
    // an unnamed body right before the verb ("Oppositiepartijen beschuldigen de politie …") is its subject
    const lit = literalBefore(lx, text, s.start, vs);
    if (lit?.generic && lit.ce >= vs - 2) return { source: lit, pronoun: false, side: 'before' };
    const mAfter = firstAfter(ms, ve, 50, text);
    if (mAfter) return { source: modifierHead(lx, text, mAfter) ?? refOf(mAfter), pronoun: false, side: 'after' };
  }
  return { source: tryBefore(), pronoun: false, side: 'before' };
}
