/** Decide sub-types that the trigger word alone does not settle (territory, protests, generic attacks). */
import type { Analysis } from '../../core/analysis.js';
import type { Span } from '../../core/span.js';
import type { EventActor } from './actors.js';
import { isStateActor } from './actors.js';
import type { CompiledLexicon } from './compile.js';
import { contextFilter } from './filters.js';
import type { TriggerRule } from './lexicon.js';
import type { LiteralIndex } from './prefilter.js';
import { literalsOf, testSpan } from './prefilter.js';

/** A lexicon regex with the `g` flag added, made once. */
const globalOf = new WeakMap<RegExp, RegExp>();
function globalVersion(re: RegExp): RegExp {
  let g = globalOf.get(re);
  if (!g) globalOf.set(re, (g = new RegExp(re.source, 'giu')));
  return g;
}

/** The negation filters of a lexicon, picked once. */
const negationsOf = new WeakMap<CompiledLexicon, CompiledLexicon['filters']>();
function negations(lex: CompiledLexicon): CompiledLexicon['filters'] {
  let n = negationsOf.get(lex);
  if (!n) negationsOf.set(lex, (n = lex.filters.filter((f) => f.filter.reason === 'negation')));
  return n;
}

export interface TypeChoice {
  type: string;
  subType: string;
  rule: string;
}

const GOV = 'Government regains territory';
const NSA = 'Non-state actor overtakes territory';

/** Is the capturing side a state force? From the actors stage, else from force words before the trigger. */
function captorIsState(a: Analysis, scope: Span, trigger: Span, actors: EventActor[], lex: CompiledLexicon, useWords: boolean): { state: boolean | null; how: string } {
  const initiators = actors.filter((x) => x.role === 'initiator').sort((x, y) => y.mention.start - x.mention.start);
  for (const i of initiators) {
    const s = isStateActor(i.actor);
    if (s !== null) return { state: s, how: 'actor' };
  }
  if (!useWords) return { state: null, how: 'none' };
  const before = a.text.slice(scope.start, trigger.start);
  // the force word nearest before the trigger
  const lastIndex = (re: RegExp): number => {
    const g = globalVersion(re);
    g.lastIndex = 0;
    let last = -1;
    for (let m = g.exec(before); m; m = g.exec(before)) {
      last = m.index;
      if (m[0].length === 0) g.lastIndex++;
    }
    return last;
  };
  const st = lastIndex(lex.stateForces);
  const ns = lastIndex(lex.nonStateForces);
  if (st < 0 && ns < 0) return { state: null, how: 'none' };
  return { state: st > ns, how: 'words' };
}

/** A cue in scope that no negation filter cancels ("no arrests were reported" is not an intervention). */
function assertedCue(text: string, scope: Span, cue: RegExp, lex: CompiledLexicon, index?: LiteralIndex): boolean {
  if (index && !index.within(literalsOf(cue), scope.start, scope.end)) return false;
  const g = globalVersion(cue);
  g.lastIndex = 0;
  const s = text.slice(scope.start, scope.end);
  const negs = negations(lex);
  for (let m = g.exec(s); m; m = g.exec(s)) {
    if (m[0].length === 0) {
      g.lastIndex++;
      continue;
    }
    const at: Span = { start: scope.start + m.index, end: scope.start + m.index + m[0].length };
    if (!contextFilter(text, scope, at, negs, false, '', scope, index)) return true;
  }
  return false;
}

export function resolveType(
  a: Analysis,
  rule: TriggerRule,
  ctx: { clause: Span; sentence: Span; paragraph: Span; trigger: Span; next?: Span; prev?: Span },
  actors: EventActor[],
  lex: CompiledLexicon,
  index?: LiteralIndex,
): TypeChoice {
  const base: TypeChoice = { type: rule.type, subType: rule.subType, rule: rule.id };
  switch (rule.resolve) {
    case 'territory':
    case 'retake': {
      // a retake is the government's unless the actors stage names a non-state captor;
      // a capture is decided by force words in the clause, then the sentence
      const retake = rule.resolve === 'retake';
      let r = captorIsState(a, ctx.clause, ctx.trigger, actors, lex, !retake);
      if (r.state === null && !retake) r = captorIsState(a, ctx.sentence, ctx.trigger, [], lex, true);
      if (r.state === null) return { ...base, subType: retake ? GOV : rule.subType };
      return { ...base, subType: r.state ? GOV : NSA, rule: `${rule.id}+captor-${r.how}` };
    }
    case 'protest': {
      if (lex.violentBefore && testSpan(lex.violentBefore, a.text, Math.max(ctx.clause.start, ctx.trigger.start - 30), ctx.trigger.start, index)) {
        return { type: 'Riots', subType: 'Violent demonstration', rule: `${rule.id}+violent` };
      }
      const scope: Span = { start: (ctx.prev ?? ctx.sentence).start, end: (ctx.next ?? ctx.sentence).end };
      if (assertedCue(a.text, scope, lex.protestExcessive, lex, index)) return { ...base, subType: 'Excessive force against protesters', rule: `${rule.id}+excessive` };
      if (assertedCue(a.text, scope, lex.protestIntervention, lex, index)) return { ...base, subType: 'Protest with intervention', rule: `${rule.id}+intervention` };
      return base;
    }
    // 'attack': the event frame decides (./frame.ts, ./table.ts)
    case 'clash': {
      // "protesters clashed with police", "clashes between demonstrators and police"
      const ae = Math.min(ctx.clause.end, ctx.trigger.end + 50);
      if (lex.crowd && (testSpan(lex.crowd, a.text, ctx.clause.start, ctx.trigger.start, index) || testSpan(lex.crowd, a.text, ctx.trigger.end, ae, index))) return { type: 'Riots', subType: 'Violent demonstration', rule: `${rule.id}+crowd` };
      return base;
    }
    case 'looting': {
      if (lex.crowd && testSpan(lex.crowd, a.text, (ctx.prev ?? ctx.sentence).start, ctx.sentence.end, index)) return { type: 'Riots', subType: 'Violent demonstration', rule: `${rule.id}+crowd` };
      return base;
    }
    default:
      return base;
  }
}
