import type { QueryTuning } from '../sql/queries.js';
import { SqlStore, type SqlStoreOptions } from '../sql/store.js';
import type { Store } from '../types.js';
import { SqliteDialect } from './db.js';

/** Open (creating and migrating) a SQLite store file. */
export function openSqliteStore(file: string, tuning?: QueryTuning, opts?: SqlStoreOptions): Store {
  return new SqlStore(new SqliteDialect(file), tuning, opts);
}
