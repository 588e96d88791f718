import type { IngestLexicon } from '../../stages/ingest/lexicon.js';

/**
 * Dutch metadata words. Month and weekday tables hold every spelling news pages use: full names,
 * abbreviations (without the final period: the date matcher accepts one after any entry).
 */
export const ingest: IngestLexicon = {
  months: {
    januari: 1, jan: 1,
    februari: 2, feb: 2, febr: 2,
    maart: 3, mrt: 3,
    april: 4, apr: 4,
    mei: 5,
    juni: 6, jun: 6,
    juli: 7, jul: 7,
    augustus: 8, aug: 8,
    september: 9, sep: 9, sept: 9,
    oktober: 10, okt: 10,
    november: 11, nov: 11,
    december: 12, dec: 12,
  },
  weekdays: {
    zondag: 0, zo: 0, zon: 0,
    maandag: 1, ma: 1,
    dinsdag: 2, di: 2, din: 2,
    woensdag: 3, wo: 3, woe: 3,
    donderdag: 4, do: 4, don: 4,
    vrijdag: 5, vr: 5, vrij: 5,
    zaterdag: 6, za: 6, zat: 6,
  },
  publishedLabels: ['datum', 'gepubliceerd', 'gepubliceerd op', 'geplaatst', 'geplaatst op', 'verschenen', 'verschenen op', 'publicatiedatum'],
  updatedLabels: ['bijgewerkt', 'bijgewerkt op', 'laatst bijgewerkt', 'laatst bijgewerkt op', 'laatste update', 'update', 'aangepast', 'aangepast op', 'gewijzigd', 'laatst gewijzigd', 'geüpdatet'],
  timeSuffixes: ['uur', 'u'],
  dateTimeJoiners: ['om'],
  ordinalSuffixes: ['e', 'ste', 'de'],
  bylinePrefixes: ['door', 'van onze', 'tekst'],
};
