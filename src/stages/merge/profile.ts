/**
 * Merge units. Article events whose merge profile is identical — everything `compatible` and `score`
 * read: type, sub-type, date window, location, initiators, actors — are interchangeable for clustering,
 * so they form ONE unit (a profile group) with one representative. Forty reports of a shelled city
 * that agree on type, day and place are one unit, not forty: clustering cost grows with the number of
 * distinct ways an event is reported, not with the number of reports.
 *
 * An article never has two events in one cluster: its second event with the same profile goes to a
 * second unit (ordinal 1), and units holding events of one article never join (`articles`).
 */
import { createHash } from 'node:crypto';
import type { SitrepEvent } from '../../core/schema.js';
import { cmp } from './order.js';
import { eventWindow, memberKey, type MergeInput } from './input.js';

const norm = (s: string | undefined): string => (s ?? '').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/gu, ' ').trim();

/** What the merge reads of an event (all of it), as a stable string. */
export function profileKey(e: SitrepEvent): string {
  const w = eventWindow(e);
  const l = e.location;
  const initiators = [...new Set((e.actorRoles ?? []).filter((r) => r.role === 'initiator').map((r) => norm(r.name)))].sort(cmp);
  const actors = [...new Set(e.actors.map(norm))].sort(cmp);
  return JSON.stringify([e.type, e.subType, w.start, w.end, l.country, l.level, l.name, l.admin1 ?? null, l.geonameId ?? null, l.lat ?? null, l.lon ?? null, initiators, actors]);
}

/** The representative event of a unit: only the fields the merge reads (equal for every member). */
export function representative(e: SitrepEvent): SitrepEvent {
  const w = eventWindow(e);
  return {
    ...e,
    date: { ...e.date, start: w.start, end: w.end },
    actorRoles: (e.actorRoles ?? []).filter((r) => r.role === 'initiator'),
    sources: [],
    evidence: [],
    rules: {},
  };
}

export function unitId(profile: string, ordinal: number): string {
  return 'g' + createHash('sha256').update(`${profile}#${ordinal}`, 'utf8').digest('hex').slice(0, 15);
}

/** A profile group: the unit the clustering works on. */
export interface Unit {
  id: string;
  /** smallest member key (`articleId:eventId`) */
  key: string;
  /** articles with a member in this unit, sorted */
  articles: string[];
  /** an event with the unit's profile (any member's: they are equal for merging) */
  rep: SitrepEvent;
  /** member events */
  size: number;
}

/** Unit id of each event of one article: profile groups, a repeated profile in one article taking the next ordinal. */
export function unitIds(events: readonly SitrepEvent[]): Map<string, string> {
  const seen = new Map<string, number>();
  const out = new Map<string, string>();
  for (const e of [...events].sort((a, b) => cmp(a.id, b.id))) {
    const p = profileKey(e);
    const n = seen.get(p) ?? 0;
    seen.set(p, n + 1);
    out.set(e.id, unitId(p, n));
  }
  return out;
}

/** Group merge inputs into units (batch form). */
export function unitsOf(inputs: readonly MergeInput[]): { units: Unit[]; members: Map<string, MergeInput[]> } {
  const byArticle = new Map<string, MergeInput[]>();
  for (const m of inputs) byArticle.set(m.articleId, [...(byArticle.get(m.articleId) ?? []), m]);
  const members = new Map<string, MergeInput[]>();
  for (const ms of byArticle.values()) {
    const ids = unitIds(ms.map((m) => m.event));
    for (const m of ms) {
      const id = ids.get(m.event.id)!;
      members.set(id, [...(members.get(id) ?? []), m]);
    }
  }
  const units: Unit[] = [];
  for (const [id, ms] of members) {
    ms.sort((a, b) => cmp(memberKey(a), memberKey(b)));
    units.push({ id, key: memberKey(ms[0]!), articles: [...new Set(ms.map((m) => m.articleId))].sort(cmp), rep: representative(ms[0]!.event), size: ms.length });
  }
  return { units, members };
}
