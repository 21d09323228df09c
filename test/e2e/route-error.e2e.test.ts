import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './support/browser.ts';

/**
 * A redeploy while a tab is open, in a real Chromium: the built app is served from a copy of client/dist whose catalog
 * chunk is gone (the new build renamed it). The GraphQL API answers 503, as a platform that is restarting does.
 */
const DIST = new URL('../../client/dist/', import.meta.url).pathname;
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.svg': 'image/svg+xml' };

let browser: Browser;
let server: Server;
let base = '';
let root = '';
let chunk = '';
let htmlLoads = 0;

beforeAll(async () => {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('client/dist is missing: run `npm run build` first');
  root = mkdtempSync(join(tmpdir(), 'mp-redeploy-'));
  cpSync(DIST, root, { recursive: true });
  chunk = readdirSync(join(root, 'assets')).find((file) => /^CatalogPage-.*\.js$/.test(file))!;
  expect(chunk).toBeDefined();
  renameSync(join(root, 'assets', chunk), join(root, 'assets', `${chunk}.gone`));

  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/config.json') return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"quotaUrl":"http://localhost:4010"}');
    if (path === '/graphql') return void res.writeHead(503, { 'content-type': 'text/plain' }).end('Service Unavailable');
    const file = join(root, normalize(path));
    if (file.startsWith(root) && path.startsWith('/assets/') && existsSync(file)) {
      return void res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    }
    if (path.startsWith('/assets/')) return void res.writeHead(404).end();
    if (req.headers['sec-fetch-dest'] === 'document') htmlLoads++; // a page load, not the favicon
    res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-cache' }).end(readFileSync(join(root, 'index.html')));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

const heading = (page: Page) => page.getByRole('heading', { level: 1, name: 'This page could not load' });

describe('a tab opened before a redeploy', () => {
  it('reloads once, then shows the friendly page with Retry, at 1280 px and 360 px', async () => {
    for (const [width, height] of [[1280, 800], [360, 740]] as const) {
      const page = await browser.newPage({ viewport: { width, height } });
      htmlLoads = 0;
      const began = Date.now();
      await page.goto(`${base}/`);
      await heading(page).waitFor({ timeout: 15_000 });
      console.log(`redeploy at ${width} px: friendly page after ${htmlLoads} page loads, ${Date.now() - began} ms`);
      expect(htmlLoads).toBe(2); // the first load and one reload, no more
      expect(await page.getByText('Unexpected Application Error').count()).toBe(0);
      expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(1); // inside the layout
      expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width); // no sideways scrolling
      await screenshot(page, `route-error-${width}`);

      // Retry reloads (by hand, always); the chunk is still missing, so the page comes back, without a loop.
      await page.getByRole('button', { name: 'Retry' }).click();
      await page.waitForLoadState('load');
      await heading(page).waitFor({ timeout: 15_000 });
      await page.waitForTimeout(1500);
      expect(htmlLoads).toBe(3);
      await page.close();
    }
  });

  it('shows the page once the chunk is there again, and a 503 from the API as a sentence', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${base}/`);
    await heading(page).waitFor({ timeout: 15_000 });
    renameSync(join(root, 'assets', `${chunk}.gone`), join(root, 'assets', chunk));
    try {
      await page.getByRole('button', { name: 'Retry' }).click();
      const alert = page.getByRole('alert');
      await alert.waitFor({ timeout: 15_000 });
      expect(await alert.innerText()).toContain('The marketplace is not reachable right now. Try again in a moment.');
      expect(await alert.innerText()).not.toMatch(/status code|503/);
      await screenshot(page, 'route-error-recovered-503');
    } finally {
      renameSync(join(root, 'assets', chunk), join(root, 'assets', `${chunk}.gone`));
      await page.close();
    }
  });
});
