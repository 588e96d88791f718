/** A mention of an event on its way through the merge, and how one mention takes over another. */
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
  /** told as what came before the sentence's news ("after the arrest of X, protests broke out") */
  antecedent?: boolean;
  evidence: Array<{ start: number; end: number; text: string }>;
  sentences: number[];
  actors: EventActor[];
  /** the latest paragraph the event is told in */
  paragraph: number;
  /** every paragraph the event is told in (filled by the merge) */
  paragraphs?: number[];
  /** rule ids per field */
  rules?: Record<string, string>;
  /** how the mention's own time expression (in its clause or sentence) dates it: a vague past ("recently") or a specific time; absent when borrowed or defaulted */
  when?: 'vague' | 'specific';
  /** ids of the means named in the mention's clause (drone, aircraft) */
  means?: string[];
  /** told as happening in many places at once ("riots spread to other cities"): a country-wide event */
  spread?: boolean;
  /** the numbers the mention's clause counts (victims, people, buildings): other numbers tell of another event */
  counts?: number[];
  /** a settlement the gazetteer lacks, located at its division: the name the text gives it ("Palma" in Cabo Delgado) */
  site?: string;
}

/** Take over evidence, sentences and actors of an absorbed mention. */
export function absorb(target: MergeItem, it: MergeItem): void {
  for (const e of it.evidence) if (!target.evidence.some((x) => x.start === e.start && x.end === e.end)) target.evidence.push(e);
  for (const s of it.sentences) if (!target.sentences.includes(s)) target.sentences.push(s);
  for (const x of it.actors) if (!target.actors.some((y) => y.actor.id === x.actor.id)) target.actors.push(x);
  if (it.counts) target.counts = [...new Set([...(target.counts ?? []), ...it.counts])];
  target.paragraphs = [...new Set([...(target.paragraphs ?? [target.paragraph]), ...(it.paragraphs ?? [it.paragraph])])];
  target.paragraph = Math.max(target.paragraph, it.paragraph);
}

export function paragraphsOf(m: MergeItem): number[] {
  return m.paragraphs ?? [m.paragraph];
}
