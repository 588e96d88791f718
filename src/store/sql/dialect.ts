/**
 * What the shared SQL (src/store/sql) needs from a backend. SQLite and PostgreSQL implement it as
 * mirror images (src/store/sqlite, src/store/postgres): same tables and columns, `?` placeholders,
 * backend-specific only where the engines differ (text search, spatial index, locking, transactions).
 */
export type Param = string | number | null;

export interface Executor {
  all<T = Record<string, unknown>>(sql: string, params?: readonly Param[]): Promise<T[]>;
  /** returns the number of rows changed */
  run(sql: string, params?: readonly Param[]): Promise<number>;
}

export interface Dialect {
  readonly kind: 'sqlite' | 'postgres';
  /** executor outside any write transaction (reads) */
  readonly read: Executor;
  /** run fn in one write transaction (serialised against other writers); commit on return, roll back on throw */
  transaction<T>(fn: (ex: Executor) => Promise<T>): Promise<T>;
  /** index an article's text for full-text search (inside the write transaction) */
  indexText(ex: Executor, articleId: string, text: string): Promise<void>;
  /** SQL (one `?` param: the query text) selecting the ids of articles whose text matches */
  textMatch: string;
  /**
   * SQL condition on merged event alias `m` (one `?` param: the query text): the text of some member
   * article matches. `test`: cheap per row (scanning events in order); `seek`: drivable by the text index.
   */
  memberText(mode: 'test' | 'seek'): string;
  /** prepare a user query for `textMatch` / `memberText` (null when it has no searchable words) */
  textQuery(q: string): string | null;
  /**
   * SQL condition on merged event alias `m` for a bbox, with its params. `test`: plain comparisons, cheap
   * per row; `seek`: may use the spatial index. Both select exactly the events with lon/lat inside the box.
   */
  bbox(b: readonly [number, number, number, number], mode: 'test' | 'seek'): { sql: string; params: Param[] };
  /** SQL selecting (from the spatial index) one row per event that may lie in the bbox, for estimating its selectivity */
  bboxRows(b: readonly [number, number, number, number]): { sql: string; params: Param[] };
  /**
   * true: the engine's planner has column statistics and picks a good plan for a filtered page by itself
   * (PostgreSQL); false: the shared layer picks it (SQLite: no statistics; see listEvents)
   */
  readonly costPlanner: boolean;
  /** SQL expression on merged event alias `m`: the admin2 (district) name of its location, from the stored record */
  readonly admin2Expr: string;
  /** table hint after `merged_events m` that makes the planner walk the (date_start, id) index ('' when not needed) */
  readonly orderIndex: string;
  /** keep the spatial index in step with merged_events (inside the write transaction) */
  indexPoint(ex: Executor, mergedId: string, lat: number | null, lon: number | null): Promise<void>;
  unindexPoint(ex: Executor, mergedId: string): Promise<void>;
  check(): Promise<string>;
  /**
   * Upkeep after a committed write (`writes`: writes this connection made so far), e.g. refreshing
   * planner statistics as tables grow. Optional; errors are the caller's to ignore.
   */
  afterWrite?(writes: number): Promise<void>;
  close(): Promise<void>;
}

/** Words of a user query (letters and digits), for building text-search queries. */
export function queryWords(q: string): string[] {
  return q.match(/[\p{L}\p{N}]+/gu) ?? [];
}
