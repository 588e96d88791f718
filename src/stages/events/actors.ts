/**
 * Actors of an event: actor mentions in the trigger's clause (else sentence).
 * The actor named before the trigger is the initiator (subject side), the one
 * after it the target (object side).
 */
import type { ActorRecord, Analysis } from '../../core/analysis.js';
import type { Span } from '../../core/span.js';
import type { LiteralIndex } from './prefilter.js';
import { testSpan } from './prefilter.js';

export type ActorRole = 'initiator' | 'target' | 'other';

export interface EventActor {
  actor: ActorRecord;
  role: ActorRole;
  mention: Span;
}

export function eventActors(a: Analysis, clause: Span, sentence: Span, trigger: Span, agentBefore?: RegExp, index?: LiteralIndex): EventActor[] {
  const collect = (s: Span): EventActor[] => {
    const out: EventActor[] = [];
    const isAgent = (m: Span): boolean => agentBefore !== undefined && testSpan(agentBefore, a.text, Math.max(s.start, m.start - 30), m.start, index);
    // a passive with its agent named after the word: the subject before it is the target ("villagers were attacked by rebels")
    const passive = a.actors.some((x) => x.cmentions.some((m) => m.start >= trigger.end && m.end <= s.end && isAgent(m)));
    for (const actor of a.actors) {
      // who tells of an event ("security sources said") is no party to it
      if (/\bsources?\b/i.test(actor.kind)) continue;
      const ms = actor.cmentions.filter((m) => m.start >= s.start && m.end <= s.end);
      if (ms.length === 0) continue;
      // the mention nearest to the trigger decides the role
      const m = [...ms].sort((x, y) => Math.abs(x.start - trigger.start) - Math.abs(y.start - trigger.start))[0]!;
      // a passive's agent ("killed by RSF shelling", "door het leger", "von der Armee") initiates wherever it stands
      const role: ActorRole = isAgent(m)
        ? 'initiator'
        : m.end <= trigger.start
          ? passive
            ? 'target'
            : 'initiator'
          : m.start >= trigger.end
            ? 'target'
            : 'other';
      out.push({ actor, role, mention: m });
    }
    return out.sort((x, y) => x.mention.start - y.mention.start);
  };
  const inClause = collect(clause);
  return inClause.length > 0 ? inClause : collect(sentence);
}

/** Whether an actor is a state force: ACLED inter 1 (state forces) or a kind naming one. */
export function isStateActor(actor: ActorRecord): boolean | null {
  if (actor.inter === 1) return true;
  if (actor.inter !== undefined && actor.inter >= 2 && actor.inter <= 8) return false;
  if (/\b(?:state|military|police|government|armed forces)\b/i.test(actor.kind)) return true;
  if (/\b(?:rebel|militia|insurgent|non-state|terror|jihad|paramilitary)\b/i.test(actor.kind)) return false;
  return null;
}
