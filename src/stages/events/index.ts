/**
 * Events stage: trigger words → ACLED-typed event drafts with location, date
 * window, actors and provenance. Language data comes from the pack
 * (`pack.events`, typed by ./lexicon.ts); no file of this stage holds
 * language words.
 *
 * Per sentence (./units.ts): triggers (./triggers.ts: the pack's patterns,
 * plus ./role-triggers.ts: clauses whose role words fill a remote-violence
 * frame) → context filters (./filters.ts: negation, future, threat, purpose,
 * generic; "the attack" and denials only join) → the event frame of the
 * clause (./frame.ts: predicate + means + target + agent, from the pack's
 * role words by stem and compound split, ./roles.ts) decided by the one
 * language-independent table (./table.ts), the trigger's own resolution
 * (./subtype.ts: territory, protests, clashes, looting) where no row
 * applies; a bare attack word that names nothing only joins → date window
 * (./date.ts) → location(s), one event per coordinated place
 * (./location.ts) → actors (./actors.ts). Then the mentions of one article
 * are merged (./merge.ts) and parts of one event folded together
 * (./fold.ts). Every field carries its rule id in `rules`.
 */
import type { Analysis, EventDraft } from '../../core/analysis.js';
import { outSpan } from '../../core/analysis.js';
import type { DateWindow, EventLocation } from '../../core/schema.js';
import type { Span } from '../../core/span.js';
import { stage } from '../../core/stage.js';
import type { StageContext } from '../../core/stage.js';
import type { EventActor } from './actors.js';
import { eventActors } from './actors.js';
import { DEFAULT_RULE } from './compat.js';
import { compileLexicon } from './compile.js';
import type { CompiledLexicon } from './compile.js';
import { chooseDate, isBackground, MAX_EVENT_WINDOW_DAYS, ownTimeKind, windowDays } from './date.js';
import { contextFilter } from './filters.js';
import { chooseLocations, dominantPlace, placeRoles, toEventLocation } from './location.js';
import type { LocationChoice, PlaceRoles } from './location.js';
import { mergeEvents } from './merge.js';
import { resolveType } from './subtype.js';
import { buildFrame } from './frame.js';
import { decide } from './table.js';
import { roleTriggers } from './role-triggers.js';
import { findTriggers } from './triggers.js';
import { fold, LiteralIndex, testSpan } from './prefilter.js';
import { clauses, paragraphUnits, sentenceUnits } from './units.js';

interface Candidate {
  type: string;
  subType: string;
  location: EventLocation;
  date: DateWindow;
  heading: boolean;
  anaphoric: boolean;
  joinOnly: boolean;
  generic: boolean;
  antecedent?: boolean;
  evidence: Array<{ start: number; end: number; text: string }>;
  sentences: number[];
  actors: EventActor[];
  trigger: Span;
  sentence: number;
  paragraph: number;
  rules: Record<string, string>;
  when?: 'vague' | 'specific';
  means?: string[];
  spread?: boolean;
  counts?: number[];
  site?: string;
}

/** Event types told of a crowd, which may spread from place to place as one country-wide event. */
const CROWD_TYPES = new Set(['Protests', 'Riots']);

/** The kind of event whose damage elsewhere makes another event of its kind. */
const INHERIT_FROM = 'Explosions/Remote violence';

/** How many sentences back an event may be that a place- and timeless sentence continues. */
const CONTINUATION_SENTENCES = 2;

/** Time rule ids of each pack whose expressions name only a vague past ("recently"). */
const vagueRules = new WeakMap<object, Set<string>>();

function vagueTimeRules(ctx: StageContext, lang: string | undefined): Set<string> {
  const pack = (lang ? ctx.packs[lang] : undefined) ?? ctx.lang;
  let set = vagueRules.get(pack);
  if (!set) vagueRules.set(pack, (set = new Set((pack.time?.rules ?? []).filter((r) => r.kind === 'recent').map((r) => r.id))));
  return set;
}

function lexiconFor(ctx: StageContext, lang: string | undefined): CompiledLexicon | null {
  const pack = (lang ? ctx.packs[lang] : undefined) ?? ctx.lang;
  if (!pack.events || !Array.isArray(pack.events.triggers) || pack.events.triggers.length === 0) return null;
  return compileLexicon(pack.events);
}

const NUMBER = /(?<![\p{L}\p{N}.,:/-])\p{N}{1,3}(?:[.,]\p{N}{3})*(?![\p{L}\p{N}]|[.,:/]\p{N})/gu;

/**
 * The numbers of a clause that count people or things ("87 people were abducted"): not years, times,
 * dates or measures ("ten km", "300 dollars"). Two mentions counting different victims are different events.
 */
