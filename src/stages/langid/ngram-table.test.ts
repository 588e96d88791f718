import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fileCache } from '../../core/file-cache.js';
import type { FileCache } from '../../core/file-cache.js';
import { eldModule, NGRAMS } from './eld-files.js';
import { decodeRestricted, encodeRestricted, restrict, restrictedTable } from './ngram-table.js';
import type { NgramData, Restricted } from './ngram-table.js';

const dirs: string[] = [];
const tmp = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'sitrep-ngram-test-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A cache that records what it was asked. */
function recording(c: FileCache): FileCache & { hits: number; written: Array<{ name: string; stamp: string }> } {
  const out = {
    dir: c.dir,
    hits: 0,
    written: [] as Array<{ name: string; stamp: string }>,
    read(name: string, stamp: string) {
      const r = c.read(name, stamp);
      if (r) out.hits++;
      return r;
    },
    write(name: string, stamp: string, data: Uint8Array) {
      out.written.push({ name, stamp });
      return c.write(name, stamp, data);
    },
  };
  return out;
}

const plain = (r: Restricted) => ({ codes: r.codes, ids: r.ids, table: [...r.table].map(([g, v]) => [g, [...v]]) });
const data = eldModule(NGRAMS)!['ngramsData'] as NgramData;
const LANGS = ['nl', 'en', 'de', 'fr'];

describe('eld restricted n-gram table', () => {
  const direct = plain(restrict(data, LANGS));

  it('restricts eld’s database to the languages it knows, in eld’s order', () => {
    expect(direct.codes).toEqual(['de', 'en', 'fr', 'nl']);
    expect(direct.table.length).toBeGreaterThan(1000);
    expect(plain(restrict(data, ['xx'])).table).toEqual([]);
  });

  it('a cached table is the table built from eld’s database', () => {
    const cache = recording(fileCache(join(tmp(), 'cache')));
    expect(plain(restrictedTable(LANGS, cache)!)).toEqual(direct);
    expect([cache.hits, cache.written.length]).toEqual([0, 1]);
    expect(plain(restrictedTable(LANGS, cache)!)).toEqual(direct);
    expect([cache.hits, cache.written.length]).toEqual([1, 1]);
    // the language order does not matter
    expect(plain(restrictedTable(['fr', 'de', 'en', 'nl'], cache)!)).toEqual(direct);
    expect(cache.hits).toBe(2);
  });

  it('a stale or damaged entry is rebuilt', () => {
    const dir = join(tmp(), 'cache');
    const cache = recording(fileCache(dir));
    restrictedTable(LANGS, cache);
    const { name, stamp } = cache.written[0]!;
    // an entry from another eld database
    fileCache(dir).write(name, stamp.replace('eld ', 'eld 0.0.0-other '), encodeRestricted(restrict(data, ['en'])));
    expect(plain(restrictedTable(LANGS, cache)!)).toEqual(direct);
    expect(cache.written.length).toBe(2);
    // damaged bytes under the right stamp
    fileCache(dir).write(name, stamp, Buffer.from('garbage'));
    expect(plain(restrictedTable(LANGS, cache)!)).toEqual(direct);
    expect(cache.written.length).toBe(3);
    // only the damaged entry was found (and not used)
    expect(cache.hits).toBe(1);
  });

  it('works without a writable cache', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'blocked'), 'a file where the cache directory should be');
    expect(plain(restrictedTable(LANGS, fileCache(join(dir, 'blocked', 'cache')))!)).toEqual(direct);
    expect(plain(restrictedTable(LANGS, fileCache(null))!)).toEqual(direct);
  });

  it('encodes and decodes exactly, and rejects what is not a table', () => {
    const r = restrict(data, LANGS);
    expect(plain(decodeRestricted(encodeRestricted(r))!)).toEqual(plain(r));
    const enc = encodeRestricted(r);
    expect(decodeRestricted(enc.subarray(0, enc.length - 8))).toBeUndefined();
    expect(decodeRestricted(Buffer.from('{}'))).toBeUndefined();
  });
});
