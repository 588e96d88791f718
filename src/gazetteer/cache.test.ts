import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { fileCache } from '../core/file-cache.js';
import type { FileCache } from '../core/file-cache.js';
import { cacheName, decodeLayout, encodeLayout, gazetteerLayout } from './cache.js';
import { layoutGazetteer, loadGazetteer, parseGazetteer } from './load.js';
import type { Gazetteer } from './types.js';

const O = 1 << 24;
const lines = (placeName: string) =>
  [
    'C\tUA\tUkraine\t50.45\t30.52',
    'C\tXK\tKosovo',
    'A\tUA.07\tKharkiv\t49.7\t36.3\t1',
    'B\tUA.07.6310100000\tKupianskyi raion\t49.7\t37.6\t80000',
    `P\t1\t${placeName}\t49.98\t36.25\tPPLA\tUA\t07\t1433886\tharkiv\t`,
    'P\t2\tKupiansk\t49.71\t37.62\tPPLA2\tUA\t07\t27169\tkupiansk\t6310100000',
    'P\t3\tŁódź\t51.77\t19.45\tPPLA\tPL\t74\t768755\tlodz\t',
    `K\tharkiv\t${O + 2},0`,
    'K\tharkov\t0',
    `K\tkosovo\t${O + 1}`,
    'K\tkupiansk\t1',
    `K\tkupianskyi\t${O + 3}`,
    'K\tlodz\t2',
    `K\tukraine\t${O}`,
    '',
  ].join('\n');

const dirs: string[] = [];
const tmp = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'sitrep-gaz-test-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function dataFile(dir: string, text: string): string {
  const f = join(dir, 'gazetteer.tsv.gz');
  // stored, not compressed: the same text length gives the same file size
  writeFileSync(f, gzipSync(Buffer.from(text, 'utf8'), { level: 0 }));
  utimesSync(f, new Date(2000, 1, 1), new Date(2000, 1, 1));
  return f;
}

/** Everything a gazetteer answers for the sample's keys and codes. */
function answers(g: Gazetteer): unknown {
  const keys = ['harkiv', 'harkov', 'kosovo', 'kupiansk', 'kupianskyi', 'lodz', 'ukraine', 'nowhere', 'a', 'zzz'];
  return {
    size: g.size,
    lookups: keys.map((k) => g.lookup(k)),
    places: [1, 2, 3, 4].map((id) => g.place(id)),
    admin1: g.admin1('UA', '07'),
    admin2: g.admin2('UA', '07', '6310100000'),
    countries: [g.country('UA'), g.country('XK'), g.country('PL')],
  };
}

/** A cache that counts reads that hit and writes. */
function counting(c: FileCache): FileCache & { hits: number; writes: number } {
  const out = {
    dir: c.dir,
    hits: 0,
    writes: 0,
    read(name: string, stamp: string) {
      const r = c.read(name, stamp);
      if (r) out.hits++;
      return r;
    },
    write(name: string, stamp: string, data: Uint8Array) {
      out.writes++;
      return c.write(name, stamp, data);
    },
  };
  return out;
}

