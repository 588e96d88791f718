/**
 * `sitrep ingest` end to end: a generated batch of our own short articles, a run killed with SIGKILL
 * mid-batch, an intact store afterwards, and a re-run that completes the rest without duplicates.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../store/sqlite/index.js';

const root = join(import.meta.dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const main = join(root, 'src', 'cli', 'main.ts');
const dir = mkdtempSync(join(tmpdir(), 'sitrep-ingest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TOWNS = ['Kharkiv', 'Odesa', 'Dnipro', 'Sumy', 'Poltava', 'Kherson', 'Mykolaiv', 'Zaporizhzhia'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

function batch(n: number): string {
  const d = join(dir, `batch-${n}`);
  mkdirSync(d, { recursive: true });
  for (let i = 0; i < n; i++) {
    const town = TOWNS[i % TOWNS.length]!;
    const day = DAYS[i % DAYS.length]!;
    const text =
      `Strike on ${town} (report ${i})\n\n` +
      `A missile struck a warehouse in ${town} on ${day}, killing ${2 + (i % 7)} people and wounding ${10 + i}, the regional governor said.\n\n` +
      `Rescue teams searched the rubble for a ${i % 2 ? 'second' : 'third'} day; the city council counted ${30 + i} damaged buildings.\n`;
    writeFileSync(join(d, `report-${String(i).padStart(3, '0')}.txt`), `2025-03-${String(10 + (i % 15)).padStart(2, '0')}\n\n${text}`);
  }
  return d;
}

function run(args: string[]): { status: number | null; stderr: string } {
  const r = spawnSync(tsx, [main, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, SITREP_DB: '' } });
  return { status: r.status, stderr: r.stderr };
}

function count(db: string): number {
  try {
    const c = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (c.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      c.close();
    }
  } catch {
    return 0; // not created yet / schema not there yet
  }
}

describe('sitrep ingest', () => {
  it('survives kill -9 mid-run and completes on re-run without duplicates', async () => {
    const N = 48;
    const input = batch(N);
    const db = join(dir, 'killed.db');
    const child = spawn(tsx, [main, 'ingest', input, '--db', db, '--create', '--no-progress'], { cwd: root, stdio: 'ignore', detached: true });
    let killedAt = -1;
    for (let t = 0; t < 1200 && killedAt < 0; t++) {
      await new Promise((r) => setTimeout(r, 50));
      const n = count(db);
      if (n >= 3) {
        // kill the whole process group (tsx runs node as a child)
        process.kill(-child.pid!, 'SIGKILL');
        killedAt = n;
      }
    }
    await new Promise((r) => child.once('exit', r));
    expect(killedAt).toBeGreaterThanOrEqual(3);
    const after = count(db);
    expect(after).toBeLessThan(N); // it really was interrupted

    const raw = new Database(db);
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    // no half-written article: every stored article has all its events, and every event is merged
    const partial = raw
      .prepare('SELECT COUNT(*) AS n FROM articles a WHERE a.event_count <> (SELECT COUNT(*) FROM article_events e WHERE e.article_id = a.id)')
      .get() as { n: number };
    expect(partial.n).toBe(0);
    raw.close();
    const s1 = openSqliteStore(db);
    expect(await s1.check()).toBe('ok');
    await s1.close();

    const again = run(['ingest', input, '--db', db, '--create']);
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(new RegExp(`${N - after} stored .* ${after} already stored, 0 failed`));
    expect(count(db)).toBe(N);

    // the same batch ingested in one clean run gives the same merged events
    const clean = join(dir, 'clean.db');
    expect(run(['ingest', input, '--db', clean, '--create']).status).toBe(0);
    const a = openSqliteStore(db);
    const b = openSqliteStore(clean);
    const ev = async (s: typeof a) => JSON.stringify((await s.listEvents({ limit: 1000 })).items);
    expect(await ev(a)).toBe(await ev(b));
    expect((await a.stats()).articles).toBe(N);
    await a.close();
    await b.close();
  }, 240_000);

  it('reports a bad input, stores the rest and exits 1 (analysing on two worker threads)', () => {
    const input = batch(2);
    const db = join(dir, 'bad.db');
    const r = run(['ingest', input, join(dir, 'no-such-file.txt'), '--db', db, '--create', '--workers', '2']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/failed: .*no-such-file\.txt/);
    expect(r.stderr).toMatch(/2 stored .* 1 failed/);
    expect(count(db)).toBe(2);
  }, 120_000);
});
