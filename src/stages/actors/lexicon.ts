/**
 * What a language pack supplies to the actors stage (data and tiny helpers only).
 *
 * Pattern sources are compiled with `giu` and wrapped in letter/digit
 * boundaries. Placeholders expanded by the engine:
 *   {ADJ}     a country adjective in any inflected form (named group `adj`)
 *   {POSS}    a possessive country or capital ("Russia's", "Russlands")  (named group `poss`)
 *   {COUNTRY} a country name in this language (named group `country`)
 *   {CAPITAL} a capital city standing for a government (named group `capital`)
 *   {NAME}    a personal name: 1–3 capitalised words (named group `name`)
 *   {PLACE}   the start of a place mention found by the places stage (zero-width check, see `roleLink`)
 */

/** State bodies generated for every country. */
export type StateBody =
  | 'military'
  | 'airforce'
  | 'navy'
  | 'mod'
  | 'genstaff'
  | 'police'
  | 'government'
  | 'officials'
  | 'interior'
  | 'foreign'
  | 'emergency'
  | 'border'
  | 'intel'
  | 'security'
  | 'presidency'
  | 'health'
  /** the state's human rights ombudsman ("Defensoría del Pueblo", "Public Defender") */
  | 'ombudsman';

export interface BodyPattern {
  body: StateBody;
  /** regex source; with {ADJ}/{POSS}/{COUNTRY}/{CAPITAL} the country is stated, without it the document's focus country is used */
  re: string;
  /** case-sensitive match (for bare words that are also common nouns) */
  exact?: boolean;
  /** without a stated country: always the article's home country (a government's own troops), never a foreign body named nearby */
  home?: boolean;
}

/** Generic (unnamed) actors and sources: "residents", "security sources", "witnesses". */
export interface GenericPattern {
  /** canonical name (English, as the gold annotations write them) */
  name: string;
  kind: string;
  inter?: number;
  re: string;
  aliases?: string[];
}

/** Role titles of people: "gouverneur", "the governor", "Bürgermeister". */
export type RoleId =
  | 'governor'
  | 'acting governor'
  | 'mayor'
  | 'spokesperson'
  | 'president'
  | 'prime minister'
  | 'minister'
  | 'defence minister'
  | 'foreign minister'
  | 'commander'
  | 'general'
  | 'head of administration'
  | 'analyst'
  | 'correspondent'
  | 'leader';

export interface RolePattern {
  role: RoleId;
  re: string;
}

/** Regional bodies named with a place: "de politie van de regio Charkiv", "regional authorities". */
/** `city`: a town's administration, named after the town ("Kostiantynivka City Administration") */
export type RegionalBody = 'authorities' | 'police' | 'administration' | 'prosecutor' | 'health' | 'city';

export interface RegionalPattern {
  body: RegionalBody;
  re: string;
}

export interface ActorsLexicon {
  /** country adjectives: ISO alpha-2 → base forms as written ("Russisch", "russisch", "Russian") */
  adjectives: Readonly<Record<string, readonly string[]>>;
  /** all inflected forms of an adjective base form (nl "Congolees" → ["Congolees", "Congolese"]) */
  inflect(base: string): string[];
  /** extra country names (short forms, exonyms) beyond i18n-iso-countries: alpha-2 → names */
  countryNames?: Readonly<Record<string, readonly string[]>>;
  /** capital exonyms in this language (the international spellings come from the engine's country data) */
  capitals?: Readonly<Record<string, readonly string[]>>;
  /** possessive of a name: "{X}'s" (en), "{X}s" (de); undefined when the language has none */
  possessive?: (name: string) => string[];
  /** regex source: words after a capital/country that make it the government speaking ("Moskou claimt") */
  speechAfter: string;
  /** regex source: words before a capital/country that make it a source ("volgens Kyiv", "according to Moscow") */
  speechBefore: string;
  bodies: BodyPattern[];
  generic: GenericPattern[];
  roles: RolePattern[];
  /** regex source between a role or regional body and a place: "van (?:de )?(?:regio |provincie )?", "of (?:the )?" */
  roleLink: string;
  regional: RegionalPattern[];
  /** regex source: a word after a place that belongs to the office's span ("the governor of the Kharkiv region") */
  placeSuffix?: string;
  /** per-language aliases of dictionary entries: entry id → names (matched case-insensitively) */
  aliases: Readonly<Record<string, readonly string[]>>;
  /** respelling of personal names written in this language's transliteration into the English one, applied in order */
  respell?: ReadonlyArray<readonly [RegExp, string]>;
  /** patterns with {NAME} that name a person ("said {NAME}", "{NAME}, an analyst"); the name needs two words or more */
  personCues?: Array<{ re: string; role?: string }>;
  /** patterns with {NAME} that name an organisation ("the {NAME} research group", "mensenrechtenorganisatie {NAME}") */
  orgCues?: Array<{ re: string; kind: string }>;
  /** regex source: capitalised head words of organisation names ("Society", "Netwerk", "Verband"); a run of
   *  capitalised words (joined by `orgJoiners`) containing one names an organisation ("Law Society of Kenya") */
  orgWords?: string;
  /** regex source: small words inside organisation names ("of", "for", "van", "für") */
  orgJoiners?: string;
  /** regex source between ", " after a person's name and the body they speak for ("head of the", "woordvoerder van de",
   *  "Sprecher der"): the person's claims are that body's claims, so the person gets the body's names as aliases */
  apposition?: string;
  /** regex source right before an office title naming the state that installed its holder ("door Rusland aangestelde",
   *  "Moscow-installed", "von Russland eingesetzte"), with {ADJ}/{COUNTRY}/{CAPITAL}: the office becomes
   *  "Russian-installed Governor of Kherson Oblast" */
  installedBy?: string;
  /** regex source: a person's own party named by a possessive ("his party", "zijn partij", "seine Partei"); it becomes
   *  "<Surname>'s party" after the nearest person named before it in the paragraph */
  ownParty?: string;
  /** words that look like capitalised names but are not ("De", "Het", "Der"), to stop {NAME} */
  notNames?: readonly string[];
}
