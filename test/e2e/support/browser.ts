import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type Browser, chromium, type LaunchOptions, type Page } from 'playwright-core';
import { chooseBrowser } from './browser-choice.ts';
import { bundledChromium } from './bundled-chromium.ts';

/**
 * As root without a sandbox, no GPU; and no background networking, QUIC or component updates, because this
 * machine refuses Chromium's calls to Google's hosts (STACK.md).
 */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

const ROOT = new URL('../../../', import.meta.url).pathname;
export const RESULTS_DIR = join(ROOT, 'test-results');

/**
 * Launches the Chromium that `chooseBrowser` picks (CHROMIUM_PATH, else Debian's, else the one in
 * `@sparticuz/chromium`) through playwright-core (`npx playwright install` cannot download here), and logs which.
 */
export async function launchBrowser(): Promise<Browser> {
  const started = performance.now();
  const choice = chooseBrowser(process.env, existsSync);
  let options: LaunchOptions & { executablePath: string };
  let source = '';
  if (choice.kind === 'bundled') {
    const { label, ...bundled } = await bundledChromium(CHROMIUM_FLAGS);
    options = bundled;
    source = ` from ${label}`;
  } else {
    options = { executablePath: choice.path, args: CHROMIUM_FLAGS };
  }
  const browser = await chromium.launch(options);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`e2e browser: Chromium ${browser.version()} at ${options.executablePath}${source} (${choice.reason}), up in ${seconds} s`);
  return browser;
}

/** Saves a full-page screenshot as test-results/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = join(RESULTS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Collects what should never happen on a page: console errors, uncaught exceptions and failed requests
 * (network failures and HTTP 4xx/5xx responses; not requests the page cancelled itself).
 */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText;
    // The page itself cancelled it (a navigation or an unmounted query): no failure of the platform's.
    if (reason === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${request.method()} ${request.url()} (${reason})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
  });
  return problems;
}
