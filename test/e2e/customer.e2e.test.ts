import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSolution, type SeededSolution } from '../support/seed.ts';
import { launchBrowser, screenshot, watchProblems } from './support/browser.ts';
import { type LaunchedPlatform, sharedPlatform } from './support/platform.ts';

/**
 * A customer's journey in the browser, against the platform as `npm start` runs it: sign up from a solution's
 * page, verify, sign in, get a key, copy it; the solution's backend (this test, over Node's fetch) asks the
 * quota shim about the calls, and the dashboard shows the usage move, up to the limit and the upgrade step.
 *
 * The two tests are one story: the second goes on from the first's customer, key and page.
 */
let platform: LaunchedPlatform;
let browser: Browser;
let solution: SeededSolution;

const SOLUTION_NAME = 'E2E Quota Checker';
const SLUG = 'e2e-quota-checker';
/** The registered tier's allowance: small, so the limit is reached in a handful of calls. */
const REGISTERED_ALLOWANCE = 5;

// State the second test continues from.
let context: BrowserContext;
let page: Page;
let problems: string[];
let apiKey: string;
/** Set when the first test got to its end: the second continues from there. */
let firstJourneyDone = false;

beforeAll(async () => {
  browser = await launchBrowser();
  platform = await sharedPlatform();
  solution = await seedSolution(platform.api, {
    slug: SLUG,
    name: SOLUTION_NAME,
    category: 'Data & Analytics',
    // No per-second limits: the test calls the shim back to back and wants every call to count.
    tiers: [
      { tier: 'ANONYMOUS', callAllowance: 3, trialDays: 15, ratePerSecond: null },
      { tier: 'REGISTERED', callAllowance: REGISTERED_ALLOWANCE, trialDays: 30, ratePerSecond: null },
      { tier: 'PRO', callAllowance: 10_000, ratePerSecond: null, monthlyPricePaise: 99_900 },
      { tier: 'ENTERPRISE', callAllowance: 1_000_000, ratePerSecond: null, monthlyPricePaise: 999_900 },
    ],
  });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await platform?.stop();
});

