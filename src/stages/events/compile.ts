/** Compile a language's events lexicon (regex sources) once, cached per lexicon object. */
import type { ContextFilter, EventsLexicon, TriggerRule } from './lexicon.js';

export interface CompiledTrigger {
  rule: TriggerRule;
  re: RegExp;
  requires?: RegExp;
  unless?: RegExp;
}

export interface CompiledFilter {
  filter: ContextFilter;
  before?: RegExp;
  after?: RegExp;
  appliesTo?: RegExp;
  scope: 'clause' | 'sentence';
  window: number;
}

export interface CompiledLexicon {
  triggers: CompiledTrigger[];
  filters: CompiledFilter[];
  clauseBreak: RegExp;
  coordination: RegExp;
  coordinationTail?: RegExp;
  definiteBefore?: RegExp;
  reportTimeBefore?: RegExp;
  referenceBefore: RegExp;
  speakerAfter: RegExp;
  speakerBefore?: RegExp;
  protestIntervention: RegExp;
  protestExcessive: RegExp;
  civilianTarget: RegExp;
  protesterTarget?: RegExp;
  crowd?: RegExp;
  denialBefore?: RegExp;
  agentBefore?: RegExp;
  stateForces: RegExp;
  nonStateForces: RegExp;
}

/** A Unicode-aware word boundary (JS `\\b` only knows ASCII letters, even with the `u` flag). */
const UB = '(?:(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}]))';

/** Rewrite `\\b` in a lexicon pattern to the Unicode-aware boundary. */
export function unicodeBoundaries(source: string): string {
  return source.replace(/(?<!\\)\\b/g, UB);
}

/** Letter boundaries around a trigger pattern: no letter or digit may touch it. */
export function bounded(source: string): string {
  return `(?<![\\p{L}\\p{N}])(?:${unicodeBoundaries(source)})(?![\\p{L}\\p{N}])`;
}

const cache = new WeakMap<EventsLexicon, CompiledLexicon>();

export function compileLexicon(lex: EventsLexicon): CompiledLexicon {
  const hit = cache.get(lex);
  if (hit) return hit;
  const iu = (s: string): RegExp => new RegExp(unicodeBoundaries(s), 'iu');
  const out: CompiledLexicon = {
    triggers: lex.triggers.map((rule) => ({
      rule,
      re: new RegExp(bounded(rule.pattern), 'dgiu'),
      ...(rule.requires ? { requires: iu(rule.requires) } : {}),
      ...(rule.unless ? { unless: iu(rule.unless) } : {}),
    })),
    filters: lex.filters.map((filter) => ({
      filter,
      ...(filter.before ? { before: iu(filter.before) } : {}),
      ...(filter.after ? { after: iu(filter.after) } : {}),
      ...(filter.appliesTo ? { appliesTo: new RegExp(filter.appliesTo, 'u') } : {}),
      scope: filter.scope ?? 'clause',
      window: filter.window ?? 80,
    })),
    clauseBreak: new RegExp(unicodeBoundaries(lex.clauseBreak), 'giu'),
    coordination: iu(lex.coordination),
    ...(lex.coordinationTail ? { coordinationTail: iu(lex.coordinationTail) } : {}),
    ...(lex.definiteBefore ? { definiteBefore: iu(lex.definiteBefore) } : {}),
    ...(lex.reportTimeBefore ? { reportTimeBefore: iu(lex.reportTimeBefore) } : {}),
    referenceBefore: iu(lex.referenceBefore),
    speakerAfter: iu(lex.speakerAfter),
    ...(lex.speakerBefore ? { speakerBefore: iu(lex.speakerBefore) } : {}),
    protestIntervention: iu(lex.protestIntervention),
    protestExcessive: iu(lex.protestExcessive),
    civilianTarget: iu(lex.civilianTarget),
    ...(lex.protesterTarget ? { protesterTarget: iu(lex.protesterTarget) } : {}),
    ...(lex.crowd ? { crowd: iu(lex.crowd) } : {}),
    ...(lex.denialBefore ? { denialBefore: iu(lex.denialBefore) } : {}),
    ...(lex.agentBefore ? { agentBefore: iu(lex.agentBefore) } : {}),
    stateForces: iu(lex.stateForces),
    nonStateForces: iu(lex.nonStateForces),
  };
  cache.set(lex, out);
  return out;
}
