/**
 * The command line's contract for bad input: one line on stderr (`sitrep: …`), and the documented exit code
 * (0 ok, 1 some inputs failed, 2 usage or configuration error). Runs the real CLI in child processes.
 */
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/open.js';
import { exampleArticles } from '../store/testing/fixtures.js';

const root = join(import.meta.dirname, '..', '..');
const main = join(root, 'src', 'cli', 'main.ts');
const dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
const db = join(dir, 'store.db');
let blocker: Server;
let busyPort = 0;

function sitrep(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', main, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, SITREP_DB: '' }, timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** exactly one non-empty line on stderr, starting with "sitrep: " */
function oneLine(stderr: string): string {
  const lines = stderr.split('\n').filter((l) => l.trim());
  expect(lines, stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^sitrep: /);
  return lines[0]!;
}

beforeAll(async () => {
  const store = await openStore({ sqlite: db });
  for (const { doc, original } of exampleArticles()) await store.putDocument(doc, original);
  await store.close();
  blocker = createServer();
  await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
  busyPort = (blocker.address() as { port: number }).port;
});

afterAll(async () => {
  await new Promise<void>((r) => blocker.close(() => r()));
  rmSync(dir, { recursive: true, force: true });
});

describe('sitrep CLI errors', () => {
  it('documents the exit codes in --help and exits 0', () => {
    const r = sitrep('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Exit codes: 0 ok · 1 some inputs failed .* 2 usage or configuration error/);
    const sub = sitrep('export', '--help');
    expect(sub.status).toBe(0);
    expect(sub.stdout).toMatch(/Exit codes/);
    expect(sub.stdout).toMatch(/--bom/);
  });

  it('refuses a missing --db unless --create, with exit 2', () => {
    const missing = join(dir, 'typo.db');
    for (const args of [['export', '-f', 'acled-csv', '--db', missing], ['serve', '--db', missing, '--port', '0']]) {
      const r = sitrep(...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(oneLine(r.stderr)).toMatch(/no store at .*typo\.db .*--create/);
    }
  });

  it('refuses a PostgreSQL schema that holds no store unless --create, with exit 2', () => {
    const r = sitrep('export', '-f', 'jsonl', '--pg', 'postgres://postgres@127.0.0.1/test', '--pg-schema', `sitrep_missing_${process.pid}`);
    expect(r.status).toBe(2);
    expect(oneLine(r.stderr)).toMatch(/no store in PostgreSQL schema sitrep_missing_\d+ .*--create|cannot reach PostgreSQL/);
  });

  it('reports a port in use in one line, exit 2', () => {
    const r = sitrep('serve', '--db', db, '--port', String(busyPort));
    expect(r.status).toBe(2);
    expect(oneLine(r.stderr)).toMatch(new RegExp(`port ${busyPort} on 127\\.0\\.0\\.1 is in use`));
  });

  it('rejects impossible calendar dates, exit 2', () => {
    const a = sitrep('extract', '--date', '2024-02-30', join(root, 'samples'));
    expect(a.status).toBe(2);
    expect(oneLine(a.stderr)).toBe('sitrep: --date 2024-02-30 is not a calendar date');
    const b = sitrep('export', '-f', 'geojson', '--db', db, '--from', '2024-13-45');
    expect(b.status).toBe(2);
    expect(oneLine(b.stderr)).toBe('sitrep: --from 2024-13-45 is not a calendar date');
  });

  it('rejects unknown types and countries, accepts country names, exit 2 / 0', () => {
    const t = sitrep('export', '-f', 'acled-csv', '--db', db, '--type', 'Bogus');
    expect(t.status).toBe(2);
    expect(oneLine(t.stderr)).toMatch(/^sitrep: unknown event type "Bogus"/);
    const c = sitrep('export', '-f', 'acled-csv', '--db', db, '--country', 'xx');
    expect(c.status).toBe(2);
    expect(oneLine(c.stderr)).toMatch(/^sitrep: unknown country "xx"/);
    const ok = sitrep('export', '-f', 'acled-csv', '--db', db, '--country', 'Mali');
    expect(ok.status).toBe(0);
    expect(ok.stdout.trim().split('\n')).toHaveLength(2);
    const iso = sitrep('export', '-f', 'acled-csv', '--db', db, '--country', 'ML');
    expect(iso.stdout).toBe(ok.stdout);
  });

  it('gives usage errors from the argument parser exit 2 too', () => {
    const r = sitrep('export', '--db', db, '-f', 'acled-csv', '--bogus');
    expect(r.status).toBe(2);
    expect(oneLine(r.stderr)).toMatch(/unknown option '--bogus'/);
    const f = sitrep('export', '--db', db, '-f', 'xml');
    expect(f.status).toBe(2);
    expect(oneLine(f.stderr)).toMatch(/--format must be one of/);
  });

  it('extract: json is always an array, -o writes a file, a failed input gives exit 1', () => {
    const art = join(dir, 'one.txt');
    writeFileSync(art, '2024-08-13\n\nA missile struck Kupiansk in Kharkiv Oblast on Tuesday, killing three people, the governor said.\n');
    const one = sitrep('extract', art);
    expect(one.status).toBe(0);
    const parsed = JSON.parse(one.stdout) as unknown[];
    expect(Array.isArray(parsed)).toBe(true);
    expect(parsed).toHaveLength(1);
    const out = join(dir, 'out.jsonl');
    const r = sitrep('extract', art, join(dir, 'missing.txt'), '-f', 'jsonl', '-o', out);
    expect(r.status).toBe(1);
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/missing\.txt/);
  });
});
