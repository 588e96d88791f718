import type { CleanLexicon } from '../../stages/clean/lexicon.js';

export const clean: CleanLexicon = {};
