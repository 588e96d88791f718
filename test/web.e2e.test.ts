/// <reference lib="dom" />
/**
 * The map page in Debian's Chromium (playwright-core, no browser download).
 * A small store: events, claims on click, hostile article text stays text, the filter form.
 * A store of 105 000 merged events (scripts/fixture-web-store.ts, bulk-built in one transaction): the page
 * loads fast, a click shows the detail in the viewport and highlights the marker, zoom/pan loads the new
 * bbox, brushing the time axis filters the list, filters come from the URL, and an 800 px layout works.
 * In CI a missing Chromium fails the run (.ci/run installs it); elsewhere the test skips with a message.
 */
import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createApp } from '../src/api/app.js';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/types.js';
import { article, exampleArticles, FARPORT, RIVERTON } from '../src/store/testing/fixtures.js';
import { buildWebStore, FIXTURE_VERSION } from '../scripts/fixture-web-store.js';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const HAVE = existsSync(CHROMIUM);
if (!HAVE && process.env['CI']) throw new Error(`Chromium not found at ${CHROMIUM}: CI must install it (apt-get install chromium)`);
if (!HAVE) console.warn(`web.e2e: no Chromium at ${CHROMIUM}, skipped`);

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function start(store: Store): Promise<{ server: ServerType; base: string }> {
  const app = createApp({ store });
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Waits until the page finished the view load that started after `since` (body[data-loaded] counts them). */
async function loadedAfter(page: Page, since: number): Promise<number> {
  await page.waitForFunction((n) => Number(document.body.dataset['loaded'] ?? 0) > n, since, { timeout: 15_000 });
  return Number(await page.evaluate(() => document.body.dataset['loaded']));
}

const loaded = (page: Page) => page.evaluate(() => Number(document.body.dataset['loaded'] ?? 0));

/** The element's box lies inside the viewport. */
async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const r = document.querySelector(sel)?.getBoundingClientRect();
    return !!r && r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight + 1 && r.right <= window.innerWidth + 1;
  }, selector);
}

describe.skipIf(!HAVE)('web page (small store)', () => {
  let dir: string;
  let store: Store;
  let server: ServerType;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-web-'));
    store = await openStore({ sqlite: join(dir, 'web.db') });
    for (const { doc, original } of exampleArticles()) await store.putDocument(doc, original);
    const hostile = article({
      source: 'hostile.txt', lang: 'en', date: '2031-04-02',
      text: 'A drone strike hit <img src=x onerror="window.__pwned=1"> Farport on Monday, officials said.',
      events: [{ type: 'Explosions/Remote violence', subType: 'Air/drone strike', date: '2031-03-31', location: FARPORT, trigger: 'drone strike', sources: [{ name: '<b>officials</b>', hedge: 'asserted' }] }],
    });
    await store.putDocument(hostile.doc, hostile.original);
    const page = article({
      source: 'page.html', lang: 'en', date: '2031-04-09',
      text: '<html><body><figure><figcaption>Riot police face protesters</figcaption></figure>\n<p>Riot police <b>dispersed</b> protesters in Riverton on Tuesday.</p></body></html>',
      events: [{ type: 'Protests', subType: 'Protest with intervention', date: '2031-04-08', location: RIVERTON, trigger: 'dispersed', sources: [{ name: null, hedge: 'asserted' }] }],
    });
    page.doc.document.format = 'html';
    await store.putDocument(page.doc, page.original);
    ({ server, base } = await start(store));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    server?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows events on the map and in the list, and their claims on click', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(base + '/');
    await page.waitForSelector('#events li');
    const items = await page.locator('#events li').count();
    const stats = await store.stats();
    expect(items).toBe(stats.mergedEvents);
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.includes('event'));
    await page.locator('#events li', { hasText: 'Shelling' }).first().click();
    await page.waitForSelector('#detail h2');
    const detail = await page.locator('#detail').innerText();
    expect(detail).toMatch(/Claims:/);
    expect(detail).toMatch(/Sources disagree on fatalities/);
    expect(await inViewport(page, '#detail')).toBe(true);
    expect(await page.locator('#legend').innerText()).toMatch(/Battles/);
    expect(errors).toEqual([]);
  });

  it('renders hostile article text as text, never as markup', async () => {
    const page = await browser.newPage();
    await page.goto(base + '/');
    await page.waitForSelector('#events li');
    await page.locator('#events li', { hasText: 'officials' }).first().click();
    await page.waitForSelector('#detail blockquote');
    expect(await page.locator('#detail blockquote').innerText()).toContain('<img src=x onerror=');
    expect(await page.locator('#detail img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('shows evidence from an HTML page as its text, without markup', async () => {
    const page = await browser.newPage();
    await page.goto(base + '/');
    await page.waitForSelector('#events li');
    await page.locator('#events li', { hasText: 'Protest with intervention' }).first().click();
    await page.waitForSelector('#detail blockquote');
    const quote = await page.locator('#detail blockquote').innerText();
    expect(quote).toBe('Riot police dispersed protesters in Riverton on Tuesday.');
    expect(await page.locator('#detail blockquote mark').innerText()).toBe('dispersed');
  });

  it('applies filters from the form and mirrors them in the URL', async () => {
    const page = await browser.newPage();
    await page.goto(base + '/');
    await page.waitForSelector('#events li');
    await page.selectOption('select[name=type]', 'Battles');
    await page.click('button[type=submit]');
    await page.waitForFunction(() => Array.from(document.querySelectorAll('#events li')).every((li) => li.textContent?.includes('Armed clash')));
    expect(await page.locator('#events li').count()).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('type')).toBe('Battles');
    expect(await page.getAttribute('#dl-csv', 'href')).toMatch(/^\/api\/export\.csv\?.*type=Battles/);
  });

  it('goes to a place the articles mention (/api/places)', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(base + '/');
    await page.waitForSelector('#events li');
    await page.fill('#finder input', 'Farp');
    await page.waitForSelector('#place-list option[value="Farport"]', { state: 'attached' });
    await page.fill('#finder input', 'Farport');
    await page.press('#finder input', 'Enter');
    await page.waitForFunction(() => /,9$/.test(new URL(location.href).searchParams.get('view') ?? ''));
    const [lat, lon] = new URL(page.url()).searchParams.get('view')!.split(',').map(Number);
    expect(Math.abs(lat! - 46.5)).toBeLessThan(0.01);
    expect(Math.abs(lon! - 30.7)).toBeLessThan(0.01);
  });

  it('shows an API error as a one-line status', async () => {
    const page = await browser.newPage();
    await page.goto(base + '/?country=Narnia');
    await page.waitForFunction(() => document.querySelector('#status')?.classList.contains('error'));
    expect(await page.locator('#status').innerText()).toMatch(/^country: unknown country "Narnia"/);
  });
});

