/** Query-string schemas of the API (zod): validated input, typed output. */
import { z } from 'zod';
import { isCalendarDate, resolveCountry, resolveSubType, resolveType } from './values.js';

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine((s) => isCalendarDate(s), 'not a calendar date');

/** A country as a name ("Ukraine") or an ISO 3166-1 code ("UA", "UKR"), resolved to alpha-2. */
const country = z
  .string()
  .min(2)
  .max(80)
  .transform((s, ctx) => {
    const c = resolveCountry(s);
    if (!c) {
      ctx.addIssue({ code: 'custom', message: `unknown country ${JSON.stringify(s)} (a name such as Ukraine or an ISO code such as UA)` });
      return z.NEVER;
    }
    return c;
  });

const known = (what: string, resolve: (s: string) => string | null) =>
  z
    .string()
    .min(1)
    .max(200)
    .transform((s, ctx) => {
      const v = resolve(s);
      if (!v) {
        ctx.addIssue({ code: 'custom', message: `unknown ${what} ${JSON.stringify(s.slice(0, 60))}` });
        return z.NEVER;
      }
      return v;
    });
const limit = z.coerce.number().int().min(1).max(1000).optional();
const cursor = z.string().max(512).optional();
const short = z.string().min(1).max(200);

export const HedgeParam = z.enum(['asserted', 'reported', 'claimed', 'denied']);

export const EventQuery = z
  .object({
    bbox: z
      .string()
      .transform((s, ctx) => {
        const parts = s.split(',').map(Number);
        const [w, so, e, n] = parts;
        if (parts.length !== 4 || parts.some((x) => !Number.isFinite(x)) || w === undefined || so === undefined || e === undefined || n === undefined) {
          ctx.addIssue({ code: 'custom', message: 'bbox must be minLon,minLat,maxLon,maxLat' });
          return z.NEVER;
        }
        if (w < -180 || e > 180 || so < -90 || n > 90 || w > e || so > n) {
          ctx.addIssue({ code: 'custom', message: 'bbox out of range or inverted' });
          return z.NEVER;
        }
        return [w, so, e, n] as [number, number, number, number];
      })
      .optional(),
    from: date.optional(),
    to: date.optional(),
    type: known('event type', resolveType).optional(),
    subType: known('sub-event type', resolveSubType).optional(),
    actor: short.optional(),
    country: country.optional(),
    admin1: short.optional(),
    admin2: short.optional(),
    source: short.optional(),
    hedge: HedgeParam.optional(),
    q: z.string().min(1).max(500).optional(),
    article: z.string().regex(/^[0-9a-f]{8,64}$/, 'expected an article id').optional(),
    limit,
    cursor,
  })
  .strict();

export const ArticleQuery = z
  .object({
    lang: z.string().regex(/^[a-z]{2,3}$/).optional(),
    q: z.string().min(1).max(500).optional(),
    source: short.optional(),
    limit,
    cursor,
  })
  .strict();

export const PlaceQuery = z
  .object({
    country: country.optional(),
    level: z.enum(['country', 'admin1', 'admin2', 'place']).optional(),
    q: z.string().min(1).max(200).optional(),
    limit,
    cursor,
  })
  .strict();

/** The filters of the event list without paging: for counts, day histograms and downloads of a view. */
export const ViewQuery = EventQuery.omit({ limit: true, cursor: true });

export const DownloadQuery = ViewQuery.extend({
  /** at most this many events (default 100 000) */
  max: z.coerce.number().int().min(1).max(1_000_000).optional(),
  bom: z.enum(['0', '1', 'true', 'false']).optional(),
}).strict();

export const ActorQuery = z
  .object({
    q: z.string().min(1).max(200).optional(),
    limit: z.coerce.number().int().min(1).max(1000).optional(),
  })
  .strict();

export const LabelQuery = z
  .object({
    /** minimum population of the cities listed */
    minPop: z.coerce.number().int().min(10_000).max(50_000_000).optional(),
  })
  .strict();

export const IdParam = z.string().min(1).max(128).regex(/^[\w:.-]+$/, 'malformed id');

/** Drop undefined values so the result fits exactOptionalPropertyTypes filters. */
export function defined<T extends Record<string, unknown>>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out as { [K in keyof T]?: Exclude<T[K], undefined> };
}
