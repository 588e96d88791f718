/**
 * Events told by role words alone: a clause whose words fill a remote-violence
 * frame (a predicate such as shell or bomb, or hit, strike or explode with a weapon
 * named in the same word or clause: "a shell hit the market", "Bombardierung",
 * "raketinslag") makes an event even where no trigger pattern of the pack
 * matched. The type comes from the frame table (./table.ts), so these triggers
 * need no words in the engine: the pack's role lexicon (./roles.ts) supplies them.
 */
import type { Span } from '../../core/span.js';
import type { CompiledTrigger } from './compile.js';
import type { Means, Predicate, RoleIndex } from './roles.js';
import { wordRoles } from './roles.js';
import { decide } from './table.js';
import type { TriggerHit } from './triggers.js';

/** Acts that make an event on their own (the weapon is in the word: shelling, bombardment). */
const SELF: ReadonlySet<Predicate> = new Set(['shell', 'bomb']);
/** Acts that make an event only with a weapon named in their clause ("a missile hit", "the explosion of a car bomb"). */
const WITH_MEANS: ReadonlySet<Predicate> = new Set(['hit', 'strike', 'explode']);
/** Weapons of remote violence (a gun or a knife makes no remote event). */
const REMOTE_MEANS: ReadonlySet<Means> = new Set(['aircraft', 'drone', 'artillery', 'mortar', 'rocket', 'missile', 'ied', 'suicide', 'chemical', 'grenade']);

const synthetic = new Map<string, CompiledTrigger>();

/** One compiled trigger per (language, predicate, sub-type), made once: it is never matched as a regex. */
function triggerFor(lang: string, predicate: Predicate, type: string, subType: string): CompiledTrigger {
  const id = `${lang}.frame.${predicate}`;
  const key = `${id}|${subType}`;
  let t = synthetic.get(key);
  if (!t) {
    t = { rule: { id, pattern: '(?!)', type, subType, predicate, framed: true }, re: /(?!)/dgiu, lits: null, requiresLits: null, unlessLits: null };
    synthetic.set(key, t);
  }
  return t;
}

/**
 * Hits for the clauses of a sentence that no trigger pattern matched in, from the role words.
 * `existing`: the pattern hits of the sentence.
 */
export function roleTriggers(text: string, lang: string, clauses: readonly Span[], roles: RoleIndex, existing: readonly TriggerHit[]): TriggerHit[] {
  const out: TriggerHit[] = [];
  for (const cl of clauses) {
    if (existing.some((h) => h.match.start < cl.end && cl.start < h.match.end)) continue;
    const words = wordRoles(roles, text, cl.start, cl.end);
    const means = words.filter((w) => w.means && REMOTE_MEANS.has(w.means)).map((w) => w.means!);
    for (const w of words) {
      if (!w.predicate) continue;
      const own = w.means && REMOTE_MEANS.has(w.means) ? [w.means] : [];
      if (!SELF.has(w.predicate) && !(WITH_MEANS.has(w.predicate) && (own.length > 0 || means.length > 0))) continue;
      const row = decide({ predicate: w.predicate, means: own.length > 0 ? own : means, target: null, lexicalMeans: own.length > 0 });
      if (!row || row.type !== 'Explosions/Remote violence') continue;
      out.push({ start: w.start, end: w.end, match: { start: w.start, end: w.end }, trigger: triggerFor(lang, w.predicate, row.type, row.subType) });
      break;
    }
  }
  return out;
}
