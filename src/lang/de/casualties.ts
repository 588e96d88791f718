import type { CasualtiesLexicon } from '../../stages/casualties/lexicon.js';

export const casualties: CasualtiesLexicon = {};
