/** `sitrep serve [--db FILE | --pg URL] [--port N] [--host H]`: the HTTP API and the map/timeline page. */
import type { Command } from 'commander';
import { addStoreOptions, openFromFlags, type StoreFlags } from './store-flags.js';
import { checkInt, UsageError } from './errors.js';

interface ServeFlags extends StoreFlags {
  port: string;
  host: string;
}

export function registerServe(program: Command): void {
  addStoreOptions(program.command('serve').description('serve the HTTP API (/api/…, docs at /api/docs) and the map/timeline page (/)'))
    .option('--port <n>', 'port', '8080')
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .action(async (flags: ServeFlags) => {
      const port = checkInt('--port', flags.port, 0, 65535);
      const store = await openFromFlags(flags);
      const [{ serve }, { createApp }] = await Promise.all([import('@hono/node-server'), import('../api/app.js')]);
      const app = createApp({ store });
      await new Promise<void>((resolve, reject) => {
        const server = serve({ fetch: app.fetch, port, hostname: flags.host }, (info) => {
          process.stderr.write(`sitrep: serving ${store.kind} store on http://${flags.host}:${info.port}/ (API docs: /api/docs)\n`);
          resolve();
        });
        server.once('error', (err: NodeJS.ErrnoException) => {
          void store.close();
          if (err.code === 'EADDRINUSE') reject(new UsageError(`port ${port} on ${flags.host} is in use (choose another with --port)`));
          else if (err.code === 'EACCES') reject(new UsageError(`no permission to listen on ${flags.host}:${port}`));
          else if (err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND') reject(new UsageError(`cannot listen on --host ${flags.host}: ${err.code}`));
          else reject(err);
        });
        const stop = () => {
          server.close();
          void store.close().then(() => process.exit(0));
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
