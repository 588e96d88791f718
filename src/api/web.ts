/** Serves the map/timeline page (web/) and its vendored assets from node_modules (no CDN, no tile server; markercluster for clustering). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Hono } from 'hono';

const require = createRequire(import.meta.url);
const WEB_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'web');

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json',
  png: 'image/png',
};

/** url path → file on disk; a fixed table, so no request path ever reaches the file system. */
function assets(): Record<string, string> {
  const leaflet = dirname(require.resolve('leaflet/dist/leaflet.js'));
  const cluster = dirname(require.resolve('leaflet.markercluster/dist/leaflet.markercluster.js'));
  return {
    '/': join(WEB_DIR, 'index.html'),
    '/app.js': join(WEB_DIR, 'app.js'),
    '/boot.js': join(WEB_DIR, 'boot.js'),
    '/style.css': join(WEB_DIR, 'style.css'),
    '/vendor/leaflet.js': join(leaflet, 'leaflet.js'),
    '/vendor/leaflet.css': join(leaflet, 'leaflet.css'),
    '/vendor/images/marker-icon.png': join(leaflet, 'images', 'marker-icon.png'),
    '/vendor/images/marker-icon-2x.png': join(leaflet, 'images', 'marker-icon-2x.png'),
    '/vendor/images/marker-shadow.png': join(leaflet, 'images', 'marker-shadow.png'),
    '/vendor/leaflet.markercluster.js': join(cluster, 'leaflet.markercluster.js'),
    '/vendor/MarkerCluster.css': join(cluster, 'MarkerCluster.css'),
    '/vendor/MarkerCluster.Default.css': join(cluster, 'MarkerCluster.Default.css'),
    '/vendor/topojson-client.min.js': require.resolve('topojson-client/dist/topojson-client.min.js'),
    '/vendor/countries-50m.json': require.resolve('world-atlas/countries-50m.json'),
  };
}

const CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'";

export function mountWeb(app: Hono): void {
  const table = assets();
  const cache = new Map<string, Buffer>();
  for (const [path, file] of Object.entries(table)) {
    app.get(path, (c) => {
      let body = cache.get(file);
      if (!body) {
        body = readFileSync(file);
        cache.set(file, body);
      }
      const ext = file.slice(file.lastIndexOf('.') + 1);
      return c.body(new Uint8Array(body), 200, {
        'content-type': TYPES[ext] ?? 'application/octet-stream',
        'content-security-policy': CSP,
        'x-content-type-options': 'nosniff',
        'cache-control': path.startsWith('/vendor/') ? 'public, max-age=86400' : 'no-cache',
      });
    });
  }
}
