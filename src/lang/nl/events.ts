import type { EventsLexicon } from '../../stages/events/lexicon.js';

export const events: EventsLexicon = {};
