/**
 * npm run bench:cli — start-up and one-article wall times of the built `sitrep` command (dist/cli/main.js),
 * as a user runs it: `sitrep --help`, `sitrep extract ARTICLE`, `sitrep serve` until it listens.
 * Builds dist/ first when it is missing or older than the CLI sources (that build is not timed).
 * Prints median and best of N runs and the machine's load average (a loaded machine inflates every figure).
 * `extract` runs with the start-up cache filled (an untimed run first); its first run on a fresh machine,
 * which fills the cache, is timed on its own row (each run with an empty cache directory).
 * Options: --runs N (default 5), --article FILE (default samples/en-sahel-ambush.txt)
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../src/store/open.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? dflt) : dflt;
};
const runs = Math.max(1, Number(arg('runs', '5')));
const articleFile = resolve(arg('article', join(root, 'samples', 'en-sahel-ambush.txt')));
const bin = join(root, 'dist', 'cli', 'main.js');

const newest = (dir: string): number => {
  let t = 0;
  const walk = (d: string) => {
    for (const e of spawnSync('ls', ['-1', d], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean)) {
      const p = join(d, e);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (p.endsWith('.ts')) t = Math.max(t, st.mtimeMs);
    }
  };
  walk(dir);
  return t;
};
if (!existsSync(bin) || statSync(bin).mtimeMs < newest(join(root, 'src', 'cli'))) {
  process.stdout.write('building dist/ (npm run build; not timed)…\n');
  spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'ignore' });
  if (!existsSync(bin)) throw new Error('build produced no dist/cli/main.js');
}

/** CPU seconds (user + system) of each timed run, when /usr/bin/time can tell (a loaded machine inflates wall time, much less CPU time). */
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const cpu = new Map<string, number[]>();

function timeRun(args: string[], key = args.join(' '), env: NodeJS.ProcessEnv = process.env): number {
  const t0 = performance.now();
  const [cmd, argv] = TIME ? [TIME, ['-f', 'cpu %U %S', process.execPath, bin, ...args]] : [process.execPath, [bin, ...args]];
  const r = spawnSync(cmd, argv, { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`sitrep ${args.join(' ')} exited ${r.status}: ${r.stderr.split('\n')[0]}`);
  const m = /cpu ([\d.]+) ([\d.]+)/.exec(r.stderr);
  if (m) cpu.set(key, [...(cpu.get(key) ?? []), Number(m[1]) + Number(m[2])]);
  return ms;
}

/** A run with an empty start-up cache (src/core/file-cache.ts), as the first run on a fresh machine: it fills the cache. */
function timeColdRun(args: string[], key: string): number {
  const cacheDir = mkdtempSync(join(tmpdir(), 'sitrep-bench-cache-'));
  try {
    return timeRun(args, key, { ...process.env, SITREP_CACHE_DIR: cacheDir });
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

/** Wall time from spawn until `sitrep serve` prints that it listens. */
async function timeServe(db: string): Promise<number> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [bin, 'serve', '--db', db, '--port', '0'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = await new Promise<number>((res, rej) => {
    let err = '';
    child.stderr.on('data', (b: Buffer) => {
      err += b.toString();
      if (/serving/.test(err)) res(performance.now() - t0);
    });
    child.on('exit', (code) => rej(new Error(`serve exited ${code}: ${err.split('\n')[0]}`)));
  });
  child.removeAllListeners('exit');
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  return ms;
}

const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-cli-'));
const db = join(dir, 'empty.db');
await (await openStore({ sqlite: db })).close();

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor((s.length - 1) / 2)]!, best: s[0]! };
};
const rows: Array<[string, number[], string?]> = [];
try {
  rows.push(['sitrep --help', Array.from({ length: runs }, () => timeRun(['--help'])), '--help']);
  rows.push(['sitrep export --help', Array.from({ length: runs }, () => timeRun(['export', '--help'])), 'export --help']);
  const serve: number[] = [];
  for (let i = 0; i < runs; i++) serve.push(await timeServe(db));
  rows.push(['sitrep serve (until listening)', serve]);
  const article = articleFile.replace(root + '/', '');
  // the first run after a build fills the start-up cache (.cache/): untimed here, timed on its own below
  timeRun(['extract', articleFile], 'warm-up');
  rows.push([`sitrep extract ${article}`, Array.from({ length: runs }, () => timeRun(['extract', articleFile])), `extract ${articleFile}`]);
  rows.push([`  … first run (empty start-up cache)`, Array.from({ length: Math.min(runs, 3) }, () => timeColdRun(['extract', articleFile], 'cold')), 'cold']);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

process.stdout.write(`\nload average ${loadavg().map((x) => x.toFixed(1)).join(' ')} · ${runs} runs each · node ${process.version}\n`);
process.stdout.write(`${'command'.padEnd(52)} ${'median'.padStart(9)} ${'best'.padStart(9)} ${'CPU median'.padStart(11)}\n`);
for (const [name, xs, key] of rows) {
  const { median, best } = stats(xs);
  const c = key ? cpu.get(key) : undefined;
  const cpuText = c?.length ? `${stats(c).median.toFixed(2)} s` : '';
  process.stdout.write(`${name.padEnd(52)} ${(median / 1000).toFixed(2).padStart(7)} s ${(best / 1000).toFixed(2).padStart(7)} s ${cpuText.padStart(11)}\n`);
}
