import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { storeConformance } from '../conformance.js';
import { exampleArticles } from '../testing/fixtures.js';
import { openSqliteStore } from './index.js';

storeConformance('sqlite', {
  async open(tuning) {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
    return { store: openSqliteStore(join(dir, 'test.db'), tuning), dispose: async () => rmSync(dir, { recursive: true, force: true }) };
  },
});

describe('sqlite store from before merge units (migration 4)', () => {
  it('computes the units of stored events on the first write, and merges as a fresh store does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
    try {
      const docs = exampleArticles();
      const fresh = openSqliteStore(join(dir, 'fresh.db'));
      for (const { doc, original } of docs) await fresh.putDocument(doc, original);
      const want = JSON.stringify((await fresh.listEvents({ limit: 1000 })).items);
      await fresh.close();
      const file = join(dir, 'old.db');
      const old = openSqliteStore(file);
      for (const { doc, original } of docs.slice(0, 3)) await old.putDocument(doc, original);
      await old.close();
      // as a store migrated from version 3 looks: no units yet
      const db = new Database(file);
      db.exec('UPDATE article_events SET unit_id = NULL; DELETE FROM merge_units;');
      db.close();
      const s = openSqliteStore(file);
      await s.putDocument(docs[3]!.doc, docs[3]!.original);
      expect(await s.check()).toBe('ok');
      expect(JSON.stringify((await s.listEvents({ limit: 1000 })).items)).toBe(want);
      await s.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
