/** What a language pack supplies to the segment stage (data only). */
export interface SegmentLexicon {
  /**
   * Abbreviations written with their periods ("o.a.", "Dr.", "z.B."). A period that ends one
   * does not end a sentence, and the abbreviation is one token. Entries starting with a
   * lowercase letter also match with a capital first letter (sentence-initial "Ca.").
   */
  abbreviations: string[];
  /**
   * Words that follow an ordinal number written with a period ("am 14. August", "im 3.
   * Quartal"): "14." before one of them does not end a sentence. Lowercase.
   */
  ordinalFollowers: string[];
}
