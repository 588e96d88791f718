import type { Predicate, RoleLexicon } from './roles.js';

/**
 * What a language pack supplies to the events stage (data only).
 *
 * Patterns are regular-expression SOURCES (strings); the engine compiles them
 * with the `giu` flags and wraps trigger patterns in letter boundaries
 * (`(?<![\p{L}\p{N}])…(?![\p{L}\p{N}])`), so `\p{L}*` inside a pattern is how
 * a pattern admits compound prefixes/suffixes ("artillerie" + "beschieting" + "en").
 * A trigger pattern may mark the trigger words with the named group `t`;
 * otherwise the whole match is the trigger.
 */

/** How the sub-type of a trigger is decided when the word alone does not settle it. */
export type TriggerResolve =
  /** captured / took control: Government regains territory vs Non-state actor overtakes territory, by the capturing actor */
  | 'territory'
  /** retook / heroverd / zurückerobert: Government regains territory unless a non-state actor is the subject */
  | 'retake'
  /** demonstration: Peaceful protest, Protest with intervention or Excessive force, by the context */
  | 'protest'
  /** a generic attack word: Violence against civilians (Attack) when the target is civilian, else Armed clash */
  | 'attack'
  /** property destruction: Riots (Violent demonstration) when a crowd does it, else Looting/property destruction */
  | 'looting'
  /** clashes: Riots (Violent demonstration) when a crowd clashes (with police), else Armed clash */
  | 'clash'
  /** damage ("houses were also damaged in X"): an event of the kind of the strike told just before, at a place of its own; nothing otherwise */
  | 'inherit';

export interface TriggerRule {
  /** rule id, e.g. `nl.trigger.mortieraanval` */
  id: string;
  /** the act the words name (the event frame's predicate); when absent it is read off `resolve`/`type` (./frame.ts) */
  predicate?: Predicate;
  /** set by the engine on triggers made from role words: their type was decided by the frame table already */
  framed?: boolean;
  /** regex source; named group `t` marks the trigger words (optional) */
  pattern: string;
  /** ACLED event type, exact spelling */
  type: string;
  /** ACLED sub-event type, exact spelling (the default when `resolve` cannot decide) */
  subType: string;
  resolve?: TriggerResolve;
  /** a weak cue ("attack", "aanval"): dropped when a specific trigger is in the same sentence */
  generic?: boolean;
  /** a summarising cue ("there were attacks", "Angriffe"): may only join an event told elsewhere, never make one */
  joinOnly?: boolean;
  /** regex source that must also match somewhere in the sentence */
  requires?: string;
  /** regex source that must NOT match in the sentence */
  unless?: string;
}

/** `anaphora` and `casualty` do not drop the mention: it may still join an event told elsewhere. */
export type FilterReason = 'negation' | 'future' | 'threat' | 'hypothetical' | 'purpose' | 'generic' | 'anaphora' | 'casualty' | 'non-event';

/** A context filter (PLOVER-style): a trigger whose context matches is not an event. */
export interface ContextFilter {
  id: string;
  reason: FilterReason;
  /** regex source tested on the clause text BEFORE the trigger (at most `window` characters); usually ends with `$`-free words */
  before?: string;
  /** regex source tested on the clause text AFTER the trigger (at most `window` characters) */
  after?: string;
  /** characters of context to look at (default 80) */
  window?: number;
  /** regex source on the trigger's rule id: the filter applies only to those triggers */
  appliesTo?: string;
  /** how far the context reaches: the trigger's clause (default) or its whole sentence */
  scope?: 'clause' | 'sentence';
  /** apply only to generic triggers (e.g. "the attack" refers back to an event already told) */
  onlyGeneric?: boolean;
}

export interface EventsLexicon {
  triggers: TriggerRule[];
  /** words by frame role (predicates, means, targets) as lemmas, with the language's stemmer: ./roles.ts */
  roles?: RoleLexicon;
  filters: ContextFilter[];
  /** regex source of words/punctuation that end a clause (besides ; : and sentence ends) */
  clauseBreak: string;
  /** regex source: the text between two place mentions that coordinates them ("en", "and", ",", "und") */
  coordination: string;
  /** regex source matched against the text just BEFORE a time expression that dates the report, not the event ("said on Monday") */
  reportTimeBefore?: string;
  /** regex source matched against the text just BEFORE a specific trigger: a definite determiner ("the ambush", "de aanval") that refers back to an event already told */
  definiteBefore?: string;
  /** regex source: the words just before a second place that add it to a list even after an aside ("…, where …, and in Y") */
  coordinationTail?: string;
  /** regex source matched against the text just BEFORE a place: the place is a reference point, not the event location ("north of", "ten noorden van", "from") */
  referenceBefore: string;
  /** regex source matched against the text just BEFORE a reference place: the distance stated is 50 km or more ("300 km north of"), so the reference point is no location of the event when the clause names another place */
  farDistanceBefore?: string;
  /** regex source matched against the text just BEFORE a place: where the fire came from ("fired from", "vanuit"), not where it hit — the event's place only when the text names no other */
  originBefore?: string;
  /** regex source: the clause says the event took place in many places ("in several cities", "across the country", "landesweit"): a country-wide event that does not absorb the events of single places */
  spread?: string;
  /** regex source: the clause dates the event by the one told before it ("on the same night", "zur gleichen Zeit") */
  sameTime?: string;
  /** regex source matched against the text just AFTER a number: the number measures (distance, money, duration), it counts no victims */
  unitAfter?: string;
  /** nouns are capitalised in the language (German): a lower-case trigger is a verb form, never "the attack" referring back */
  capitalisedNouns?: boolean;
  /** regex source matched against the text just BEFORE a capitalised name: a settlement qualifier ("the village of", "het dorp", "im Dorf"); a name so introduced that the places stage did not resolve is an unknown settlement */
  settlementBefore?: string;
  /** means named in a trigger's clause (id → regex source), e.g. drones vs aircraft: mentions naming only different means are different events */
  means?: Array<{ id: string; pattern: string }>;
  /** regex source matched against the text just AFTER a place: the place stands for a speaker ("Moscow claims", "Kiew wies … zurück") */
  speakerAfter: string;
  /** regex source matched against the text just BEFORE a place that names a speaker ("said Kyiv") — optional */
  speakerBefore?: string;
  /** regex source matched against the text just BEFORE a protest word: the protest itself was violent ("violent protests", "gewelddadige protesten"): a riot */
  violentBefore?: string;
  /** protest context that means an intervention (police dispersed, tear gas, arrests) */
  protestIntervention: string;
  /** protest context that means excessive force (live fire, protesters killed) */
  protestExcessive: string;
  /** targets that make a generic attack Violence against civilians */
  civilianTarget: string;
  /** targets that make an attack force against protesters ("opened fire on protesters") */
  protesterTarget?: string;
  /** words naming a crowd (protesters, rioters, youths): their property destruction is a riot */
  crowd?: string;
  /** regex source matched against the clause text BEFORE a trigger: the mention is denied ("denied that … had fallen") and can only join an event told elsewhere */
  denialBefore?: string;
  /** regex source matched against the text just BEFORE a trigger: the act is told as what came before the sentence's news ("after the arrest of", "na de arrestatie van", "nach der Festnahme"), so it is no part of the protest that followed */
  antecedentBefore?: string;
  /** regex source matched against the text just BEFORE an actor mention that marks the agent of a passive ("by", "door", "von") */
  agentBefore?: string;
  /** words naming state forces (army, troops, police) — used when the actors stage gives no kind */
  stateForces: string;
  /** words naming non-state forces (rebels, militants, resistance) */
  nonStateForces: string;
}
