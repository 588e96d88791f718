/** GeoJSON (RFC 7946) FeatureCollection of merged events: Point geometry [lon, lat], properties flat enough for QGIS. */
import type { MergedEvent } from '../store/types.js';

export interface Feature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
  properties: Record<string, string | number | boolean | null>;
}

export function eventFeature(e: MergedEvent): Feature {
  const hasPoint = typeof e.location.lat === 'number' && typeof e.location.lon === 'number';
  return {
    type: 'Feature',
    id: e.id,
    geometry: hasPoint ? { type: 'Point', coordinates: [e.location.lon as number, e.location.lat as number] } : null,
    properties: {
      id: e.id,
      event_type: e.type,
      sub_event_type: e.subType,
      date_start: e.date.start,
      date_end: e.date.end,
      location: e.location.name,
      level: e.location.level,
      country: e.location.country,
      admin1: e.location.admin1 ?? null,
      actors: e.actors.join('; '),
      fatalities_low: e.fatalities?.low ?? null,
      fatalities_high: e.fatalities?.high ?? null,
      injuries_low: e.injuries?.low ?? null,
      hedges: e.hedges.join('/'),
      sources: e.sources.join('; '),
      articles: e.articleCount,
      langs: e.langs.join('/'),
      conflicts: e.conflicts.map((c) => c.field).join('; '),
      summary: e.summary,
    },
  };
}

/** Streamed writer: the collection is written feature by feature, so 100k events need no big string. */
export const geojsonHead = '{"type":"FeatureCollection","features":[\n';
export const geojsonTail = '\n]}\n';