export function victimCounts(text: string, clause: Span, lex: CompiledLexicon): number[] {
  const out: number[] = [];
  const s = text.slice(clause.start, clause.end);
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(s); m; m = NUMBER.exec(s)) {
    const n = Number(m[0].replace(/[.,]/gu, ''));
    if (!(n > 0) || (n >= 1900 && n <= 2100)) continue;
    if (lex.unitAfter && lex.unitAfter.test(s.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
    out.push(n);
  }
  return out;
}

/** Whether the chosen place is a settlement the gazetteer lacks, told in the mention's own clause or sentence and located at its division. */
function site(loc: LocationChoice, borrowed: boolean): boolean {
  return !borrowed && (loc.tier === 'clause' || loc.tier === 'sentence') && loc.place.level !== 'place' && (loc.place.rule ?? '').startsWith('places.unit.');
}

/** The name the text gives a country (its first country-level mention), else its code. */
function countryName(a: Analysis, cc: string): string {
  return a.places.find((p) => p.level === 'country' && p.country === cc && p.kind === 'toponym')?.name ?? cc;
}

export function extractEvents(a: Analysis, ctx: StageContext): EventDraft[] {
  const paragraphs = paragraphUnits(a);
  const sentences = sentenceUnits(a, paragraphs);
  const paraSpan = new Map(paragraphs.map((p) => [p.index, p]));
  const paraLang = new Map(a.paragraphs.map((p) => [p.index, p.lang]));
  const baseLex = lexiconFor(ctx, undefined);
  if (!baseLex) {
    ctx.report({ code: 'events/no-lexicon', severity: 'warning', message: `language pack '${ctx.lang.code}' has no event triggers` });
    return [];
  }
  // where each lexicon's literals occur in the text: pre-tests before regexes
  const folded = fold(a.text);
  const indexes = new Map<CompiledLexicon, LiteralIndex>();
  const indexFor = (lex: CompiledLexicon): LiteralIndex => {
    let x = indexes.get(lex);
    if (!x) indexes.set(lex, (x = new LiteralIndex(a.text, lex.automaton, folded)));
    return x;
  };
  const rolesByLex = new Map<CompiledLexicon, PlaceRoles>();
  const rolesFor = (lex: CompiledLexicon): PlaceRoles => {
    let r = rolesByLex.get(lex);
    if (!r) rolesByLex.set(lex, (r = placeRoles(a, lex, indexFor(lex))));
    return r;
  };
  const dominant = dominantPlace(rolesFor(baseLex));
  const cands: Candidate[] = [];
  sentences.forEach((sent, si) => {
    const lex = lexiconFor(ctx, paraLang.get(sent.paragraph)) ?? baseLex;
    const para = paraSpan.get(sent.paragraph) ?? sent;
    const next = sentences[si + 1];
    const nextInPara = next && next.paragraph === sent.paragraph ? next : undefined;
    const prev = si > 0 ? sentences[si - 1] : undefined;
    const prevInPara = prev && prev.paragraph === sent.paragraph ? prev : undefined;
    const cls = clauses(a.text, sent, lex.clauseBreak);
    const index = indexFor(lex);
    const found = findTriggers(a.text, sent, lex.triggers, index);
    // clauses no pattern matched in may still fill a frame with their role words ("a shell hit the market")
    const hits = lex.roles ? [...found, ...roleTriggers(a.text, paraLang.get(sent.paragraph) ?? ctx.lang.code, cls, lex.roles, found)] : found;
    for (const hit of hits) {
      const clause = cls.find((c) => c.start <= hit.start && hit.start < c.end) ?? sent;
      const rule = hit.trigger.rule;
      const verdict = contextFilter(a.text, clause, hit, lex.filters, rule.generic === true, rule.id, sent, index);
      // "the attack" refers back: it may still tell where the event took place, but makes none of its own
      const refersBack = verdict?.reason === 'anaphora' || verdict?.reason === 'casualty';
      if (verdict && !refersBack) {
        ctx.report({
          code: 'events/filtered',
          severity: 'info',
          message: `${rule.id} not an event: ${verdict.reason} (${verdict.id})`,
          span: outSpan(a, hit.start, hit.end),
        });
        continue;
      }
      // in a language that capitalises its nouns, a lower-case trigger is a verb form: "in dem Bundesstaat verschleppt" refers back to nothing
      const verbForm = lex.capitalisedNouns === true && !/^\p{Lu}/u.test(a.text.slice(hit.start, hit.end));
      const antecedent = lex.antecedentBefore !== undefined && testSpan(lex.antecedentBefore, a.text, Math.max(sent.start, hit.start - 40), hit.start, index);
      const spreadCue = !antecedent && lex.spread !== undefined && testSpan(lex.spread, a.text, clause.start, clause.end, index);
      const anaphoricCue = !verbForm && !rule.generic && lex.definiteBefore !== undefined && testSpan(lex.definiteBefore, a.text, Math.max(clause.start, hit.start - 40), hit.start, index);
      const denied = lex.denialBefore !== undefined && testSpan(lex.denialBefore, a.text, Math.max(sent.start, hit.start - 100), hit.start, index);
      const actors = eventActors(a, clause, sent, hit, lex.agentBefore, index);
      const typed = resolveType(a, rule, { clause, sentence: sent, paragraph: para, trigger: hit, ...(nextInPara ? { next: nextInPara } : {}), ...(prevInPara ? { prev: prevInPara } : {}) }, actors, lex, index);
      // the event frame of the clause (predicate + means + target) decides the type by the one table
      const frame = buildFrame({ text: a.text, rule, trigger: hit, match: hit.match, clause }, lex, lex.roles, index);
      const row = rule.framed ? null : decide(frame);
      if (row && (row.type !== typed.type || row.subType !== typed.subType)) {
        typed.type = row.type;
        typed.subType = row.subType;
        typed.rule = `${rule.id}+${row.id}`;
      }
      // "the riots spread to other cities": a country-wide protest or riot of its own, not the one told before
      // (not "after the arrest of X, riots broke out in several cities": the arrest took place once;
      // strikes "on several cities" are each a strike of its own city)
      const spread = spreadCue && CROWD_TYPES.has(typed.type);
      let date = chooseDate(a, { clause, sentence: sent, paragraph: para, trigger: hit }, ctx.refDate, lex.reportTimeBefore, index);
      if (isBackground(date, ctx.refDate)) {
        ctx.report({
          code: 'events/background',
          severity: 'info',
          message: `${rule.id}: background event (${date.start}..${date.end}) more than a year before the document`,
          span: outSpan(a, hit.start, hit.end),
        });
        continue;
      }
      if (windowDays(date) > MAX_EVENT_WINDOW_DAYS) {
        ctx.report({
          code: 'events/ongoing',
          severity: 'info',
          message: `${rule.id}: a state of affairs over ${windowDays(date)} days (${date.start}..${date.end}), not one event`,
          span: outSpan(a, hit.start, hit.end),
        });
        continue;
      }
      const locs = chooseLocations(a, { clause, sentence: sent, paragraph: para, trigger: hit, others: hits.map((h) => h.match) }, lex, rolesFor(lex), dominant);
      if (rule.resolve === 'inherit') {
        // damage told at a place of its own, right after a strike: another strike of that kind there
        const strike = [...cands].reverse().find((c) => !c.joinOnly && c.type === INHERIT_FROM && sent.index - c.sentence <= CONTINUATION_SENTENCES);
        const own = locs[0];
        if (!strike || !own || (own.tier !== 'clause' && own.tier !== 'sentence')) continue;
        typed.type = strike.type;
        typed.subType = strike.subType;
        typed.rule = `${rule.id}+as:${strike.rules['type'] ?? ''}`;
        if (date.rule === DEFAULT_RULE) date = strike.date;
      }
      // "on the same night, in Y": dated by the event told just before
      if (date.rule === DEFAULT_RULE && lex.sameTime && testSpan(lex.sameTime, a.text, sent.start, sent.end, index)) {
        const before = [...cands].reverse().find((c) => !c.joinOnly && c.date.rule !== DEFAULT_RULE);
        if (before) date = { ...before.date, rule: `date.same-time:${before.date.rule ?? ''}` };
      }
      if (locs.length === 0) {
        ctx.report({ code: 'events/no-location', severity: 'info', message: `${rule.id}: no place to locate the event`, span: outSpan(a, hit.start, hit.end) });
        continue;
      }
      // a sentence that names neither place nor time continues the story of the event just told
      // the latest event of the same type told shortly before, else the latest event
      const recent = cands.filter((c) => !c.joinOnly && !c.heading && sent.index - c.sentence <= CONTINUATION_SENTENCES);
      const last = [...recent].reverse().find((c) => c.type === typed.type) ?? recent[recent.length - 1];
      const continues =
        locs.length === 1 &&
        locs[0]!.tier === 'document' &&
        date.rule === DEFAULT_RULE &&
        last !== undefined &&
        last.location.level !== 'country';
      if (continues) date = last.date;
      // a sentence with no place and no time of its own right after a country-wide event tells more of it
      const spreadLast = [...recent].reverse().find((c) => c.spread === true && c.type === typed.type);
      const continuesSpread =
        !continues && spreadLast !== undefined && date.rule !== undefined && !/^date\.(?:clause|sentence)/u.test(date.rule) &&
        locs.every((l) => l.tier === 'paragraph' || l.tier === 'document');
      if (continuesSpread) date = spreadLast.date;
      const means = (lex.means ?? []).filter((m) => m.re.test(a.text.slice(clause.start, clause.end))).map((m) => m.id);
      // a bare attack word (no means, no target, no agent, no party and no place of its own in its sentence) tells nothing:
      // it may join an event told elsewhere, but makes none
      const bare =
        rule.generic === true && frame.predicate === 'attack' && frame.means.length === 0 && frame.target === null && !frame.agent &&
        actors.length === 0 && locs.every((l) => l.tier !== 'clause' && l.tier !== 'sentence' && l.tier !== 'reference');
      const when = continues ? last.when : ownTimeKind(date, vagueTimeRules(ctx, paraLang.get(sent.paragraph)));
      const counts = victimCounts(a.text, clause, lex);
      // "riots in X spread to other cities": the riot of X, and a country-wide one beside it
      const own = (l: LocationChoice): boolean => (l.tier === 'clause' || l.tier === 'sentence') && l.place.level !== 'country';
      const entries: Array<{ loc: LocationChoice; wide: boolean }> = spread
        ? [{ loc: locs[0]!, wide: true }, ...locs.map((loc) => ({ loc, wide: false }))]
        : continuesSpread
          ? [{ loc: locs[0]!, wide: true }]
          : locs.map((loc) => ({ loc, wide: false }));
      for (const { loc, wide } of entries) {
        const told = continues ? { ...last.location, rule: 'loc.previous-event', stated: false } : continuesSpread ? { ...spreadLast.location } : toEventLocation(a, loc);
        const location: EventLocation = spread && wide ? { level: 'country', name: countryName(a, told.country), country: told.country, rule: 'loc.spread-country', stated: true } : told;
        cands.push({
          type: typed.type,
          subType: typed.subType,
          location,
          date,
          heading: sent.heading,
          anaphoric: wide ? false : anaphoricCue,
          joinOnly: denied || refersBack || rule.joinOnly === true || bare,
          generic: rule.generic === true,
          ...(antecedent ? { antecedent } : {}),
          evidence: [outSpan(a, sent.start, sent.end)],
          sentences: [sent.index],
          actors,
          trigger: { start: hit.start, end: hit.end },
          sentence: sent.index,
          paragraph: sent.paragraph,
          rules: { type: typed.rule, filter: 'none' },
          ...(when ? { when } : {}),
          ...(means.length > 0 ? { means } : {}),
          ...(wide ? { spread: true } : {}),
          ...(counts.length > 0 ? { counts } : {}),
          ...(site(loc, continues || wide) ? { site: a.text.slice(loc.place.cs, loc.place.ce) } : {}),
        });
      }
    }
  });
  const { merged, absorbed, droppedHeadlines } = mergeEvents(cands);
  for (const h of droppedHeadlines) {
    const what = h.heading ? 'headline mention without a body event' : 'denied mention without an event told elsewhere';
    ctx.report({ code: h.heading ? 'events/headline-only' : 'events/denied-only', severity: 'info', message: `${h.rules['type'] ?? ''}: ${what}`, span: outSpan(a, h.trigger.start, h.trigger.end) });
  }
  if (absorbed > 0) ctx.report({ code: 'events/merged', severity: 'info', message: `${absorbed} mention(s) merged into earlier events` });
  const undated = merged.filter((c) => !c.date.start).length;
  if (undated > 0) {
    ctx.report({ code: 'events/no-date', severity: 'warning', message: `${undated} event(s) without a date: the document has no date and the text names none (use --date)` });
  }
  return merged.map((c, i): EventDraft => {
    // actors in text order: the initiator side first
    c.actors.sort((x, y) => x.mention.start - y.mention.start);
    const names = [...new Set(c.actors.map((x) => x.actor.name))];
    const roles = c.actors.map((x) => ({ name: x.actor.name, role: x.role }));
    return {
      id: `ev${i + 1}`,
      type: c.type,
      subType: c.subType,
      date: c.date,
      location: c.location,
      actors: names,
      ...(roles.length > 0 ? { actorRoles: roles } : {}),
      sources: [{ name: null, hedge: 'asserted' }],
      trigger: outSpan(a, c.trigger.start, c.trigger.end),
      evidence: c.evidence,
      rules: {
        ...c.rules,
        location: c.location.rule ?? 'loc.unknown',
        date: c.date.rule ?? 'date.unknown',
        actors: c.actors.length > 0 ? 'actors.clause' : 'actors.none',
      },
      cs: c.trigger.start,
      ce: c.trigger.end,
      sentence: c.sentence,
      sentences: c.sentences,
    };
  });
}

export const events = stage('events', (a, ctx) => ({ ...a, events: extractEvents(a, ctx) }));
