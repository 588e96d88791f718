/** Open the store the options name: PostgreSQL when `pg` is given, else SQLite ($SITREP_DB or ./sitrep.db). */
import { resolve } from 'node:path';
import type { OpenOptions, Store } from './types.js';

export function defaultDbPath(): string {
  return resolve(process.env['SITREP_DB'] || 'sitrep.db');
}

export async function openStore(opts: OpenOptions = {}): Promise<Store> {
  if (opts.pg) {
    const { openPostgresStore } = await import('./postgres/index.js');
    return openPostgresStore(opts.pg, opts.pgSchema, undefined, opts.dedup === undefined ? {} : { dedup: opts.dedup });
  }
  const { openSqliteStore } = await import('./sqlite/index.js');
  return openSqliteStore(opts.sqlite ?? defaultDbPath(), undefined, opts.dedup === undefined ? {} : { dedup: opts.dedup });
}

export type { Store } from './types.js';
