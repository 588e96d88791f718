/**
 * Store write/merge/query throughput on generated documents (no extraction):
 *   npx tsx scripts/bench-store.ts [N] [--pg URL]
 * Documents are synthetic: 3 events each, spread over 40 towns and 60 days, so merges happen.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { article } from '../src/store/testing/fixtures.js';
import { openStore } from '../src/store/open.js';

const n = Number(process.argv[2] ?? 1000);
const pgAt = process.argv.indexOf('--pg');
const pg = pgAt > 0 ? process.argv[pgAt + 1] : undefined;
const TYPES: Array<[string, string]> = [
  ['Explosions/Remote violence', 'Shelling/artillery/missile attack'],
  ['Explosions/Remote violence', 'Air/drone strike'],
  ['Battles', 'Armed clash'],
];
const docs = Array.from({ length: n }, (_, i) => {
  const events = [0, 1, 2].map((k) => {
    const town = (i * 7 + k * 13) % 40;
    const day = 1 + ((i * 3 + k) % 60);
    const date = new Date(Date.UTC(2031, 0, day)).toISOString().slice(0, 10);
    const [type, subType] = TYPES[(i + k) % 3]!;
    return {
      type, subType, date, trigger: `event${k}`, killed: [i % 5, i % 5] as [number, number],
      location: { level: 'place' as const, name: `Town${town}`, country: 'UA', admin1: `Region${town % 5}`, lat: 48 + (town % 8) * 0.5, lon: 30 + Math.floor(town / 8) * 0.7 },
      actors: ['Army A', 'Army B'],
    };
  });
  return article({ source: `gen-${i}.txt`, text: `Report ${i}: event0, event1 and event2 happened.`, events });
});

const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
const schema = `bench_${Date.now().toString(36)}`;
const store = await openStore(pg ? { pg, pgSchema: schema } : { sqlite: join(dir, 'bench.db') });
let t = performance.now();
for (const d of docs) await store.putDocument(d.doc, d.original);
const write = (performance.now() - t) / 1000;
t = performance.now();
for (const d of docs) await store.putDocument(d.doc, d.original);
const again = (performance.now() - t) / 1000;
t = performance.now();
for (let i = 0; i < 100; i++) await store.listEvents({ bbox: [30, 48, 31, 49], from: '2031-01-10', to: '2031-01-20', limit: 50 });
const query = (performance.now() - t) / 100;
const st = await store.stats();
console.log(
  `${store.kind}: ${n} docs stored+merged in ${write.toFixed(1)} s (${(n / write).toFixed(0)} docs/s); ` +
    `re-put ${(n / again).toFixed(0)} docs/s; filtered listEvents ${query.toFixed(1)} ms; ` +
    `${st.articleEvents} events → ${st.mergedEvents} merged (${st.multiSourceEvents} multi-source)`,
);
await store.close();
rm();
function rm(): void {
  rmSync(dir, { recursive: true, force: true });
  if (pg) void import('../src/store/testing/pg.js').then((m) => m.pgExec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`, pg));
}
