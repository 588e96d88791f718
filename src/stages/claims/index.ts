/**
 * claims: for every event and casualty figure, who claims it and how surely
 * ({name, aliases, hedge, cue, span, rule}; name null = the article's own voice).
 * A claim's scope is its sentence; a sentence without an attribution of its
 * own continues the one before when it says so ("Dabei seien …", "Daarbij
 * zouden …"), and a figure continues the source of the sentence before it in
 * the same paragraph. Attributions in the sentences after an event that tell
 * no event of their own (denials, claims of responsibility) belong to it.
 * Finally the events' tolls are recomputed with the figures' sources known.
 */
import type { Analysis, CasualtyDraft, EventDraft } from '../../core/analysis.js';
import { outSpan } from '../../core/analysis.js';
import type { Claim, Hedge } from '../../core/schema.js';
import type { Span } from '../../core/span.js';
import { stage } from '../../core/stage.js';
import { applyTolls, untoldDeaths } from '../casualties/index.js';
import type { CasualtiesLexicon } from '../casualties/lexicon.js';
import { isHeadingParagraph, sentenceAt, sentenceRanges, type SentenceRange } from '../casualties/sentences.js';
import { sentenceMarks, type Attribution, type SentenceMarks } from './attribution.js';
import { hedgeForEvent, hedgeForFigure, sideOf, type HedgeInput } from './hedge.js';
import type { ClaimsLexicon } from './lexicon.js';
import { partiesOnly } from './parties.js';
import { mergeRepeats } from './repeats.js';

interface Voice {
  att: Attribution | null;
  inherited: boolean;
  /** continues a party's claim of its own success ("X said it had taken the village. Dabei seien …") */
  claimed?: boolean;
}

function explicit(m: SentenceMarks): Attribution[] {
  return m.atts.filter((x) => x.source !== null);
}

/** Resolve pronoun sources ("It said", "volgens hem") to the source named last before them. */
function resolvePronouns(marks: SentenceMarks[]): void {
  let last: Attribution | null = null;
  for (const m of marks) {
    for (const att of m.atts) {
      if (att.pronoun && last?.source) att.source = last.source;
      if (att.source) last = att;
    }
  }
}

/**
 * The speaker whose words a paragraph of reported speech goes on with: a paragraph opening with a quotation, or in
 * the reported-speech mood ("seien", "zouden"), with no attribution of its own, continues the speaker named last in
 * the paragraph before ('The mayor said the market was hit. ¶ "Nine people died there."').
 */
