/**
 * The scale path: files enqueued with `sitrep ingest --pg URL --queue`, processed by two
 * `sitrep worker` processes against the local PostgreSQL (a fresh schema per run, dropped afterwards).
 * Asserts that no article is lost and none is processed twice. With CI set, a missing PostgreSQL fails.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../store/postgres/index.js';
import { PG_URL, pgExec, pgReachable } from '../store/testing/pg.js';

const root = join(import.meta.dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const main = join(root, 'src', 'cli', 'main.ts');
const reachable = await pgReachable();
const schema = `sitrep_q_${process.pid}_${Date.now().toString(36)}`;
const dir = mkdtempSync(join(tmpdir(), 'sitrep-queue-'));

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (reachable) await pgExec(`DROP SCHEMA IF EXISTS ${schema} CASCADE; DROP SCHEMA IF EXISTS ${schema}_boss CASCADE`);
});

function articles(n: number): string {
  const d = join(dir, 'in');
  mkdirSync(d, { recursive: true });
  const towns = ['Kharkiv', 'Odesa', 'Dnipro', 'Sumy', 'Poltava'];
  for (let i = 0; i < n; i++) {
    const town = towns[i % towns.length]!;
    writeFileSync(
      join(d, `q-${String(i).padStart(3, '0')}.txt`),
      `2025-04-${String(1 + (i % 20)).padStart(2, '0')}\n\nDrones hit ${town} (item ${i})\n\nDrones struck an energy facility in ${town} overnight, injuring ${3 + i} workers, the mayor said.\n`,
    );
  }
  writeFileSync(join(d, 'q-empty.txt'), '');
  return d;
}

interface LogLine {
  job: string;
  pid: number;
  kind: 'stored' | 'skipped' | 'failed';
  source: string;
  articleId?: string;
}

function worker(extra: string[] = []): Promise<{ code: number | null; lines: LogLine[]; stderr: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn(tsx, [main, 'worker', '--pg', PG_URL, '--pg-schema', schema, '--idle-exit', '3', '--log', ...extra], { cwd: root });
    let out = '';
    let err = '';
    p.stdout.on('data', (b: Buffer) => (out += b.toString()));
    p.stderr.on('data', (b: Buffer) => (err += b.toString()));
    p.on('error', reject);
    p.on('exit', (code) => resolve({ code, stderr: err, lines: out.split('\n').filter(Boolean).map((l) => JSON.parse(l) as LogLine) }));
  });
}

if (!reachable && !process.env['CI']) console.warn(`boss.test: PostgreSQL unreachable at ${PG_URL}: skipping the queue test (set CI to make this fail)`);

describe.runIf(reachable || process.env['CI'])('pg-boss queue', () => {
  it('shares a batch between two worker processes (one with two threads): nothing lost, nothing processed twice', async () => {
    if (!reachable) throw new Error(`PostgreSQL unreachable at ${PG_URL}; CI requires it`);
    const N = 24;
    const input = articles(N);
    const enq = spawnSync(tsx, [main, 'ingest', input, '--pg', PG_URL, '--pg-schema', schema, '--queue'], { cwd: root, encoding: 'utf8' });
    expect(enq.status, enq.stderr).toBe(0);
    expect(enq.stderr).toMatch(new RegExp(`enqueued ${N + 1} files`));
    const results = await Promise.all([worker(), worker(['--workers', '2'])]);
    const lines = results.flatMap((r) => r.lines);
    // each job (file) was handled by exactly one worker, once
    const jobs = lines.map((l) => l.job);
    expect(new Set(jobs).size).toBe(jobs.length);
    const stored = lines.filter((l) => l.kind === 'stored');
    expect(stored).toHaveLength(N);
    expect(new Set(stored.map((l) => l.articleId)).size).toBe(N);
    // the empty file is reported as a failure, and only once
    expect(lines.filter((l) => l.kind === 'failed').map((l) => l.source.split('/').pop())).toEqual(['q-empty.txt']);
    // both processes took part
    for (const r of results) expect(r.lines.length, r.stderr).toBeGreaterThan(0);
    const store = await openPostgresStore(PG_URL, schema);
    try {
      expect((await store.stats()).articles).toBe(N);
      expect(await store.check()).toBe('ok');
    } finally {
      await store.close();
    }
  }, 240_000);
});
