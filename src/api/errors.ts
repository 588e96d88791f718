import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Every API error is JSON: {error: {code, message, details?}}. */
export interface ApiError {
  error: { code: string; message: string; details?: unknown };
}

export function apiError(c: Context, status: ContentfulStatusCode, code: string, message: string, details?: unknown) {
  const body: ApiError = { error: { code, message, ...(details !== undefined ? { details } : {}) } };
  return c.json(body, status);
}
