/**
 * What a language pack supplies to the places stage (data only).
 * Multi-word entries are written with single spaces; matching is
 * case-insensitive unless stated otherwise.
 */
export interface PlacesLexicon {
  /**
   * Capitalised words that are ordinary words of the language, not place
   * names: function words and frequent sentence starters, weekdays, months,
   * titles, and (for German) frequent nouns. A one-word candidate in this
   * list is never a place.
   */
  stopwords: readonly string[];
  /** Words before a name that make it a first-level division ("regio", "Gebiet", "region of"). */
  admin1Before: readonly string[];
  /** Words after a name that make it a first-level division ("region", "Oblast", "state"). */
  admin1After: readonly string[];
  /**
   * Words before a name that, when the name is both a division and its seat
   * ("Kursk"), prefer the division: "gouverneur van", "governor of", airspace words.
   */
  admin1Hints: readonly string[];
  /** Words before a name that make it a settlement ("stad", "dorp", "regional capital", "Kleinstadt"). */
  placeBefore: readonly string[];
  /** Words after a name that make it a settlement ("town", "city"). */
  placeAfter: readonly string[];
  /** Words before a name that say the event is near it rather than in it ("bij", "near", "nahe"). */
  nearBefore: readonly string[];
  /** Lower-case words that may stand inside a longer proper name ("Legion of X", "Bosnia and Herzegovina"). */
  nameConnectors: readonly string[];
  /**
   * Connectors that join an organisation to its seat ("in"): crossed only right
   * after an organisation head ("Islamic Resistance in Iraq", but not
   * "Clingendael Institute staff in The Hague").
   */
  orgLocatives: readonly string[];
  /** Lower-case particles inside person names ("von der Leyen", "bin Salman"): the place-like word after one is a surname. */
  nameParticles: readonly string[];
  /** Particles that are also prepositions ("van", "von"): they count only together with another particle ("von der"). */
  nameParticlesWeak: readonly string[];
  /** Words joining two names ("en", "and", "und"): the second shares the level cue of the first. */
  coordinators: readonly string[];
  /**
   * Words right before a capitalised word that mark it as a common noun, not a
   * name (German articles: "im Norden", "das Zentrum"); countries are exempt.
   */
  nounMarkers: readonly string[];
  /** Words before a name that make it a river, sea or other non-settlement feature ("rivier de", "river"). */
  featureBefore: readonly string[];
  /** Words after a name that make it such a feature ("River", "Fluss"). */
  featureAfter: readonly string[];
  /** Locative words before a name ("in", "bij", "near", "naar"): weak evidence that a name is a place. */
  locativeBefore: readonly string[];
  /** Head nouns of organisation, media and team names: a name containing one is not a place. */
  orgHeads: readonly string[];
  /** Titles right before a person's name ("gouverneur", "spokesman", "Sprecher"): the name after one is no place. */
  personTitles: readonly string[];
  /**
   * Endings of adjectives made from place names ("Charkivse" = "Charkiv" + "se",
   * "Kursker" = "Kursk" + "er"); such words are reported as demonyms.
   */
  placeAdjectiveEndings: readonly string[];
  /**
   * Names of regions that are not one country or division of the gazetteer
   * (continents, "Sahel", "Donbas", "Midden-Oosten") → their id in the
   * language-independent table src/gazetteer/regions.ts. A division cue next
   * to one ("the Sahel region") leaves it to the gazetteer.
   */
  regions: Readonly<Record<string, string>>;
  /**
   * Compass prefixes written together with a country name ("Ostukraine",
   * "Noord-Nigeria"): the rest of the word is read as the country. Lower-case.
   */
  compassPrefixes?: readonly string[];
  /**
   * Speech verbs right after or before a name ("Nelson said", "said Johnson",
   * "zei Peters", "sagte Weber"): a small place's name there is a person.
   */
  speechVerbs?: readonly string[];
  /** `nounMarkers` mark only small places' names as common nouns (English "a Boston native" keeps Boston). */
  nounMarkersWeakOnly?: boolean;
  /**
   * Named parts of a settlement (streets, squares, neighbourhoods, airports, markets): they take the
   * settlement's point, the one the text places them in. Lower-case words.
   * - `heads`: a capitalised head noun closing such a name ("Chassad Avenue", "Mitiga Airport")
   * - `suffixes`: endings of one-word compounds that are such names ("Maidanplein", "Hauptstraße"),
   *   read when the gazetteer has no entry under the word
   * - `before`: a noun right before such a name ("the neighbourhood of X", "wijk X", "im Viertel X");
   *   a compound ending in one of them counts too ("Wohnviertel X")
   * - `after`: a noun right after a name the gazetteer lacks ("the X neighbourhood", "the X area")
   */
  cityParts?: { heads: readonly string[]; suffixes: readonly string[]; before: readonly string[]; after: readonly string[] };
  /** Names that stand for an institution, not a place ("Kremlin", "Witte Huis"). */
  metonyms: readonly string[];
  /** Country names and short forms the gazetteer lacks, matched case-sensitively ("VS" → US). */
  countryAliases: Readonly<Record<string, string>>;
  /** Names of first-level divisions the gazetteer lacks in this language, matched case-sensitively ("Krim" → "UA.11"). */
  admin1Aliases: Readonly<Record<string, string>>;
  /** Translations of generic name words to English before lookup ("Noord" → "North"). */
  nameWords: Readonly<Record<string, string>>;
  /**
   * Common head nouns of hyphenated compounds whose first part is a place
   * ("Krieg" in "Ukraine-Krieg", "oorlog" in "Oekraïne-oorlog"): the first part
   * is then read as a name on its own. Lower-case; "*" stands for any
   * lower-case head (English "Kent-based", "UK-bashing").
   */
  compoundHeads?: readonly string[];
  /** Endings an inflected name may carry ("s" for the German genitive "Kiews"). */
  inflections: readonly string[];
  /**
   * Demonyms and country adjectives: stem → ISO country code. A word matches
   * when it is a stem followed by one of `demonymEndings`.
   */
  demonyms: Readonly<Record<string, string>>;
  demonymEndings: readonly string[];
}
