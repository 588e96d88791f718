/**
 * One figure told twice is one figure (corpus convention: a figure repeated
 * unchanged by the same source is listed once). Two casualty figures are the
 * same when kind, min and max agree, their victims are not named differently
 * and their events are not different incidents (different type, or neither the
 * same place nor a sentence told as evidence of both). Which copy stays is decided by
 * the table `KEEP` over the two voices:
 *
 * | first voice     | later voice     | kept                                      |
 * |-----------------|-----------------|-------------------------------------------|
 * | source S        | same source S   | the first (the later one only repeats it) |
 * | article's own   | article's own   | the first                                 |
 * | article's own   | named source S  | S's figure: the lead summarises S         |
 * | named source S  | article's own   | S's figure                                |
 * | source S        | other source T  | both (sources may differ; both kept)      |
 *
 * The event of a dropped copy is told by the voice of the copy kept, so that
 * claim joins the dropped copy's event's sources.
 */
import type { CasualtyDraft, EventDraft } from '../../core/analysis.js';
import type { Claim } from '../../core/schema.js';

type Voice = 'same' | 'first-named' | 'later-named' | 'differ';

function fold(s: string | null | undefined): string | null {
  return s == null ? null : s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

function voices(x: CasualtyDraft, y: CasualtyDraft): Voice {
  const a = fold(x.source);
  const b = fold(y.source);
  if (a === b) return 'same';
  if (a === null) return 'later-named';
  if (b === null) return 'first-named';
  return 'differ';
}

/** Which copy stays: the first, the second, or both. */
const KEEP: Record<Voice, 'first' | 'second' | 'both'> = {
  same: 'first',
  'first-named': 'first',
  'later-named': 'second',
  differ: 'both',
};

function sameIncident(x: CasualtyDraft, y: CasualtyDraft, events: readonly EventDraft[]): boolean {
  if (x.eventId == null || y.eventId == null || x.eventId === y.eventId) return true;
  const ex = events.find((e) => e.id === x.eventId);
  const ey = events.find((e) => e.id === y.eventId);
  if (!ex || !ey) return false;
  if (ex.type !== ey.type) return false;
  // the same place, or a sentence told as evidence of both (one incident told twice)
  if (ex.subType === ey.subType && (ex.location?.name ?? null) === (ey.location?.name ?? null)) return true;
  const sx = new Set([ex.sentence, ...(ex.sentences ?? [])]);
  return [ey.sentence, ...(ey.sentences ?? [])].some((k) => sx.has(k));
}

function sameFigure(x: CasualtyDraft, y: CasualtyDraft, events: readonly EventDraft[]): boolean {
  if (x.kind !== y.kind || x.min !== y.min || (x.max ?? null) !== (y.max ?? null)) return false;
  if ((x.subset ?? false) !== (y.subset ?? false)) return false;
  const wx = fold(x.who);
  const wy = fold(y.who);
  if (wx !== null && wy !== null && wx !== wy) return false;
  return sameIncident(x, y, events);
}

export interface Repeats {
  casualties: CasualtyDraft[];
  /** the claims a dropped copy's event gains (event id → claims) */
  claimsFor: Map<string, Claim[]>;
}

export function mergeRepeats(cas: readonly CasualtyDraft[], events: readonly EventDraft[]): Repeats {
  const dropped = new Set<number>();
  const claimsFor = new Map<string, Claim[]>();
  const give = (eventId: string | null | undefined, kept: CasualtyDraft): void => {
    if (eventId == null || !kept.claim) return;
    const list = claimsFor.get(eventId) ?? [];
    list.push({ ...kept.claim, rule: `${kept.claim.rule}.repeated` });
    claimsFor.set(eventId, list);
  };
  for (let j = 0; j < cas.length; j++) {
    for (let i = 0; i < j; i++) {
      if (dropped.has(i) || dropped.has(j)) continue;
      const x = cas[i]!;
      const y = cas[j]!;
      if (!sameFigure(x, y, events)) continue;
      const keep = KEEP[voices(x, y)];
      if (keep === 'both') continue;
      if (keep === 'first') {
        dropped.add(j);
        if (y.eventId !== x.eventId) give(y.eventId, x);
      } else {
        dropped.add(i);
        if (x.eventId !== y.eventId) give(x.eventId, y);
      }
    }
  }
  return { casualties: cas.filter((_, k) => !dropped.has(k)), claimsFor };
}
