/** The store options every store command shares: --db FILE | --pg URL [--pg-schema NAME]. */
import type { Command } from 'commander';
import { defaultDbPath, openStore } from '../store/open.js';
import type { Store } from '../store/types.js';

export interface StoreFlags {
  db?: string;
  pg?: string;
  pgSchema?: string;
}

export function addStoreOptions(cmd: Command): Command {
  return cmd
    .option('--db <file>', 'SQLite store (default $SITREP_DB or ./sitrep.db)')
    .option('--pg <url>', 'PostgreSQL store instead of SQLite')
    .option('--pg-schema <name>', 'PostgreSQL schema of the store', 'sitrep');
}

export async function openFromFlags(f: StoreFlags): Promise<Store> {
  if (f.db && f.pg) throw new Error('use --db FILE or --pg URL, not both');
  return openStore({ ...(f.pg ? { pg: f.pg } : { sqlite: f.db ?? defaultDbPath() }), ...(f.pgSchema ? { pgSchema: f.pgSchema } : {}) });
}
