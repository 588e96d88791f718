import type { CleanLexicon } from '../stages/clean/lexicon.js';
import type { SegmentLexicon } from '../stages/segment/lexicon.js';
import type { PlacesLexicon } from '../stages/places/lexicon.js';
import type { TimeLexicon } from '../stages/time/lexicon.js';
import type { ActorsLexicon } from '../stages/actors/lexicon.js';
import type { EventsLexicon } from '../stages/events/lexicon.js';
import type { CasualtiesLexicon } from '../stages/casualties/lexicon.js';
import type { ClaimsLexicon } from '../stages/claims/lexicon.js';
import type { IngestLexicon } from '../stages/ingest/lexicon.js';

/**
 * A language pack: data and tiny helpers only, one folder per language
 * (src/lang/<code>/index.ts exporting `pack`). Packs are discovered at
 * start-up, so adding a language needs no engine edit.
 */
export interface LanguagePack {
  /** ISO 639-1 code */
  code: string;
  /** English name of the language */
  name: string;
  /** metadata words for ingest (month names, date labels, byline prefixes); ingest uses the union of all packs */
  ingest: IngestLexicon;
  clean: CleanLexicon;
  segment: SegmentLexicon;
  places: PlacesLexicon;
  time: TimeLexicon;
  actors: ActorsLexicon;
  events: EventsLexicon;
  casualties: CasualtiesLexicon;
  claims: ClaimsLexicon;
}
