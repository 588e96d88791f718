/**
 * The HTTP API (hono). Tested through the app object (`app.request(...)`), served by `sitrep serve`.
 * Input is validated with zod; errors are JSON with codes; article text is data, never markup.
 * Filters accept what people write: countries by name or code, ACLED types in any case, actors by
 * alias or acronym ("RSF") or country ("russia"), admin1 names with or without "Oblast"/"Province".
 */
import { PassThrough, Readable } from 'node:stream';
import { Hono, type Context } from 'hono';
import type { z } from 'zod';
import type { EventFilter, Store } from '../store/types.js';
import { apiError } from './errors.js';
import { ActorQuery, ArticleQuery, DownloadQuery, EventQuery, IdParam, LabelQuery, PlaceQuery, ViewQuery, defined } from './params.js';
import { openApiDocument } from './openapi.js';
import { mountDocs } from './docs.js';
import { mountWeb } from './web.js';
import { actorAliases, resolveActor, resolveAdmin1 } from './values.js';

export interface AppOptions {
  store: Store;
  /** serve the map/timeline page and its vendored assets (default true) */
  web?: boolean;
}

function parseQuery<S extends z.ZodType>(schema: S, query: Record<string, string>): { ok: true; value: z.output<S> } | { ok: false; issues: Array<{ path: string; message: string }> } {
  const r = schema.safeParse(query);
  return r.success ? { ok: true, value: r.data } : { ok: false, issues: r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) };
}

/** One-line message naming the first bad parameter. */
function invalid(c: Context, issues: Array<{ path: string; message: string }>) {
  const first = issues[0];
  return apiError(c, 400, 'invalid_query', first ? `${first.path || 'query'}: ${first.message}` : 'invalid query parameters', issues);
}

/** A short-lived cache of the store's actor and admin1 names (the lists a filter value is resolved against). */
function nameCache(store: Store, ttlMs = 15_000) {
  let at = 0;
  let value: Promise<{ actors: string[]; admin1: string[] }> | undefined;
  return () => {
    if (!value || Date.now() - at > ttlMs) {
      at = Date.now();
      value = Promise.all([store.listActors({ limit: 1000 }), store.listAdmin1({ limit: 5000 })]).then(([a, b]) => ({
        actors: a.map((x) => x.name),
        admin1: b.map((x) => x.admin1),
      }));
      value.catch(() => (value = undefined));
    }
    return value;
  };
}

