import type { ClaimsLexicon } from '../../stages/claims/lexicon.js';

export const claims: ClaimsLexicon = {};