describe.skipIf(!HAVE)('web page (105 000 events)', () => {
  let dir: string;
  let store: Store;
  let server: ServerType;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    // built once per machine and kept in the temp dir (the fixture is deterministic); CI builds it fresh
    const cached = join(tmpdir(), `sitrep-web-fixture-v${FIXTURE_VERSION}.db`);
    if (!existsSync(cached)) {
      const building = `${cached}.${process.pid}.tmp`;
      await buildWebStore(building, 105_000);
      for (const ext of ['-wal', '-shm']) rmSync(building + ext, { force: true });
      renameSync(building, cached);
    }
    dir = mkdtempSync(join(tmpdir(), 'sitrep-web100k-'));
    store = await openStore({ sqlite: cached });
    ({ server, base } = await start(store));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('holds ≥ 100k events and loads the page in under 2 s on loopback', async () => {
    expect((await store.stats()).mergedEvents).toBeGreaterThanOrEqual(100_000);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // warm the server's caches once, as a running server has them
    await (await fetch(base + '/api/events?limit=1')).text();
    // the page's own clock (from navigation start) when the first list item and the first cluster are drawn:
    // what a user waits for, without the test driver's round trips
    await page.addInitScript(() => {
      const w = window as unknown as { __ready?: { li?: number; cluster?: number } };
      const ready: { li?: number; cluster?: number } = (w.__ready = {});
      new MutationObserver(() => {
        if (ready.li === undefined && document.querySelector('#events li')) ready.li = performance.now();
        if (ready.cluster === undefined && document.querySelector('.marker-cluster')) ready.cluster = performance.now();
      }).observe(document, { subtree: true, childList: true });
    });
    await page.goto(base + '/');
    await page.waitForSelector('#events li');
    await page.waitForSelector('.marker-cluster');
    const ready = await page.evaluate(() => (window as unknown as { __ready: { li: number; cluster: number } }).__ready);
    const ms = Math.round(Math.max(ready.li, ready.cluster));
    console.log(`web.e2e: page with 105k-event store ready in ${ms} ms (list ${Math.round(ready.li)} ms, clusters ${Math.round(ready.cluster)} ms)`);
    expect(ms).toBeLessThan(2000);
    await page.waitForFunction(() => /of [\d,]+ event/.test(document.querySelector('#status')?.textContent ?? ''));
    const total = Number((await page.locator('#status').innerText()).match(/of ([\d,]+)/)![1]!.replace(/,/g, ''));
    expect(total).toBeGreaterThanOrEqual(100_000);
    expect(await page.locator('#events li').count()).toBe(100);
    expect(await page.evaluate(() => (window as unknown as { sitrepBoot: { first: unknown } }).sitrepBoot.first)).toBeNull(); // boot.js's request was used
    expect(await page.locator('#timeline rect.bar').count()).toBeGreaterThan(50);
    expect(errors).toEqual([]);
  });

  it('shows a clicked event beside the list, in the viewport, with its marker highlighted', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(base + '/');
    await page.waitForSelector('#events li');
    const li = page.locator('#events li').nth(40);
    const id = await li.getAttribute('data-id');
    await li.click();
    await page.waitForSelector('#detail h2');
    expect(await inViewport(page, '#detail')).toBe(true);
    expect(await page.locator('#detail').innerText()).toMatch(/Claims:/);
    expect(await li.getAttribute('class')).toMatch(/\bsel\b/);
    await page.waitForSelector('.sel-ring');
    expect(await page.getAttribute('.sel-ring', 'data-id')).toBe(id);
    expect(await inViewport(page, '.sel-ring')).toBe(true);
    // the ring is on the map, not hidden under the detail panel
    const [ring, panel] = await Promise.all([page.locator('.sel-ring').boundingBox(), page.locator('#detail').boundingBox()]);
    expect(ring!.x + ring!.width <= panel!.x || ring!.y > panel!.y + panel!.height).toBe(true);
    expect(new URL(page.url()).searchParams.get('event')).toBe(id);
  });

  it('loads the events of the new bbox after zoom and pan', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(base + '/');
    await page.waitForSelector('#events li');
    const before = await loaded(page);
    const requests: string[] = [];
    page.on('request', (r) => { if (r.url().includes('/api/events?')) requests.push(r.url()); });
    await page.evaluate(() => {
      (window as unknown as { sitrep: { map: { setView(c: [number, number], z: number): void } } }).sitrep.map.setView([13.6, 25.3], 7);
    });
    await loadedAfter(page, before);
    const bbox = new URL(requests.at(-1)!).searchParams.get('bbox')!.split(',').map(Number) as [number, number, number, number];
    expect(bbox[0]).toBeGreaterThan(15);
    expect(bbox[2]).toBeLessThan(36);
    const pts = await page.$$eval('#events li', (lis) => lis.map((li) => [Number((li as HTMLElement).dataset['lon']), Number((li as HTMLElement).dataset['lat'])]));
    expect(pts.length).toBeGreaterThan(0);
    for (const [lon, lat] of pts) {
      expect(lon).toBeGreaterThanOrEqual(bbox[0]);
      expect(lon).toBeLessThanOrEqual(bbox[2]);
      expect(lat).toBeGreaterThanOrEqual(bbox[1]);
      expect(lat).toBeLessThanOrEqual(bbox[3]);
    }
    // pan by dragging the map: a new bbox, new events
    const next = await loaded(page);
    const box = (await page.locator('#map').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 300, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    await loadedAfter(page, next);
    const moved = new URL(requests.at(-1)!).searchParams.get('bbox')!.split(',').map(Number);
    expect(moved[0]).toBeLessThan(bbox[0]);
    expect(new URL(page.url()).searchParams.get('view')).toMatch(/^[\d.-]+,[\d.-]+,7$/);
  });

  it('filters the list by brushing the time axis', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(base + '/');
    await page.waitForSelector('#timeline rect.bar');
    const before = await loaded(page);
    const axis = (await page.locator('#timeline').boundingBox())!;
    await page.mouse.move(axis.x + axis.width * 0.4, axis.y + 20);
    await page.mouse.down();
    await page.mouse.move(axis.x + axis.width * 0.5, axis.y + 20, { steps: 5 });
    await page.mouse.up();
    await loadedAfter(page, before);
    const from = await page.inputValue('input[name=from]');
    const to = await page.inputValue('input[name=to]');
    expect(from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(to >= from).toBe(true);
    const dates = await page.$$eval('#events li', (lis) => lis.map((li) => (li as HTMLElement).dataset['date']!));
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) {
      expect(d >= from).toBe(true);
      expect(d <= to).toBe(true);
    }
    expect(await page.locator('#timeline rect.brush').count()).toBe(1);
    const url = new URL(page.url());
    expect([url.searchParams.get('from'), url.searchParams.get('to')]).toEqual([from, to]);
  });

  it('takes its filters from the URL (country by name, actor by acronym, admin1 with its division word)', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(base + '/?country=Sudan&actor=RSF');
    await page.waitForSelector('#events li');
    expect(await page.inputValue('input[name=country]')).toBe('Sudan');
    const texts = await page.$$eval('#events li', (lis) => lis.map((li) => li.textContent ?? ''));
    expect(texts.every((t) => t.includes('Armed clash') && t.includes('SD'))).toBe(true);
    await page.goto(base + '/?admin1=Kharkiv%20Oblast&type=Battles');
    await page.waitForSelector('#events li');
    const places = await page.$$eval('#events li', (lis) => lis.map((li) => li.textContent ?? ''));
    expect(places.every((t) => /Kharkiv|Kupiansk/.test(t))).toBe(true);
  });

  it('is usable 800 px wide: list, map and detail all in view', async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
    await page.goto(base + '/');
    await page.waitForSelector('#events li');
    const side = (await page.locator('#side').boundingBox())!;
    const map = (await page.locator('#map').boundingBox())!;
    expect(side.width).toBeGreaterThanOrEqual(200);
    expect(map.width).toBeGreaterThanOrEqual(400);
    expect(map.height).toBeGreaterThanOrEqual(400);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.locator('#events li').nth(3).click();
    await page.waitForSelector('#detail h2');
    expect(await inViewport(page, '#detail')).toBe(true);
    const detail = (await page.locator('#detail').boundingBox())!;
    expect(detail.x).toBeGreaterThanOrEqual(side.x + side.width - 1);
    expect(await inViewport(page, '#events li.sel')).toBe(true);
  });
});
