import type { QueryTuning } from '../sql/queries.js';
import { SqlStore, type SqlStoreOptions } from '../sql/store.js';
import type { Store } from '../types.js';
import { PostgresDialect } from './db.js';

/** Open (creating and migrating) a PostgreSQL store in `schema` (default "sitrep"). */
export async function openPostgresStore(url: string, schema?: string, tuning?: QueryTuning, opts?: SqlStoreOptions): Promise<Store> {
  return new SqlStore(await PostgresDialect.open(url, schema), tuning, opts);
}
