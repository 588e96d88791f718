/** Opaque keyset cursors: the (sort key, id) of the last item of a page. */
export function encodeCursor(key: string, id: string): string {
  return Buffer.from(JSON.stringify([key, id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | undefined): { key: string; id: string } | null {
  if (!cursor) return null;
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string') return { key: v[0], id: v[1] };
  } catch {
    // fall through
  }
  throw new Error('invalid cursor');
}

export function pageLimit(limit: number | undefined, dflt = 50, max = 1000): number {
  if (limit === undefined || !Number.isFinite(limit)) return dflt;
  return Math.max(1, Math.min(max, Math.floor(limit)));
}
