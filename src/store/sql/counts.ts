/**
 * Store counters for `stats()`: kept in step with the data inside each write transaction (table
 * `store_counts`, one row per (name, key)), so reading the statistics costs a few rows instead of a
 * scan of every table. `recount` computes the same figures from scratch: `check()` compares the two.
 */
import type { MergedEvent, StoreStats } from '../types.js';
import type { Dialect, Executor } from './dialect.js';
import { num } from './rows.js';

type Scalar = 'articles' | 'articleEvents' | 'mergedEvents' | 'multiSourceEvents' | 'claims' | 'casualties' | 'places' | 'conflicts';
type Tally = 'byLang' | 'byType' | 'byCountry';
const SCALARS: readonly Scalar[] = ['articles', 'articleEvents', 'mergedEvents', 'multiSourceEvents', 'claims', 'casualties', 'places', 'conflicts'];
const TALLIES: readonly Tally[] = ['byLang', 'byType', 'byCountry'];

/** Changes to the counters made by one write, applied at its end. */
export class CountDelta {
  readonly #m = new Map<string, { name: string; key: string; n: number }>();

  add(name: Scalar | Tally, n: number, key = ''): void {
    const k = `${name}\u0000${key}`;
    const cur = this.#m.get(k);
    if (cur) cur.n += n;
    else this.#m.set(k, { name, key, n });
  }

  /** A merged event stored (+1) or removed (-1). */
  merged(rec: MergedEvent, sign: 1 | -1): void {
    this.add('mergedEvents', sign);
    if (rec.articleCount > 1) this.add('multiSourceEvents', sign);
    this.add('conflicts', sign * rec.conflicts.length);
    this.add('byType', sign, rec.type);
    this.add('byCountry', sign, rec.location.country);
  }

  /** One upsert statement for all changed counters. */
  async apply(ex: Executor): Promise<void> {
    const rows = [...this.#m.values()].filter((r) => r.n !== 0).sort((a, b) => (a.name + '\u0000' + a.key < b.name + '\u0000' + b.key ? -1 : 1));
    if (rows.length === 0) return;
    await ex.run(
      `INSERT INTO store_counts (name, key, n) VALUES ${rows.map(() => '(?, ?, ?)').join(', ')}
       ON CONFLICT (name, key) DO UPDATE SET n = store_counts.n + excluded.n`,
      rows.flatMap((r) => [r.name, r.key, r.n]),
    );
  }
}

/** Earliest and latest event date (index lookups on date_start and date_end). */
async function dateRange(d: Dialect): Promise<StoreStats['dateRange']> {
  const lo = await d.read.all<{ v: string }>("SELECT date_start AS v FROM merged_events WHERE date_start <> '' ORDER BY date_start LIMIT 1");
  const hi = await d.read.all<{ v: string }>("SELECT date_end AS v FROM merged_events WHERE date_start <> '' ORDER BY date_end DESC LIMIT 1");
  return { from: lo[0]?.v ?? null, to: hi[0]?.v ?? null };
}

/** The statistics from the counters. */
export async function stats(d: Dialect): Promise<StoreStats> {
  const rows = await d.read.all<{ name: string; key: string; n: unknown }>('SELECT name, key, n FROM store_counts ORDER BY name, key');
  const scalars = Object.fromEntries(SCALARS.map((s) => [s, 0])) as Record<Scalar, number>;
  const tallies = Object.fromEntries(TALLIES.map((t) => [t, {}])) as Record<Tally, Record<string, number>>;
  for (const r of rows) {
    const n = num(r.n) ?? 0;
    if ((SCALARS as readonly string[]).includes(r.name)) scalars[r.name as Scalar] = n;
    else if ((TALLIES as readonly string[]).includes(r.name) && n !== 0) tallies[r.name as Tally][r.key] = n;
  }
  return { ...scalars, ...tallies, dateRange: await dateRange(d) };
}

async function count(d: Dialect, sql: string): Promise<number> {
  const rows = await d.read.all<{ n: unknown }>(sql);
  return num(rows[0]?.n) ?? 0;
}

async function tally(d: Dialect, sql: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const r of await d.read.all<{ k: string; n: unknown }>(sql)) out[String(r.k)] = num(r.n) ?? 0;
  return out;
}

/** The statistics computed from scratch over every table (slow on a large store: for checks and tests). */
export async function recount(d: Dialect): Promise<StoreStats> {
  let conflicts = 0;
  for (const m of await d.read.all<{ data: string }>('SELECT data FROM merged_events')) conflicts += (JSON.parse(m.data) as MergedEvent).conflicts.length;
  const range = await d.read.all<{ lo: string | null; hi: string | null }>("SELECT MIN(date_start) AS lo, MAX(date_end) AS hi FROM merged_events WHERE date_start <> ''");
  return {
    articles: await count(d, 'SELECT CAST(COUNT(*) AS INTEGER) AS n FROM articles'),
    articleEvents: await count(d, 'SELECT CAST(COUNT(*) AS INTEGER) AS n FROM article_events'),
    mergedEvents: await count(d, 'SELECT CAST(COUNT(*) AS INTEGER) AS n FROM merged_events'),
    multiSourceEvents: await count(d, 'SELECT CAST(COUNT(*) AS INTEGER) AS n FROM merged_events WHERE article_count > 1'),
    claims: await count(d, 'SELECT CAST(COUNT(*) AS INTEGER) AS n FROM claims'),
    casualties: await count(d, 'SELECT CAST(COUNT(*) AS INTEGER) AS n FROM casualties'),
    places: await count(d, 'SELECT CAST(COUNT(*) AS INTEGER) AS n FROM places'),
    conflicts,
    byLang: await tally(d, 'SELECT lang AS k, CAST(COUNT(*) AS INTEGER) AS n FROM articles GROUP BY lang ORDER BY lang'),
    byType: await tally(d, 'SELECT type AS k, CAST(COUNT(*) AS INTEGER) AS n FROM merged_events GROUP BY type ORDER BY type'),
    byCountry: await tally(d, 'SELECT country AS k, CAST(COUNT(*) AS INTEGER) AS n FROM merged_events GROUP BY country ORDER BY country'),
    dateRange: { from: range[0]?.lo ?? null, to: range[0]?.hi ?? null },
  };
}