function speakerBefore(text: string, k: number, sents: readonly SentenceRange[], marks: readonly SentenceMarks[]): Attribution[] {
  const s = sents[k]!;
  const p = sents[k - 1];
  if (!p || p.paragraph !== s.paragraph - 1) return [];
  // only the paragraph's first sentences up to k, none attributing anything
  for (let j = k; j >= 0 && sents[j]!.paragraph === s.paragraph; j--) if (explicit(marks[j]!).length > 0) return [];
  const first = sents.find((x) => x.paragraph === s.paragraph)!;
  const quoted = /^\s*["“„«‘]/u.test(text.slice(first.start, first.end));
  const m = marks[k]!;
  if (!quoted && !m.continuation && !m.modal) return [];
  return explicit(marks[k - 1]!).filter((x) => x.force === 'say' || x.force === 'according');
}

function voicesOf(k: number, sents: readonly SentenceRange[], marks: readonly SentenceMarks[], forFigure: boolean, text = ''): Voice[] {
  const m = marks[k]!;
  const own = explicit(m);
  if (own.length > 0) return own.map((att) => ({ att, inherited: false }));
  const samePara = k > 0 && sents[k - 1]!.paragraph === sents[k]!.paragraph;
  const prev = samePara ? explicit(marks[k - 1]!) : k > 0 && text ? speakerBefore(text, k, sents, marks) : [];
  if (prev.length > 0 && (m.continuation || (!m.hearsay && (m.modal || forFigure)) || !samePara)) {
    {
      const pm = marks[k - 1]!;
      const claimed = pm.selfSuccess.length > 0 || pm.claimCue !== null;
      const kept = prev.filter((p) => p.force !== 'deny');
      // a sentence after a denial only inherits what was asserted; after nothing but denials, it has its own voice
      if (kept.length > 0) return kept.map((att) => ({ att: { ...att, force: att.force === 'accuse' ? 'say' : att.force }, inherited: true, claimed }));
    }
  }
  return [{ att: null, inherited: false }];
}

/** Is there a hearsay cue in the colon-delimited part of the sentence around `at`? */
function hearsayAt(a: Analysis, m: SentenceMarks, s: SentenceRange, at: number | null): boolean {
  if (at === null) return m.cues.length > 0;
  const body = a.text.slice(s.start, s.end);
  let ps = s.start;
  let pe = s.end;
  for (const c of body.matchAll(/:\s/gu)) {
    const p = s.start + c.index;
    if (p < at) ps = p;
    else {
      pe = p;
      break;
    }
  }
  return m.cues.some((c) => c.start >= ps && c.start < pe);
}

/** The success reports a voice speaks: those after its cue and before the next source's cue. */
function ownSuccess(v: Voice, m: SentenceMarks): Span[] {
  if (!v.att || v.inherited) return m.selfSuccess;
  const from = v.att.cue.start;
  const next = m.atts.filter((x) => x.source && x.cue.start > from && x.source.name !== v.att?.source?.name).map((x) => x.cue.start);
  const to = next.length > 0 ? Math.min(...next) : Number.MAX_SAFE_INTEGER;
  // a source named after its words ("…, the army said") speaks what stands before its cue
  const before = m.atts.filter((x) => x.source && x.cue.start < from).map((x) => x.cue.end);
  const start = v.att.source && v.att.source.cs < from ? Math.max(0, ...before) : from;
  return m.selfSuccess.filter((s) => (s.start >= from && s.start < to) || (s.start >= start && s.end <= from));
}

/**
 * A lead figure in the article's voice takes the source the next sentence
 * names after its own figures for the same event ("Three people were killed
 * in the strike. 42 more were injured, the mayor said.").
 */
function leadSource(a: Analysis, sents: readonly SentenceRange[], marks: readonly SentenceMarks[], k: number, fig: CasualtyDraft): Voice | null {
  const next = sents[k + 1];
  if (!next || next.paragraph !== sents[k]!.paragraph || fig.eventId == null) return null;
  const figs = a.casualties.filter((c) => c.cs >= next.start && c.cs < next.end);
  if (!figs.some((c) => c.eventId === fig.eventId)) return null;
  const lastFig = Math.max(...figs.map((c) => c.ce));
  const trailing = explicit(marks[k + 1]!).filter((x) => x.cue.start >= lastFig);
  const att = trailing[trailing.length - 1];
  return att ? { att, inherited: true } : null;
}

/** The next sentence of the paragraph attributes this one ("… six people died. Das teilte die Behörde mit." / "Dat meldde X."). */
function pointedBack(a: Analysis, lx: ClaimsLexicon, sents: readonly SentenceRange[], marks: readonly SentenceMarks[], k: number): Voice | null {
  const next = sents[k + 1];
  if (!next || next.paragraph !== sents[k]!.paragraph || !lx.backPointers) return null;
  const first = /^[\p{L}]+/u.exec(a.text.slice(next.start, next.end))?.[0]?.toLowerCase();
  if (!first || !lx.backPointers.includes(first)) return null;
  const att = explicit(marks[k + 1]!).find((x) => x.cue.start - next.start <= 40);
  return att ? { att, inherited: true } : null;
}

function hedgeInput(a: Analysis, s: SentenceRange, own: boolean, v: Voice, m: SentenceMarks, hearsay = m.hearsay !== null || m.modal !== null): HedgeInput {
  return {
    text: a.text.slice(s.start, s.end),
    own,
    force: v.att?.force ?? 'say',
    self: v.att?.self === true && !v.inherited,
    ...(v.att && !v.inherited ? { cue: a.text.slice(v.att.cue.start, v.att.cue.end) } : {}),
    src: v.att?.source ?? null,
    hearsay,
    claimCue: (m.claimCue !== null && v.att !== null && !v.inherited) || v.claimed === true,
    selfSuccess: ownSuccess(v, m),
  };
}

/**
 * A body named with the place it sits in ("the UN rights office in Haiti", "het VN-bureau in Goma"): the located
 * form names the same source, so the name with that place is kept as an alias (sub-unit and parent both match).
 */
export function locatedForms(a: Pick<Analysis, 'text' | 'places'>, src: { name: string; cs: number; ce: number }, lx: Pick<ClaimsLexicon, 'locatives'>): string[] {
  const preps = lx.locatives ?? [];
  if (preps.length === 0 || src.ce <= src.cs) return [];
  const after = a.text.slice(src.ce, src.ce + 40);
  const m = /^\s+(?<prep>\p{L}+)\s+/u.exec(after);
  if (!m?.groups || !preps.includes(m.groups.prep!.toLowerCase())) return [];
  const at = src.ce + m[0].length;
  const place = a.places.find((p) => p.cs === at && p.kind === 'toponym');
  if (!place) return [];
  const where = a.text.slice(place.cs, place.ce);
  return [`${a.text.slice(src.cs, src.ce)} ${m.groups.prep} ${where}`, `${src.name} ${m.groups.prep} ${where}`];
}

/**
 * A country named as the speaker ("Testland denies firing on the post") stands for its state: its government, or its
 * forces when they are a party to the event; the event's own state forces of that country become aliases of the claim.
 */
export function countryVoice(a: Pick<Analysis, 'places' | 'actors'>, c: Claim, e: Pick<EventDraft, 'actors' | 'type'>): Claim {
  if (c.name === null || !c.span) return c;
  const span = c.span;
  if (!a.places.some((p) => p.kind === 'toponym' && p.level === 'country' && p.start === span.start && p.end === span.end)) return c;
  const side = sideOf(c.name, a.actors.find((x) => x.name === c.name));
  if (side === null) return c;
  const ours = (n: string): boolean => {
    if (n === c.name) return false;
    const actor = a.actors.find((x) => x.name === n);
    return actor !== undefined && actor.inter === 1 && !/government/iu.test(actor.kind) && sideOf(n, actor) === side;
  };
  // a country denying or claiming an armed attack speaks as its possible attacker: the forces of that country the document names
  const armed = /^(Battles|Explosions\/Remote violence)$/u.test(e.type) && (c.hedge === 'denied' || c.hedge === 'claimed');
  const forces = e.actors.filter(ours);
  if (forces.length === 0 && armed) forces.push(...a.actors.map((x) => x.name).filter(ours));
  if (forces.length === 0) return c;
  return { ...c, aliases: [...new Set([...(c.aliases ?? []), ...forces])] };
}

function toClaim(a: Analysis, v: Voice, m: SentenceMarks, hedge: Hedge, lang: string, lx: ClaimsLexicon): Claim {
  const src = v.att?.source ?? null;
  const cueSpan: Span | null = v.att && !v.inherited ? v.att.cue : hedge === 'reported' ? (m.hearsay ?? m.modal) : null;
  const c: Claim = {
    name: src?.name ?? null,
    hedge,
    cue: cueSpan ? outSpan(a, cueSpan.start, cueSpan.end) : null,
    rule: v.att ? `${v.att.rule}${v.inherited ? '.continued' : ''}` : hedge === 'reported' ? `claims.${lang}.hearsay` : `claims.${lang}.article-voice`,
  };
  const aliases = [...(src?.aliases ?? []), ...(src ? locatedForms(a, src, lx) : [])].filter((x, i, all) => x !== src?.name && all.indexOf(x) === i);
  if (aliases.length > 0) c.aliases = aliases;
  if (src && !v.inherited) c.span = outSpan(a, src.cs, src.ce);
  return c;
}

/** Does a time expression of the sentence name a window apart from the event's? */
function datedApart(a: Analysis, s: SentenceRange, e: EventDraft): boolean {
  const d = e.date;
  if (!d?.start || !d.end) return false;
  return a.times.some((t) => t.cs >= s.start && t.ce <= s.end && (t.end < d.start || t.start > d.end));
}

/** Does a presupposing preposition ("after", "na", "seit") with at most a determiner stand right before the event's word? */
function presupposed(a: Analysis, lx: ClaimsLexicon, e: EventDraft): boolean {
  const preps = lx.presupposing ?? [];
  if (preps.length === 0) return false;
  const words = a.text.slice(Math.max(0, e.cs - 40), e.cs).toLowerCase().match(/[\p{L}]+|[^\s\p{L}]/gu) ?? [];
  let k = words.length - 1;
  if (k >= 0 && lx.determiners.includes(words[k]!)) k--;
  return k >= 0 && preps.includes(words[k]!);
}

function distance(att: Attribution | null, s: number, e: number): number {
  if (!att) return Number.MAX_SAFE_INTEGER;
  return att.cue.start >= e ? att.cue.start - e : s >= att.cue.end ? s - att.cue.end : 0;
}

/** Sentences cut at semicolons: each part has its own attribution ("X zou …; volgens de politie …"). */
function claimRanges(a: Analysis): SentenceRange[] {
  const out: SentenceRange[] = [];
  for (const s of sentenceRanges(a)) {
    let start = s.start;
    const body = a.text.slice(s.start, s.end);
    for (const m of body.matchAll(/;\s*/gu)) {
      out.push({ start, end: s.start + m.index, index: out.length, paragraph: s.paragraph });
      start = s.start + m.index + m[0].length;
    }
    out.push({ start, end: s.end, index: out.length, paragraph: s.paragraph });
  }
  return out;
}

export function attributeClaims(a: Analysis, lx: ClaimsLexicon, lang: string, casualtyWords: readonly RegExp[] = [], casualtyLx?: CasualtiesLexicon): { casualties: CasualtyDraft[]; events: EventDraft[] } {
  const sents = claimRanges(a);
  const marks = sents.map((s) => sentenceMarks(a, lx, lang, s, casualtyWords));
  resolvePronouns(marks);

  const figVoice = new Map<CasualtyDraft, { v: Voice; k: number }>();
  const cas = a.casualties.map((fig) => {
    const k = sentenceAt(sents, fig.cs);
    if (k < 0) return fig;
    const m = marks[k]!;
    const voices = voicesOf(k, sents, marks, true, a.text);
    let v = voices.reduce((best, x) => (distance(x.att, fig.cs, fig.ce) < distance(best.att, fig.cs, fig.ce) ? x : best));
    if (!v.att && m.cues.length === 0) v = leadSource(a, sents, marks, k, fig) ?? pointedBack(a, lx, sents, marks, k) ?? v;
    const hedge = hedgeForFigure(a, lx, hedgeInput(a, sents[k]!, true, v, m, hearsayAt(a, m, sents[k]!, fig.cs)), fig);
    const claim = toClaim(a, v, m, hedge, lang, lx);
    const out = { ...fig, source: claim.name, hedge, claim };
    figVoice.set(out, { v, k });
    return out;
  });

  const repeats = mergeRepeats(cas, a.events);
  const evSent = new Map<EventDraft, number>(a.events.map((e) => [e, sentenceAt(sents, e.cs)]));
  const events = a.events.map((e) => {
    const k = evSent.get(e)!;
    const out: Claim[] = [];
    if (k >= 0) {
      const m = marks[k]!;
      for (const v of voicesOf(k, sents, marks, false, a.text)) {
        const hedge = hedgeForEvent(a, lx, hedgeInput(a, sents[k]!, true, v, m), e);
        out.push(toClaim(a, v, m, hedge, lang, lx));
        for (const src of v.att?.also ?? []) out.push(toClaim(a, { att: { ...v.att!, source: src, also: [] }, inherited: v.inherited }, m, hedge, lang, lx));
      }
      // the sentences folded into the event (merged mentions) speak of it with their own voices
      const primaries = new Set(a.events.filter((x) => x !== e).map((x) => evSent.get(x)));
      const anchors = [k];
      for (const si of e.sentences ?? []) {
        const at = a.sentences[si]?.start;
        const kk = at === undefined ? -1 : sentenceAt(sents, at);
        if (kk < 0 || kk === k || primaries.has(kk)) continue;
        // a fold reaching beyond the next paragraph, or a sentence dated apart, is not trusted for voices
        if (Math.abs(sents[kk]!.paragraph - sents[k]!.paragraph) > 1 || datedApart(a, sents[kk]!, e)) continue;
        anchors.push(kk);
        const mk = marks[kk]!;
        for (const v of voicesOf(kk, sents, marks, false, a.text)) {
          if (!v.att) continue;
          const hedge = hedgeForEvent(a, lx, hedgeInput(a, sents[kk]!, true, v, mk), e);
          out.push(toClaim(a, v, mk, hedge, lang, lx));
          for (const src of v.att.also) out.push(toClaim(a, { att: { ...v.att, source: src, also: [] }, inherited: v.inherited }, mk, hedge, lang, lx));
        }
      }
      // the sentences of the event's figures anchor later attributions too ("… one resident was slightly hurt. The governor spoke of damage only.")
      for (const c of cas) {
        if (c.eventId !== e.id) continue;
        const kc = sentenceAt(sents, c.cs);
        if (kc > k && !anchors.includes(kc) && !primaries.has(kc)) anchors.push(kc);
      }
      // later sentences of the paragraph: what they attribute belongs to this event when they tell no event
      // of their own; claims and denials ("the army denied the town had fallen") belong to it in any case
      // (claims and denials reach a little further: "… Russia's defence ministry said its forces had struck …")
      for (const k0 of anchors)
      for (let j = k0 + 1; j < sents.length && j <= k0 + 5; j++) {
        if (isHeadingParagraph(a, sents[j]!.paragraph)) break;
        if (j > k0 + 1 && a.events.some((x) => evSent.get(x) === j - 1)) break;
        const ownEvents = a.events.some((x) => evSent.get(x) === j);
        const mj = marks[j]!;
        for (const att of explicit(mj)) {
          const v: Voice = { att, inherited: false };
          const hedge = hedgeForEvent(a, lx, hedgeInput(a, sents[j]!, !ownEvents, v, mj), e);
          // what a later paragraph asserts is its own story; only claims and denials reach back to the event
          // (and a sentence dated apart from the event, "a refugee recalled the fighting of last year", tells another story)
          const apart = sents[j]!.paragraph !== sents[k0]!.paragraph || datedApart(a, sents[j]!, e);
          if ((ownEvents || j > k0 + 3 || apart) && hedge !== 'claimed' && hedge !== 'denied') continue;
          // claims and denials reach into the next paragraph from the event's own sentence only
          if (k0 !== k && sents[j]!.paragraph !== sents[k0]!.paragraph) continue;
          out.push(toClaim(a, v, mj, hedge, lang, lx));
          for (const src of att.also) out.push(toClaim(a, { att: { ...att, source: src, also: [] }, inherited: false }, mj, hedge, lang, lx));
        }
      }
    }
    for (const c of cas) {
      if (c.eventId !== e.id || !c.claim) continue;
      // a party counting the enemies it killed claims the figure; of the event itself it may only report
      // ("the general staff counted 40 attacks; dozens of enemy soldiers were killed"): the event's own hedge
      const fv = figVoice.get(c);
      if (c.hedge === 'claimed' && fv) {
        const evHedge = hedgeForEvent(a, lx, hedgeInput(a, sents[fv.k]!, fv.k === k, fv.v, marks[fv.k]!), e);
        out.push({ ...c.claim, hedge: evHedge });
        continue;
      }
      out.push({ ...c.claim });
    }
    // a figure of this event told again by a named source elsewhere is that source's figure: the event is its claim too
    out.push(...(repeats.claimsFor.get(e.id) ?? []));
    const seen = new Set<string>();
    const sources = out.map((c) => countryVoice(a, c, e)).filter((c) => {
      const key = `${c.name ?? ''}\u0000${c.hedge}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    // a sentence of the event that attributes nothing and hedges nothing is the article's own voice too
    if (!sources.some((c) => c.name === null)) {
      const own = [k, ...(e.sentences ?? []).map((si) => { const at = a.sentences[si]?.start; return at === undefined ? -1 : sentenceAt(sents, at); })]
        .filter((kk) => kk >= 0)
        .some((kk) => { const mk = marks[kk]!; return mk.atts.length === 0 && mk.cues.length === 0 && !mk.continuation && mk.hearsay === null && mk.modal === null && !(kk > 0 && sents[kk - 1]!.paragraph === sents[kk]!.paragraph && explicit(marks[kk - 1]!).length > 0); });
      if (own) sources.push({ name: null, hedge: 'asserted', cue: null, rule: `claims.${lang}.article-voice` });
    }
    // an event named as the background of a clause ("after the arrest of X, …", "na de aanval", "seit dem Putsch") is
    // presupposed, not claimed by the clause's speaker: the article's own voice tells it
    if (!sources.some((c) => c.name === null) && presupposed(a, lx, e)) sources.push({ name: null, hedge: 'asserted', cue: null, rule: `claims.${lang}.presupposed` });
    if (sources.length === 0) sources.push({ name: null, hedge: 'asserted', cue: null, rule: `claims.${lang}.article-voice` });
    return partiesOnly(a, { ...e, sources, rules: { ...e.rules, sources: `claims.${lang}` } });
  });
  return { casualties: repeats.casualties, events: applyTolls(events, cas, casualtyLx ? untoldDeaths(a, casualtyLx, cas) : new Set()) };
}

export const claims = stage('claims', (a, ctx) => {
  const r = attributeClaims(a, ctx.lang.claims, ctx.lang.code, ctx.lang.casualties.keywords.map((k) => k.pattern), ctx.lang.casualties);
  return { ...a, casualties: r.casualties, events: r.events };
});
