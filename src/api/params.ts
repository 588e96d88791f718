/** Query-string schemas of the API (zod): validated input, typed output. */
import { z } from 'zod';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
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
    type: short.optional(),
    subType: short.optional(),
    actor: short.optional(),
    country: z.string().regex(/^[A-Za-z]{2}$/, 'expected an ISO 3166-1 alpha-2 code').transform((s) => s.toUpperCase()).optional(),
    admin1: short.optional(),
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
    country: z.string().regex(/^[A-Za-z]{2}$/).transform((s) => s.toUpperCase()).optional(),
    level: z.enum(['country', 'admin1', 'admin2', 'place']).optional(),
    q: z.string().min(1).max(200).optional(),
    limit,
    cursor,
  })
  .strict();

export const IdParam = z.string().min(1).max(128).regex(/^[\w:.-]+$/, 'malformed id');

/** Drop undefined values so the result fits exactOptionalPropertyTypes filters. */
export function defined<T extends Record<string, unknown>>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out as { [K in keyof T]?: Exclude<T[K], undefined> };
}
