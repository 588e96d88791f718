import type { ActorsLexicon } from '../../stages/actors/lexicon.js';

export const actors: ActorsLexicon = {};
