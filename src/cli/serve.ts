/** `sitrep serve [--db FILE | --pg URL] [--port N] [--host H]`: the HTTP API and the map/timeline page. */
import type { Command } from 'commander';
import { serve } from '@hono/node-server';
import { createApp } from '../api/app.js';
import { addStoreOptions, openFromFlags, type StoreFlags } from './store-flags.js';

interface ServeFlags extends StoreFlags {
  port: string;
  host: string;
}

export function registerServe(program: Command): void {
  addStoreOptions(program.command('serve').description('serve the HTTP API (/api/…) and the map/timeline page (/)'))
    .option('--port <n>', 'port', '8080')
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .action(async (flags: ServeFlags) => {
      const port = Number(flags.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0..65535, got ${flags.port}`);
      const store = await openFromFlags(flags);
      const app = createApp({ store });
      const server = serve({ fetch: app.fetch, port, hostname: flags.host }, (info) => {
        process.stderr.write(`sitrep: serving ${store.kind} store on http://${flags.host}:${info.port}/ (API: /api/openapi.json)\n`);
      });
      const stop = () => {
        server.close();
        void store.close().then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
