import type { SegmentLexicon } from '../../stages/segment/lexicon.js';

export const segment: SegmentLexicon = {};
