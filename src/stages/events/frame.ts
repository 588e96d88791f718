/**
 * The event frame of one trigger: its predicate (the act), the means named in
 * the trigger word or its clause, and the class of its target. ./table.ts
 * decides the ACLED type from the filled frame; the words come from the pack's
 * role lexicon (./roles.ts), so nothing here is language-specific.
 */
import type { Span } from '../../core/span.js';
import type { CompiledLexicon } from './compile.js';
import type { TriggerRule } from './lexicon.js';
import type { LiteralIndex } from './prefilter.js';
import { testSpan } from './prefilter.js';
import type { Means, PartyClass, Predicate, RoleIndex } from './roles.js';
import { wordRoles } from './roles.js';
import type { Frame } from './table.js';

const EXP = 'Explosions/Remote violence';

/** Launchers that make what they fire an air strike. */
const AIR: ReadonlySet<Means> = new Set(['aircraft', 'drone']);

/** Sub-types whose trigger word names no weapon of its own: a weapon in the clause may say which remote violence it was. */
const OPEN_REMOTE = new Set(['Shelling/artillery/missile attack']);

/** The act a trigger rule names: its own `predicate`, else read off how its type is resolved. */
export function predicateOf(rule: TriggerRule): Predicate | null {
  if (rule.predicate) return rule.predicate;
  if (rule.resolve === 'attack') return 'attack';
  if (rule.type === EXP && rule.resolve !== 'inherit') return 'strike';
  return null;
}

const LOOK_AFTER = 50;
const LOOK_BEFORE = 100;

export interface FrameInput {
  text: string;
  rule: TriggerRule;
  /** the trigger words and the whole pattern match */
  trigger: Span;
  match: Span;
  clause: Span;
}

export function buildFrame(x: FrameInput, lex: CompiledLexicon, roles: RoleIndex | null, index?: LiteralIndex): Frame {
  const predicate = predicateOf(x.rule);
  const own: Means[] = [];
  const around: Means[] = [];
  /** launchers named before the act, as its agent ("the air force fired rockets", "jets carried out missile strikes") */
  const launcher: Means[] = [];
  let wordTarget: PartyClass | null = null;
  if (roles && predicate) {
    for (const h of wordRoles(roles, x.text, x.clause.start, x.clause.end)) {
      const inWord = h.start < x.match.end && x.match.start < h.end;
      if (h.means) (inWord ? own : around).push(h.means);
      if (h.means && !inWord && h.end <= x.trigger.start && AIR.has(h.means)) launcher.push(h.means);
      if (!inWord && h.target && wordTarget === null && h.start >= x.trigger.end && h.start - x.trigger.end <= LOOK_AFTER) wordTarget = h.target;
    }
  }
  const fixedRemote = x.rule.type === EXP && !OPEN_REMOTE.has(x.rule.subType);
  // an aircraft or drone launching the weapon makes it an air strike (the table reads air before shelling)
  const means = own.length > 0 ? (OPEN_REMOTE.has(x.rule.subType) ? [...launcher, ...own] : own) : fixedRemote ? [] : around;
  const target = predicate ? targetOf(x, lex, index) ?? wordTarget : null;
  return { predicate, means: [...new Set(means)], target, agent: predicate && target === null ? agentOf(x, lex, index) : null, lexicalMeans: own.length > 0 };
}

/** The class of who acts: a crowd named before the trigger in its clause ("demonstrators stormed the station", "demonstrators set fire to X and stormed Y"). */
function agentOf(x: FrameInput, lex: CompiledLexicon, index?: LiteralIndex): PartyClass | null {
  const bs = x.clause.start;
  return lex.crowd && testSpan(lex.crowd, x.text, bs, x.trigger.start, index) ? 'crowd' : null;
}

/** The class of the object right after the trigger ("attacked villagers"), or of the subject just before a passive one. */
function targetOf(x: FrameInput, lex: CompiledLexicon, index?: LiteralIndex): PartyClass | null {
  const ae = Math.min(x.clause.end, x.trigger.end + LOOK_AFTER);
  const bs = Math.max(x.clause.start, x.trigger.start - LOOK_BEFORE);
  if (lex.protesterTarget && testSpan(lex.protesterTarget, x.text, x.trigger.end, ae, index)) return 'protester';
  if (testSpan(lex.civilianTarget, x.text, x.trigger.end, ae, index) || testSpan(lex.civilianTarget, x.text, bs, x.trigger.start, index)) return 'civilian';
  return null;
}
