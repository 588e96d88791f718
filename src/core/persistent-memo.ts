/**
 * A memo of a pure function of a string that outlives the process: results computed in one run
 * are read back by the next from the file cache (./file-cache.ts), so a cold start skips work
 * such as deriving the literals of every lexicon pattern. An entry set is valid for the code that
 * computed it: it is stamped with that module's file (path, size, time) and the Node, ICU and
 * Unicode versions (case folding); another stamp starts an empty set. New results are written
 * when the process exits (best-effort: a lost write only costs the next run a recomputation).
 * Values are JSON; a stored value the caller's guard rejects is computed again.
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { fileCache, fileStamp } from './file-cache.js';
import type { FileCache } from './file-cache.js';

export interface PersistentMemo<V> {
  /** The value for `key`: remembered (from this run or an earlier one) or computed now. */
  get(key: string, compute: () => V): V;
  /** Write the new results now (done at exit anyway). */
  flush(): void;
}

export interface MemoOptions<V> {
  /** entry name in the cache (letters, digits, '-') */
  name: string;
  /** `import.meta.url` of the module whose code computes the values */
  code: string;
  /** whether a stored value is one */
  valid: (v: unknown) => v is V;
  cache?: FileCache;
  /** at most this many entries are kept (default 20 000) */
  maxEntries?: number;
}

const digest = (s: string): string => createHash('sha1').update(s).digest('base64url');

export function persistentMemo<V>(opts: MemoOptions<V>): PersistentMemo<V> {
  const max = opts.maxEntries ?? 20_000;
  let entries: Map<string, unknown> | undefined;
  let cache: FileCache | undefined;
  let stamp: string | undefined;
  let name = '';
  let dirty = false;

  const load = (): Map<string, unknown> => {
    entries = new Map();
    try {
      const path = fileURLToPath(opts.code);
      const v = process.versions;
      stamp = fileStamp(path, 'memo-1', `node ${v.node}`, `icu ${v.icu ?? ''}`, `unicode ${v.unicode ?? ''}`);
      name = `memo-${opts.name}-${digest(path).slice(0, 10)}.json`;
      cache = opts.cache ?? fileCache();
      const hit = cache.read(name, stamp);
      if (hit) {
        const o = JSON.parse(hit.toString('utf8')) as unknown;
        if (o && typeof o === 'object' && !Array.isArray(o)) for (const [k, val] of Object.entries(o)) if (entries.size < max) entries.set(k, val);
      }
    } catch {
      // no stamp (the code is not a file) or a damaged entry: start empty
    }
    return entries;
  };

  const flush = (): void => {
    if (!dirty || !cache || stamp === undefined) return;
    dirty = false;
    cache.write(name, stamp, Buffer.from(JSON.stringify(Object.fromEntries(entries ?? [])), 'utf8'));
  };

  return {
    get(key, compute) {
      const m = entries ?? load();
      const k = digest(key);
      const stored = m.get(k);
      if (stored !== undefined && opts.valid(stored)) return stored;
      const v = compute();
      if (m.size < max && stamp !== undefined) {
        m.set(k, v);
        if (!dirty) {
          dirty = true;
          process.once('exit', flush);
        }
      }
      return v;
    },
    flush,
  };
}
