import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSolution } from '../support/seed.ts';
import { launchBrowser, screenshot, watchProblems } from './support/browser.ts';
import { type LaunchedPlatform, sharedPlatform } from './support/platform.ts';

/** A visitor with nothing but a browser, against the platform as `npm start` runs it. */
let platform: LaunchedPlatform;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  platform = await sharedPlatform();
});

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

describe('a visitor', () => {
  it('opens the home page without console errors or failed requests', async () => {
    const page = await browser.newPage();
    const problems = watchProblems(page);
    await page.goto(`${platform.url}/`, { waitUntil: 'networkidle' });
    await expect.poll(() => page.getByRole('heading', { level: 1 }).count()).toBeGreaterThan(0);
    await screenshot(page, 'home');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('runs { __typename } in the Explorer and sees "Query"', async () => {
    const page = await browser.newPage();
    const problems = watchProblems(page);
    await page.goto(`${platform.url}/explorer`, { waitUntil: 'networkidle' });
    // The editor (Monaco) takes keys through a hidden textbox under its rendered lines: focus it, then type.
    await page.getByRole('region', { name: 'Operation Editor' }).getByRole('textbox').focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    // insertText types no keystrokes, so the editor's bracket auto-closing does not double the braces.
    await page.keyboard.insertText('{ __typename }');
    const result = page.getByRole('region', { name: 'Result Window' });
    // GraphiQL reads the editor after a short debounce: a run clicked before it has the text does nothing.
    await expect.poll(async () => {
      // While a run is in flight the button is "Stop query": then there is nothing to click this time round.
      const run = page.getByRole('button', { name: /^Execute query/ });
      if (!(await result.innerText()).trim()) await run.click({ timeout: 2000 }).catch(() => {});
      return result.innerText();
    }, { timeout: 15_000, interval: 1000 }).toMatch(/"__typename":\s*"Query"/);
    await screenshot(page, 'explorer');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('finds a published solution in the catalog and opens its page', async () => {
    await seedSolution(platform.api, { slug: 'e2e-summariser', name: 'E2E Summariser', category: 'AI & Machine Learning' });
    const page = await browser.newPage();
    const problems = watchProblems(page);
    await page.goto(`${platform.url}/`, { waitUntil: 'networkidle' });
    const link = page.getByRole('link', { name: 'E2E Summariser' });
    await link.waitFor();
    await screenshot(page, 'catalog');
    await link.click();
    await page.waitForURL(`${platform.url}/solutions/e2e-summariser`);
    await page.getByRole('heading', { level: 1, name: 'E2E Summariser' }).waitFor();
    await page.waitForLoadState('networkidle');
    // The snippets name the shim this platform runs (from GET /config.json), not an address baked into the build.
    // (The API reference's own snippets come first; this is the one under "How the solution checks each call".)
    const snippet = page.locator('pre code', { hasText: '/quota/validate' }).first();
    await expect.poll(() => snippet.innerText()).toContain(`curl -s ${platform.shimUrl}/quota/validate`);
    await screenshot(page, 'solution');
    expect(problems).toEqual([]);
    await page.close();
  });
});
