import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPacks } from '../lang/registry.js';
import { openSqliteStore } from '../store/sqlite/index.js';
import type { Store } from '../store/types.js';
import { processInputs, type Outcome } from './process.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-process-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const a = join(dir, 'a.txt');
const b = join(dir, 'b.txt');
writeFileSync(a, '2030-06-02\n\nArtillery shelled a bridge near Kherson on Sunday, wounding four soldiers, the army said.\n');
writeFileSync(b, '2030-06-03\n\nA drone hit a fuel depot in Sumy on Monday; nobody was hurt, the mayor said.\n');

async function all(store: Store, inputs: string[]): Promise<Outcome[]> {
  const out: Outcome[] = [];
  for await (const o of processInputs(store, inputs, { packs: await loadPacks() })) out.push(o);
  return out;
}

describe('processInputs', () => {
  it('stores, then skips what is stored, and reports unreadable inputs as read failures', async () => {
    const store = openSqliteStore(join(dir, 's.db'));
    try {
      const first = await all(store, [a, b, join(dir, 'missing.txt')]);
      expect(first.map((o) => o.kind)).toEqual(['stored', 'stored', 'failed']);
      expect(first[2]).toMatchObject({ phase: 'read' });
      const second = await all(store, [a, b]);
      expect(second.map((o) => o.kind)).toEqual(['skipped', 'skipped']);
    } finally {
      await store.close();
    }
  });

  it('reports a store failure as such and goes on with the batch', async () => {
    const real = openSqliteStore(join(dir, 'f.db'));
    let calls = 0;
    const flaky: Store = Object.assign(Object.create(real) as Store, {
      knownArticles: (ids: readonly string[]) => real.knownArticles(ids),
      putCopy: (...args: Parameters<Store['putCopy']>) => real.putCopy(...args),
      putDocument: async (...args: Parameters<Store['putDocument']>) => {
        if (calls++ === 0) throw new Error('database is locked');
        return real.putDocument(...args);
      },
    });
    try {
      const out = await all(flaky, [a, b]);
      expect(out.map((o) => (o.kind === 'failed' ? `failed:${o.phase}` : o.kind))).toEqual(['failed:store', 'stored']);
    } finally {
      await real.close();
    }
  });
});
