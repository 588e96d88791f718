// sitrep map/timeline page: an analyst's desk over the HTTP API.
// Article text is untrusted: it is only ever inserted with textContent (never innerHTML).
// Events are loaded for the visible bbox and the filters, a page at a time; the map clusters them
// (leaflet.markercluster); the time axis bins every matching day and brushing it sets from/to;
// every filter and the map view live in the URL.
'use strict';
(function () {
  const TAXONOMY = {
    'Battles': ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
    'Explosions/Remote violence': ['Chemical weapon', 'Air/drone strike', 'Suicide bomb', 'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Grenade'],
    'Violence against civilians': ['Sexual violence', 'Attack', 'Abduction/forced disappearance'],
    'Protests': ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
    'Riots': ['Violent demonstration', 'Mob violence'],
    'Strategic developments': ['Agreement', 'Arrests', 'Change to group/activity', 'Disrupted weapons use', 'Headquarters or base established', 'Looting/property destruction', 'Non-violent transfer of territory', 'Other'],
  };
  const COLORS = {
    'Battles': '#c0392b',
    'Explosions/Remote violence': '#e67e22',
    'Violence against civilians': '#8e44ad',
    'Protests': '#2980b9',
    'Riots': '#16a085',
    'Strategic developments': '#7f8c8d',
  };
  const FILTERS = ['from', 'to', 'type', 'subType', 'actor', 'country', 'admin1', 'hedge', 'q'];
  const PAGE = 100;
  const DAY = 86400000;

  const $ = (s) => document.querySelector(s);
  const el = (tag, props, ...children) => {
    const n = document.createElement(tag);
    if (props) for (const [k, v] of Object.entries(props)) {
      if (k === 'class') n.className = v; else if (k === 'text') n.textContent = v; else n.setAttribute(k, v);
    }
    for (const c of children) if (c != null) n.append(c instanceof Node ? c : document.createTextNode(String(c)));
    return n;
  };
  const svgEl = (tag, attrs) => {
    const n = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (const [k, v] of Object.entries(attrs || {})) n.setAttribute(k, String(v));
    return n;
  };
  const fmt = (n) => n.toLocaleString('en');

  // ── form and URL ────────────────────────────────────────────────────────────
  const form = $('#filters');
  for (const t of Object.keys(TAXONOMY)) form.type.append(el('option', { text: t }));
  function fillSubTypes() {
    const keep = form.subType.value;
    form.subType.replaceChildren(el('option', { value: '', text: 'all sub-types' }));
    const types = form.type.value ? [form.type.value] : Object.keys(TAXONOMY);
    for (const t of types) for (const s of TAXONOMY[t]) form.subType.append(el('option', { text: s }));
    if ([...form.subType.options].some((o) => o.value === keep)) form.subType.value = keep;
  }
  fillSubTypes();
  form.type.addEventListener('change', fillSubTypes);

  function readForm() {
    const f = {};
    for (const k of FILTERS) {
      const v = (form[k].value || '').trim();
      if (v) f[k] = v;
    }
    return f;
  }
  function writeForm(f) {
    for (const k of FILTERS) {
      if (k === 'subType') continue;
      form[k].value = f[k] || '';
    }
    fillSubTypes();
    form.subType.value = f.subType || '';
  }
  const url = new URL(location.href);
  const initial = {};
  for (const k of FILTERS) { const v = url.searchParams.get(k); if (v) initial[k] = v.slice(0, 500); }
  writeForm(initial);
  let filters = readForm();

  function qs(extra) {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(filters)) p.set(k, v);
    for (const [k, v] of Object.entries(extra || {})) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
    return p.toString();
  }
  function syncUrl() {
    const p = new URLSearchParams(qs());
    const c = map.getCenter();
    p.set('view', `${c.lat.toFixed(3)},${c.lng.toFixed(3)},${map.getZoom()}`);
    if (selected) p.set('event', selected);
    history.replaceState(null, '', '?' + p.toString());
  }

  // ── map ─────────────────────────────────────────────────────────────────────
  const view = (url.searchParams.get('view') || '').split(',').map(Number);
  const map = L.map('map', { worldCopyJump: true, preferCanvas: true, minZoom: 2, maxZoom: 14, zoomSnap: 1 });
  if (view.length === 3 && view.every(Number.isFinite)) map.setView([view[0], view[1]], view[2]);
  else map.setView([30, 20], 2);
  map.createPane('outline').style.zIndex = 250;
  map.createPane('labels').style.zIndex = 450;
  map.getPane('labels').style.pointerEvents = 'none';
  map.createPane('selected').style.zIndex = 650;
  const canvas = L.canvas({ padding: 0.3 });
  const clusters = L.markerClusterGroup({ chunkedLoading: true, showCoverageOnHover: false, maxClusterRadius: 45, spiderfyOnMaxZoom: true });
  clusters.addTo(map);
  const markerById = new Map();
  let selLayer = null;

  // legend
  const legend = L.control({ position: 'bottomleft' });
  legend.onAdd = () => {
    const box = el('div', { class: 'legend', id: 'legend' }, el('strong', { text: 'Event type' }));
    for (const [t, c] of Object.entries(COLORS)) box.append(el('div', null, el('span', { class: 'type', style: 'background:' + c }), t));
    box.append(el('div', { class: 'meta', text: 'numbers: clustered events' }));
    return box;
  };
  legend.addTo(map);

  // "go to place": the places the stored articles mention (/api/places), by name prefix
  const finder = L.control({ position: 'topleft' });
  finder.onAdd = () => {
    const box = el('form', { class: 'finder', id: 'finder', autocomplete: 'off' });
    const input = el('input', { name: 'place', type: 'search', placeholder: 'go to place…', list: 'place-list', maxlength: '200', 'aria-label': 'go to a place' });
    const list = el('datalist', { id: 'place-list' });
    box.append(input, list);
    L.DomEvent.disableClickPropagation(box);
    L.DomEvent.disableScrollPropagation(box);
    let found = [];
    let timer = 0;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      const q = input.value.trim();
      if (q.length < 2) return;
      timer = setTimeout(() => {
        api('/api/places?' + new URLSearchParams({ q, limit: '20' }).toString()).then((b) => {
          found = (b.items || []).filter((p) => typeof p.lat === 'number' && typeof p.lon === 'number');
          list.replaceChildren(...found.map((p) => el('option', { value: p.name, label: `${p.name}, ${p.country} (${p.level}, ${p.events} events)` })));
        }).catch(() => {});
      }, 200);
    });
    box.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const name = input.value.trim().toLowerCase();
      const p = found.find((x) => x.name.toLowerCase() === name) || found[0];
      if (p) map.setView([p.lat, p.lon], p.level === 'country' ? 5 : p.level === 'admin1' ? 7 : 9);
    });
    input.addEventListener('change', () => box.requestSubmit());
    return box;
  };
  finder.addTo(map);

  // country outlines (antimeridian-safe) and labels from the outline data; city labels from the gazetteer
  const countryLabels = L.layerGroup();
  const cityLabels = L.layerGroup();
  function unwrapRing(ring) {
    // no segment may jump across the map: keep consecutive longitudes within 180° of each other
    const out = [ring[0].slice()];
    for (let i = 1; i < ring.length; i++) {
      let lon = ring[i][0];
      const prev = out[i - 1][0];
      while (lon - prev > 180) lon -= 360;
      while (prev - lon > 180) lon += 360;
      out.push([lon, ring[i][1]]);
    }
    return out;
  }
  function ringArea(r) {
    let a = 0;
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) a += (r[j][0] + r[i][0]) * (r[j][1] - r[i][1]);
    return Math.abs(a / 2);
  }
  /** topojson-client, loaded after the first events (it is needed only for the outlines) */
  function loadTopojson() {
    if (window.topojson) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const sc = document.createElement('script');
      sc.src = '/vendor/topojson-client.min.js';
      sc.onload = () => resolve();
      sc.onerror = () => reject(new Error('topojson-client unavailable'));
      document.head.append(sc);
    });
  }
  function loadOutlines() { return Promise.all([fetch('/vendor/countries-50m.json').then((r) => r.json()), loadTopojson()]).then(([topo]) => {
    const geo = topojson.feature(topo, topo.objects.countries);
    for (const f of geo.features) {
      const g = f.geometry;
      if (!g) continue;
      const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
      const fixed = polys.map((p) => p.map(unwrapRing));
      if (g.type === 'Polygon') g.coordinates = fixed[0]; else g.coordinates = fixed;
      const name = f.properties && f.properties.name;
      if (name && fixed.length) {
        const biggest = fixed.reduce((a, b) => (ringArea(b[0]) > ringArea(a[0]) ? b : a));
        if (ringArea(biggest[0]) > 0.8) {
          const c = L.latLngBounds(biggest[0].map(([x, y]) => [y, x])).getCenter();
          countryLabels.addLayer(L.marker(c, { pane: 'labels', interactive: false, keyboard: false, icon: L.divIcon({ className: 'country-label', html: '', iconSize: null }) })
            .on('add', function () { const e = this.getElement(); if (e && !e.firstChild) e.append(el('span', { text: name })); }));
        }
      }
    }
    L.geoJSON(geo, { pane: 'outline', renderer: L.canvas({ pane: 'outline' }), style: { color: '#7d8b99', weight: 0.6, fillColor: '#f4f1ea', fillOpacity: 1 }, interactive: false }).addTo(map);
    updateLabels();
  }).catch(() => setStatus('country outlines unavailable', true)); }

  let cities = null;
  function updateLabels() {
    const z = map.getZoom();
    if (z >= 3 && z <= 6) countryLabels.addTo(map); else countryLabels.remove();
    if (z < 5) { cityLabels.remove(); return; }
    if (!cities) {
      cities = [];
      fetch('/api/labels').then((r) => r.json()).then((b) => { cities = b.cities || []; updateLabels(); }).catch(() => {});
      return;
    }
    const b = map.getBounds().pad(0.1);
    const minPop = z >= 8 ? 0 : z >= 7 ? 300000 : z >= 6 ? 700000 : 1500000;
    cityLabels.clearLayers();
    let n = 0;
    for (const c of cities) {
      if (n >= 200) break;
      if ((c.pop < minPop && !c.capital) || !b.contains([c.lat, c.lon])) continue;
      n++;
      cityLabels.addLayer(L.marker([c.lat, c.lon], { pane: 'labels', interactive: false, keyboard: false, icon: L.divIcon({ className: 'city-label', html: '', iconSize: null }) })
        .on('add', function () { const e = this.getElement(); if (e && !e.firstChild) e.append(el('span', { text: c.name })); }));
    }
    cityLabels.addTo(map);
  }

  /** The visible box as the API takes it: longitudes folded into -180..180; a view across the antimeridian gives the side holding its centre. */
  function bbox() {
    const b = map.getBounds();
    let w = b.getWest(), e = b.getEast();
    const s = Math.max(-90, b.getSouth()), n = Math.min(90, b.getNorth());
    if (e - w >= 360) { w = -180; e = 180; } else {
      const shift = Math.floor((w + 180) / 360) * 360;
      w -= shift; e -= shift;
      // across the antimeridian: the side holding the centre (the API takes one box)
      if (e > 180) { const lng = map.getCenter().lng, c = lng - Math.floor((lng + 180) / 360) * 360; if (c >= w && c <= 180) e = 180; else { w = -180; e -= 360; } }
    }
    const r = (x) => Math.round(x * 1e4) / 1e4;
    return [r(Math.max(-180, w)), r(s), r(Math.min(180, e)), r(n)].join(',');
  }

  // ── status, list, markers ───────────────────────────────────────────────────
  function setStatus(text, error) {
    const s = $('#status');
    s.textContent = text;
    s.classList.toggle('error', !!error);
  }
  function hedgeBadge(h) { return el('span', { class: 'hedge ' + h, text: h }); }

  let generation = 0;
  let next = null;
  let shown = 0;
  let total = null;

  async function api(path) {
    // the first page may have been requested by boot.js before Leaflet loaded
    const boot = window.sitrepBoot && window.sitrepBoot.first;
    let r;
    if (boot && boot.path === path) { window.sitrepBoot.first = null; r = await boot.response; } else r = await fetch(path);
    const body = await r.json().catch(() => ({}));
    if (!r.ok) throw new Error(body && body.error ? body.error.message : 'request failed (' + r.status + ')');
    return body;
  }

  function addEvents(items) {
    const list = $('#events');
    const layers = [];
    for (const e of items) {
      const color = COLORS[e.type] || '#333';
      const li = el('li', { 'data-id': e.id, 'data-date': e.date.start, tabindex: '0' },
        el('span', { class: 'type', style: 'background:' + color }),
        el('strong', { text: e.subType }), ' ', e.location.name,
        el('div', { class: 'meta', text: `${e.date.start}${e.date.end !== e.date.start ? '…' + e.date.end : ''} · ${e.location.country} · ${e.sources.slice(0, 2).join(', ') || 'article'} · ${e.articleCount} art.` }));
      if (typeof e.location.lat === 'number') { li.dataset.lat = e.location.lat; li.dataset.lon = e.location.lon; }
      for (const h of e.hedges) li.querySelector('.meta').append(hedgeBadge(h));
      if (e.id === selected) li.classList.add('sel');
      li.addEventListener('click', () => select(e.id, { pan: true }));
      li.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') select(e.id, { pan: true }); });
      list.append(li);
      if (typeof e.location.lat === 'number' && typeof e.location.lon === 'number') {
        const m = L.circleMarker([e.location.lat, e.location.lon], { renderer: canvas, radius: 5 + Math.min(6, e.articleCount * 2), color, fillColor: color, fillOpacity: 0.75, weight: 1 });
        m.eventId = e.id;
        m.bindTooltip(`${e.subType} — ${e.location.name} (${e.date.start})`);
        m.on('click', () => select(e.id, { pan: false }));
        markerById.set(e.id, m);
        layers.push(m);
      }
    }
    clusters.addLayers(layers);
    shown += items.length;
  }

  function showCount() {
    const more = next ? ' — load more below' : '';
    setStatus(total === null ? `showing ${fmt(shown)} event(s) in view${more}` : `showing ${fmt(shown)} of ${fmt(total)} event(s) in view${more}`);
    $('#more').hidden = !next;
  }

  /** Reload the list, the markers and the time axis for the visible box and the filters. */
  async function loadView() {
    const gen = ++generation;
    syncUrl();
    updateDownloads();
    setStatus('loading…');
    const box = bbox();
    const eventsP = api('/api/events?' + qs({ bbox: box, limit: PAGE }));
    const countP = api('/api/events/count?' + qs({ bbox: box }));
    const axisFilters = Object.assign({}, filters);
    delete axisFilters.from; delete axisFilters.to;
    // the axis counts the view's box when zoomed in; zoomed out (most of the world in view) it counts every place
    if (map.getZoom() >= 4) axisFilters.bbox = box;
    const daysP = api('/api/events/days?' + new URLSearchParams(axisFilters).toString());
    let page;
    try { page = await eventsP; } catch (e) { if (gen === generation) { setStatus(e.message, true); clearList(); } return; }
    if (gen !== generation) return;
    clearList();
    next = page.next;
    total = null;
    addEvents(page.items);
    showCount();
    document.body.dataset.loaded = String(gen);
    countP.then((c) => { if (gen === generation) { total = c.count; showCount(); } }).catch(() => {});
    daysP.then((d) => { if (gen === generation) drawAxis(d.days); }).catch(() => {});
  }

  function clearList() {
    $('#events').replaceChildren();
    clusters.clearLayers();
    markerById.clear();
    shown = 0;
    next = null;
  }

  $('#more').addEventListener('click', async () => {
    if (!next) return;
    const gen = generation;
    const page = await api('/api/events?' + qs({ bbox: bbox(), limit: PAGE, cursor: next })).catch((e) => { setStatus(e.message, true); return null; });
    if (!page || gen !== generation) return;
    next = page.next;
    addEvents(page.items);
    showCount();
  });

  function updateDownloads() {
    const q = qs({ bbox: bbox() });
    $('#dl-csv').href = '/api/export.csv?' + q;
    $('#dl-geojson').href = '/api/export.geojson?' + q;
  }

  // ── time axis with brushing ─────────────────────────────────────────────────
  const svg = $('#timeline');
  let axis = null; // { t0, t1, width, x(t), t(x) }
  const toTime = (d) => Date.parse(d + 'T00:00:00Z');
  const toDay = (t) => new Date(t).toISOString().slice(0, 10);

  function drawAxis(days) {
    svg.replaceChildren();
    const width = svg.clientWidth || 600;
    const H = 64, top = 4, base = 46, pad = 8;
    if (!days.length) { axis = null; const t = svgEl('text', { x: pad, y: 30 }); t.textContent = 'no dated events in view'; svg.append(t); return; }
    let t0 = toTime(days[0].day), t1 = toTime(days[days.length - 1].day) + DAY;
    if (t1 - t0 < 14 * DAY) { const mid = (t0 + t1) / 2; t0 = mid - 7 * DAY; t1 = mid + 7 * DAY; }
    const x = (t) => pad + ((t - t0) / (t1 - t0)) * (width - 2 * pad);
    const tOf = (px) => t0 + ((Math.min(width - pad, Math.max(pad, px)) - pad) / (width - 2 * pad)) * (t1 - t0);
    axis = { t0, t1, width, x, t: tOf };
    // bins of whole days, at least 2 px wide
    const spanDays = Math.round((t1 - t0) / DAY);
    const binDays = Math.max(1, Math.ceil(spanDays / ((width - 2 * pad) / 3)));
    const bins = new Map();
    for (const d of days) {
      const b = Math.floor((toTime(d.day) - t0) / DAY / binDays);
      bins.set(b, (bins.get(b) || 0) + d.events);
    }
    const max = Math.max(...bins.values());
    const g = svgEl('g');
    for (const [b, n] of bins) {
      const xs = x(t0 + b * binDays * DAY), xe = x(t0 + (b + 1) * binDays * DAY);
      const h = Math.max(1, Math.round((n / max) * (base - top)));
      const r = svgEl('rect', { class: 'bar', x: xs.toFixed(1), y: base - h, width: Math.max(1, xe - xs - 0.5).toFixed(1), height: h });
      const tt = svgEl('title');
      tt.textContent = `${toDay(t0 + b * binDays * DAY)}${binDays > 1 ? ' + ' + (binDays - 1) + ' days' : ''}: ${n} event(s)`;
      r.append(tt);
      g.append(r);
    }
    svg.append(g);
    // ticks: years, months or days depending on the span
    const ticks = svgEl('g', { class: 'tick' });
    const start = new Date(t0);
    let step;
    if (spanDays > 3 * 365) step = { months: 12 }; else if (spanDays > 400) step = { months: 3 }; else if (spanDays > 60) step = { months: 1 }; else step = { days: spanDays > 20 ? 7 : 1 };
    let d = step.months ? new Date(Date.UTC(start.getUTCFullYear(), step.months === 12 ? 0 : start.getUTCMonth(), 1)) : new Date(t0);
    let lastLabel = -Infinity;
    for (let i = 0; i < 400 && d.getTime() <= t1; i++) {
      const t = d.getTime();
      if (t >= t0) {
        const px = x(t);
        ticks.append(svgEl('line', { x1: px, x2: px, y1: base, y2: base + 4 }));
        if (px - lastLabel > 48 && px < width - 30) {
          const label = svgEl('text', { x: px + 2, y: base + 14 });
          label.textContent = step.months === 12 ? String(d.getUTCFullYear()) : step.months ? d.toISOString().slice(0, 7) : d.toISOString().slice(5, 10);
          ticks.append(label);
          lastLabel = px;
        }
      }
      if (step.months) d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + step.months, 1)); else d = new Date(t + step.days * DAY);
    }
    ticks.append(svgEl('line', { x1: pad, x2: width - pad, y1: base, y2: base }));
    svg.append(ticks);
    drawBrush();
  }

  let brushRect = null;
  function drawBrush(x0, x1) {
    if (brushRect) { brushRect.remove(); brushRect = null; }
    if (!axis) return;
    if (x0 === undefined) {
      if (!filters.from && !filters.to) return;
      x0 = axis.x(filters.from ? toTime(filters.from) : axis.t0);
      x1 = axis.x(filters.to ? toTime(filters.to) + DAY : axis.t1);
    }
    const a = Math.min(x0, x1), b = Math.max(x0, x1);
    brushRect = svgEl('rect', { class: 'brush', x: a, y: 2, width: Math.max(1, b - a), height: 44 });
    svg.append(brushRect);
  }

  let drag = null;
  const px = (ev) => ev.clientX - svg.getBoundingClientRect().left;
  svg.addEventListener('pointerdown', (ev) => {
    if (!axis) return;
    drag = { x0: px(ev) };
    svg.setPointerCapture(ev.pointerId);
    ev.preventDefault();
  });
  svg.addEventListener('pointermove', (ev) => { if (drag) drawBrush(drag.x0, px(ev)); });
  svg.addEventListener('pointerup', (ev) => {
    if (!drag || !axis) return;
    const x0 = drag.x0, x1 = px(ev);
    drag = null;
    if (Math.abs(x1 - x0) < 4) {
      // a click clears the date filter
      form.from.value = ''; form.to.value = '';
    } else {
      const a = axis.t(Math.min(x0, x1)), b = axis.t(Math.max(x0, x1));
      form.from.value = toDay(a);
      form.to.value = toDay(Math.max(a, b - 1));
    }
    apply();
  });

  // ── detail panel ────────────────────────────────────────────────────────────
  let selected = url.searchParams.get('event') || null;

  function figure(f) {
    if (!f) return null;
    if (f.low === f.high) return String(f.low);
    return (f.low ?? '?') + '–' + (f.high ?? '…');
  }
  function conflictValue(v) {
    if (v && typeof v === 'object') {
      if ('min' in v || 'max' in v) return v.max === null ? `at least ${v.min}` : v.min === v.max ? String(v.min) : `${v.min}–${v.max}`;
      if ('name' in v) return String(v.name);
      if ('start' in v) return v.start === v.end ? v.start : `${v.start} … ${v.end}`;
    }
    return String(v);
  }
  /** Text of an HTML fragment (markup dropped, entities decoded) in an inert document: nothing runs or loads. */
  function plainText(html) {
    const doc = new DOMParser().parseFromString('<!doctype html><body>' + html, 'text/html');
    return (doc.body.textContent || '').replace(/\s+/g, ' ').trim();
  }
  function evidence(m) {
    const s = m.sentence, t = m.event.trigger;
    const q = el('blockquote');
    if (m.article.format === 'html') {
      // the span indexes the raw page: show its text, never its markup
      const text = plainText(s.text);
      const i = t ? text.indexOf(t.text) : -1;
      if (i >= 0) q.append(text.slice(0, i), el('mark', { text: t.text }), text.slice(i + t.text.length));
      else q.textContent = text;
    } else if (t && t.start >= s.start && t.end <= s.end) {
      q.append(s.text.slice(0, t.start - s.start), el('mark', { text: t.text }), s.text.slice(t.end - s.start));
    } else q.textContent = s.text;
    return q;
  }

  function highlight(id) {
    if (selLayer) { selLayer.remove(); selLayer = null; }
    document.querySelectorAll('#events li.sel').forEach((n) => n.classList.remove('sel'));
    const li = document.querySelector(`#events li[data-id="${CSS.escape(id)}"]`);
    if (li) { li.classList.add('sel'); li.scrollIntoView({ block: 'nearest' }); }
  }

  async function select(id, { pan } = { pan: true }) {
    selected = id;
    highlight(id);
    syncUrl();
    const panel = $('#detail'), body = $('#detail-body');
    panel.hidden = false;
    body.replaceChildren(el('p', { text: 'loading…' }));
    let ev;
    try { ev = await api('/api/events/' + encodeURIComponent(id)); } catch (e) { body.replaceChildren(el('p', { text: 'could not load event: ' + e.message })); return; }
    if (selected !== id) return;
    const loc = ev.location;
    if (typeof loc.lat === 'number' && typeof loc.lon === 'number') {
      const ll = L.latLng(loc.lat, loc.lon);
      selLayer = L.marker(ll, { pane: 'selected', interactive: false, keyboard: false, icon: L.divIcon({ className: 'sel-ring', iconSize: [26, 26] }) }).addTo(map);
      const ring = selLayer.getElement();
      if (ring) ring.dataset.id = id;
      if (pan) {
        // keep the marker clear of the detail panel: pan so it sits in the left part of the map
        const size = map.getSize();
        const p = map.latLngToContainerPoint(ll);
        const panelW = Math.min(430, size.x - 16);
        const freeW = Math.max(80, size.x - panelW - 16);
        if (p.x < 20 || p.x > freeW - 20 || p.y < 20 || p.y > size.y - 20) {
          const offsetX = freeW / 2 - size.x / 2; // where the marker should be, relative to the centre
          const centre = map.containerPointToLatLng([p.x - offsetX, size.y / 2 + (p.y - size.y / 2) * (p.y < 20 || p.y > size.y - 20 ? 1 : 0)]);
          suppressMove = true;
          map.panTo(centre, { animate: false });
        }
      }
    }
    const parts = [
      el('h2', { text: ev.subType }),
      el('p', { class: 'meta', text: `${ev.type} · ${ev.date.start}${ev.date.end !== ev.date.start ? ' … ' + ev.date.end : ''} · ${loc.name}${loc.admin1 && loc.admin1 !== loc.name ? ', ' + loc.admin1 : ''}, ${loc.country} · ${ev.articleCount} article(s), ${ev.langs.join('/')}` }),
    ];
    if (ev.actors.length) parts.push(el('p', null, 'Actors: ', ev.actors.join('; ')));
    if (ev.fatalities) parts.push(el('p', null, 'Fatalities: ', figure(ev.fatalities)));
    if (ev.injuries) parts.push(el('p', null, 'Injuries: ', figure(ev.injuries)));
    for (const c of ev.conflicts) {
      parts.push(el('p', { class: 'conflict' }, `Sources disagree on ${c.field}: `,
        c.values.map((v) => `${conflictValue(v.value)} (${v.claims.map((x) => (x.source || 'article') + ', ' + x.hedge).join('; ')})`).join(' vs ')));
    }
    for (const m of ev.members) {
      parts.push(el('h3', { text: m.article.title || m.article.source }));
      if (m.article.url && /^https?:\/\//i.test(m.article.url)) parts.push(el('p', { class: 'meta' }, el('a', { href: m.article.url, rel: 'noopener noreferrer nofollow', target: '_blank', text: m.article.url.slice(0, 120) })));
      const claims = el('p', null, 'Claims: ');
      for (const c of m.claims) claims.append(el('span', null, c.name || 'the article', ' '), hedgeBadge(c.hedge), ' ');
      parts.push(claims);
      if (m.sentence) parts.push(evidence(m));
    }
    body.replaceChildren(...parts);
    panel.scrollTop = 0;
  }

  $('#close').addEventListener('click', () => {
    $('#detail').hidden = true;
    selected = null;
    if (selLayer) { selLayer.remove(); selLayer = null; }
    document.querySelectorAll('#events li.sel').forEach((n) => n.classList.remove('sel'));
    syncUrl();
  });

  // ── wiring ──────────────────────────────────────────────────────────────────
  let suppressMove = false;
  let moveTimer = 0;
  map.on('moveend', () => {
    updateLabels();
    if (suppressMove) { suppressMove = false; syncUrl(); return; }
    clearTimeout(moveTimer);
    moveTimer = setTimeout(loadView, 200);
  });

  function apply() {
    filters = readForm();
    loadView();
  }
  form.addEventListener('submit', (ev) => { ev.preventDefault(); apply(); });
  $('#clear').addEventListener('click', () => { writeForm({}); apply(); });
  window.addEventListener('resize', () => { clearTimeout(moveTimer); moveTimer = setTimeout(loadView, 300); });

  // name lookups for the actor and admin1 inputs (loaded when first wanted)
  let actorsLoaded = false, admin1Loaded = false;
  form.actor.addEventListener('focus', () => {
    if (actorsLoaded) return;
    actorsLoaded = true;
    fetch('/api/actors?limit=300').then((r) => r.json()).then((b) => {
      const dl = $('#actor-list');
      for (const a of b.items || []) dl.append(el('option', { value: a.name, label: `${a.name} (${a.events})${a.aliases.length ? ' · ' + a.aliases.slice(0, 3).join(', ') : ''}` }));
    }).catch(() => {});
  });
  form.admin1.addEventListener('focus', () => {
    if (admin1Loaded) return;
    admin1Loaded = true;
    fetch('/api/admin1?limit=500').then((r) => r.json()).then((b) => {
      const dl = $('#admin1-list');
      for (const a of b.items || []) dl.append(el('option', { value: a.admin1, label: `${a.admin1}, ${a.country} (${a.events})` }));
    }).catch(() => {});
  });

  // for tests and the console
  window.sitrep = { map, loadView, select };
  // events first; the outlines (a large file) after them
  loadView().then(() => { if (selected) select(selected, { pan: false }); }).finally(() => setTimeout(loadOutlines, 0));
})();
