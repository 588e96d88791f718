/**
 * The HTTP API (hono). Tested through the app object (`app.request(...)`), served by `sitrep serve`.
 * Input is validated with zod; errors are JSON with codes; article text is data, never markup.
 */
import { Hono } from 'hono';
import type { z } from 'zod';
import type { Store } from '../store/types.js';
import { apiError } from './errors.js';
import { ArticleQuery, EventQuery, IdParam, PlaceQuery, defined } from './params.js';
import { openApiDocument } from './openapi.js';
import { mountWeb } from './web.js';

export interface AppOptions {
  store: Store;
  /** serve the map/timeline page and its vendored assets (default true) */
  web?: boolean;
}

function parseQuery<S extends z.ZodType>(schema: S, query: Record<string, string>): { ok: true; value: z.output<S> } | { ok: false; issues: unknown } {
  const r = schema.safeParse(query);
  return r.success ? { ok: true, value: r.data } : { ok: false, issues: r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) };
}

export function createApp({ store, web = true }: AppOptions): Hono {
  const app = new Hono();

  app.onError((err, c) => {
    // a bug, or a bad cursor rejected by the store
    if (err instanceof RangeError || /cursor/i.test(err.message)) return apiError(c, 400, 'bad_request', err.message);
    process.stderr.write(`api: ${err.stack ?? err.message}\n`);
    return apiError(c, 500, 'internal', 'internal error');
  });
  app.notFound((c) => apiError(c, 404, 'not_found', `no route ${c.req.method} ${c.req.path}`));

  app.get('/api/openapi.json', (c) => c.json(openApiDocument()));

  app.get('/api/events', async (c) => {
    const q = parseQuery(EventQuery, c.req.query());
    if (!q.ok) return apiError(c, 400, 'invalid_query', 'invalid query parameters', q.issues);
    if (q.value.from && q.value.to && q.value.from > q.value.to) return apiError(c, 400, 'invalid_query', 'from is after to');
    return c.json(await store.listEvents(defined(q.value)));
  });

  app.get('/api/events/:id', async (c) => {
    const id = IdParam.safeParse(c.req.param('id'));
    if (!id.success) return apiError(c, 400, 'invalid_id', id.error.issues[0]?.message ?? 'malformed id');
    const ev = await store.getEvent(id.data);
    return ev ? c.json(ev) : apiError(c, 404, 'not_found', `no event ${id.data}`);
  });

  app.get('/api/articles', async (c) => {
    const q = parseQuery(ArticleQuery, c.req.query());
    if (!q.ok) return apiError(c, 400, 'invalid_query', 'invalid query parameters', q.issues);
    return c.json(await store.listArticles(defined(q.value)));
  });

  app.get('/api/articles/:id', async (c) => {
    const id = IdParam.safeParse(c.req.param('id'));
    if (!id.success) return apiError(c, 400, 'invalid_id', id.error.issues[0]?.message ?? 'malformed id');
    const a = await store.getArticle(id.data);
    return a ? c.json(a) : apiError(c, 404, 'not_found', `no article ${id.data}`);
  });

  app.get('/api/places', async (c) => {
    const q = parseQuery(PlaceQuery, c.req.query());
    if (!q.ok) return apiError(c, 400, 'invalid_query', 'invalid query parameters', q.issues);
    return c.json(await store.listPlaces(defined(q.value)));
  });

  app.get('/api/stats', async (c) => c.json(await store.stats()));

  if (web) mountWeb(app);
  return app;
}
