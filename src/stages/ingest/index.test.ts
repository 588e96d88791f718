import { mkdirSync, mkdtempSync, openSync, closeSync, ftruncateSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LanguagePack } from '../../lang/pack.js';
import { loadPacks } from '../../lang/registry.js';
import { ingest, type IngestItem } from './index.js';
import { blockText } from './blocks.js';

let dir: string;
let packs: Record<string, LanguagePack>;

beforeAll(async () => {
  packs = await loadPacks();
  dir = mkdtempSync(join(tmpdir(), 'sitrep-ingest-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function all(inputs: string[], maxBytes?: number): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const it of ingest(inputs, { packs, ...(maxBytes !== undefined ? { maxBytes } : {}) })) out.push(it);
  return out;
}
const failCodes = (items: IngestItem[]) => items.flatMap((i) => (i.ok ? [] : i.diagnostics.map((d) => `${i.source.slice(dir.length + 1)}:${d.code}`)));

describe('ingest over files', () => {
  it('walks directories recursively in sorted order, skipping hidden entries and other extensions', async () => {
    const root = join(dir, 'tree');
    mkdirSync(join(root, 'b-sub', 'deeper'), { recursive: true });
    mkdirSync(join(root, '.hidden'));
    writeFileSync(join(root, 'c.txt'), 'Third file here.\n');
    writeFileSync(join(root, 'a.md'), 'First file here.\n');
    writeFileSync(join(root, 'b-sub', 'deeper', 'x.html'), '<html><body><p>Second file, nested.</p></body></html>');
    writeFileSync(join(root, '.secret.txt'), 'hidden\n');
    writeFileSync(join(root, '.hidden', 'h.txt'), 'hidden\n');
    writeFileSync(join(root, 'notes.csv'), 'a,b\n');
    const items = await all([root]);
    expect(items.map((i) => (i.ok ? i.doc.source.slice(root.length + 1) : 'FAIL'))).toEqual(['a.md', 'b-sub/deeper/x.html', 'c.txt']);
    expect(items.map((i) => (i.ok ? i.doc.format : ''))).toEqual(['text', 'html', 'text']);
  });

  it('bad inputs each get a diagnostic and the batch goes on', async () => {
    const bad = join(dir, 'bad');
    mkdirSync(bad);
    writeFileSync(join(bad, '1-empty.txt'), '');
    writeFileSync(join(bad, '2-blank.txt'), '  \n\t\n');
    writeFileSync(join(bad, '3-binary.txt'), Buffer.from([0x41, 0x00, 0x42, 0x43]));
    writeFileSync(join(bad, '4-good.txt'), 'A readable article line.\n');
    symlinkSync(join(bad, 'missing-target.txt'), join(bad, '5-dangling.txt'));
    // 50 MB, sparse: refused from its size alone
    const big = join(bad, '6-huge.txt');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    const items = await all([bad, join(dir, 'does-not-exist.txt')]);
    rmSync(big);
    expect(failCodes(items)).toEqual([
      'bad/1-empty.txt:ingest/empty',
      'bad/2-blank.txt:ingest/empty',
      'bad/3-binary.txt:ingest/binary',
      'bad/5-dangling.txt:ingest/unreadable',
      'bad/6-huge.txt:ingest/too-large',
      'does-not-exist.txt:ingest/unreadable',
    ]);
    expect(items.filter((i) => i.ok)).toHaveLength(1);
  });

  it('maxBytes is configurable', async () => {
    const f = join(dir, 'small.txt');
    writeFileSync(f, 'x'.repeat(100));
    expect(failCodes(await all([f], 50))).toEqual(['small.txt:ingest/too-large']);
  });

  it('decodes a Windows-1252 file with a warning on the document', async () => {
    const f = join(dir, 'latin.txt');
    writeFileSync(f, Buffer.from('Een caf\xe9 in de binnenstad werd beschadigd.\n', 'latin1'));
    const [item] = await all([f]);
    expect(item?.ok && item.doc.original).toBe('Een café in de binnenstad werd beschadigd.\n');
    expect(item?.ok && item.doc.diagnostics.map((d) => d.code)).toEqual(['ingest/decoded-windows-1252']);
  });

  it('a BOM is not part of the original', async () => {
    const f = join(dir, 'bom.txt');
    writeFileSync(f, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Body text.\n')]));
    const [item] = await all([f]);
    expect(item?.ok && item.doc.original).toBe('Body text.\n');
    expect(item?.ok && item.doc.blocks[0]).toMatchObject({ start: 0, end: 10 });
  });

  it('JSONL: one article per line, tolerant field names, a malformed line does not stop the others', async () => {
    const f = join(dir, 'corpus.jsonl');
    const lines = [
      JSON.stringify({ id: 'a1', headline: 'Bridge closed', content: 'The bridge was closed after a blast on Monday.', publishedAt: '2023-05-02T10:00:00Z', link: 'https://news.example/a1', language: 'en-US' }),
      '{"text": "broken line", ',
      '',
      JSON.stringify({ body: 'Stand: 03.05.2023 08:00 Uhr\nEin Text über eine Explosion.', title: 'Explosion' }),
      JSON.stringify({ text: 'No date anywhere in this record.', date: 'sometime' }),
      JSON.stringify({ nothing: 'here' }),
      JSON.stringify({ article: '<html lang="nl"><body><article><p>Een tekst in HTML, lang genoeg om gelezen te worden als artikel over de brand in de haven.</p></article></body></html>' }),
    ];
    writeFileSync(f, lines.join('\n') + '\n');
    const items = await all([f]);
    expect(items.map((i) => (i.ok ? i.doc.source : i.source).slice(dir.length + 1))).toEqual([
      'corpus.jsonl#1',
      'corpus.jsonl#2',
      'corpus.jsonl#4',
      'corpus.jsonl#5',
      'corpus.jsonl#6',
      'corpus.jsonl#7',
    ]);
    expect(failCodes(items)).toEqual(['corpus.jsonl#2:ingest/jsonl-malformed', 'corpus.jsonl#6:ingest/record-no-text']);
    const [a, , b, c, , h] = items;
    expect(a?.ok && a.doc).toMatchObject({
      format: 'jsonl',
      recordId: 'a1',
      original: 'The bridge was closed after a blast on Monday.',
      title: 'Bridge closed',
      url: 'https://news.example/a1',
      declaredLang: 'en',
      date: { value: '2023-05-02', precision: 'day', basis: 'metadata' },
    });
    expect(b?.ok && b.doc.date?.value).toBe('2023-05-03');
    expect(b?.ok && b.doc.blocks.map(blockText)).toEqual(['Ein Text über eine Explosion.']);
    expect(c?.ok && c.doc.diagnostics.map((d) => d.code)).toEqual(['ingest/bad-date-field']);
    expect(h?.ok && h.doc.declaredLang).toBe('nl');
    // spans index the record's text field
    if (a?.ok) for (const bl of a.doc.blocks) for (const p of bl.pieces) expect(a.doc.original.slice(p.start, p.end)).toBe(p.text);
  });

  it('a .json file with an array of records', async () => {
    const f = join(dir, 'records.json');
    writeFileSync(f, JSON.stringify([{ text: 'First record text.' }, { text: 'Second record text.', date: 1683100800 }]));
    const items = await all([f]);
    expect(items.map((i) => (i.ok ? i.doc.source.slice(dir.length + 1) : 'FAIL'))).toEqual(['records.json#1', 'records.json#2']);
    expect(items[1]?.ok && items[1].doc.date?.value).toBe('2023-05-03');
  });

  it('content id is the sha256 prefix of the original', async () => {
    const f = join(dir, 'id.txt');
    writeFileSync(f, 'Same text.\n');
    const g = join(dir, 'id2.txt');
    writeFileSync(g, 'Same text.\n');
    const [x, y] = await all([f, g]);
    expect(x?.ok && x.doc.id).toMatch(/^[0-9a-f]{16}$/);
    expect(x?.ok && y?.ok && x.doc.id === y.doc.id).toBe(true);
  });
});

describe('ingest from stdin', () => {
  async function fromStdin(text: string, maxBytes?: number): Promise<IngestItem[]> {
    const out: IngestItem[] = [];
    async function* stdin() {
      yield Buffer.from(text.slice(0, 5));
      yield Buffer.from(text.slice(5));
    }
    for await (const it of ingest(['-'], { packs, stdin: stdin(), ...(maxBytes !== undefined ? { maxBytes } : {}) })) out.push(it);
    return out;
  }

  it('sniffs plain text, HTML and JSONL', async () => {
    const [t] = await fromStdin('Plain text from a pipe.\n');
    expect(t?.ok && [t.doc.source, t.doc.format]).toEqual(['-', 'text']);
    const [h] = await fromStdin('<!DOCTYPE html><html><body><p>Markup from a pipe.</p></body></html>');
    expect(h?.ok && h.doc.format).toBe('html');
    const j = await fromStdin('{"text": "One."}\n{"text": "Two."}\n');
    expect(j.map((i) => (i.ok ? i.doc.source : 'FAIL'))).toEqual(['-#1', '-#2']);
  });

  it('refuses too much input', async () => {
    const items = await fromStdin('x'.repeat(64), 16);
    expect(items.map((i) => (i.ok ? '' : i.diagnostics[0]?.code))).toEqual(['ingest/too-large']);
  });
});
