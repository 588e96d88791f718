/** What a language pack supplies to the events stage (data only). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface EventsLexicon {}
