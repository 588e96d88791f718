/** The store options every store command shares: --db FILE | --pg URL [--pg-schema NAME] [--create]. */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import type { Store } from '../store/types.js';
import { UsageError } from './errors.js';

export interface StoreFlags {
  db?: string;
  pg?: string;
  pgSchema?: string;
  create?: boolean;
}

export function addStoreOptions(cmd: Command): Command {
  return cmd
    .option('--db <file>', 'SQLite store (default $SITREP_DB or ./sitrep.db); must exist unless --create')
    .option('--pg <url>', 'PostgreSQL store instead of SQLite, e.g. postgres://postgres@127.0.0.1/test')
    .option('--pg-schema <name>', 'PostgreSQL schema of the store', 'sitrep')
    .option('--create', 'create the store when it does not exist yet');
}

function defaultDbPath(): string {
  return resolve(process.env['SITREP_DB'] || 'sitrep.db');
}

/**
 * A PostgreSQL URL without a user name falls back to $PGUSER, then $USER, as libpq does; where neither
 * is set (containers, CI), node-postgres would fail obscurely, so the OS account name is filled in.
 */
export function pgUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new UsageError(`--pg must be a postgres:// URL, got ${JSON.stringify(url.slice(0, 80))}`);
  }
  if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:') throw new UsageError(`--pg must be a postgres:// URL, got ${u.protocol}//…`);
  if (!u.username && !process.env['PGUSER'] && !process.env['USER']) {
    let name = 'postgres';
    try {
      name = userInfo().username || name;
    } catch {
      /* no passwd entry */
    }
    u.username = name;
  }
  return u.toString();
}

/** Whether the PostgreSQL schema of a store exists (a one-line usage error when the server cannot be reached). */
async function pgSchemaExists(url: string, schema: string): Promise<boolean> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    const r = await client.query('SELECT 1 FROM information_schema.schemata WHERE schema_name = $1', [schema]);
    return (r.rowCount ?? 0) > 0;
  } catch (err) {
    throw new UsageError(`cannot reach PostgreSQL at ${url.replace(/:[^:@/]*@/, ':***@')}: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Opens the store the flags name. A SQLite file must exist (or --create); a mistyped path never makes an empty store. */
export async function openFromFlags(f: StoreFlags): Promise<Store> {
  if (f.db && f.pg) throw new UsageError('use --db FILE or --pg URL, not both');
  const { openStore } = await import('../store/open.js');
  if (f.pg) {
    const url = pgUrl(f.pg);
    const schema = f.pgSchema ?? 'sitrep';
    if (!f.create && !(await pgSchemaExists(url, schema))) throw new UsageError(`no store in PostgreSQL schema ${schema} (check --pg and --pg-schema, or pass --create to make a new one)`);
    try {
      return await openStore({ pg: url, ...(f.pgSchema ? { pgSchema: f.pgSchema } : {}) });
    } catch (err) {
      if (err instanceof UsageError) throw err;
      throw new UsageError(`cannot open the PostgreSQL store: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  const file = f.db ? resolve(f.db) : defaultDbPath();
  if (!existsSync(file)) {
    if (!f.create) throw new UsageError(`no store at ${file} (check --db, or pass --create to make a new one)`);
  } else if (!statSync(file).isFile()) throw new UsageError(`--db ${file} is not a file`);
  try {
    return await openStore({ sqlite: file });
  } catch (err) {
    throw new UsageError(`cannot open the store ${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
}
