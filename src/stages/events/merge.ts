/**
 * Merge mentions of the same event inside one article: same event type and
 * sub-type (protest sub-types count as one family), compatible locations
 * (equal, or one inside the other) and overlapping date windows become one
 * event with several evidence spans. Headline mentions only ever join a body
 * event; alone they are dropped (a headline repeats what the body tells).
 */
import type { MergeItem } from './item.js';
import { absorb, paragraphsOf } from './item.js';
import { compatibleLocations, DEFAULT_RULE, locationRank, overlappingWindows, SPECIFICITY } from './compat.js';
import { arrestsAtProtests, foldParts } from './fold.js';

export type { MergeItem } from './item.js';
export { compatibleLocations, overlappingWindows } from './compat.js';

const PROTEST_RANK: Record<string, number> = {
  'Peaceful protest': 0,
  'Protest with intervention': 1,
  'Excessive force against protesters': 2,
};

const VIOLENT = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Riots']);

/**
 * Whether a mention that refers back (or may only join) can be told of event m:
 * a weak word ("the attack", "13 people were shot dead") of any violent event or protest; a denial or "the fighting" of one of its type;
 * otherwise one of its family.
 */
function sameStory(m: MergeItem, it: MergeItem): boolean {
  if (it.joinOnly && it.generic) return (VIOLENT.has(m.type) || m.type === 'Protests') && VIOLENT.has(it.type);
  if (it.joinOnly || (it.type === 'Battles' && m.type === 'Battles')) return m.type === it.type;
  return familyKey(m.type, m.subType) === familyKey(it.type, it.subType);
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

/**
 * Mentions dated by time expressions of their own that differ in kind (a vague
 * "recently" beside a specific day) tell of different events, even when the
 * windows overlap.
 */
export function distinctTimes(x: MergeItem, y: MergeItem): boolean {
  return x.when !== undefined && y.when !== undefined && x.when !== y.when;
}

/** Mentions naming only different means (a drone vs a jet) are different events. */
export function distinctMeans(x: MergeItem, y: MergeItem): boolean {
  if (!x.means || !y.means) return false;
  return !x.means.some((m) => y.means?.includes(m));
}

/** Acts whose number of people taken identifies the event (a toll of the dead may be revised; who was taken is counted once). */
const COUNTED = new Set(['Abduction/forced disappearance', 'Arrests']);

/** Abductions or arrests that each count the people taken, with no number in common ("87 abducted" vs "61 abducted"), are different events. */
export function distinctCounts(x: MergeItem, y: MergeItem): boolean {
  if (!x.counts || !y.counts || !COUNTED.has(x.subType) || !COUNTED.has(y.subType)) return false;
  return !x.counts.some((n) => y.counts?.includes(n));
}

/**
 * A settlement the gazetteer lacks is located at its division: it is another place than a known settlement of that
 * division, or than another unknown settlement ("Manila" vs "Palma", both only placed in their province).
 */
export function distinctSites(x: MergeItem, y: MergeItem): boolean {
  if (x.site === undefined && y.site === undefined) return false;
  if (x.site !== undefined && y.site !== undefined) return x.site.toLowerCase() !== y.site.toLowerCase();
  const other = x.site === undefined ? x : y;
  return other.location.level === 'place';
}

/** "in X province … in the village of Y": a settlement told of the same event inside the division already told says where it was. */
function finerInside(coarse: MergeItem['location'], fine: MergeItem['location']): boolean {
  return coarse.level !== 'country' && fine.level === 'place' && SPECIFICITY[fine.level] > SPECIFICITY[coarse.level] && fine.rule !== 'loc.document';
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
              sameStory(m, it) &&
              (it.location.stated !== true || compatibleLocations(m.location, it.location) || Math.abs(m.paragraph - it.paragraph) <= 1),
          )
      : undefined;
    if (back) {
      absorbed++;
      // "the fighting centres on the town of X" names where the event told before took place
      if (it.location.stated === true && compatibleLocations(back.location, it.location) && locationRank(it.location) > locationRank(back.location) && !distinctSites(back, it)) back.location = it.location;
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
        overlappingWindows(m.date, it.date) &&
        !distinctTimes(m, it) &&
        !distinctMeans(m, it) &&
        !distinctCounts(m, it) &&
        !distinctSites(m, it) &&
        // an event told of many places at once and the event of one of them stay apart
        m.spread === it.spread,
    );
    if (!target) {
      merged.push(it);
      continue;
    }
    absorbed++;
    if (TERRITORY.has(it.subType) && !TERRITORY.has(target.subType)) target.subType = it.subType;
    // a coarser place names the same event less precisely ("in Nigeria" after "in the village of X")
    const notCoarser = SPECIFICITY[it.location.level] >= SPECIFICITY[target.location.level];
    if ((notCoarser && locationRank(it.location) > locationRank(target.location)) || finerInside(target.location, it.location)) target.location = it.location;
    if (betterDate(target.date, it.date)) target.date = it.date;
    if (target.when === undefined && it.when !== undefined) target.when = it.when;
    if (it.means) target.means = [...new Set([...(target.means ?? []), ...it.means])];
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
