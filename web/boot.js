// Runs before Leaflet loads: starts the first page of events for the initial view at once, so the list
// does not wait for the map library. The box is computed with Leaflet's own Web Mercator arithmetic;
// app.js uses this request only when it asks for exactly the same URL.
'use strict';
(function () {
  const FILTERS = ['from', 'to', 'type', 'subType', 'actor', 'country', 'admin1', 'hedge', 'q'];
  const url = new URL(location.href);
  const filters = {};
  for (const k of FILTERS) { const v = (url.searchParams.get(k) || '').slice(0, 500).trim(); if (v) filters[k] = v; }
  const view = (url.searchParams.get('view') || '').split(',').map(Number);
  const [lat, lon, zoom] = view.length === 3 && view.every(Number.isFinite) ? view : [30, 20, 2];
  const el = document.getElementById('map');
  const w = el ? el.clientWidth : 0, h = el ? el.clientHeight : 0;
  const r4 = (x) => Math.round(x * 1e4) / 1e4;
  /** [west, south, east, north] of a w×h view around (lat, lon) at zoom z, longitudes folded as app.js folds them. */
  function bboxFor(lat, lon, z, w, h) {
    const W = 256 * Math.pow(2, z), R = 6378137, MAX = 85.0511287798;
    const project = (la, lo) => {
      const d = Math.PI / 180, s = Math.sin(Math.max(Math.min(MAX, la), -MAX) * d);
      const x = R * lo * d, y = R * Math.log((1 + s) / (1 - s)) / 2;
      const scale = W / (2 * Math.PI * R);
      return [scale * x + W / 2, -scale * y + W / 2];
    };
    const unproject = (x, y) => {
      const scale = W / (2 * Math.PI * R), d = 180 / Math.PI;
      const mx = (x - W / 2) / scale, my = -(y - W / 2) / scale;
      return [(2 * Math.atan(Math.exp(my / R)) - Math.PI / 2) * d, mx * d / R];
    };
    const [cx, cy] = project(lat, lon);
    // Leaflet rounds the pixel origin of the view
    const ox = Math.round(cx - w / 2), oy = Math.round(cy - h / 2);
    const [n, west] = unproject(ox, oy), [s, east] = unproject(ox + w, oy + h);
    let a = west, b = east;
    const south = Math.max(-90, s), north = Math.min(90, n);
    if (b - a >= 360) { a = -180; b = 180; } else {
      const shift = Math.floor((a + 180) / 360) * 360;
      a -= shift; b -= shift;
      // across the antimeridian: the side holding the centre (the API takes one box)
      if (b > 180) { const c = lon - Math.floor((lon + 180) / 360) * 360; if (c >= a && c <= 180) b = 180; else { a = -180; b -= 360; } }
    }
    return [r4(Math.max(-180, a)), r4(south), r4(Math.min(180, b)), r4(north)].join(',');
  }
  window.sitrepBoot = { first: null };
  if (!w || !h) return;
  const p = new URLSearchParams(filters);
  p.set('bbox', bboxFor(lat, lon, zoom, w, h));
  p.set('limit', '100');
  const path = '/api/events?' + p.toString();
  window.sitrepBoot.first = { path, response: fetch(path) };
})();
