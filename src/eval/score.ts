/** Score one article: gold against prediction, all parts. */
import { figures, type Counts, type Figures } from './aggregate.js';
import { scoreCasualties, type CasualtyDetail } from './casualties.js';
import { scoreDocDate } from './docdate.js';
import { scoreEvents, type EventDetail } from './events.js';
import type { Gold } from './gold.js';
import { scorePlaces, type PlaceDetail } from './places.js';
import type { Prediction } from './prediction.js';

export interface ArticleScore {
  name: string;
  lang: string;
  counts: Counts;
  figures: Figures;
  detail: { places: PlaceDetail; events: EventDetail; casualties: CasualtyDetail };
}

export function scoreArticle(gold: Gold, prediction: Prediction): ArticleScore {
  const places = scorePlaces(gold, prediction.places);
  const events = scoreEvents(gold, prediction.events);
  const casualties = scoreCasualties(gold, prediction.casualties);
  const counts: Counts = { places: places.counts, events: events.counts, casualties: casualties.counts, docDate: scoreDocDate(gold.docDate, prediction.docDate) };
  return { name: gold.name, lang: gold.lang, counts, figures: figures(counts), detail: { places, events, casualties } };
}