describe('gazetteer cache', () => {
  it('a cached load answers exactly as parsing the text does', () => {
    const dir = tmp();
    const f = dataFile(dir, lines('Kharkiv'));
    const cache = counting(fileCache(join(dir, 'cache')));
    const parsed = answers(parseGazetteer(lines('Kharkiv')));
    expect(answers(loadGazetteer(f, cache))).toEqual(parsed);
    expect([cache.hits, cache.writes]).toEqual([0, 1]);
    expect(answers(loadGazetteer(f, cache))).toEqual(parsed);
    expect([cache.hits, cache.writes]).toEqual([1, 1]);
  });

  it('a changed data file is read again, not the stale cache', () => {
    const dir = tmp();
    const f = dataFile(dir, lines('Kharkiv'));
    const cache = counting(fileCache(join(dir, 'cache')));
    expect(loadGazetteer(f, cache).lookup('harkov')[0]).toMatchObject({ name: 'Kharkiv' });
    // same length, same time: only the content (the gzip trailer's CRC) tells
    const st = readFileSync(f).length;
    dataFile(dir, lines('Charkiv'));
    expect(readFileSync(f).length).toBe(st);
    expect(loadGazetteer(f, cache).lookup('harkov')[0]).toMatchObject({ name: 'Charkiv' });
    expect(cache.writes).toBe(2);
    expect(loadGazetteer(f, cache).lookup('harkov')[0]).toMatchObject({ name: 'Charkiv' });
    expect(cache.hits).toBe(1);
  });

  it('falls back to the data file when the cache cannot be written', () => {
    const dir = tmp();
    const f = dataFile(dir, lines('Kharkiv'));
    writeFileSync(join(dir, 'blocked'), 'a file where the cache directory should be');
    const cache = counting(fileCache(join(dir, 'blocked', 'cache')));
    expect(answers(loadGazetteer(f, cache))).toEqual(answers(parseGazetteer(lines('Kharkiv'))));
    expect(answers(loadGazetteer(f, cache))).toEqual(answers(parseGazetteer(lines('Kharkiv'))));
    expect(cache.hits).toBe(0);
    expect(answers(loadGazetteer(f, fileCache(null)))).toEqual(answers(parseGazetteer(lines('Kharkiv'))));
  });

  it('a damaged cache entry is ignored and rewritten', () => {
    const dir = tmp();
    const f = dataFile(dir, lines('Kharkiv'));
    const cdir = join(dir, 'cache');
    loadGazetteer(f, fileCache(cdir));
    const entry = join(cdir, cacheName(f));
    const bytes = readFileSync(entry);
    // the key line offsets made to descend: not a layout
    const header = bytes.indexOf('\n', bytes.indexOf('\n', bytes.indexOf('\n') + 1) + 1) + 1;
    bytes.writeUInt32LE(0xffffff, header + 16 + 4 * 2);
    writeFileSync(entry, bytes);
    const cache = counting(fileCache(cdir));
    expect(answers(loadGazetteer(f, cache))).toEqual(answers(parseGazetteer(lines('Kharkiv'))));
    expect([cache.hits, cache.writes]).toEqual([1, 1]);
    expect(readdirSync(cdir)).toEqual([cacheName(f)]);
  });

  it('encodes and decodes a layout', () => {
    const l = layoutGazetteer(Buffer.from(lines('Kharkiv'), 'utf8'));
    const back = decodeLayout(encodeLayout(l));
    expect(back).toBeDefined();
    expect([...back!.others]).toEqual([...l.others]);
    expect([...back!.places]).toEqual([...l.places]);
    expect([...back!.keys]).toEqual([...l.keys]);
    expect(back!.headEnd).toBe(l.headEnd);
    expect(back!.bytes.equals(l.bytes)).toBe(true);
    expect(decodeLayout(encodeLayout(l).subarray(0, 20))).toBeUndefined();
  });

  it('keeps the default layout of a gazetteer without place or key lines', () => {
    for (const text of ['', 'C\tUA\tUkraine', 'K\tx\t0\n', 'P\t1\tA\t0\t0\tPPL\tUA\t01\t1\ta\t']) {
      const g = parseGazetteer(text);
      expect(g.size).toBeGreaterThanOrEqual(0);
      expect(g.lookup('x')).toBeDefined();
    }
    expect(parseGazetteer('C\tUA\tUkraine').country('UA')).toMatchObject({ name: 'Ukraine' });
  });

  it('reads the layout through gazetteerLayout with the default cache off', () => {
    const dir = tmp();
    const f = dataFile(dir, lines('Kharkiv'));
    expect(gazetteerLayout(f, fileCache(null)).places.length).toBe(4);
  });
});
