/**
 * An event's actors are the parties of its frame (agent and target), never who
 * tells of it: a media outlet is never an actor, a person only as the one the
 * act is done to, and whoever is a source of the event is dropped unless it is
 * an armed party (a side speaking of a fight it is in). Each name appears once, so actor1 and
 * actor2 of an ACLED row always differ.
 */
import type { ActorRecord, Analysis, EventDraft } from '../../core/analysis.js';
import type { Claim } from '../../core/schema.js';

const MEDIA = /\b(?:media|news|outlet|agency|newspaper|broadcaster|sources?)\b/iu;
const PERSON = /\bperson\b/iu;
/** ACLED inter codes of armed parties: state forces, rebels, political and identity militias, external forces. */
const ARMED = new Set([1, 2, 3, 4, 8]);
const ARMED_KIND = /state forces|rebel|militia|armed group|military|police|unidentified/iu;

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function isArmed(x: Pick<ActorRecord, 'inter' | 'kind'>): boolean {
  return (x.inter !== undefined && ARMED.has(x.inter)) || ARMED_KIND.test(x.kind);
}

/** Whether a claim's source names this actor (its name or an alias). */
function speaks(x: ActorRecord, sources: readonly Claim[]): boolean {
  const names = new Set([x.name, ...(x.aliases ?? [])].map(fold));
  return sources.some((c) => c.name !== null && (names.has(fold(c.name)) || (c.aliases ?? []).some((n) => names.has(fold(n)))));
}

export function partiesOnly(a: Pick<Analysis, 'actors'>, e: EventDraft): EventDraft {
  const byName = new Map<string, ActorRecord>();
  for (const x of a.actors) if (!byName.has(x.name)) byName.set(x.name, x);
  const roles = e.actorRoles ?? e.actors.map((name) => ({ name, role: 'other' as const }));
  const keep = (name: string, role: string): boolean => {
    const x = byName.get(name);
    if (!x) return true;
    if (MEDIA.test(x.kind)) return false;
    if (PERSON.test(x.kind) && role !== 'target') return false;
    if (speaks(x, e.sources) && !isArmed(x)) return false;
    return true;
  };
  const seen = new Set<string>();
  const kept = roles.filter((r) => {
    if (seen.has(r.name) || !keep(r.name, r.role)) return false;
    seen.add(r.name);
    return true;
  });
  const names = kept.map((r) => r.name);
  const actors = e.actors.filter((n) => names.includes(n));
  for (const n of names) if (!actors.includes(n)) actors.push(n);
  return { ...e, actors, ...(e.actorRoles ? { actorRoles: kept } : {}) };
}
