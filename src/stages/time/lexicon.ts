/**
 * What a language pack supplies to the time stage (data only).
 *
 * Patterns are regex sources (compiled with the `giu` flags and wrapped in
 * letter/digit boundaries by the engine) that may use these placeholders:
 *   {MONTH}    → named group `month`   (alternation of `months` keys)
 *   {WEEKDAY}  → named group `weekday` (alternation of `weekdays` keys) — the day that is resolved
 *   {WEEKDAY0} → named group `weekday0` (a second weekday, matched but not resolved: "van vrijdag op {WEEKDAY}")
 *   {DAY}      → named group `day` (1–31)
 *   {YEAR}     → named group `year` (1900–2099)
 *   {N}        → named group `n` (a count: digits or a word of `numbers`)
 *   {MM}       → named group `mnum` (01–12, a numeric month)
 *   {DECADE}   → named group `decade` ("1980", "80", "tachtig" via `decades`)
 */
export type TimeKind =
  /** a calendar date: groups day + month|mnum, optional year; a missing year is the most recent one not after the reference */
  | 'date'
  /** a month and a year ("november 2012"): groups month|mnum + year */
  | 'monthYear'
  /** a bare year ("in 2012"): group year */
  | 'year'
  /** a month name without year ("in maart"): the most recent such month not after the reference */
  | 'inMonth'
  /** part of a named month ("begin maart", "Ende März 2023"): group month (+ year); `part` says which part */
  | 'monthPart'
  /** a weekday ("maandagavond"): group weekday, resolved to the most recent such day on or before the reference;
   *  the window is that day + `from`..`to` days (nights: 0..1, "in der Nacht zum {WEEKDAY}": -1..0) */
  | 'weekday'
  /** a day relative to the reference date: reference + `from`..`to` days ("gisteren": -1..-1, "vannacht": -1..0) */
  | 'days'
  /** a calendar week (Monday–Sunday): `offset` 0 = this week up to the reference, -1 = last week; `before` excludes the reference day */
  | 'week'
  /** the most recent weekend (Saturday–Sunday) on or before the reference; `offset` -1 = the one before */
  | 'weekend'
  /** a calendar month relative to the reference: `offset` 0 = this month, -1 = last month; optional `part`; `before` ends the day before the reference */
  | 'month'
  /** a calendar year relative to the reference: `offset` 0 = this year up to the reference, -1 = last year; optional `part` */
  | 'yearRel'
  /** an unspecific recent past ("onlangs"): reference - `days` .. reference */
  | 'recent'
  /** a decade ("in the 1980s", "Ende der 80er Jahre", "eind jaren tachtig"): group decade; optional `part` (early: years 0–3, mid: 3–6, late: 7–9); a two-digit decade is the most recent one before the reference */
  | 'decade'
  /** a clock time ("14:32"): attaches to the reference date (basis inferred) */
  | 'clock'
  /** a time span back from the reference ("two days ago", "vor einer Woche"): group `n` (absent = 1) of `unit`s;
   *  days give that day, weeks that day ± 3 days, months that calendar month */
  | 'ago';

export type MonthPart = 'early' | 'mid' | 'late';

export interface TimeRule {
  /** rule id, unique within the pack, e.g. "nl.time.gisteren" */
  id: string;
  /** regex source with placeholders (see above) */
  re: string;
  kind: TimeKind;
  from?: number;
  to?: number;
  offset?: number;
  part?: MonthPart;
  /** weekday: resolve to a day strictly before the reference ("last Tuesday", "afgelopen dinsdag") */
  strict?: boolean;
  /** week/month: the window ends the day before the reference ("earlier this week") */
  before?: boolean;
  /** recent: how many days back */
  days?: number;
  /** ago: the unit counted */
  unit?: 'day' | 'week' | 'month';
}

export interface TimeLexicon {
  /** month names and abbreviations (lower case, abbreviations may end in ".") → 1..12 */
  months: Record<string, number>;
  /** weekday names (lower case) → 0 (Sunday) .. 6 (Saturday) */
  weekdays: Record<string, number>;
  /** month names only count when capitalised in the text (English "may", "march" are verbs) */
  capitalizedMonths?: boolean;
  /** words right before a time expression that turn it into "from then until the reference" ("sinds", "since", "seit"): regex source, matched against the text just before the expression */
  since: string;
  /** decade words (lower case) → two-digit decade, for {DECADE}: "tachtig" → 80, "eighties" → 80 */
  decades?: Record<string, number>;
  /** count words (lower case) → value, for {N}: "two"/"twee"/"zwei" → 2, "a"/"een"/"einer" → 1 */
  numbers?: Record<string, number>;
  rules: TimeRule[];
}
