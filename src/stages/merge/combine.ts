/**
 * One merged event from a cluster of article events: the consensus fields, the union of actors and
 * claims, figure ranges (low/best/high) and the fields on which the articles disagree, each
 * disagreement naming the claims (source, hedge, article) behind every value.
 */
import { createHash } from 'node:crypto';
import type { Claim, Hedge, SitrepEvent } from '../../core/schema.js';
import type { ClaimRef, Conflict, FigureRange, MergedEvent } from '../../store/types.js';
import { cmp } from './cluster.js';
import { levelRank } from './compatible.js';
import { eventWindow, memberKey, type MergeInput } from './input.js';

const HEDGE_ORDER: Hedge[] = ['asserted', 'claimed', 'reported', 'denied'];

/** Stable merged id: a hash of the earliest member key (the same input gives the same id in any order). */
export function mergedId(members: readonly MergeInput[]): string {
  return mergedIdOfKey(members.map((m) => memberKey(m)).sort(cmp)[0] ?? '');
}

/** The merged id of a cluster whose earliest member key is `first`. */
export function mergedIdOfKey(first: string): string {
  return 'm' + createHash('sha256').update(first, 'utf8').digest('hex').slice(0, 15);
}

function claimRef(m: MergeInput, c: Claim | undefined, span?: ClaimRef['span']): ClaimRef {
  const ref: ClaimRef = {
    articleId: m.articleId,
    eventId: m.event.id,
    source: c?.name ?? null,
    hedge: c?.hedge ?? 'asserted',
    article: m.article,
    lang: m.lang,
  };
  const s = span ?? c?.span;
  if (s) ref.span = s;
  return ref;
}

interface Figure {
  min: number | null;
  max: number | null;
  ref: ClaimRef;
}

/** The figures one member states for killed/injured, each with the claim behind it. */
function figures(m: MergeInput, kind: 'killed' | 'injured'): Figure[] {
  const field: SitrepEvent['fatalities'] = kind === 'killed' ? m.event.fatalities : m.event.injuries;
  const linked = m.casualties.filter((c) => c.kind === kind && (c.min !== null || c.max !== null));
  if (field && (field.min !== null || field.max !== null)) {
    const match = linked.find((c) => c.min === field.min && c.max === field.max);
    const claim: Claim | undefined = match ? (match.claim ?? { name: match.source, hedge: match.hedge }) : m.event.sources[0];
    const span = match ? { start: match.start, end: match.end, text: match.text } : undefined;
    return [{ min: field.min, max: field.max, ref: claimRef(m, claim, span) }];
  }
  return linked.map((c) => ({
    min: c.min,
    max: c.max,
    ref: claimRef(m, c.claim ?? { name: c.source, hedge: c.hedge }, { start: c.start, end: c.end, text: c.text }),
  }));
}

function range(fs: Figure[]): FigureRange | null {
  if (fs.length === 0) return null;
  const mins = fs.map((f) => f.min ?? f.max ?? 0);
  const open = fs.some((f) => f.max === null);
  const maxes = fs.map((f) => f.max ?? f.min ?? 0);
  const best = Math.max(...mins);
  const high = open ? null : Math.max(...maxes);
  return { low: Math.min(...mins), best, high: high !== null && high < best ? best : high };
}

function figureConflict(field: 'fatalities' | 'injuries', fs: Figure[]): Conflict | null {
  const byValue = new Map<string, { value: { min: number | null; max: number | null }; claims: ClaimRef[] }>();
  for (const f of fs) {
    const k = `${f.min}|${f.max}`;
    const v = byValue.get(k) ?? { value: { min: f.min, max: f.max }, claims: [] };
    v.claims.push(f.ref);
    byValue.set(k, v);
  }
  if (byValue.size < 2) return null;
  const num = (x: number | null, open: number) => x ?? open;
  const values = [...byValue.values()].sort(
    (a, b) => num(a.value.min, -1) - num(b.value.min, -1) || num(a.value.max, Infinity) - num(b.value.max, Infinity),
  );
  return { field, values };
}

