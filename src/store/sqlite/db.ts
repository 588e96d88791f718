/**
 * SQLite dialect over better-sqlite3: one file, WAL, foreign keys, busy timeout. better-sqlite3 is
 * synchronous; all calls go through one queue so a write transaction (BEGIN IMMEDIATE … COMMIT)
 * never interleaves with other work on the connection.
 */
import Database from 'better-sqlite3';
import type { Dialect, Executor, Param } from '../sql/dialect.js';
import { queryWords } from '../sql/dialect.js';
import { MIGRATIONS } from './schema.js';

/** R*Tree row id for a merged event id (`m` + hex): the first 52 bits of its hash. */
function rid(mergedId: string): number {
  return parseInt(mergedId.replace(/[^0-9a-f]/g, '').slice(0, 13).padEnd(13, '0'), 16);
}

export class SqliteDialect implements Dialect {
  readonly kind = 'sqlite' as const;
  readonly #db: Database.Database;
  readonly #stmts = new Map<string, Database.Statement>();
  #queue: Promise<unknown> = Promise.resolve();
  readonly read: Executor;
  readonly #direct: Executor;

  constructor(file: string) {
    this.#db = new Database(file);
    this.#db.pragma('journal_mode = WAL');
    this.#db.pragma('synchronous = NORMAL');
    this.#db.pragma('foreign_keys = ON');
    this.#db.pragma('busy_timeout = 10000');
    this.#direct = {
      all: async <T>(sql: string, params: readonly Param[] = []) => this.#stmt(sql).all(...params) as T[],
      run: async (sql: string, params: readonly Param[] = []) => this.#stmt(sql).run(...params).changes,
    };
    this.read = {
      all: <T>(sql: string, params?: readonly Param[]) => this.#serial(() => this.#direct.all<T>(sql, params)),
      run: (sql: string, params?: readonly Param[]) => this.#serial(() => this.#direct.run(sql, params)),
    };
    this.#migrate();
  }

  #stmt(sql: string): Database.Statement {
    let s = this.#stmts.get(sql);
    if (!s) {
      s = this.#db.prepare(sql);
      this.#stmts.set(sql, s);
    }
    return s;
  }

  #serial<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.#queue.then(fn, fn);
    this.#queue = next.catch(() => undefined);
    return next;
  }

  #migrate(): void {
    this.#db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const apply = this.#db.transaction(() => {
      const done = new Set((this.#db.prepare('SELECT version FROM schema_migrations').all() as Array<{ version: number }>).map((r) => r.version));
      for (const m of MIGRATIONS) {
        if (done.has(m.version)) continue;
        this.#db.exec(m.sql);
        this.#db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
      }
    });
    apply.immediate();
  }

  transaction<T>(fn: (ex: Executor) => Promise<T>): Promise<T> {
    return this.#serial(async () => {
      this.#db.exec('BEGIN IMMEDIATE');
      try {
        const out = await fn(this.#direct);
        this.#db.exec('COMMIT');
        return out;
      } catch (err) {
        if (this.#db.inTransaction) this.#db.exec('ROLLBACK');
        throw err;
      }
    });
  }

  /** The FTS5 row of an article is numbered by `article_text.doc` (an INTEGER PRIMARY KEY, stable under VACUUM). */
  async indexText(ex: Executor, articleId: string, text: string): Promise<void> {
    await ex.run('INSERT INTO article_text (article_id) VALUES (?)', [articleId]);
    await ex.run('INSERT INTO article_fts (rowid, article_id, body) SELECT doc, article_id, ? FROM article_text WHERE article_id = ?', [text, articleId]);
  }

  readonly textMatch = 'SELECT article_id FROM article_fts WHERE article_fts MATCH ?';

  memberText(mode: 'test' | 'seek'): string {
    // test: the matching FTS rows are listed once (integers from the index alone); each member is one lookup
    // (`+t.doc`: probe the list, rather than walking the whole list for every member)
    return mode === 'test'
      ? `EXISTS (SELECT 1 FROM article_events ae JOIN article_text t ON t.article_id = ae.article_id
          WHERE ae.merged_id = m.id AND +t.doc IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?))`
      : `m.id IN (SELECT ae.merged_id FROM article_text t JOIN article_events ae ON ae.article_id = t.article_id
          WHERE t.doc IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?))`;
  }

  readonly orderIndex = 'INDEXED BY merged_events_order';
  readonly costPlanner = false;
  readonly admin2Expr = "json_extract(m.data, '$.location.admin2')";

  textQuery(q: string): string | null {
    const words = queryWords(q);
    return words.length ? words.map((w) => `"${w}"`).join(' ') : null;
  }

  bbox([minLon, minLat, maxLon, maxLat]: readonly [number, number, number, number], mode: 'test' | 'seek'): { sql: string; params: Param[] } {
    if (mode === 'test') return { sql: 'm.lon >= ? AND m.lon <= ? AND m.lat >= ? AND m.lat <= ?', params: [minLon, maxLon, minLat, maxLat] };
    // the R*Tree narrows the candidates (float32 boxes, rounded outwards); the exact test keeps parity with PostgreSQL
    return {
      sql: `m.id IN (SELECT merged_id FROM merged_rtree WHERE max_lon >= ? AND min_lon <= ? AND max_lat >= ? AND min_lat <= ?)
        AND m.lon >= ? AND m.lon <= ? AND m.lat >= ? AND m.lat <= ?`,
      params: [minLon, maxLon, minLat, maxLat, minLon, maxLon, minLat, maxLat],
    };
  }

  bboxRows([minLon, minLat, maxLon, maxLat]: readonly [number, number, number, number]): { sql: string; params: Param[] } {
    return { sql: 'SELECT 1 FROM merged_rtree WHERE max_lon >= ? AND min_lon <= ? AND max_lat >= ? AND min_lat <= ?', params: [minLon, maxLon, minLat, maxLat] };
  }

  async indexPoint(ex: Executor, mergedId: string, lat: number | null, lon: number | null): Promise<void> {
    if (lat === null || lon === null) return;
    await ex.run('INSERT OR REPLACE INTO merged_rtree (rid, min_lon, max_lon, min_lat, max_lat, merged_id) VALUES (?, ?, ?, ?, ?, ?)', [rid(mergedId), lon, lon, lat, lat, mergedId]);
  }

  async unindexPoint(ex: Executor, mergedId: string): Promise<void> {
    await ex.run('DELETE FROM merged_rtree WHERE rid = ?', [rid(mergedId)]);
  }

  check(): Promise<string> {
    return this.#serial(async () => (this.#db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((r) => r.integrity_check).join('; '));
  }

  close(): Promise<void> {
    return this.#serial(async () => {
      this.#db.close();
    });
  }
}
