/**
 * What a language pack supplies to the casualties stage (data only).
 *
 * Word lists are plain phrases (matched case-insensitively, whitespace
 * flexible, on word boundaries); `RegExp` entries must carry the `u` flag
 * and are matched case-insensitively as well.
 */
export type CasualtyKind = 'killed' | 'injured' | 'missing' | 'detained' | 'displaced';

/** How a modifier bounds the number after it. */
export type ModifierOp =
  /** "at least N" → N..open */
  | 'atLeast'
  /** "more than N" → N+1..open */
  | 'moreThan'
  /** "up to N", "nearly N" → unknown..N */
  | 'upTo'
  /** "fewer than N" → unknown..N-1 */
  | 'fewerThan'
  /** "about N" → N..N (an estimate stated as one number) */
  | 'about';

export interface VagueQuantity {
  /** the phrase, e.g. "tientallen", "a dozen", "Dutzende" */
  phrase: string;
  min: number;
  max: number | null;
  /** ACLED's conservative count for the phrase (dozens = 12) */
  acled: number;
}

export interface CasualtyKeyword {
  kind: CasualtyKind;
  /** the words that state the casualty, e.g. /om het leven/iu */
  pattern: RegExp;
  /** a noun of the victims ("doden", "Verletzte", "dead"): the number stands right next to it ("vier doden") */
  nominal?: boolean;
  /** a noun that states a figure only when none were hurt ("no casualties", "geen slachtoffers", "keine Opfer"): killed 0 */
  zeroOnly?: boolean;
}

export interface CasualtiesLexicon {
  /** number words → value ("twee": 2, "einundzwanzig": 21); lower case */
  numberWords: Readonly<Record<string, number>>;
  /** pronouns of one person ("hij", "he", "er"): subject of an injury ("liep hij een hersenschudding op") they make a figure of 1 */
  onePronouns: readonly string[];
  /** words that are the number one only before a person noun (articles: "een", "a", "ein") */
  weakOne: readonly string[];
  /** words multiplying the number before them ("hundred", "duizend") */
  multipliers: Readonly<Record<string, number>>;
  /** quantities stated without digits ("tientallen", "a dozen", "Hunderte") */
  vague: readonly VagueQuantity[];
  /** determiners giving a zero figure directly before a casualty noun ("geen gewonden", "no injuries") */
  zero: readonly string[];
  /** negations after a victim noun that give a zero figure ("Doden vielen er niet", "Tote gab es nicht") */
  negations: readonly string[];
  /** pronouns giving a zero figure as subject of a casualty verb ("niemand raakte gewond") */
  zeroSubjects: readonly string[];
  modifiers: ReadonlyArray<{ phrase: string; op: ModifierOp }>;
  /** "between A and B": the word before A and the word between A and B */
  between: ReadonlyArray<{ before: string; and: string }>;
  /** words joining a range "A to B", "A bis B" (the hyphen is universal) */
  rangeJoiners: readonly string[];
  /** the casualty words by kind */
  keywords: readonly CasualtyKeyword[];
  /** nouns of single persons: after a weak one ("een vrouw") they make a figure of 1 */
  personNouns: RegExp;
  /** words after a number that make it no count of people (units, months: "km", "jaar", "Uhr") */
  unitsAfter: readonly string[];
  /** words before a number that make it an age or date ("een man van 64", "aged 64") */
  notCountBefore: readonly string[];
  /** words linking a person noun to an age ("een man van 64"): the number after them is no count */
  ageLinks: readonly string[];
  /** conjunctions and subordinators that end a clause ("en", "and", "und", "toen", "when") */
  clauseBreaks: readonly string[];
  /** cues of a subset of a figure named before ("onder wie", "including", "darunter") */
  subsetCues: readonly string[];
  /** "besides the …" before a single person in a clause of the dead: that person died too ("Außer dem Attentäter kamen zwei Soldaten ums Leben") */
  besides: readonly string[];
  /** words referring back to an event told before ("daarbij", "in the attack", "dabei") */
  backReferences: readonly string[];
  /** words that end the noun phrase of the victims after a number (auxiliaries, adverbs) */
  whoStop: readonly string[];
  /**
   * cues of a tally over a long period ("this year", "since the start of the
   * offensive", "in 2024 alone", "seit Jahresbeginn"): a figure with one in its
   * clause (or after a sentence-opening one) is a figure of its own, set on no event
   */
  tallyCues?: readonly RegExp[];
  /**
   * verbs of one person's death that make the name standing right before them one of the dead ("… died",
   * "wurde getötet", "kwam om het leven"): intransitive or passive forms only, so the name is the victim;
   * written as alternatives matched right after the name
   */
  deathAfterName?: RegExp;
  /** the same with the verb first and its rest after the name ("kwam X om het leven", "wurde X getötet", "starb X") */
  deathAroundName?: ReadonlyArray<{ before: RegExp; after: RegExp }>;
  /** articles and demonstratives ("the", "het", "der"): a capitalised word after them is a noun, no person's name */
  articles?: readonly string[];
}
