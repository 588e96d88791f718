import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storeConformance } from '../conformance.js';
import { openSqliteStore } from './index.js';

storeConformance('sqlite', {
  async open(tuning) {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
    return { store: openSqliteStore(join(dir, 'test.db'), tuning), dispose: async () => rmSync(dir, { recursive: true, force: true }) };
  },
});
