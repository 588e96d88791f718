/**
 * What a language pack supplies to ingest (data only): the words that appear in
 * the metadata lines of scraped news (date lines, datelines, bylines).
 *
 * Ingest runs before language identification, so it works with the UNION of
 * every pack's lexicon (see {@link mergeIngestLexicons}).
 */
export interface IngestLexicon {
  /** month names and abbreviations, lower case, without a final period → month number 1..12 */
  months: Readonly<Record<string, number>>;
  /**
   * weekday names and abbreviations, lower case, without a final period, that may precede a date
   * ("tue", "dinsdag", "mo") → day of the week, 0 = Sunday … 6 = Saturday (the time stage's numbering)
   */
  weekdays: Readonly<Record<string, number>>;
  /** labels before a publication date, lower case ("published", "stand", "gepubliceerd") */
  publishedLabels: readonly string[];
  /** labels before an update date, lower case ("updated", "bijgewerkt") — ranked below publication dates */
  updatedLabels: readonly string[];
  /** words after a clock time, lower case ("uhr", "uur", "pm") */
  timeSuffixes: readonly string[];
  /** words joining a date and a clock time, lower case ("at", "om", "um") */
  dateTimeJoiners: readonly string[];
  /** ordinal suffixes after a day number, lower case ("th", "e") */
  ordinalSuffixes: readonly string[];
  /** prefixes of a byline line, lower case ("by", "door", "von") */
  bylinePrefixes: readonly string[];
}

/** The union of several lexicons (ingest runs before the language is known). */
export function mergeIngestLexicons(lexicons: Iterable<IngestLexicon>): IngestLexicon {
  const months: Record<string, number> = {};
  const weekdays: Record<string, number> = {};
  const lists = {
    publishedLabels: new Set<string>(),
    updatedLabels: new Set<string>(),
    timeSuffixes: new Set<string>(),
    dateTimeJoiners: new Set<string>(),
    ordinalSuffixes: new Set<string>(),
    bylinePrefixes: new Set<string>(),
  };
  for (const lex of lexicons) {
    for (const [name, m] of Object.entries(lex.months)) months[name.toLowerCase()] ??= m;
    for (const [name, d] of Object.entries(lex.weekdays)) weekdays[name.toLowerCase()] ??= d;
    for (const key of Object.keys(lists) as Array<keyof typeof lists>) {
      for (const w of lex[key]) lists[key].add(w.toLowerCase());
    }
  }
  return {
    months,
    weekdays,
    publishedLabels: [...lists.publishedLabels],
    updatedLabels: [...lists.updatedLabels],
    timeSuffixes: [...lists.timeSuffixes],
    dateTimeJoiners: [...lists.dateTimeJoiners],
    ordinalSuffixes: [...lists.ordinalSuffixes],
    bylinePrefixes: [...lists.bylinePrefixes],
  };
}

/** A lexicon with nothing in it: numeric and ISO dates still work. */
export const EMPTY_INGEST_LEXICON: IngestLexicon = {
  months: {},
  weekdays: {},
  publishedLabels: [],
  updatedLabels: [],
  timeSuffixes: [],
  dateTimeJoiners: [],
  ordinalSuffixes: [],
  bylinePrefixes: [],
};
