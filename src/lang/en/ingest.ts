import type { IngestLexicon } from '../../stages/ingest/lexicon.js';

export const ingest: IngestLexicon = {
  months: {
    january: 1, february: 2, march: 3, april: 4, may: 5, june: 6,
    july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
    jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  },
  weekdays: [
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
    'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  ],
  publishedLabels: ['date', 'published', 'first published', 'published on', 'posted', 'posted on', 'dated'],
  updatedLabels: ['updated', 'last updated', 'updated on', 'last updated on', 'modified', 'last modified'],
  timeSuffixes: ['am', 'pm', 'a.m.', 'p.m.'],
  dateTimeJoiners: ['at'],
  ordinalSuffixes: ['st', 'nd', 'rd', 'th'],
  bylinePrefixes: ['by', 'written by', 'reporting by'],
};
