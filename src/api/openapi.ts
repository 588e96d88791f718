/** The OpenAPI 3.1 document of the HTTP API, with parameters generated from the zod query schemas. */
import { z } from 'zod';
import { ArticleQuery, EventQuery, PlaceQuery } from './params.js';

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
          parameters: queryParams(EventQuery, {
            bbox: 'minLon,minLat,maxLon,maxLat',
            from: 'window overlaps from this day (YYYY-MM-DD)',
            to: 'window overlaps up to this day (YYYY-MM-DD)',
            type: 'ACLED event type',
            subType: 'ACLED sub-event type',
            actor: 'canonical actor name',
            country: 'ISO 3166-1 alpha-2',
            admin1: 'first-level region name',
            source: 'claim source name',
            hedge: 'some claim carries this hedge',
            q: 'full-text search over the article text',
            article: 'only events reported by this article',
            limit: 'page size (1..1000, default 50)',
            cursor: 'opaque cursor from the previous page',
          }),
          responses: { '200': ok(page('MergedEvent')), '400': errorResponse },
        },
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
          parameters: queryParams(PlaceQuery, { country: 'ISO 3166-1 alpha-2', level: 'country | admin1 | admin2 | place', q: 'name prefix', limit: 'page size', cursor: 'cursor' }),
          responses: { '200': ok(page('Place')), '400': errorResponse },
        },
      },
      '/api/stats': { get: { summary: 'Counts by language, type and country; date range', responses: { '200': ok({ type: 'object' }) } } },
      '/api/openapi.json': { get: { summary: 'This document', responses: { '200': ok({ type: 'object' }) } } },
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