function valueConflict(field: Conflict['field'], members: MergeInput[], value: (m: MergeInput) => string | object): Conflict | null {
  const byValue = new Map<string, { value: unknown; claims: ClaimRef[] }>();
  for (const m of members) {
    const v = value(m);
    const k = JSON.stringify(v);
    const entry = byValue.get(k) ?? { value: v, claims: [] };
    entry.claims.push(claimRef(m, m.event.sources[0]));
    byValue.set(k, entry);
  }
  if (byValue.size < 2) return null;
  return { field, values: [...byValue.entries()].sort((a, b) => cmp(a[0], b[0])).map(([, v]) => v) };
}

/** Most frequent value; ties go to the earliest member's value. */
function consensus(members: MergeInput[], value: (m: MergeInput) => string): string {
  const counts = new Map<string, number>();
  for (const m of members) counts.set(value(m), (counts.get(value(m)) ?? 0) + 1);
  let best = value(members[0]!);
  for (const m of members) if ((counts.get(value(m)) ?? 0) > (counts.get(best) ?? 0)) best = value(m);
  return best;
}

export function combine(cluster: readonly MergeInput[]): MergedEvent {
  const members = [...cluster].sort((a, b) => cmp(memberKey(a), memberKey(b)));
  const first = members[0];
  if (!first) throw new Error('combine: empty cluster');
  const type = consensus(members, (m) => m.event.type);
  const subType = consensus(members.filter((m) => m.event.type === type), (m) => m.event.subType);

  const windows = members.map((m) => eventWindow(m.event));
  let start = windows.map((w) => w.start).sort(cmp).at(-1) ?? '';
  let end = windows.map((w) => w.end).sort(cmp)[0] ?? '';
  if (start > end) ({ start, end } = windows[0]!);

  const top = Math.max(...members.map((m) => levelRank(m.event.location)));
  const location = members.find((m) => levelRank(m.event.location) === top)!.event.location;

  const actors = [...new Set(members.flatMap((m) => m.event.actors))].sort(cmp);
  const roles = new Map<string, MergedEvent['actorRoles'][number]>();
  for (const m of members) for (const r of m.event.actorRoles ?? []) roles.set(`${r.role}|${r.name}`, r);
  const actorRoles = [...roles.entries()].sort((a, b) => cmp(a[0], b[0])).map(([, r]) => r);

  const claims = members.flatMap((m) => m.event.sources);
  const hedges = HEDGE_ORDER.filter((h) => claims.some((c) => c.hedge === h));
  const sources = [...new Set(claims.map((c) => c.name).filter((n): n is string => n !== null))].sort(cmp);

  const killed = members.flatMap((m) => figures(m, 'killed'));
  const injured = members.flatMap((m) => figures(m, 'injured'));

  const conflicts = [
    figureConflict('fatalities', killed),
    figureConflict('injuries', injured),
    valueConflict('type', members, (m) => m.event.type),
    valueConflict('subType', members, (m) => m.event.subType),
    valueConflict('date', members, (m) => eventWindow(m.event)),
    valueConflict('location', members.filter((m) => levelRank(m.event.location) === top), (m) => ({
      name: m.event.location.name,
      level: m.event.location.level,
    })),
  ].filter((c): c is Conflict => c !== null);

  return {
    id: mergedId(members),
    type,
    subType,
    date: { start, end },
    location,
    actors,
    actorRoles,
    fatalities: range(killed),
    injuries: range(injured),
    hedges,
    sources,
    mergedFrom: members.map((m) => ({ articleId: m.articleId, eventId: m.event.id })),
    articleCount: new Set(members.map((m) => m.articleId)).size,
    langs: [...new Set(members.map((m) => m.lang))].sort(cmp),
    conflicts,
    summary: first.sentence?.text ?? first.event.evidence[0]?.text ?? first.event.trigger.text,
  };
}
