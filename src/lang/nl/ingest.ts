import type { IngestLexicon } from '../../stages/ingest/lexicon.js';

export const ingest: IngestLexicon = {
  months: {
    januari: 1, februari: 2, maart: 3, april: 4, mei: 5, juni: 6,
    juli: 7, augustus: 8, september: 9, oktober: 10, november: 11, december: 12,
    jan: 1, feb: 2, mrt: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, dec: 12,
  },
  weekdays: [
    'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag',
    'ma', 'di', 'wo', 'do', 'vr', 'za', 'zo',
  ],
  publishedLabels: ['datum', 'gepubliceerd', 'gepubliceerd op', 'geplaatst', 'geplaatst op', 'verschenen'],
  updatedLabels: ['bijgewerkt', 'laatst bijgewerkt', 'laatste update', 'aangepast', 'gewijzigd'],
  timeSuffixes: ['uur', 'u'],
  dateTimeJoiners: ['om'],
  ordinalSuffixes: ['e', 'ste', 'de'],
  bylinePrefixes: ['door', 'van onze', 'tekst'],
};