export function createApp({ store, web = true }: AppOptions): Hono {
  const app = new Hono();
  const names = nameCache(store);

  /** The store filter for validated query values: actor and admin1 resolved to the names the store holds. */
  async function toFilter(v: Record<string, unknown>): Promise<EventFilter> {
    const f = defined(v) as EventFilter & { max?: number; bom?: string };
    delete f.max;
    delete f.bom;
    // the value itself always counts too (a rare name beyond the cached lists still matches exactly)
    if (f.actor !== undefined) {
      f.actors = [...new Set([...resolveActor(f.actor, (await names()).actors), f.actor])];
      delete f.actor;
    }
    if (f.admin1 !== undefined) {
      f.admin1s = [...new Set([...resolveAdmin1(f.admin1, (await names()).admin1), f.admin1])];
      delete f.admin1;
    }
    return f;
  }

  app.onError((err, c) => {
    // a bug, or a bad cursor rejected by the store
    if (err instanceof RangeError || /cursor/i.test(err.message)) return apiError(c, 400, 'bad_request', err.message);
    process.stderr.write(`api: ${err.stack ?? err.message}\n`);
    return apiError(c, 500, 'internal', 'internal error');
  });
  app.notFound((c) => apiError(c, 404, 'not_found', `no route ${c.req.method} ${c.req.path}`));

  app.get('/api/openapi.json', (c) => c.json(openApiDocument()));
  mountDocs(app);

  app.get('/api/events', async (c) => {
    const q = parseQuery(EventQuery, c.req.query());
    if (!q.ok) return invalid(c, q.issues);
    if (q.value.from && q.value.to && q.value.from > q.value.to) return apiError(c, 400, 'invalid_query', 'from is after to');
    return c.json(await store.listEvents(await toFilter(q.value)));
  });

  app.get('/api/events/count', async (c) => {
    const q = parseQuery(ViewQuery, c.req.query());
    if (!q.ok) return invalid(c, q.issues);
    return c.json({ count: await store.countEvents(await toFilter(q.value)) });
  });

  app.get('/api/events/days', async (c) => {
    const q = parseQuery(ViewQuery, c.req.query());
    if (!q.ok) return invalid(c, q.issues);
    return c.json({ days: await store.eventDays(await toFilter(q.value)) });
  });

  app.get('/api/events/:id', async (c) => {
    const id = IdParam.safeParse(c.req.param('id'));
    if (!id.success) return apiError(c, 400, 'invalid_id', id.error.issues[0]?.message ?? 'malformed id');
    const ev = await store.getEvent(id.data);
    return ev ? c.json(ev) : apiError(c, 404, 'not_found', `no event ${id.data}`);
  });

  // downloads of a view: the same filters as /api/events, every matching event (streamed), up to `max`
  for (const [ext, format, type] of [
    ['csv', 'acled-csv', 'text/csv; charset=utf-8'],
    ['geojson', 'geojson', 'application/geo+json'],
  ] as const) {
    app.get(`/api/export.${ext}`, async (c) => {
      const q = parseQuery(DownloadQuery, c.req.query());
      if (!q.ok) return invalid(c, q.issues);
      if (q.value.from && q.value.to && q.value.from > q.value.to) return apiError(c, 400, 'invalid_query', 'from is after to');
      const filter = await toFilter(q.value);
      const { exportEvents } = await import('../export/write.js');
      const out = new PassThrough();
      exportEvents(store, format, out, filter, { max: q.value.max ?? 100_000, bom: q.value.bom === '1' || q.value.bom === 'true' })
        .then(() => out.end())
        .catch((e: unknown) => out.destroy(e instanceof Error ? e : new Error(String(e))));
      return new Response(Readable.toWeb(out) as ReadableStream, {
        headers: { 'content-type': type, 'content-disposition': `attachment; filename="sitrep-events.${ext}"`, 'x-content-type-options': 'nosniff' },
      });
    });
  }

  app.get('/api/actors', async (c) => {
    const q = parseQuery(ActorQuery, c.req.query());
    if (!q.ok) return invalid(c, q.issues);
    const limit = q.value.limit ?? 100;
    let list = await store.listActors({ limit: q.value.q ? 1000 : limit });
    if (q.value.q) {
      // the query matches a name or one of its aliases; an alias or acronym ("RSF") resolves to its canonical name
      const hits = new Set(resolveActor(q.value.q, list.map((a) => a.name)).map((n) => n.toLowerCase()));
      const needle = q.value.q.toLowerCase();
      list = list.filter((a) => hits.has(a.name.toLowerCase()) || a.name.toLowerCase().includes(needle) || actorAliases(a.name).some((x) => x.toLowerCase().includes(needle)));
    }
    return c.json({ items: list.slice(0, limit).map((a) => ({ name: a.name, aliases: actorAliases(a.name), events: a.events })) });
  });

  app.get('/api/admin1', async (c) => {
    const q = parseQuery(PlaceQuery.pick({ country: true, q: true, limit: true }), c.req.query());
    if (!q.ok) return invalid(c, q.issues);
    let list = await store.listAdmin1({ ...(q.value.country ? { country: q.value.country } : {}), limit: 5000 });
    if (q.value.q) {
      const keys = new Set(resolveAdmin1(q.value.q, list.map((x) => x.admin1)).map((s) => s.toLowerCase()));
      const needle = q.value.q.toLowerCase();
      list = list.filter((x) => keys.has(x.admin1.toLowerCase()) || x.admin1.toLowerCase().startsWith(needle));
    }
    return c.json({ items: list.slice(0, q.value.limit ?? 200) });
  });

  app.get('/api/labels', async (c) => {
    const q = parseQuery(LabelQuery, c.req.query());
    if (!q.ok) return invalid(c, q.issues);
    const { cityLabels } = await import('./labels.js');
    const cities = await cityLabels(q.value.minPop ?? 300_000);
    return c.json({ cities }, 200, { 'cache-control': 'public, max-age=86400' });
  });

  app.get('/api/articles', async (c) => {
    const q = parseQuery(ArticleQuery, c.req.query());
    if (!q.ok) return invalid(c, q.issues);
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
    if (!q.ok) return invalid(c, q.issues);
    return c.json(await store.listPlaces(defined(q.value)));
  });

  app.get('/api/stats', async (c) => c.json(await store.stats()));

  if (web) mountWeb(app);
  return app;
}
