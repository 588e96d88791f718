/** Compile a language's events lexicon (regex sources) once, cached per lexicon object. */
import type { ContextFilter, EventsLexicon, TriggerRule } from './lexicon.js';
import { LiteralAutomaton } from './automaton.js';
import type { RoleIndex } from './roles.js';
import { roleIndex } from './roles.js';
import { literalsOf, requiredLiterals, topAlternatives } from './prefilter.js';

export interface CompiledTrigger {
  rule: TriggerRule;
  re: RegExp;
  requires?: RegExp;
  unless?: RegExp;
  /** literals (case-folded) one of which every match of `re` / `requires` / `unless` contains (./prefilter.ts); null: no pre-test */
  lits: string[] | null;
  requiresLits: string[] | null;
  unlessLits: string[] | null;
  /**
   * The pattern's top-level alternatives with their literals: an alternative
   * whose literals a sentence lacks cannot match there, so the regex of the
   * remaining ones (cached by subset) finds the same matches, faster.
   */
  alts?: { sources: string[]; lits: Array<string[] | null>; bySubset: Map<string, RegExp> };
}

export interface CompiledFilter {
  filter: ContextFilter;
  before?: RegExp;
  after?: RegExp;
  appliesTo?: RegExp;
  scope: 'clause' | 'sentence';
  window: number;
  /** literals (case-folded) one of which every match of `before` / `after` contains; null: no pre-test */
  beforeLits: string[] | null;
  afterLits: string[] | null;
  /** `appliesTo` tested per rule id, remembered */
  appliesCache: Map<string, boolean>;
}

