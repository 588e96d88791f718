/**
 * PostgreSQL dialect over `pg`: a pool with the store's schema on the search path, write transactions
 * on one client serialised by a transaction-scoped advisory lock (so merges from several worker
 * processes never race), migrations under a session advisory lock.
 */
import pg from 'pg';
import type { Dialect, Executor, Param } from '../sql/dialect.js';
import { queryWords } from '../sql/dialect.js';
import { MIGRATIONS } from './schema.js';

/** `?` placeholders → `$1, $2…` (the shared SQL never has `?` inside literals). */
function numbered(sql: string): string {
  let i = 0;
  return sql.replace(/\?/g, () => `$${++i}`);
}

function executor(q: pg.Pool | pg.PoolClient): Executor {
  return {
    all: async <T>(sql: string, params: readonly Param[] = []) => (await q.query(numbered(sql), [...params])).rows as T[],
    run: async (sql: string, params: readonly Param[] = []) => (await q.query(numbered(sql), [...params])).rowCount ?? 0,
  };
}

/** A stable 31-bit lock key per schema. */
function lockKey(schema: string, salt: string): number {
  let h = 0;
  for (const ch of salt + schema) h = (Math.imul(h, 31) + ch.charCodeAt(0)) | 0;
  return h & 0x7fffffff;
}

/** Tables the write path reads while they grow. */
const GROWING = [
  'articles', 'article_events', 'claims', 'casualties', 'merged_events', 'merged_actors', 'merged_hedges', 'merged_sources',
  'merged_redirects', 'merge_units', 'story_prints', 'story_bands', 'article_copies',
];

export class PostgresDialect implements Dialect {
  readonly kind = 'postgres' as const;
  readonly #pool: pg.Pool;
  readonly #schema: string;
  readonly read: Executor;

  private constructor(pool: pg.Pool, schema: string) {
    this.#pool = pool;
    this.#schema = schema;
    this.read = executor(pool);
  }

  static async open(url: string, schema = 'sitrep'): Promise<PostgresDialect> {
    if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid PostgreSQL schema name: ${schema}`);
    const pool = new pg.Pool({ connectionString: url, max: 4, options: `-c search_path=${schema}` });
    pool.on('error', () => undefined);
    const d = new PostgresDialect(pool, schema);
    await d.#migrate();
    return d;
  }

  async #migrate(): Promise<void> {
    const c = await this.#pool.connect();
    try {
      await c.query('SELECT pg_advisory_lock($1)', [lockKey(this.#schema, 'migrate')]);
      try {
        await c.query(`CREATE SCHEMA IF NOT EXISTS ${this.#schema}`);
        await c.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
        const done = new Set((await c.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
        for (const m of MIGRATIONS) {
          if (done.has(m.version)) continue;
          await c.query('BEGIN');
          try {
            await c.query(m.sql);
            await c.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, new Date().toISOString()]);
            await c.query('COMMIT');
          } catch (err) {
            await c.query('ROLLBACK');
            throw err;
          }
        }
      } finally {
        await c.query('SELECT pg_advisory_unlock($1)', [lockKey(this.#schema, 'migrate')]);
      }
    } finally {
      c.release();
    }
  }

  async transaction<T>(fn: (ex: Executor) => Promise<T>): Promise<T> {
    const c = await this.#pool.connect();
    try {
      await c.query('BEGIN');
      try {
        await c.query('SELECT pg_advisory_xact_lock($1)', [lockKey(this.#schema, 'write')]);
        const out = await fn(executor(c));
        await c.query('COMMIT');
        return out;
      } catch (err) {
        await c.query('ROLLBACK');
        throw err;
      }
    } finally {
      c.release();
    }
  }

  /** The tsvector is a generated column: nothing to do. */
  async indexText(): Promise<void> {}

  readonly textMatch = "SELECT id FROM articles WHERE tsv @@ plainto_tsquery('simple', ?)";

  /** Both modes: the matching article ids come from the GIN index once (a hashed subplan), members are probed against them. */
  memberText(mode: 'test' | 'seek'): string {
    return mode === 'test'
      ? `EXISTS (SELECT 1 FROM article_events ae WHERE ae.merged_id = m.id AND ae.article_id IN (${this.textMatch}))`
      : `m.id IN (SELECT ae.merged_id FROM article_events ae WHERE ae.article_id IN (${this.textMatch}))`;
  }

  /** The planner walks the (date_start, id) index by itself for ORDER BY … LIMIT over a key range. */
  readonly orderIndex = '';
  /** autovacuum keeps column statistics; the planner picks between the keyset-order, filter and lat/lon indexes */
  readonly costPlanner = true;
  readonly admin2Expr = "(m.data::jsonb #>> '{location,admin2}')";

  textQuery(q: string): string | null {
    const words = queryWords(q);
    return words.length ? words.join(' ') : null;
  }

  /** Both modes: plain comparisons; the lat/lon b-tree indexes serve `seek`. */
  bbox([minLon, minLat, maxLon, maxLat]: readonly [number, number, number, number]): { sql: string; params: Param[] } {
    return { sql: 'm.lon >= ? AND m.lon <= ? AND m.lat >= ? AND m.lat <= ?', params: [minLon, maxLon, minLat, maxLat] };
  }

  bboxRows(b: readonly [number, number, number, number]): { sql: string; params: Param[] } {
    const c = this.bbox(b);
    return { sql: `SELECT 1 FROM merged_events m WHERE ${c.sql}`, params: c.params };
  }

  /** lat/lon are plain indexed columns of merged_events: nothing to do. */
  /**
   * Planner statistics at 32, 64, 128, … writes of this process: the write path's queries and the foreign-key
   * checks (whose plans PostgreSQL caches per connection) were planned on empty tables, where a sequential
   * scan looks cheapest, and autovacuum may not analyse soon enough; without this, every write gets slower
   * as the store grows. ANALYZE samples, so the cost per run is bounded; doubling keeps the total small.
   */
  async afterWrite(writes: number): Promise<void> {
    if (writes < 32 || (writes & (writes - 1)) !== 0) return;
    await this.read.run(`ANALYZE ${GROWING.join(', ')}`);
  }

  async indexPoint(): Promise<void> {}
  async unindexPoint(): Promise<void> {}

  async check(): Promise<string> {
    await this.read.all('SELECT 1');
    return 'ok';
  }

  async close(): Promise<void> {
    await this.#pool.end();
  }
}
