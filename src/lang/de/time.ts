import type { TimeLexicon } from '../../stages/time/lexicon.js';

export const time: TimeLexicon = {};
