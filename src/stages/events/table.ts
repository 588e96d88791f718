/**
 * The one table that turns a filled event frame into an ACLED type and
 * sub-type, the same for every language (after ACLED's codebook; see
 * ../shared/design/event-frame.md). Read top to bottom: the first row whose
 * conditions the frame meets wins. A frame no row matches keeps the type its
 * predicate word names (the trigger's own type, refined by ./subtype.ts).
 */
import type { Means, PartyClass, Predicate } from './roles.js';

export interface Frame {
  /** the act (null: the trigger word names a type of its own and no generic act) */
  predicate: Predicate | null;
  /** weapons or methods named in the trigger word, else in its clause */
  means: readonly Means[];
  /** who or what is hit, as a class */
  target: PartyClass | null;
  /** who acts, as a class (a crowd: demonstrators, rioters) */
  agent?: PartyClass | null;
  /** whether the trigger word itself names the means ("Drohnenangriff", "airstrike") */
  lexicalMeans: boolean;
}

export interface FrameRow {
  id: string;
  /** the frame's predicate is one of these */
  predicate?: readonly Predicate[];
  /** the frame names one of these means */
  means?: readonly Means[];
  /** the frame's target is one of these */
  target?: readonly PartyClass[];
  /** the frame's agent is one of these */
  agent?: readonly PartyClass[];
  /** the means must be named in the trigger word itself ("Granatenangriff"), not only somewhere in its clause */
  lexical?: boolean;
  type: string;
  subType: string;
}

const EXP = 'Explosions/Remote violence';
const VAC = 'Violence against civilians';

/** Acts that a weapon named with them turns into remote violence. */
const REMOTE: readonly Predicate[] = ['attack', 'strike', 'shell', 'bomb', 'hit', 'explode', 'kill', 'massacre'];

export const FRAME_TABLE: readonly FrameRow[] = [
  { id: 'frame.chemical', predicate: REMOTE, means: ['chemical'], type: EXP, subType: 'Chemical weapon' },
  { id: 'frame.suicide', predicate: REMOTE, means: ['suicide'], type: EXP, subType: 'Suicide bomb' },
  { id: 'frame.air', predicate: REMOTE, means: ['aircraft', 'drone'], type: EXP, subType: 'Air/drone strike' },
  { id: 'frame.shelling', predicate: REMOTE, means: ['artillery', 'mortar', 'rocket', 'missile'], type: EXP, subType: 'Shelling/artillery/missile attack' },
  { id: 'frame.ied', predicate: REMOTE, means: ['ied'], type: EXP, subType: 'Remote explosive/landmine/IED' },
  { id: 'frame.grenade', predicate: ['attack', 'kill', 'explode', 'hit', 'massacre'], means: ['grenade'], lexical: true, type: EXP, subType: 'Grenade' },
  { id: 'frame.shell', predicate: ['shell', 'bomb'], type: EXP, subType: 'Shelling/artillery/missile attack' },
  { id: 'frame.force-on-protesters', predicate: ['attack', 'kill'], target: ['protester'], type: 'Protests', subType: 'Excessive force against protesters' },
  { id: 'frame.crowd-attack', predicate: ['attack'], agent: ['crowd'], type: 'Riots', subType: 'Violent demonstration' },
  { id: 'frame.massacre', predicate: ['massacre'], type: VAC, subType: 'Attack' },
  { id: 'frame.attack-civilians', predicate: ['attack', 'kill'], target: ['civilian'], type: VAC, subType: 'Attack' },
  { id: 'frame.ambush', predicate: ['ambush', 'clash'], type: 'Battles', subType: 'Armed clash' },
  { id: 'frame.attack', predicate: ['attack'], type: 'Battles', subType: 'Armed clash' },
];

/** The first row the frame meets, or null. */
export function decide(frame: Frame, table: readonly FrameRow[] = FRAME_TABLE): FrameRow | null {
  for (const row of table) {
    if (row.predicate && (frame.predicate === null || !row.predicate.includes(frame.predicate))) continue;
    if (row.means && !frame.means.some((m) => row.means!.includes(m))) continue;
    if (row.target && (frame.target === null || !row.target.includes(frame.target))) continue;
    if (row.lexical && !frame.lexicalMeans) continue;
    if (row.agent && (!frame.agent || !row.agent.includes(frame.agent))) continue;
    return row;
  }
  return null;
}

/** A row that the frame's outcome (its figures, known after the casualties stage) decides. */
export interface OutcomeRow {
  id: string;
  /** the type the predicate gave */
  fromType: string;
  /** sub-types it applies to (all of the type when absent) */
  fromSubType?: readonly string[];
  type: string;
  subType: string;
}

/** Deaths at a demonstration the forces intervened in: excessive force against the protesters (ACLED codes the lethal response). */
export const OUTCOME_TABLE: readonly OutcomeRow[] = [
  { id: 'frame.protest-deaths', fromType: 'Protests', fromSubType: ['Protest with intervention'], type: 'Protests', subType: 'Excessive force against protesters' },
];

/** The outcome row for an event of this type that killed someone, or null. */
export function decideOutcome(type: string, subType: string, killed: number, table: readonly OutcomeRow[] = OUTCOME_TABLE): OutcomeRow | null {
  if (!(killed > 0)) return null;
  return table.find((r) => r.fromType === type && (!r.fromSubType || r.fromSubType.includes(subType))) ?? null;
}
