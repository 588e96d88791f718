// sitrep map/timeline page. Article text is untrusted: it is only ever inserted with textContent.
'use strict';
(function () {
  const COLORS = {
    'Battles': '#c0392b',
    'Explosions/Remote violence': '#e67e22',
    'Violence against civilians': '#8e44ad',
    'Protests': '#2980b9',
    'Riots': '#16a085',
    'Strategic developments': '#7f8c8d',
  };
  const $ = (s) => document.querySelector(s);
  const el = (tag, props, ...children) => {
    const n = document.createElement(tag);
    if (props) for (const [k, v] of Object.entries(props)) {
      if (k === 'class') n.className = v; else if (k === 'text') n.textContent = v; else n.setAttribute(k, v);
    }
    for (const c of children) if (c != null) n.append(c instanceof Node ? c : document.createTextNode(String(c)));
    return n;
  };

  const map = L.map('map', { worldCopyJump: true, preferCanvas: true }).setView([48, 20], 3);
  const markers = L.layerGroup().addTo(map);
  fetch('/vendor/countries-50m.json').then((r) => r.json()).then((topo) => {
    const geo = topojson.feature(topo, topo.objects.countries);
    L.geoJSON(geo, { style: { color: '#7d8b99', weight: 0.6, fillColor: '#f4f1ea', fillOpacity: 1 }, interactive: false }).addTo(map).bringToBack();
  }).catch(() => { $('#status').textContent = 'country outlines unavailable'; });

  function hedgeBadge(h) { return el('span', { class: 'hedge ' + h, text: h }); }

  function drawTimeline(items) {
    const svg = $('#timeline');
    while (svg.firstChild) svg.firstChild.remove();
    const counts = new Map();
    for (const e of items) counts.set(e.date.start, (counts.get(e.date.start) || 0) + 1);
    const days = [...counts.keys()].sort();
    if (!days.length) return;
    const w = svg.clientWidth || 400, h = 80, bw = Math.max(2, Math.floor((w - 10) / days.length) - 1);
    const max = Math.max(...counts.values());
    days.forEach((d, i) => {
      const bh = Math.max(2, Math.round((counts.get(d) / max) * (h - 20)));
      const r = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
      r.setAttribute('x', String(5 + i * (bw + 1))); r.setAttribute('y', String(h - 14 - bh));
      r.setAttribute('width', String(bw)); r.setAttribute('height', String(bh));
      const t = document.createElementNS('http://www.w3.org/2000/svg', 'title'); t.textContent = d + ': ' + counts.get(d);
      r.append(t); svg.append(r);
    });
    for (const [i, d] of [[0, days[0]], [days.length - 1, days[days.length - 1]]]) {
      const t = document.createElementNS('http://www.w3.org/2000/svg', 'text');
      t.setAttribute('x', String(i === 0 ? 5 : Math.max(5, w - 70))); t.setAttribute('y', String(h - 2)); t.textContent = d; svg.append(t);
    }
  }

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

  async function showDetail(id, li) {
    document.querySelectorAll('#events li.sel').forEach((n) => n.classList.remove('sel'));
    if (li) li.classList.add('sel');
    const box = $('#detail');
    box.hidden = false;
    box.replaceChildren(el('p', { text: 'loading…' }));
    const r = await fetch('/api/events/' + encodeURIComponent(id));
    if (!r.ok) { box.replaceChildren(el('p', { text: 'could not load event' })); return; }
    const ev = await r.json();
    const parts = [
      el('h2', { text: ev.subType }),
      el('p', { class: 'meta', text: `${ev.type} · ${ev.date.start}${ev.date.end !== ev.date.start ? ' … ' + ev.date.end : ''} · ${ev.location.name}, ${ev.location.country} · ${ev.articleCount} article(s), ${ev.langs.join('/')}` }),
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
      const claims = el('p', null, 'Claims: ');
      for (const c of m.claims) claims.append(el('span', null, c.name || 'the article', ' '), hedgeBadge(c.hedge), ' ');
      parts.push(claims);
      if (m.sentence) {
        const s = m.sentence, t = m.event.trigger;
        const q = el('blockquote');
        if (t && t.start >= s.start && t.end <= s.end) {
          q.append(s.text.slice(0, t.start - s.start), el('mark', { text: t.text }), s.text.slice(t.end - s.start));
        } else q.textContent = s.text;
        parts.push(q);
      }
    }
    box.replaceChildren(...parts);
  }

  async function load(params) {
    $('#status').textContent = 'loading…';
    const qs = new URLSearchParams();
    for (const [k, v] of params) if (v) qs.set(k, String(v));
    qs.set('limit', '500');
    const r = await fetch('/api/events?' + qs.toString());
    const body = await r.json();
    if (!r.ok) { $('#status').textContent = body.error ? body.error.message : 'error'; return; }
    markers.clearLayers();
    const list = $('#events');
    list.replaceChildren();
    const pts = [];
    for (const e of body.items) {
      const color = COLORS[e.type] || '#333';
      const li = el('li', { 'data-id': e.id },
        el('span', { class: 'type', style: 'background:' + color }),
        el('strong', { text: e.subType }), ' ', e.location.name,
        el('div', { class: 'meta', text: `${e.date.start} · ${e.sources.join(', ') || 'article'} · ${e.articleCount} art.` }));
      for (const h of e.hedges) li.querySelector('.meta').append(hedgeBadge(h));
      li.addEventListener('click', () => showDetail(e.id, li));
      list.append(li);
      if (typeof e.location.lat === 'number' && typeof e.location.lon === 'number') {
        const m = L.circleMarker([e.location.lat, e.location.lon], { radius: 6 + Math.min(8, e.articleCount * 2), color, fillColor: color, fillOpacity: 0.7, weight: 1 });
        m.bindTooltip(`${e.subType} — ${e.location.name} (${e.date.start})`);
        m.on('click', () => showDetail(e.id, li));
        m.addTo(markers);
        pts.push([e.location.lat, e.location.lon]);
      }
    }
    drawTimeline(body.items);
    if (pts.length) map.fitBounds(pts, { maxZoom: 8, padding: [30, 30] });
    $('#status').textContent = `${body.items.length} event(s)${body.next ? ' (more available)' : ''}`;
  }

  $('#filters').addEventListener('submit', (ev) => { ev.preventDefault(); load(new FormData(ev.target).entries()); });
  load([]);
})();