/** What the solution's backend does on every request it serves: ask the shim, with its secret and the caller's key. */
async function validate(key: string): Promise<{ allowed: boolean; code: string; used: number; remaining: number }> {
  const res = await fetch(`${platform.shimUrl}/quota/validate`, {
    method: 'POST',
    headers: { authorization: `Bearer ${solution.secret}`, 'content-type': 'application/json' },
    body: JSON.stringify({ apiKey: key }),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as { allowed: boolean; code: string; used: number; remaining: number };
}

/**
 * Reloads the solution dashboard until the usage bar says `valueText` (usage rollups trail the shim by about a
 * second), then returns. Fails with the last text seen.
 */
/** Reloads until the bar shows `valueText` and, when given, the daily counts (which trail by USAGE_FLUSH_MS) read `daily`. */
async function reloadUntilUsage(valueText: string, daily?: string): Promise<void> {
  const bar = page.getByRole('progressbar', { name: 'Calls used' });
  await expect
    .poll(
      async () => {
        await page.reload({ waitUntil: 'networkidle' });
        await bar.waitFor();
        const shown = await bar.getAttribute('aria-valuetext');
        return daily === undefined || (await page.getByText(daily).count()) > 0 ? shown : `${shown}, daily not yet ${daily}`;
      },
      { timeout: 10_000, interval: 500 },
    )
    .toBe(valueText);
}

describe('a customer', () => {
  it('signs up, verifies, creates a key, copies it, calls the shim and sees the usage move', async () => {
    context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: platform.url });
    page = await context.newPage();
    problems = watchProblems(page);
    const email = `customer-${Date.now()}@example.com`;
    const password = 'a-long-passphrase';

    // The catalog, the solution's page, and its call to action for visitors.
    await page.goto(`${platform.url}/`, { waitUntil: 'networkidle' });
    await page.getByRole('link', { name: SOLUTION_NAME }).click();
    await page.waitForURL(`${platform.url}/solutions/${SLUG}`);
    await page.getByRole('heading', { level: 1, name: SOLUTION_NAME }).waitFor();
    await page.getByRole('link', { name: 'Get an API key' }).click();

    // Sign up; the page remembers the solution.
    await page.waitForURL(`${platform.url}/signup?solution=${SLUG}`);
    await page.getByRole('heading', { level: 1, name: 'Create an account' }).waitFor();
    await page.getByLabel('Name').fill('Carla Customer');
    await page.getByLabel('Email', { exact: true }).fill(email);
    await page.getByLabel('Password').fill(password);
    await screenshot(page, 'signup');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Check your email' }).waitFor();
    await page.getByText(email).waitFor();

    // The verification link from the mail, opened in a tab of its own as a mail client would.
    const token = await platform.verificationToken(email);
    const mailTab = await context.newPage();
    const mailTabProblems = watchProblems(mailTab);
    await mailTab.goto(`${platform.url}/verify-email?token=${token}`, { waitUntil: 'networkidle' });
    await mailTab.getByText(`Your email ${email} is verified. You can sign in now.`).waitFor();
    await mailTab.close();
    expect(mailTabProblems).toEqual([]);

    // Back in the first tab: sign in and come back to the solution.
    await page.getByRole('link', { name: 'Go to sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${platform.url}/solutions/${SLUG}`);

    // Signed in, "Get an API key" creates one right here.
    await page.getByRole('button', { name: 'Get an API key' }).click();
    const dialog = page.getByRole('dialog', { name: `New API key for ${SOLUTION_NAME}` });
    await dialog.getByLabel('Name').fill('e2e laptop');
    await dialog.getByRole('button', { name: 'Create key' }).click();
    const keyBox = dialog.getByRole('textbox', { name: 'Your new API key' });
    await keyBox.waitFor();
    apiKey = await keyBox.inputValue();
    expect(apiKey).toMatch(/^mk_live_/);
    await dialog.getByText('It will not be shown again').waitFor();
    await screenshot(page, 'create-key-dialog');

    // Copy it: the clipboard holds exactly the key, and the button says so.
    await dialog.getByRole('button', { name: 'Copy key' }).click();
    await dialog.getByRole('button', { name: 'Copied', exact: true }).waitFor();
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(apiKey);

    // Closed, the key is gone from the page for good.
    await dialog.getByRole('button', { name: 'I have copied it' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByRole('textbox', { name: 'Your new API key' }).count()).toBe(0);
    expect(await page.content()).not.toContain(apiKey);

    // The dashboard lists the solution; its page shows the key by name and prefix only.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await page.getByRole('link', { name: SOLUTION_NAME, exact: true }).click();
    await page.waitForURL(`${platform.url}/dashboard/${SLUG}`);
    await page.getByRole('heading', { level: 1, name: SOLUTION_NAME }).waitFor();
    const keys = page.getByRole('table', { name: `API keys for ${SOLUTION_NAME}` });
    await keys.getByRole('cell', { name: 'e2e laptop', exact: true }).waitFor();
    await expect.poll(() => page.getByRole('progressbar', { name: 'Calls used' }).getAttribute('aria-valuetext')).toBe(`0 of ${REGISTERED_ALLOWANCE} calls used (0%)`);
    expect(await page.content()).not.toContain(apiKey);

    // The solution's backend checks three calls made with the key.
    for (let i = 1; i <= 3; i++) {
      expect(await validate(apiKey)).toMatchObject({ allowed: true, code: 'VALID', used: i, remaining: REGISTERED_ALLOWANCE - i });
    }

    await reloadUntilUsage(`3 of ${REGISTERED_ALLOWANCE} calls used (60%)`, 'Last 30 days: 3 calls allowed, 0 refused.');
    await page.getByText(`3 / ${REGISTERED_ALLOWANCE} calls`).waitFor();
    await page.getByText('2 calls', { exact: true }).waitFor(); // Remaining
    await page.getByText('Last 30 days: 3 calls allowed, 0 refused.').waitFor();
    await page.getByRole('img', { name: 'Bar chart of daily calls: 3 allowed and 0 refused in total.' }).waitFor();
    // Under 80 % there is no next step yet.
    expect(await page.getByRole('button', { name: /^Upgrade to/ }).count()).toBe(0);
    await keys.getByRole('cell', { name: 'e2e laptop', exact: true }).waitFor();
    await screenshot(page, 'dashboard-solution');

    expect(problems).toEqual([]);
    firstJourneyDone = true;
  });

  it('at the limit sees the upgrade step', async () => {
    expect(firstJourneyDone, 'this test continues from the first one, which did not finish').toBe(true);
    // Two more allowed calls use the allowance up; the next is refused and consumes nothing.
    for (let i = 4; i <= REGISTERED_ALLOWANCE; i++) {
      expect(await validate(apiKey)).toMatchObject({ allowed: true, code: 'VALID', used: i });
    }
    expect(await validate(apiKey)).toMatchObject({ allowed: false, code: 'QUOTA_EXCEEDED', used: REGISTERED_ALLOWANCE, remaining: 0 });

    await reloadUntilUsage(`${REGISTERED_ALLOWANCE} of ${REGISTERED_ALLOWANCE} calls used (100%)`);
    await page.getByText(`${REGISTERED_ALLOWANCE} / ${REGISTERED_ALLOWANCE} calls`).waitFor();
    await page.getByText('0 calls', { exact: true }).waitFor(); // Remaining
    // The denied call reaches the chart with the same rollup pass, or the next one.
    await expect
      .poll(async () => {
        if (await page.getByText(`Last 30 days: ${REGISTERED_ALLOWANCE} calls allowed, 1 refused.`).count()) return true;
        await page.reload({ waitUntil: 'networkidle' });
        return false;
      }, { timeout: 5_000, interval: 500 })
      .toBe(true);

    const nextStep = page.getByRole('status').filter({ hasText: 'You have used your whole allowance: further calls are refused.' });
    await nextStep.getByText('Upgrade to Pro for a monthly quota and higher rate limits.').waitFor();
    // Upgrading is a checkout now (paid in billing.e2e.test.ts).
    await nextStep.getByRole('button', { name: 'Upgrade to Pro' }).waitFor();
    await screenshot(page, 'dashboard-at-limit');

    expect(problems).toEqual([]);
  });
});
