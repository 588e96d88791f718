/** Mentions that are parts of one event (a protest turned riot, arson in an attack, interceptions), and arrests at protests. */
import { compatibleLocations, overlappingWindows } from './compat.js';
import type { MergeItem } from './item.js';
import { absorb, paragraphsOf } from './item.js';

const ARMED = new Set(['Battles', 'Explosions/Remote violence']);
const CROWD = new Set(['Riots', 'Protests']);
const VIOLENT = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Riots']);

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
 * - a weak cue ("attacked", "shot dead") beside a specific violent event, riot or protest of its paragraph tells of that event.
 */
export function foldParts<T extends MergeItem>(events: T[]): { kept: T[]; absorbed: number } {
  const gone = new Set<T>();
  // an event told of many places at once takes in no part told of a single place (nor the reverse)
  const near = (x: T, y: T): boolean => x.spread === y.spread && compatibleLocations(x.location, y.location) && overlappingWindows(x.date, y.date);
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
          (ARMED.has(x.type) || CROWD.has(x.type) || (x.type === 'Violence against civilians' && e.type !== x.type)) &&
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
    if (e.subType !== ARRESTS || e.antecedent) continue;
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

