/**
 * What a language pack supplies to the claims stage (data only): the words
 * that attribute a statement to a source, and the words that set its hedge.
 * Phrases are matched case-insensitively on word boundaries; `RegExp`
 * entries carry the `u` flag.
 */

/** How a verb or phrase frames what its source says. */
export type CueForce = 'say' | 'claim' | 'deny' | 'accuse';

export interface SpeechCue {
  phrase: string;
  force: CueForce;
  /**
   * where the source stands: `before` the verb ("X said", "X ontkent"),
   * `after` it ("aldus X", "meldt X" after a comma), `either` (try the side
   * where a source is found next to the verb, the subject side first)
   */
  source: 'before' | 'after' | 'either';
  /** a separable particle ending the cue further on ("teilte ... mit", "liet ... weten") */
  particle?: string;
}

export interface ClaimsLexicon {
  /** prepositions naming the source after them: "volgens", "according to", "laut", "nach Angaben von" */
  according: readonly string[];
  /** one-word attributions naming the source inside a compound: named group `src` ("nach Armeeangaben" → "Armee") */
  compounds: readonly RegExp[];
  /** a source's own account of itself ("nach eigenen Angaben", "naar eigen zeggen", "by its own account"): the subject speaks */
  selfAttribution: readonly string[];
  /** postpositions naming the source before them: "X zufolge" */
  accordingAfter: readonly string[];
  /** verbs of saying, claiming, denying, accusing */
  verbs: readonly SpeechCue[];
  /** impersonal hearsay: the article reports what it has not confirmed ("naar verluidt", "reportedly", "angeblich") */
  hearsay: readonly string[];
  /** modal hearsay verbs: "zou", "zouden", "soll", "sollen" (hedge reported; continue an attribution of the sentence before) */
  modalHearsay: readonly string[];
  /** words that continue the attribution of the sentence before ("demnach", the German subjunctive "seien") */
  continuation: readonly string[];
  /** a party claiming its own deed or success ("claimed responsibility", "eiste ... op", "reklamierte ... für sich") */
  claimPatterns: readonly RegExp[];
  /** words saying no one claimed ("Zu dem Anschlag bekannte sich niemand", "no group has claimed responsibility") */
  nobody: readonly string[];
  /** a source reporting its own side's success: "it had killed", "its forces had taken", "te hebben heroverd" */
  selfSuccess: readonly RegExp[];
  /** verbs of an armed party's success ("repelled", "afgeslagen", "abgewehrt", "shot down"): reported by a party, the event is its claim */
  successVerbs: RegExp;
  /** names of enemies a party reports killing ("assailants", "terroristen", "Söldner") */
  enemyTerms: readonly string[];
  /** words naming an armed party or its spokesbody when the actors stage knows no record ("army", "leger", "Verteidigungsministerium") */
  partyWords: RegExp;
  /** head nouns of a definite description standing for a body named before ("de missie", "the ministry", "die Organisation") */
  anaphors: readonly string[];
  /** conjunctions joining two sources or two verbs of one subject ("and", "en", "und") */
  conjunctions: readonly string[];
  /** verbs by which a party confirms what others first told ("confirmed", "bevestigde", "bestätigte"): confirming the attack it carried out asserts it */
  confirmVerbs?: readonly string[];
  /** prepositions placing a body in a country or town ("the UN office in Haiti"): the located form is kept as an alias of the source */
  locatives?: readonly string[];
  /** words linking a describing noun to a name ("de rebellen van M23", "the fighters of the RSF"): prepositions and articles */
  nameLinks: readonly string[];
  /** adverbs after which the verb comes first and its subject follows ("…, zo meldt de politie", "so berichtet die Zeitung") */
  inversion: readonly string[];
  /** pronouns standing for the source named just before ("it", "they", "hij", "sie") */
  pronouns: readonly string[];
  /** words stripped from the front of a source named in plain words ("the", "de", "ein") */
  determiners: readonly string[];
  /** words ending a source named in plain words ("reached by phone", "in", "on") */
  sourceStop: readonly string[];
  /** prepositions of a modifier inside a source's noun phrase, skipped when reading it backwards from its verb ("a spokesman for … in the area") */
  sourceSkip: readonly string[];
  /**
   * words that never stand inside a source's noun phrase: adverbs, negations,
   * expletives ("reportedly", "not", "there", "previously"); a phrase that
   * reaches one ends before it
   */
  nonSource?: RegExp;
  /** nouns are written with a capital (German): a source phrase ends at its last capitalised word */
  capitalNouns?: boolean;
  /**
   * unnamed sources in plain words, normalised to one English generic name
   * ("Behörden" → "local authorities", "lokale media" → "local media");
   * `re` must match the whole phrase (case-insensitive)
   */
  genericSources?: ReadonlyArray<{ re: RegExp; name: string }>;
  /**
   * auxiliaries right after a verb of saying that make it a participle of a
   * subordinate clause ("die über die Angriffe berichtet hatten"): no attribution
   */
  participleAfter?: readonly string[];
  /** words marking media run by a state, just before the name or in it ("state-run", "staatsmedia", "staatliche"): they speak for their state */
  stateMedia?: RegExp;
  /** words naming the agent of a passive verb ("by", "door", "von"): the claimant follows them */
  agentWords?: readonly string[];
  /** names of civil bodies that are no armed party though run by a state (health ministries, civil defence, rescue services; canonical names and local words) */
  civilBodies?: RegExp;
  /**
   * what follows an actor named inside a modifier of the source's noun, with the
   * head noun as named group `head` ("… kontrollierte Gesundheitsbehörde", "-run health ministry")
   */
  modifierAfter?: RegExp;
  /**
   * nouns of a document or count a body issues ("report", "statement", "balans", "Bericht"): named as the source
   * ("according to a report in the paper X"), they stand for the body or outlet named after them
   */
  documentNouns?: readonly string[];
  /** verbs of telling after which the outlet told is named ("told the news agency X"): that outlet is a source too */
  tellVerbs?: readonly string[];
  /** nouns of media that may stand before an outlet's name ("news agency", "newspaper", "krant", "Zeitung") */
  mediaNouns?: readonly string[];
  /** prepositions that make the event noun after them background the clause presupposes ("after the attack", "na de arrestatie", "seit dem Putsch"): the article's own voice */
  presupposing?: readonly string[];
  /** articles after which a word is a noun, never a verb of saying ("a report", "the claim", "einem Bericht") */
  nounMarkers?: readonly string[];
  /** demonstratives opening a sentence of saying that attributes the sentence before ("Das teilte X mit", "Dat meldde X", "This was confirmed by X") */
  backPointers?: readonly string[];
}
