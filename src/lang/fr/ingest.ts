import type { IngestLexicon } from '../../stages/ingest/lexicon.js';

/**
 * French metadata words, ready for a French language pack (this folder has no `index.ts` yet, so
 * the registry does not load it; the ingest tests read it). Abbreviations are listed without
 * the final period: the date matcher accepts one after any entry.
 */
export const ingest: IngestLexicon = {
  months: {
    janvier: 1, janv: 1,
    février: 2, fevrier: 2, févr: 2, fevr: 2, fév: 2,
    mars: 3,
    avril: 4, avr: 4,
    mai: 5,
    juin: 6,
    juillet: 7, juil: 7,
    août: 8, aout: 8,
    septembre: 9, sept: 9,
    octobre: 10, oct: 10,
    novembre: 11, nov: 11,
    décembre: 12, decembre: 12, déc: 12,
  },
  weekdays: {
    dimanche: 0, dim: 0,
    lundi: 1, lun: 1,
    mardi: 2, mar: 2,
    mercredi: 3, mer: 3,
    jeudi: 4, jeu: 4,
    vendredi: 5, ven: 5,
    samedi: 6, sam: 6,
  },
  publishedLabels: ['publié', 'publié le', 'paru le', 'date'],
  updatedLabels: ['mis à jour', 'mis à jour le', 'modifié', 'modifié le', 'actualisé', 'actualisé le'],
  timeSuffixes: [],
  dateTimeJoiners: ['à'],
  ordinalSuffixes: ['er'],
  bylinePrefixes: ['par'],
};
