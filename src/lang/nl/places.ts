import type { PlacesLexicon } from '../../stages/places/lexicon.js';

export const places: PlacesLexicon = {};
