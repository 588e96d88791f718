/**
 * Derived files kept on disk so that a cold start skips slow, repeatable work (the gazetteer's
 * gunzip, eld's n-gram table). Every entry carries a stamp of what it was derived from (the
 * source file's size, modification time and anything else the caller adds); an entry whose
 * stamp differs, that is truncated or unreadable is ignored, and the caller derives it again
 * from the source. Writing is best-effort and atomic (a temporary file renamed into place):
 * when the directory cannot be written, nothing is cached and everything still works from the
 * sources. A cache never changes a result, only how long it takes to get it.
 *
 * Location: $SITREP_CACHE_DIR when set ('off' or '0' disables caching), else `.cache/` in the
 * project directory (gitignored).
 */
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface FileCache {
  /** the directory, null when caching is off */
  readonly dir: string | null;
  /** The payload stored under `name` with exactly this stamp, or undefined. */
  read(name: string, stamp: string): Buffer | undefined;
  /** Store `data` under `name` with `stamp`; false when it could not be written (nothing is left behind). */
  write(name: string, stamp: string, data: Uint8Array): boolean;
}

const MAGIC = 'sitrep-cache 1';
/** Entry names: a plain file name, never a path. */
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
/** Stamps are one line of bounded length. */
const MAX_STAMP = 1000;

/** Default cache directory (see the file comment); null when caching is off. */
export function defaultCacheDir(): string | null {
  const env = process.env['SITREP_CACHE_DIR'];
  if (env !== undefined && env !== '') return env === 'off' || env === '0' ? null : env;
  // this file is <project>/src/core/file-cache.ts or <project>/dist/core/file-cache.js
  const project = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  return existsSync(join(project, 'package.json')) ? join(project, '.cache') : null;
}

/** Stamp of a source file: path, size and modification time, plus the caller's `extra` (a format version, a content digest). */
export function fileStamp(path: string, ...extra: string[]): string {
  const st = statSync(path);
  return [path, st.size, Math.trunc(st.mtimeMs), ...extra].join('|');
}

function validStamp(stamp: string): boolean {
  return stamp.length <= MAX_STAMP && !stamp.includes('\n');
}

/** The cache in `dir` (default: `defaultCacheDir()`); null: caching off (reads find nothing, writes fail). */
export function fileCache(dir: string | null = defaultCacheDir()): FileCache {
  return {
    dir,
    read(name, stamp) {
      if (dir === null || !NAME.test(name) || !validStamp(stamp)) return undefined;
      try {
        const buf = readFileSync(join(dir, name));
        // header: MAGIC \n stamp \n payload length \n
        const a = buf.indexOf(10);
        const b = a < 0 ? -1 : buf.indexOf(10, a + 1);
        const c = b < 0 ? -1 : buf.indexOf(10, b + 1);
        if (c < 0 || buf.toString('utf8', 0, a) !== MAGIC || buf.toString('utf8', a + 1, b) !== stamp) return undefined;
        const length = Number(buf.toString('latin1', b + 1, c));
        if (!Number.isSafeInteger(length) || length !== buf.length - c - 1) return undefined;
        return buf.subarray(c + 1);
      } catch {
        return undefined;
      }
    },
    write(name, stamp, data) {
      if (dir === null || !NAME.test(name) || !validStamp(stamp)) return false;
      const tmp = join(dir, `${name}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
      try {
        // not recursive: Node's recursive mkdir never returns under /proc; the parent must exist
        if (!existsSync(dir)) mkdirSync(dir);
        writeFileSync(tmp, Buffer.concat([Buffer.from(`${MAGIC}\n${stamp}\n${data.length}\n`, 'utf8'), data]));
        renameSync(tmp, join(dir, name));
        return true;
      } catch {
        try {
          rmSync(tmp, { force: true });
        } catch {
          // nothing was written
        }
        return false;
      }
    },
  };
}

/** The last `n` bytes of a file (a gzip trailer: CRC-32 and size of the content). */
export function fileTail(path: string, n: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const len = Math.min(n, size);
    const out = Buffer.alloc(len);
    readSync(fd, out, 0, len, size - len);
    return out;
  } finally {
    closeSync(fd);
  }
}
