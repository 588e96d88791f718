/**
 * Rendered API docs at /api/docs: Swagger UI (swagger-ui-dist, served from node_modules — no CDN)
 * reading /api/openapi.json. The page's only script besides the bundle is a static file of ours (CSP: script-src 'self').
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Hono } from 'hono';

const require = createRequire(import.meta.url);

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>sitrep API</title>
<link rel="stylesheet" href="/api/docs/swagger-ui.css">
</head>
<body>
<noscript>The API is described by <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).</noscript>
<div id="swagger"></div>
<script src="/api/docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script>
</body>
</html>
`;

const INIT = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger', deepLinking: true, tryItOutEnabled: true });\n`;

const CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'";

export function mountDocs(app: Hono): void {
  let dist: string | undefined;
  const cache = new Map<string, Uint8Array<ArrayBuffer>>();
  const asset = (name: string): Uint8Array<ArrayBuffer> => {
    let b = cache.get(name);
    if (!b) {
      dist ??= dirname(require.resolve('swagger-ui-dist/package.json'));
      b = new Uint8Array(readFileSync(join(dist, name)));
      cache.set(name, b);
    }
    return b;
  };
  const headers = (type: string) => ({ 'content-type': type, 'content-security-policy': CSP, 'x-content-type-options': 'nosniff' });
  app.get('/api/docs', (c) => c.body(PAGE, 200, headers('text/html; charset=utf-8')));
  app.get('/api/docs/init.js', (c) => c.body(INIT, 200, headers('text/javascript; charset=utf-8')));
  app.get('/api/docs/swagger-ui.css', (c) => c.body(asset('swagger-ui.css') as Uint8Array<ArrayBuffer>, 200, { ...headers('text/css; charset=utf-8'), 'cache-control': 'public, max-age=86400' }));
  app.get('/api/docs/swagger-ui-bundle.js', (c) => c.body(asset('swagger-ui-bundle.js') as Uint8Array<ArrayBuffer>, 200, { ...headers('text/javascript; charset=utf-8'), 'cache-control': 'public, max-age=86400' }));
}
