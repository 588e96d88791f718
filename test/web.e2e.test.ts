/// <reference lib="dom" />
/**
 * The map/timeline page in Debian's Chromium (playwright-core, no browser download): events load
 * from the API, markers and list render, a click shows the claims, and hostile article text stays text.
 * In CI a missing Chromium fails the run (.ci/run installs it); elsewhere the test skips with a message.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser } from 'playwright-core';
import { createApp } from '../src/api/app.js';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/types.js';
import { article, exampleArticles, FARPORT } from '../src/store/testing/fixtures.js';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const HAVE = existsSync(CHROMIUM);
if (!HAVE && process.env['CI']) throw new Error(`Chromium not found at ${CHROMIUM}: CI must install it (apt-get install chromium)`);
if (!HAVE) console.warn(`web.e2e: no Chromium at ${CHROMIUM}, skipped`);

describe.skipIf(!HAVE)('web page', () => {
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
    const app = createApp({ store });
    server = await new Promise<ServerType>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
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
    // one marker per event with coordinates, drawn on the canvas/svg overlay
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.includes('event'));
    await page.locator('#events li', { hasText: 'Shelling' }).first().click();
    await page.waitForSelector('#detail h2');
    const detail = await page.locator('#detail').innerText();
    expect(detail).toMatch(/Claims:/);
    expect(detail).toMatch(/Sources disagree on fatalities/);
    await page.screenshot({ path: join(process.env['SITREP_SCREENSHOTS'] ?? dir, 'web.png') });
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

  it('applies filters from the form', async () => {
    const page = await browser.newPage();
    await page.goto(base + '/');
    await page.waitForSelector('#events li');
    await page.selectOption('select[name=type]', 'Battles');
    await page.click('button[type=submit]');
    await page.waitForFunction(() => Array.from(document.querySelectorAll("#events li")).every((li) => li.textContent?.includes('Armed clash')));
    expect(await page.locator('#events li').count()).toBeGreaterThan(0);
  });
});
