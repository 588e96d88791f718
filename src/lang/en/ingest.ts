import type { IngestLexicon } from '../../stages/ingest/lexicon.js';

/**
 * English metadata words. Month and weekday tables hold every spelling news pages use: full names,
 * abbreviations (without the final period: the date matcher accepts one after any entry).
 */
export const ingest: IngestLexicon = {
  months: {
    january: 1, jan: 1,
    february: 2, feb: 2, febr: 2,
    march: 3, mar: 3,
    april: 4, apr: 4,
    may: 5,
    june: 6, jun: 6,
    july: 7, jul: 7,
    august: 8, aug: 8,
    september: 9, sep: 9, sept: 9,
    october: 10, oct: 10,
    november: 11, nov: 11,
    december: 12, dec: 12,
  },
  weekdays: {
    sunday: 0, sun: 0,
    monday: 1, mon: 1,
    tuesday: 2, tue: 2, tues: 2,
    wednesday: 3, wed: 3,
    thursday: 4, thu: 4, thur: 4, thurs: 4,
    friday: 5, fri: 5,
    saturday: 6, sat: 6,
  },
  publishedLabels: ['date', 'published', 'first published', 'first published on', 'published on', 'published at', 'posted', 'posted on', 'posted at', 'dated', 'created'],
  updatedLabels: ['updated', 'last updated', 'updated on', 'updated at', 'last updated on', 'modified', 'last modified', 'last modified on', 'edited'],
  timeSuffixes: ['am', 'pm', 'a.m.', 'p.m.', 'a.m', 'p.m'],
  dateTimeJoiners: ['at'],
  ordinalSuffixes: ['st', 'nd', 'rd', 'th'],
  bylinePrefixes: ['by', 'written by', 'reporting by'],
};
