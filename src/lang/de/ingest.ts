import type { IngestLexicon } from '../../stages/ingest/lexicon.js';

/**
 * German metadata words. Month and weekday tables hold every spelling news pages use: full names,
 * Austrian forms, ASCII transliterations, abbreviations (without the final period: the date
 * matcher accepts one after any entry).
 */
export const ingest: IngestLexicon = {
  months: {
    januar: 1, jänner: 1, jaenner: 1, jan: 1, jän: 1,
    februar: 2, feber: 2, feb: 2, febr: 2,
    märz: 3, maerz: 3, mär: 3, mrz: 3,
    april: 4, apr: 4,
    mai: 5,
    juni: 6, jun: 6,
    juli: 7, jul: 7,
    august: 8, aug: 8,
    september: 9, sep: 9, sept: 9,
    oktober: 10, okt: 10,
    november: 11, nov: 11,
    dezember: 12, dez: 12,
  },
  weekdays: {
    sonntag: 0, so: 0,
    montag: 1, mo: 1,
    dienstag: 2, di: 2,
    mittwoch: 3, mi: 3,
    donnerstag: 4, do: 4,
    freitag: 5, fr: 5,
    samstag: 6, sonnabend: 6, sa: 6,
  },
  publishedLabels: ['stand', 'datum', 'veröffentlicht', 'veröffentlicht am', 'erschienen', 'erschienen am', 'erstellt', 'erstellt am'],
  updatedLabels: ['aktualisiert', 'aktualisiert am', 'zuletzt aktualisiert', 'zuletzt aktualisiert am', 'geändert', 'geändert am', 'zuletzt geändert'],
  timeSuffixes: ['uhr'],
  dateTimeJoiners: ['um'],
  ordinalSuffixes: [],
  bylinePrefixes: ['von', 'ein bericht von'],
};
