import type { IngestLexicon } from '../../stages/ingest/lexicon.js';

export const ingest: IngestLexicon = {
  months: {
    januar: 1, jänner: 1, februar: 2, feber: 2, märz: 3, maerz: 3, april: 4, mai: 5, juni: 6,
    juli: 7, august: 8, september: 9, oktober: 10, november: 11, dezember: 12,
    jan: 1, feb: 2, mär: 3, mrz: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, dez: 12,
  },
  weekdays: [
    'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag',
    'mo', 'di', 'mi', 'do', 'fr', 'sa', 'so',
  ],
  publishedLabels: ['stand', 'datum', 'veröffentlicht', 'veröffentlicht am', 'erschienen', 'erschienen am'],
  updatedLabels: ['aktualisiert', 'zuletzt aktualisiert', 'aktualisiert am', 'geändert'],
  timeSuffixes: ['uhr'],
  dateTimeJoiners: ['um'],
  ordinalSuffixes: [],
  bylinePrefixes: ['von', 'ein bericht von'],
};
