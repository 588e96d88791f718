/**
 * Merge mentions of the same event inside one article: same event type and
 * sub-type (protest sub-types count as one family), compatible locations
 * (equal, or one inside the other) and overlapping date windows become one
 * event with several evidence spans. Headline mentions only ever join a body
 * event; alone they are dropped (a headline repeats what the body tells).
 */
import type { DateWindow, EventLocation } from '../../core/schema.js';
import type { EventActor } from './actors.js';

export interface MergeItem {
  type: string;
  subType: string;
  location: EventLocation;
  date: DateWindow;
  heading: boolean;
  /** told with a definite determiner ("the ambush"): refers back to an event of its kind already told */
  anaphoric?: boolean;
  /** may only join an event told elsewhere (a denial: "denied that the town had fallen") */
  joinOnly?: boolean;
  /** made from a weak cue ("angegriffen", "attacked") */
  generic?: boolean;
  evidence: Array<{ start: number; end: number; text: string }>;
  sentences: number[];
  actors: EventActor[];
  /** the latest paragraph the event is told in */
  paragraph: number;
  /** every paragraph the event is told in (filled by the merge) */
  paragraphs?: number[];
  /** rule ids per field */
  rules?: Record<string, string>;
}

const DEFAULT_RULE = 'date.default';

const SPECIFICITY: Record<EventLocation['level'], number> = { place: 3, admin2: 2, admin1: 1, country: 0 };
const PROTEST_RANK: Record<string, number> = {
  'Peaceful protest': 0,
  'Protest with intervention': 1,
  'Excessive force against protesters': 2,
};

const TIER_RANK: Record<string, number> = {
  'loc.clause': 3,
  'loc.coordinated': 3,
  'loc.sentence': 3,
  'loc.reference-point': 2,
  'loc.paragraph': 1,
};

/** A location the text states beats one borrowed from the paragraph or document; then the more specific wins. */
function locationRank(l: EventLocation): number {
  return (TIER_RANK[l.rule ?? ''] ?? 0) * 10 + SPECIFICITY[l.level];
}

