/** What a language pack supplies to the casualties stage (data only). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CasualtiesLexicon {}
