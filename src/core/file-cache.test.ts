import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultCacheDir, fileCache, fileStamp } from './file-cache.js';
import { persistentMemo } from './persistent-memo.js';

const dirs: string[] = [];
const tmp = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'sitrep-cache-test-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) {
    chmodSync(d, 0o755);
    rmSync(d, { recursive: true, force: true });
  }
});
const isRoot = process.getuid?.() === 0;

describe('fileCache', () => {
  it('reads back what it wrote, only with the same stamp', () => {
    const c = fileCache(join(tmp(), 'cache'));
    expect(c.read('entry.bin', 's1')).toBeUndefined();
    expect(c.write('entry.bin', 's1', Buffer.from('hello\nworld'))).toBe(true);
    expect(c.read('entry.bin', 's1')?.toString()).toBe('hello\nworld');
    expect(c.read('entry.bin', 's2')).toBeUndefined();
    expect(c.write('entry.bin', 's2', Buffer.from('again'))).toBe(true);
    expect(c.read('entry.bin', 's1')).toBeUndefined();
    expect(c.read('entry.bin', 's2')?.toString()).toBe('again');
  });

  it('ignores a truncated or foreign entry', () => {
    const dir = join(tmp(), 'cache');
    const c = fileCache(dir);
    c.write('e.bin', 's', Buffer.alloc(1000, 7));
    const whole = readFileSync(join(dir, 'e.bin'));
    writeFileSync(join(dir, 'e.bin'), whole.subarray(0, whole.length - 1));
    expect(c.read('e.bin', 's')).toBeUndefined();
    writeFileSync(join(dir, 'e.bin'), 'not a cache entry');
    expect(c.read('e.bin', 's')).toBeUndefined();
  });

  it('refuses names that are paths and multi-line stamps', () => {
    const dir = tmp();
    const c = fileCache(join(dir, 'cache'));
    expect(c.write('../escape', 's', Buffer.from('x'))).toBe(false);
    expect(c.write('a/b', 's', Buffer.from('x'))).toBe(false);
    expect(c.write('ok', 'two\nlines', Buffer.from('x'))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('writes nothing and reads nothing when off', () => {
    const c = fileCache(null);
    expect(c.write('e', 's', Buffer.from('x'))).toBe(false);
    expect(c.read('e', 's')).toBeUndefined();
  });

  it.skipIf(isRoot)('reports an unwritable directory and leaves nothing behind', () => {
    const dir = tmp();
    chmodSync(dir, 0o555);
    const c = fileCache(join(dir, 'cache'));
    expect(c.write('e', 's', Buffer.from('x'))).toBe(false);
    expect(c.read('e', 's')).toBeUndefined();
  });

  it('reports a directory that cannot be made (a file is in the way)', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'cache'), 'a file');
    const c = fileCache(join(dir, 'cache'));
    expect(c.write('e', 's', Buffer.from('x'))).toBe(false);
    expect(c.read('e', 's')).toBeUndefined();
  });

  it('stamps a file by size and time', () => {
    const dir = tmp();
    const f = join(dir, 'src');
    writeFileSync(f, 'abc');
    const s1 = fileStamp(f, 'v1');
    expect(fileStamp(f, 'v1')).toBe(s1);
    expect(fileStamp(f, 'v2')).not.toBe(s1);
    writeFileSync(f, 'abcd');
    expect(fileStamp(f, 'v1')).not.toBe(s1);
  });

  it('is off when SITREP_CACHE_DIR says so, elsewhere when it names a directory', () => {
    const old = process.env['SITREP_CACHE_DIR'];
    try {
      process.env['SITREP_CACHE_DIR'] = 'off';
      expect(defaultCacheDir()).toBeNull();
      process.env['SITREP_CACHE_DIR'] = '/some/where';
      expect(defaultCacheDir()).toBe('/some/where');
    } finally {
      if (old === undefined) delete process.env['SITREP_CACHE_DIR'];
      else process.env['SITREP_CACHE_DIR'] = old;
    }
  });
});

describe('persistentMemo', () => {
  const valid = (v: unknown): v is number => typeof v === 'number';
  // the memo's stamp is a file: a module of the test's own
  const codeFile = (dir: string): string => {
    const f = join(dir, 'code.js');
    writeFileSync(f, '// v1');
    return new URL(`file://${f}`).href;
  };

  it('computes once and reads the result back in a later run', () => {
    const dir = tmp();
    const cache = fileCache(join(dir, 'cache'));
    const code = codeFile(dir);
    let calls = 0;
    const square = (k: string) => () => (calls++, Number(k) ** 2);
    const m1 = persistentMemo({ name: 'test', code, valid, cache });
    expect(m1.get('3', square('3'))).toBe(9);
    expect(m1.get('3', square('3'))).toBe(9);
    expect(calls).toBe(1);
    // the write happens at exit, or now
    m1.flush();
    const m2 = persistentMemo({ name: 'test', code, valid, cache });
    expect(m2.get('3', () => -1)).toBe(9);
    expect(m2.get('4', square('4'))).toBe(16);
    expect(calls).toBe(2);
  });

  it('forgets everything when the code changes', () => {
    const dir = tmp();
    const cache = fileCache(join(dir, 'cache'));
    const code = codeFile(dir);
    const m = persistentMemo({ name: 'test', code, valid, cache });
    m.get('k', () => 1);
    m.flush();
    writeFileSync(new URL(code), '// v2, longer');
    expect(persistentMemo({ name: 'test', code, valid, cache }).get('k', () => 2)).toBe(2);
  });

  it('recomputes a stored value the guard rejects, and works without a writable cache', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'cache'));
    const cache = fileCache(join(dir, 'cache'));
    const code = codeFile(dir);
    const m = persistentMemo<unknown>({ name: 'test', code, valid: (v): v is unknown => true, cache });
    m.get('k', () => 'text');
    m.flush();
    expect(persistentMemo({ name: 'test', code, valid, cache }).get('k', () => 5)).toBe(5);
    const off = persistentMemo({ name: 'test', code, valid, cache: fileCache(null) });
    expect(off.get('k', () => 6)).toBe(6);
  });
});