function km(a: EventLocation, b: EventLocation): number | null {
  if (a.lat === undefined || a.lon === undefined || b.lat === undefined || b.lon === undefined) return null;
  const r = Math.PI / 180;
  const dLat = (b.lat - a.lat) * r;
  const dLon = (b.lon - a.lon) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

const same = (x: string | undefined, y: string | undefined): boolean => x !== undefined && y !== undefined && x.toLowerCase() === y.toLowerCase();

/** Equal locations, or one contains the other. */
export function compatibleLocations(a: EventLocation, b: EventLocation): boolean {
  if (a.country !== b.country) return false;
  if (a.level === b.level) {
    if (same(a.name, b.name)) return true;
    if (a.level === 'country') return true;
    // differently named points are one place only when they (nearly) coincide: spellings of one town
    const d = km(a, b);
    return d !== null && d <= 3;
  }
  const [coarse, fine] = SPECIFICITY[a.level] < SPECIFICITY[b.level] ? [a, b] : [b, a];
  if (coarse.level === 'country') return true;
  return same(fine.admin1, coarse.name) || same(fine.admin1, coarse.admin1);
}

/** Windows overlap, or one of them is only the default guess (which yields to a told date). */
export function overlappingWindows(a: DateWindow, b: DateWindow): boolean {
  if (!a.start || !b.start) return true;
  if (a.rule === DEFAULT_RULE || b.rule === DEFAULT_RULE) return true;
  return a.start <= b.end && b.start <= a.end;
}

/** Take over evidence, sentences and actors of an absorbed mention. */
function absorb(target: MergeItem, it: MergeItem): void {
  for (const e of it.evidence) if (!target.evidence.some((x) => x.start === e.start && x.end === e.end)) target.evidence.push(e);
  for (const s of it.sentences) if (!target.sentences.includes(s)) target.sentences.push(s);
  for (const x of it.actors) if (!target.actors.some((y) => y.actor.id === x.actor.id)) target.actors.push(x);
  target.paragraph = Math.max(target.paragraph, it.paragraph);
  target.paragraphs = [...new Set([...(target.paragraphs ?? [target.paragraph]), ...(it.paragraphs ?? [it.paragraph])])];
}

const ARMED = new Set(['Battles', 'Explosions/Remote violence']);
const VIOLENT = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Riots']);

function paragraphsOf(m: MergeItem): number[] {
  return m.paragraphs ?? [m.paragraph];
}

function sentenceGap(x: MergeItem, y: MergeItem): number {
  let best = Infinity;
  for (const s of x.sentences) for (const t of y.sentences) best = Math.min(best, Math.abs(s - t));
  return best;
}

/**
 * Parts of one event told as separate mentions, folded into it:
 * - a peaceful protest and the riot it turned into, told in adjacent sentences of one paragraph, are one riot
 *   (a protest the police broke up stays its own event beside the riot of some of its members);
 * - houses burned or looted during an attack told in the same or the next paragraph belong to the attack;
 * - interceptions told without a place of their own after an attack in the same paragraph belong to that attack;
 * - a weak cue ("attacked") beside a specific violent event of its paragraph tells of that event.
 */
function foldParts<T extends MergeItem>(events: T[]): { kept: T[]; absorbed: number } {
  const gone = new Set<T>();
  const near = (x: T, y: T): boolean => compatibleLocations(x.location, y.location) && overlappingWindows(x.date, y.date);
  for (const e of events) {
    let into: T | undefined;
    if (e.subType === 'Peaceful protest') {
      into = events.find(
        (r) => r !== e && !gone.has(r) && r.subType === 'Violent demonstration' && near(e, r) && sentenceGap(e, r) <= 1 && paragraphsOf(r).some((p) => paragraphsOf(e).includes(p)),
      );
    } else if (e.subType === 'Looting/property destruction') {
      into = events.find(
        (v) => v !== e && !gone.has(v) && VIOLENT.has(v.type) && near(e, v) && paragraphsOf(v).some((p) => paragraphsOf(e).some((q) => Math.abs(p - q) <= 1)),
      );
    } else if (e.generic === true) {
      // "the army said it had attacked a command centre in the building": the air strike just told
      into = events.find(
        (x) =>
          x !== e &&
          !gone.has(x) &&
          x.generic !== true &&
          (ARMED.has(x.type) || (x.type === 'Violence against civilians' && e.type !== x.type)) &&
          near(e, x) &&
          paragraphsOf(x).some((p) => paragraphsOf(e).includes(p)),
      );
    } else if (e.subType === 'Disrupted weapons use' && e.location.stated !== true) {
      into = events.find(
        (x) => x !== e && !gone.has(x) && x.type === 'Explosions/Remote violence' && near(e, x) && paragraphsOf(x).some((p) => paragraphsOf(e).includes(p)) && Math.min(...x.sentences) < Math.min(...e.sentences),
      );
    }
    if (!into) continue;
    absorb(into, e);
    gone.add(e);
  }
  return { kept: events.filter((e) => !gone.has(e)), absorbed: gone.size };
}

const ARRESTS = 'Arrests';

/**
 * An arrest told in the same paragraph as a protest, at its place and time,
 * is the police intervening in that protest (ACLED: Protest with
 * intervention). Decided per mention, before mentions are merged.
 */
export function arrestsAtProtests<T extends MergeItem>(items: T[]): number {
  let n = 0;
  for (const e of items) {
    if (e.subType !== ARRESTS) continue;
    const protest = items.find(
      (p) => p.type === 'Protests' && p.paragraph === e.paragraph && compatibleLocations(p.location, e.location) && overlappingWindows(p.date, e.date),
    );
    if (!protest) continue;
    e.type = protest.type;
    e.subType = 'Protest with intervention';
    if (e.rules) e.rules['type'] = `${e.rules['type'] ?? ''}+arrest-at-protest`;
    n++;
  }
  return n;
}

function familyKey(type: string, subType: string): string {
  return type === 'Protests' ? `${type}|*` : `${type}|${subType}`;
}

const TERRITORY = new Set(['Government regains territory', 'Non-state actor overtakes territory']);

/**
 * Fighting told in the same sentence as a capture is part of the capture; so
 * is fighting in the same paragraph whose place is only borrowed from context.
 */
function partOfCapture(m: MergeItem, it: MergeItem): boolean {
  if (m.type !== 'Battles' || it.type !== 'Battles') return false;
  if (TERRITORY.has(m.subType) === TERRITORY.has(it.subType)) return false;
  if (m.sentences.some((s) => it.sentences.includes(s))) return true;
  const clash = TERRITORY.has(m.subType) ? it : m;
  return m.paragraph === it.paragraph && clash.location.stated !== true;
}

/** Narrower, explicit windows describe the event better than inferred defaults. */
function betterDate(x: MergeItem['date'], y: MergeItem['date']): boolean {
  const rank = (d: MergeItem['date']): number => (d.rule === DEFAULT_RULE ? -1 : d.basis === 'explicit' ? 2 : d.basis === 'relative' ? 1 : 0);
  return rank(y) > rank(x);
}

/** Merge items in place order; returns the merged list and how many items were absorbed. */
export function mergeEvents<T extends MergeItem>(items: T[]): { merged: T[]; absorbed: number; droppedHeadlines: T[] } {
  arrestsAtProtests(items);
  const body = items.filter((i) => !i.heading);
  const heads = items.filter((i) => i.heading);
  const merged: T[] = [];
  const droppedHeadlines: T[] = [];
  let absorbed = 0;
  for (const it of body) {
    // "the ambush" refers back to the latest ambush told nearby (or anywhere, when the place agrees)
    const back = it.anaphoric || it.joinOnly
      ? [...merged]
          .reverse()
          .find(
            (m) =>
              // a denial's own wording decides little ("the army denied the town had fallen"): the event type is enough
              (it.joinOnly || (it.type === 'Battles' && m.type === 'Battles') ? m.type === it.type : familyKey(m.type, m.subType) === familyKey(it.type, it.subType)) &&
              (it.location.stated !== true || compatibleLocations(m.location, it.location) || Math.abs(m.paragraph - it.paragraph) <= 1),
          )
      : undefined;
    if (back) {
      absorbed++;
      // "the fighting centres on the town of X" names where the event told before took place
      if (it.location.stated === true && compatibleLocations(back.location, it.location) && locationRank(it.location) > locationRank(back.location)) back.location = it.location;
      absorb(back, it);
      continue;
    }
    if (it.joinOnly) {
      droppedHeadlines.push(it);
      continue;
    }
    const target = merged.find(
      (m) =>
        (familyKey(m.type, m.subType) === familyKey(it.type, it.subType) || partOfCapture(m, it)) &&
        compatibleLocations(m.location, it.location) &&
        overlappingWindows(m.date, it.date),
    );
    if (!target) {
      merged.push(it);
      continue;
    }
    absorbed++;
    if (TERRITORY.has(it.subType) && !TERRITORY.has(target.subType)) target.subType = it.subType;
    if (locationRank(it.location) > locationRank(target.location)) target.location = it.location;
    if (betterDate(target.date, it.date)) target.date = it.date;
    if (it.type === 'Protests' && (PROTEST_RANK[it.subType] ?? 0) > (PROTEST_RANK[target.subType] ?? 0)) target.subType = it.subType;
    absorb(target, it);
  }
  for (const h of heads) {
    const target = merged.find((m) => familyKey(m.type, m.subType) === familyKey(h.type, h.subType) && compatibleLocations(m.location, h.location));
    if (!target) {
      droppedHeadlines.push(h);
      continue;
    }
    absorbed++;
    for (const e of h.evidence) if (!target.evidence.some((x) => x.start === e.start && x.end === e.end)) target.evidence.push(e);
    for (const x of h.actors) if (!target.actors.some((y) => y.actor.id === x.actor.id)) target.actors.push(x);
  }
  const folded = foldParts(merged);
  return { merged: folded.kept, absorbed: absorbed + folded.absorbed, droppedHeadlines };
}