export interface CompiledLexicon {
  triggers: CompiledTrigger[];
  /** the pack's words by frame role, stemmed and compound-split on lookup (null: the pack lists none) */
  roles: RoleIndex | null;
  filters: CompiledFilter[];
  clauseBreak: RegExp;
  coordination: RegExp;
  coordinationTail?: RegExp;
  definiteBefore?: RegExp;
  reportTimeBefore?: RegExp;
  referenceBefore: RegExp;
  settlementBefore?: RegExp;
  farDistanceBefore?: RegExp;
  capitalisedNouns?: boolean;
  originBefore?: RegExp;
  spread?: RegExp;
  sameTime?: RegExp;
  unitAfter?: RegExp;
  means?: Array<{ id: string; re: RegExp }>;
  speakerAfter: RegExp;
  speakerBefore?: RegExp;
  protestIntervention: RegExp;
  violentBefore?: RegExp;
  protestExcessive: RegExp;
  civilianTarget: RegExp;
  protesterTarget?: RegExp;
  crowd?: RegExp;
  denialBefore?: RegExp;
  antecedentBefore?: RegExp;
  agentBefore?: RegExp;
  stateForces: RegExp;
  nonStateForces: RegExp;
  /** every literal of the pre-tests above, found in one pass over a text */
  automaton: LiteralAutomaton;
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

/** The trigger regex of only some of a pattern's top-level alternatives (same flags and letter boundaries). */
export function subsetRegex(alts: readonly string[]): RegExp {
  return new RegExp(bounded(alts.join('|')), 'dgiu');
}

const cache = new WeakMap<EventsLexicon, CompiledLexicon>();

export function compileLexicon(lex: EventsLexicon): CompiledLexicon {
  const hit = cache.get(lex);
  if (hit) return hit;
  const iu = (s: string): RegExp => new RegExp(unicodeBoundaries(s), 'iu');
  const out: Omit<CompiledLexicon, 'automaton'> = {
    roles: lex.roles ? roleIndex(lex.roles) : null,
    triggers: lex.triggers.map((rule) => {
      const re = new RegExp(bounded(rule.pattern), 'dgiu');
      const requires = rule.requires ? iu(rule.requires) : undefined;
      const unless = rule.unless ? iu(rule.unless) : undefined;
      const alts = topAlternatives(rule.pattern);
      const altLits = alts && alts.length > 1 ? alts.map((x) => requiredLiterals(unicodeBoundaries(x))) : null;
      return {
        rule,
        re,
        ...(alts && altLits && altLits.some((l) => l !== null) ? { alts: { sources: alts, lits: altLits, bySubset: new Map<string, RegExp>() } } : {}),
        ...(requires ? { requires } : {}),
        ...(unless ? { unless } : {}),
        lits: requiredLiterals(re.source),
        requiresLits: requires ? requiredLiterals(requires.source) : null,
        unlessLits: unless ? requiredLiterals(unless.source) : null,
      };
    }),
    filters: lex.filters.map((filter) => {
      const before = filter.before ? iu(filter.before) : undefined;
      const after = filter.after ? iu(filter.after) : undefined;
      return {
        filter,
        ...(before ? { before } : {}),
        ...(after ? { after } : {}),
        ...(filter.appliesTo ? { appliesTo: new RegExp(filter.appliesTo, 'u') } : {}),
        scope: filter.scope ?? 'clause',
        window: filter.window ?? 80,
        beforeLits: before ? requiredLiterals(before.source) : null,
        afterLits: after ? requiredLiterals(after.source) : null,
        appliesCache: new Map<string, boolean>(),
      };
    }),
    clauseBreak: new RegExp(unicodeBoundaries(lex.clauseBreak), 'giu'),
    coordination: iu(lex.coordination),
    ...(lex.coordinationTail ? { coordinationTail: iu(lex.coordinationTail) } : {}),
    ...(lex.definiteBefore ? { definiteBefore: iu(lex.definiteBefore) } : {}),
    ...(lex.reportTimeBefore ? { reportTimeBefore: iu(lex.reportTimeBefore) } : {}),
    referenceBefore: iu(lex.referenceBefore),
    ...(lex.settlementBefore ? { settlementBefore: iu(lex.settlementBefore) } : {}),
    ...(lex.farDistanceBefore ? { farDistanceBefore: iu(lex.farDistanceBefore) } : {}),
    ...(lex.originBefore ? { originBefore: iu(lex.originBefore) } : {}),
    ...(lex.spread ? { spread: iu(lex.spread) } : {}),
    ...(lex.sameTime ? { sameTime: iu(lex.sameTime) } : {}),
    ...(lex.unitAfter ? { unitAfter: iu(lex.unitAfter) } : {}),
    ...(lex.capitalisedNouns ? { capitalisedNouns: true } : {}),
    ...(lex.means ? { means: lex.means.map((m) => ({ id: m.id, re: iu(m.pattern) })) } : {}),
    speakerAfter: iu(lex.speakerAfter),
    ...(lex.speakerBefore ? { speakerBefore: iu(lex.speakerBefore) } : {}),
    protestIntervention: iu(lex.protestIntervention),
    ...(lex.violentBefore ? { violentBefore: iu(lex.violentBefore) } : {}),
    protestExcessive: iu(lex.protestExcessive),
    civilianTarget: iu(lex.civilianTarget),
    ...(lex.protesterTarget ? { protesterTarget: iu(lex.protesterTarget) } : {}),
    ...(lex.crowd ? { crowd: iu(lex.crowd) } : {}),
    ...(lex.denialBefore ? { denialBefore: iu(lex.denialBefore) } : {}),
    ...(lex.agentBefore ? { agentBefore: iu(lex.agentBefore) } : {}),
    ...(lex.antecedentBefore ? { antecedentBefore: iu(lex.antecedentBefore) } : {}),
    stateForces: iu(lex.stateForces),
    nonStateForces: iu(lex.nonStateForces),
  };
  const lits: string[] = [];
  for (const t of out.triggers) {
    lits.push(...(t.lits ?? []), ...(t.requiresLits ?? []), ...(t.unlessLits ?? []));
    for (const l of t.alts?.lits ?? []) lits.push(...(l ?? []));
  }
  for (const f of out.filters) lits.push(...(f.beforeLits ?? []), ...(f.afterLits ?? []));
  for (const v of Object.values(out)) if (v instanceof RegExp) lits.push(...(literalsOf(v) ?? []));
  const compiled: CompiledLexicon = { ...out, automaton: new LiteralAutomaton(lits) };
  cache.set(lex, compiled);
  return compiled;
}
