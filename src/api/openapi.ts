/** The OpenAPI 3.1 document of the HTTP API, with parameters generated from the zod query schemas. */
import { z } from 'zod';
import { ActorQuery, ArticleQuery, DownloadQuery, EventQuery, LabelQuery, PlaceQuery, ViewQuery } from './params.js';

type Json = Record<string, unknown>;

function queryParams(schema: z.ZodType, docs: Record<string, string>): Json[] {
  const js = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, Json> };
  return Object.entries(js.properties ?? {}).map(([name, s]) => ({
    name,
    in: 'query',
    required: false,
    description: docs[name] ?? '',
    schema: s,
  }));
}

const errorResponse = {
  description: 'error',
  content: {
    'application/json': {
      schema: {
        type: 'object',
        required: ['error'],
        properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' }, details: {} } } },
      },
    },
  },
};

const page = (item: string) => ({
  type: 'object',
  required: ['items', 'next'],
  properties: { items: { type: 'array', items: { $ref: `#/components/schemas/${item}` } }, next: { type: ['string', 'null'], description: 'cursor of the next page' } },
});

const ok = (schema: Json, description = 'ok') => ({ description, content: { 'application/json': { schema } } });

const EVENT_DOCS: Record<string, string> = {
  bbox: 'minLon,minLat,maxLon,maxLat',
  from: 'window overlaps from this day (YYYY-MM-DD, a real calendar day)',
  to: 'window overlaps up to this day (YYYY-MM-DD, a real calendar day)',
  type: 'ACLED event type (any case), e.g. Battles; unknown types are rejected',
  subType: 'ACLED sub-event type (any case), e.g. Armed clash',
  actor: 'actor: canonical name, alias or acronym (RSF), or a country (russia → every actor of Russia)',
  country: 'country name (Ukraine) or ISO 3166-1 code (UA, UKR)',
  admin1: 'first-level region in any common form (Kharkiv Oblast = Kharkiv)',
  admin2: 'second-level division (district, county, raion) of the location, case-insensitive',
  source: 'claim source name',
  hedge: 'some claim carries this hedge',
  q: 'full-text search over the article text',
  article: 'only events reported by this article',
  limit: 'page size (1..1000, default 50)',
  cursor: 'opaque cursor from the previous page',
  max: 'at most this many events (default 100000)',
  bom: '1: start the CSV with a UTF-8 byte order mark',
};

export function openApiDocument(): Json {
  const idParam = (what: string) => ({ name: 'id', in: 'path', required: true, description: `${what} id`, schema: { type: 'string' } });
  return {
    openapi: '3.1.0',
    info: {
      title: 'sitrep API',
      version: '0.1.0',
      description: 'Merged conflict events (ACLED taxonomy) with every claim, its source and hedge, and evidence spans into the original articles.',
    },
    paths: {
      '/api/events': {
        get: {
          summary: 'List merged events, newest first',
          parameters: queryParams(EventQuery, EVENT_DOCS),
          responses: { '200': ok(page('MergedEvent')), '400': errorResponse },
        },
      },
      '/api/events/count': {
        get: { summary: 'How many merged events match the filters', parameters: queryParams(ViewQuery, EVENT_DOCS), responses: { '200': ok({ type: 'object', properties: { count: { type: 'integer' } } }), '400': errorResponse } },
      },
      '/api/events/days': {
        get: {
          summary: 'Merged events per start day for the filters (for a time axis)',
          parameters: queryParams(ViewQuery, EVENT_DOCS),
          responses: { '200': ok({ type: 'object', properties: { days: { type: 'array', items: { type: 'object', properties: { day: { type: 'string' }, events: { type: 'integer' } } } } } }), '400': errorResponse },
        },
      },
      '/api/export.csv': {
        get: { summary: 'ACLED-compatible CSV of the events matching the filters (download)', parameters: queryParams(DownloadQuery, EVENT_DOCS), responses: { '200': { description: 'CSV', content: { 'text/csv': {} } }, '400': errorResponse } },
      },
      '/api/export.geojson': {
        get: { summary: 'GeoJSON FeatureCollection of the events matching the filters (download)', parameters: queryParams(DownloadQuery, EVENT_DOCS), responses: { '200': { description: 'GeoJSON', content: { 'application/geo+json': {} } }, '400': errorResponse } },
      },
      '/api/actors': {
        get: {
          summary: 'Actor names of the stored events with their aliases and event counts (q: name, alias or acronym)',
          parameters: queryParams(ActorQuery, { q: 'name, alias or acronym (substring)', limit: 'at most this many (default 100)' }),
          responses: { '200': ok({ type: 'object', properties: { items: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, aliases: { type: 'array', items: { type: 'string' } }, events: { type: 'integer' } } } } } }), '400': errorResponse },
        },
      },
      '/api/admin1': {
        get: {
          summary: 'First-level regions of the stored events with counts (q in any common form)',
          parameters: queryParams(PlaceQuery.pick({ country: true, q: true, limit: true }), { country: 'country name or ISO code', q: 'region name, with or without Oblast/Province…', limit: 'at most this many' }),
          responses: { '200': ok({ type: 'object' }), '400': errorResponse },
        },
      },
      '/api/labels': {
        get: { summary: 'Map labels from the gazetteer: capitals and large cities', parameters: queryParams(LabelQuery, { minPop: 'minimum population (default 300000)' }), responses: { '200': ok({ type: 'object' }) } },
      },
      '/api/events/{id}': {
        get: {
          summary: 'One merged event with its members, claims, evidence spans and sentences',
          parameters: [idParam('merged event')],
          responses: { '200': ok({ $ref: '#/components/schemas/EventDetail' }), '404': errorResponse },
        },
      },
      '/api/articles': {
        get: {
          summary: 'List stored articles, newest ingest first',
          parameters: queryParams(ArticleQuery, { lang: 'language code', q: 'full-text search', source: 'substring of the source path', limit: 'page size', cursor: 'cursor' }),
          responses: { '200': ok(page('Article')), '400': errorResponse },
        },
      },
      '/api/articles/{id}': {
        get: {
          summary: 'One article with its original text and full extraction',
          parameters: [idParam('article')],
          responses: { '200': ok({ $ref: '#/components/schemas/ArticleWithText' }), '404': errorResponse },
        },
      },
      '/api/places': {
        get: {
          summary: 'Places aggregated over all mentions',
          parameters: queryParams(PlaceQuery, { country: 'country name or ISO code', level: 'country | admin1 | admin2 | place', q: 'name prefix', limit: 'page size', cursor: 'cursor' }),
          responses: { '200': ok(page('Place')), '400': errorResponse },
        },
      },
      '/api/stats': { get: { summary: 'Counts by language, type and country; date range', responses: { '200': ok({ type: 'object' }) } } },
      '/api/openapi.json': { get: { summary: 'This document', responses: { '200': ok({ type: 'object' }) } } },
      '/api/docs': { get: { summary: 'This document rendered (Swagger UI)', responses: { '200': { description: 'HTML', content: { 'text/html': {} } } } } },
    },
    components: {
      schemas: {
        MergedEvent: { type: 'object', description: 'see src/store/types.ts MergedEvent' },
        EventDetail: { type: 'object', description: 'MergedEvent plus members (see src/store/types.ts)' },
        Article: { type: 'object', description: 'see src/store/types.ts StoredArticle' },
        ArticleWithText: { type: 'object', description: 'see src/store/types.ts ArticleWithText' },
        Place: { type: 'object', description: 'see src/store/types.ts PlaceSummary' },
      },
    },
  };
}
