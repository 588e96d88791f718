/**
 * npm run bench:api — HTTP load benchmark over loopback against a store of ≥ 100k merged events.
 * The store is generated once (synthetic documents through the real write path: putDocument + merge)
 * into .bench/api.db and reused. Prints req/s and p50/p99 latency per query (autocannon, 10 connections).
 * Options: --events N (default 100000), --seconds S per query (default 5), --db FILE
 */
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import { serve, type ServerType } from '@hono/node-server';
import { openStore } from '../src/store/open.js';
import { createApp } from '../src/api/app.js';
import { syntheticDocument } from './synthetic.js';

const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? dflt) : dflt;
};
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = Number(arg('events', '100000'));
const seconds = Number(arg('seconds', '5'));
const dbFile = resolve(arg('db', join(root, '.bench', 'api.db')));
mkdirSync(dirname(dbFile), { recursive: true });

const store = await openStore({ sqlite: dbFile });
let stats = await store.stats();
if (stats.mergedEvents < target) {
  process.stdout.write(`generating a store of ≥ ${target} events in ${dbFile} (once; reused afterwards)\n`);
  const t0 = performance.now();
  let i = stats.articles;
  while (stats.mergedEvents < target) {
    for (let k = 0; k < 500; k++, i++) {
      const { doc, original } = syntheticDocument(i, 20);
      await store.putDocument(doc, original);
    }
    stats = await store.stats();
    process.stdout.write(`  ${stats.articles} articles, ${stats.mergedEvents} merged events, ${((performance.now() - t0) / 1000).toFixed(0)} s\r`);
  }
  const s = (performance.now() - t0) / 1000;
  process.stdout.write(`\n  write path: ${(stats.articleEvents / s).toFixed(0)} article events/s stored and merged\n`);
}
process.stdout.write(`store: ${stats.articles} articles, ${stats.articleEvents} article events, ${stats.mergedEvents} merged events\n`);

// a real event id and article id for the detail queries
const first = (await store.listEvents({ limit: 1 })).items[0];
const firstArticle = (await store.listArticles({ limit: 1 })).items[0];
const app = createApp({ store, web: false });
const server = await new Promise<ServerType>((r) => {
  const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => r(s));
});
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const queries: Array<[string, string]> = [
  ['events (first page, 50)', '/api/events'],
  ['events bbox (eastern Ukraine)', '/api/events?bbox=35,48,39,51'],
  ['events date range (1 month)', '/api/events?from=2023-03-01&to=2023-03-31'],
  ['events type + country', '/api/events?type=Battles&country=UA'],
  ['events actor', '/api/events?actor=Military%20Forces%20of%20Russia'],
  ['events hedge + source', '/api/events?hedge=claimed&source=Ministry%20of%20Defence%20of%20Russia'],
  ['events text search', '/api/events?q=Kupiansk'],
  ['event detail', `/api/events/${encodeURIComponent(first?.id ?? 'none')}`],
  ['article detail', `/api/articles/${firstArticle?.id ?? 'none'}`],
  ['stats', '/api/stats'],
];

process.stdout.write(`\n${'query'.padEnd(34)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'non-2xx'.padStart(8)}\n`);
for (const [name, path] of queries) {
  const r = await autocannon({ url: base + path, connections: 10, duration: seconds });
  process.stdout.write(
    `${name.padEnd(34)} ${r.requests.average.toFixed(0).padStart(8)} ${String(r.latency.p50).padStart(8)} ${String(r.latency.p99).padStart(8)} ${String(r.non2xx).padStart(8)}\n`,
  );
}
await new Promise<void>((r) => server.close(() => r()));
await store.close();
