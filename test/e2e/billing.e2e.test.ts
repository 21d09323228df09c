import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { FAILURE_CARD, SIMULATOR_DEFAULTS, SUCCESS_CARD } from '@marketplace/billing/testing';
import { seedCustomer, seedSolution, type SeededCustomer, type SeededSolution } from '../support/seed.ts';
import { launchBrowser, RESULTS_DIR, screenshot, watchProblems } from './support/browser.ts';
import { type LaunchedPlatform, sharedPlatform } from './support/platform.ts';

/**
 * Paying in the browser, against the platform as `npm start` runs it (billing on the Razorpay test-mode simulator):
 * a customer at the limit of the free tier upgrades to Pro; the failure card on the simulator's page shows the error
 * and changes nothing; the success card comes back to the app, which confirms the payment and shows Pro; the quota
 * shim then allows call 101; the invoice PDF downloads. The partner sees the revenue, the admin the commission.
 * Every new page is photographed at 1280 px and 360 px into test-results/billing-*.png.
 *
 * The tests are one story: each goes on from the one before.
 */
let platform: LaunchedPlatform;
let browser: Browser;
let solution: SeededSolution;
let customer: SeededCustomer;

const SOLUTION_NAME = 'E2E Billing Translator';
const SLUG = 'e2e-billing-translator';
/** The registered tier's allowance: call 101 is the first one only Pro allows. */
const FREE_CALLS = 100;
const PRO_CALLS = 10_000;
const CUSTOMER_PASSWORD = 'customer-password-123'; // seedCustomer's
const PARTNER_PASSWORD = 'partner-password-123'; // seedSolution's

// Pro at ₹999 a month; with 18 % GST ₹1,178.82. The default platform fee is 20 % of the taxable value.
const PRICE = '₹999';
const PRICE_WITH_GST = '₹1,178.82';
const GST = '₹179.82';
const FEE = '₹199.80';
const PARTNER_NET = '₹799.20';

let customerContext: BrowserContext;
let page: Page;
let problems: string[];
/** Where Chromium's "Failed to load resource: … 400" console lines came from (they name no URL themselves). */
const consoleFailures: string[] = [];
const isConsole400 = (line: string) => /^console: Failed to load resource: .*status of 400/.test(line);

/** The simulator's origin, known once the browser got to its payment page. */
let simulatorOrigin = '';

/**
 * The problems of the customer's page, less Chromium's console lines about the simulator's own pages: its declined-card
 * page (HTTP 400 on purpose) and its 400 for /favicon.ico (an unknown path, in Razorpay's manner). Those lines arrive a
 * moment after the response and name no URL; any other 400 stays.
 */
function unexpectedProblems(): string[] {
  const fromSimulator = consoleFailures.filter((url) => simulatorOrigin && url.startsWith(`${simulatorOrigin}/`)).length;
  let excused = 0;
  return problems.filter((line) => !(isConsole400(line) && excused++ < fromSimulator));
}

/** How far the story got; each test checks that the one before finished. */
const reached = { paid: false };
/** Razorpay's id of the paid subscription (the simulator's checkout page is /checkout/<it>). */
let razorpaySubscriptionId = '';

/** One of the simulator's time and life-cycle controls (`/_simulator/…`, Basic auth with the test key). */
async function simulatorControl(path: string, body: Record<string, unknown> = {}): Promise<void> {
  const res = await fetch(`${simulatorOrigin}/_simulator${path}`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${SIMULATOR_DEFAULTS.keyId}:${SIMULATOR_DEFAULTS.keySecret}`).toString('base64')}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify(body),
  });
  expect(res.status, await res.clone().text()).toBeLessThan(300);
}

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
      { tier: 'REGISTERED', callAllowance: FREE_CALLS, trialDays: 30, ratePerSecond: null },
      { tier: 'PRO', callAllowance: PRO_CALLS, ratePerSecond: null, monthlyPricePaise: 99_900 },
      { tier: 'ENTERPRISE', callAllowance: 1_000_000, ratePerSecond: null, monthlyPricePaise: 999_900 },
    ],
  });
  customer = await seedCustomer(platform.api, solution.solutionId);
  customerContext = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 800 } });
  page = await customerContext.newPage();
  problems = watchProblems(page);
  page.on('console', (message) => {
    if (message.type() === 'error' && isConsole400(`console: ${message.text()}`)) consoleFailures.push(message.location().url);
  });
});

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

/** On a failure, a screenshot of every open page: test-results/billing-failed-<n>.png. */
function screenshotOnFailure(context: () => BrowserContext | undefined): void {
  onTestFailed(async () => {
    for (const [i, open] of (context()?.pages() ?? []).entries()) await screenshot(open, `billing-failed-${i}`).catch(() => {});
  });
}

/**
 * Screenshots at a desktop (1280 px) and a phone (360 px) width: test-results/billing-<name>-<width>.png. Full pages,
 * except with a dialog open (its backdrop covers the viewport only).
 */
async function screenshots(on: Page, name: string, { fullPage = true } = {}): Promise<void> {
  for (const width of [1280, 360]) {
    await on.setViewportSize({ width, height: width === 360 ? 740 : 800 });
    await on.waitForTimeout(150); // charts re-measure on resize
    if (fullPage) await screenshot(on, `billing-${name}-${width}`);
    else await on.screenshot({ path: join(RESULTS_DIR, `billing-${name}-${width}.png`) });
  }
  await on.setViewportSize({ width: 1280, height: 800 });
}

/** Signs in through the login page and lands on `next`. */
async function signIn(on: Page, email: string, password: string, next: string): Promise<void> {
  await on.goto(`${platform.url}/login?next=${encodeURIComponent(next)}`);
  await on.getByLabel('Email', { exact: true }).fill(email);
  await on.getByLabel('Password', { exact: true }).fill(password);
  await on.getByRole('button', { name: 'Sign in' }).click();
  await on.waitForURL(`${platform.url}${next}`);
}

/** What the solution's backend does for each request it serves: ask the shim, with its secret and the caller's key. */
async function validate(): Promise<{ allowed: boolean; code: string; tier: string; used: number; limit: number }> {
  const res = await fetch(`${platform.shimUrl}/quota/validate`, {
    method: 'POST',
    headers: { authorization: `Bearer ${solution.secret}`, 'content-type': 'application/json' },
    body: JSON.stringify({ apiKey: customer.apiKey }),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as { allowed: boolean; code: string; tier: string; used: number; limit: number };
}

/** The shim's answer without consuming a call. */
async function check(): Promise<{ allowed: boolean; code: string; tier: string }> {
  const res = await fetch(`${platform.shimUrl}/quota/check`, {
    method: 'POST',
    headers: { authorization: `Bearer ${solution.secret}`, 'content-type': 'application/json' },
    body: JSON.stringify({ apiKey: customer.apiKey }),
  });
  return (await res.json()) as { allowed: boolean; code: string; tier: string };
}

/** Reloads until the usage bar says `valueText` (rollups trail the shim by about a second). */
async function reloadUntilUsage(valueText: string): Promise<void> {
  const bar = page.getByRole('progressbar', { name: 'Calls used' });
  await expect
    .poll(
      async () => {
        await page.reload({ waitUntil: 'networkidle' });
        await bar.waitFor();
        return bar.getAttribute('aria-valuetext');
      },
      { timeout: 10_000, interval: 500 },
    )
    .toBe(valueText);
}

describe('billing in the browser', () => {
  it('a customer at the limit upgrades: the failure card changes nothing, the success card makes it Pro, call 101 is allowed, the invoice PDF downloads', async () => {
    screenshotOnFailure(() => customerContext);
    // The free allowance used up: call 101 is refused.
    for (let i = 1; i <= FREE_CALLS; i++) expect((await validate()).allowed).toBe(true);
    expect(await validate()).toMatchObject({ allowed: false, code: 'QUOTA_EXCEEDED', tier: 'registered', used: FREE_CALLS });

    // The solution's page: the price with GST beside the tiers, the test-mode banner, and Upgrade for a visitor: sign in first.
    await page.goto(`${platform.url}/solutions/${SLUG}`, { waitUntil: 'networkidle' });
    await page.getByText('Test mode', { exact: false }).first().waitFor();
    await page.getByText(/payments are simulated/).waitFor();
    const tiers = page.getByRole('region', { name: 'Tiers' });
    await tiers.getByText(`${PRICE} / month`).waitFor();
    await tiers.getByText(`${PRICE_WITH_GST} / month`).waitFor();
    await tiers.getByText(`+ 18% GST (${GST}):`, { exact: false }).waitFor();
    await tiers.getByRole('link', { name: 'Sign in to upgrade' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByLabel('Email', { exact: true }).fill(customer.email);
    await page.getByLabel('Password', { exact: true }).fill(CUSTOMER_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(new RegExp(`/solutions/${SLUG}`));
    await tiers.getByRole('button', { name: 'Upgrade to Pro' }).waitFor();
    await screenshots(page, 'solution-pricing');

    // The dashboard at the limit: the next step is to upgrade, no longer to mail sales.
    await page.goto(`${platform.url}/dashboard/${SLUG}`, { waitUntil: 'networkidle' });
    await reloadUntilUsage(`${FREE_CALLS} of ${FREE_CALLS} calls used (100%)`);
    const nextStep = page.getByRole('status').filter({ hasText: 'You have used your whole allowance' });
    await nextStep.getByText('Upgrade to Pro for a monthly quota and higher rate limits.').waitFor();
    await screenshots(page, 'dashboard-at-limit');

    // To the simulator's payment page; the failure card shows the error there.
    await nextStep.getByRole('button', { name: 'Upgrade to Pro' }).click();
    await page.waitForURL(/\/checkout\/sub_/);
    const checkoutUrl = new URL(page.url());
    simulatorOrigin = checkoutUrl.origin;
    razorpaySubscriptionId = checkoutUrl.pathname.split('/').pop()!;
    expect(checkoutUrl.searchParams.get('callback_url')).toBe(`${platform.url}/billing/checkout/return`);
    await page.getByText('Razorpay test mode (simulator)').first().waitFor();
    await page.getByText(PRICE_WITH_GST).first().waitFor();
    await screenshots(page, 'simulator-checkout');
    const beforeDecline = problems.length;
    await page.getByLabel('Card number').fill(FAILURE_CARD);
    await page.getByRole('button', { name: /^Pay ₹/ }).click();
    const declined = page.getByRole('alert');
    await declined.waitFor();
    expect(await declined.textContent()).toMatch(/Payment failed: .*insufficient_funds/);
    // The simulator answers a declined card with HTTP 400, as Razorpay does: that is the point of this step, not a
    // fault. Its response, and Chromium's console line about it (logged from the simulator's page), are expected.
    const duringDecline = problems.splice(beforeDecline);
    expect(duringDecline.filter((line) => /^HTTP 400: POST .*\/checkout\/sub_/.test(line))).toHaveLength(1);
    problems.push(...duringDecline.filter((line) => !/^HTTP 400: POST .*\/checkout\/sub_/.test(line) && !isConsole400(line)));

    // Nothing changed: still Registered, call 101 still refused, no paid plan and no invoice.
    expect(await check()).toMatchObject({ allowed: false, code: 'QUOTA_EXCEEDED', tier: 'registered' });
    await page.goto(`${platform.url}/billing`, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 1, name: 'Billing' }).waitFor();
    await page.getByText('You have no paid plans.').waitFor();
    await page.getByText('No invoices yet.').waitFor();

    // Again, from the solution page; the same checkout comes back, and the success card pays.
    await page.goto(`${platform.url}/solutions/${SLUG}`, { waitUntil: 'networkidle' });
    await tiers.getByRole('button', { name: 'Upgrade to Pro' }).click();
    await page.waitForURL(/\/checkout\/sub_/);
    expect(new URL(page.url()).pathname).toBe(checkoutUrl.pathname);
    await page.getByLabel('Card number').fill(SUCCESS_CARD);
    await page.getByRole('button', { name: /^Pay ₹/ }).click();

    // Back in the app: confirmed, Pro, the new allowance and the next charge.
    await page.waitForURL(new RegExp(`^${platform.url}/billing/checkout/return\\?`));
    await page.getByRole('heading', { level: 1, name: 'Pro is active' }).waitFor({ timeout: 15_000 });
    await page.getByText(`${SOLUTION_NAME} is on`).waitFor();
    await page.getByText('10,000 calls', { exact: true }).waitFor();
    await page.getByText(`${PRICE_WITH_GST} incl. GST`, { exact: false }).waitFor();
    await screenshots(page, 'checkout-return');
    reached.paid = true;

    // The shim: Pro now, and call 101 is allowed.
    expect(await validate()).toMatchObject({ allowed: true, code: 'VALID', tier: 'pro', limit: PRO_CALLS });

    // The billing page: Pro active with its next charge; the invoice, and its PDF.
    await page.getByRole('link', { name: 'Billing and invoices' }).click();
    await page.getByRole('heading', { level: 1, name: 'Billing' }).waitFor();
    const subscriptions = page.getByRole('table', { name: 'Your subscriptions' });
    const row = subscriptions.getByRole('row').filter({ hasText: SOLUTION_NAME });
    await row.getByText('Pro', { exact: true }).waitFor();
    await row.getByText('Active', { exact: true }).waitFor();
    await row.getByText(`${PRICE_WITH_GST} incl. GST`, { exact: false }).waitFor();
    const invoices = page.getByRole('table', { name: 'Your invoices' });
    const invoice = invoices.getByRole('row').nth(1);
    await invoice.getByText(PRICE_WITH_GST).waitFor();
    await screenshots(page, 'customer');
    const [download] = await Promise.all([page.waitForEvent('download'), invoice.getByRole('button', { name: /^Download PDF/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const saved = join(RESULTS_DIR, 'billing-invoice.pdf');
    await download.saveAs(saved);
    const pdf = readFileSync(saved);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(1000);

    expect(unexpectedProblems(), `console 400s from: ${consoleFailures.join(', ')}`).toEqual([]);
  });

  it('the customer manages billing: profile errors on their fields, a plan change priced before it is confirmed, cancel at period end and resume', async () => {
    screenshotOnFailure(() => customerContext);
    expect(reached.paid, 'this test continues from the payment, which did not finish').toBe(true);
    await page.goto(`${platform.url}/billing`, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 1, name: 'Billing' }).waitFor();

    // A GSTIN with a wrong check character: the server's message on that field.
    const profile = page.getByRole('form', { name: 'Billing profile' });
    await profile.getByLabel('Legal name').fill('Carla Traders Pvt Ltd');
    await profile.getByLabel('GSTIN (optional)').fill('29ABCDE1234F1Z5');
    await profile.getByLabel('State or union territory').fill('Karnataka');
    await profile.getByRole('button', { name: 'Save billing profile' }).click();
    const gstin = profile.getByLabel('GSTIN (optional)');
    await expect.poll(() => gstin.getAttribute('aria-invalid')).toBe('true');
    const gstinError = await gstin.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${gstinError!.split(' ').pop()}"]`).textContent()).toMatch(/GSTIN|check/i);
    await screenshots(page, 'profile-error');
    await gstin.fill('29ABCDE1234F1ZW');
    await profile.getByRole('button', { name: 'Save billing profile' }).click();
    await profile.getByText('Saved. Invoices issued from now on use these details.').waitFor();

    // Change plan: the preview shows the credit, the charge, GST and the total before anything happens.
    const subscriptions = page.getByRole('table', { name: 'Your subscriptions' });
    await subscriptions.getByRole('button', { name: `Change plan for ${SOLUTION_NAME}` }).click();
    const dialog = page.getByRole('dialog', { name: `Change plan: ${SOLUTION_NAME}` });
    await dialog.getByText(/^Total, charged/).waitFor();
    await dialog.getByText(/^Credit for the unused part of Pro/).waitFor();
    await screenshots(page, 'change-plan', { fullPage: false });
    await dialog.getByRole('button', { name: 'Keep Pro' }).click();
    await dialog.waitFor({ state: 'detached' });

    // Cancel: said to take effect at the period end; then resumed.
    await subscriptions.getByRole('button', { name: `Cancel ${SOLUTION_NAME}` }).click();
    const cancel = page.getByRole('dialog', { name: `Cancel Pro for ${SOLUTION_NAME}?` });
    await cancel.getByText(/takes effect at the end of the current period/).waitFor();
    await cancel.getByRole('button', { name: 'Cancel at period end' }).click();
    await page.getByText(/is cancelled and ends on .*No further charges\./).waitFor();
    const row = subscriptions.getByRole('row').filter({ hasText: SOLUTION_NAME });
    await row.getByText(/^None: ends on /).waitFor();
    expect((await check()).tier).toBe('pro'); // the tier stays until the period ends
    await screenshots(page, 'cancelled');
    await row.getByRole('button', { name: `Resume ${SOLUTION_NAME}` }).click();
    await page.getByText(/renews again/).waitFor();
    await row.getByText(`${PRICE_WITH_GST} incl. GST`, { exact: false }).waitFor();

    expect(unexpectedProblems(), `console 400s from: ${consoleFailures.join(', ')}`).toEqual([]);
  });

  it('the partner sees the revenue of the solution', async () => {
    expect(reached.paid, 'there is no payment to show: the upgrade did not finish').toBe(true);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    screenshotOnFailure(() => context);
    const partner = await context.newPage();
    const partnerProblems = watchProblems(partner);
    await signIn(partner, solution.partner.email, PARTNER_PASSWORD, '/partner');
    await partner.getByRole('link', { name: 'Revenue' }).click();
    await partner.getByRole('heading', { level: 1, name: 'Revenue' }).waitFor();
    const table = partner.getByRole('table', { name: 'Revenue by solution and month' });
    const row = table.getByRole('row').filter({ hasText: SOLUTION_NAME });
    await row.getByText(PRICE_WITH_GST).waitFor();
    await row.getByText(FEE).waitFor();
    await row.getByText(PARTNER_NET).waitFor();
    await partner.getByRole('img', { name: /Stacked bar chart by month/ }).waitFor();
    await screenshots(partner, 'partner-revenue');
    expect(partnerProblems).toEqual([]);
    await context.close();
  });

  it('the admin sees the commission, sets a fee for the solution and makes an Enterprise offer the customer can accept', async () => {
    expect(reached.paid, 'there is no payment to show: the upgrade did not finish').toBe(true);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    screenshotOnFailure(() => context);
    const admin = await context.newPage();
    const adminProblems = watchProblems(admin);
    await signIn(admin, platform.admin.email, platform.admin.password, '/admin');
    await admin.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Revenue' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Revenue and commission' }).waitFor();
    const totals = admin.locator('.revenue-totals');
    await totals.getByText(FEE).waitFor();
    await totals.getByText(PRICE_WITH_GST).waitFor();
    await admin.getByLabel('Group by').selectOption('solution');
    await expect.poll(() => new URL(admin.url()).searchParams.get('by')).toBe('solution');
    await admin.getByRole('table', { name: 'Revenue by solution' }).getByRole('row').filter({ hasText: SOLUTION_NAME }).getByText(FEE).waitFor();

    // A fee of its own for the solution.
    const fee = admin.getByRole('form', { name: 'Per-solution platform fee' });
    await fee.getByLabel('Solution').selectOption({ label: SOLUTION_NAME });
    await fee.getByLabel('Its platform fee (%)').fill('15');
    await fee.getByRole('button', { name: 'Set fee' }).click();
    await admin.getByText(`${SOLUTION_NAME} now pays a 15% platform fee.`).waitFor();
    await admin.getByRole('table', { name: 'Per-solution platform fees' }).getByText('15%').waitFor();

    // An Enterprise offer for the customer, by email.
    const offer = admin.getByRole('form', { name: 'New Enterprise offer' });
    await offer.getByLabel('Customer email or user id').fill(customer.email);
    await offer.getByLabel('Solution').selectOption({ label: SOLUTION_NAME });
    await offer.getByLabel('Monthly price (₹, excl. GST)').fill('4999');
    await offer.getByLabel('Calls per month').fill('500000');
    await offer.getByLabel('Calls per second').fill('50');
    await offer.getByRole('button', { name: 'Create offer' }).click();
    await admin.getByText(/^Offer created\./).waitFor();
    await admin.getByRole('table', { name: 'Enterprise offers' }).getByRole('row').filter({ hasText: customer.email }).getByText('Open').waitFor();
    await screenshots(admin, 'admin-revenue');
    expect(adminProblems).toEqual([]);
    await context.close();

    // The customer sees the offer on the billing page.
    await page.goto(`${platform.url}/billing`, { waitUntil: 'networkidle' });
    const offers = page.getByRole('region', { name: 'Enterprise offers for you' });
    await offers.getByText('₹4,999 / month').waitFor();
    await offers.getByRole('button', { name: 'Accept and pay' }).waitFor();
    await screenshots(page, 'offer');
    expect(unexpectedProblems(), `console 400s from: ${consoleFailures.join(', ')}`).toEqual([]);
  });

  it('a failed renewal shows the past-due banner with a way to pay; paying it keeps Pro', async () => {
    screenshotOnFailure(() => customerContext);
    expect(reached.paid, 'there is no subscription to renew: the upgrade did not finish').toBe(true);
    // The next renewal fails now (Razorpay retries it a day later): the subscription is past due, Pro is kept.
    await simulatorControl(`/subscriptions/${razorpaySubscriptionId}/fail-next-charges`, { count: 1 });
    await simulatorControl(`/subscriptions/${razorpaySubscriptionId}/charge`);
    const banner = page.getByRole('alert').filter({ hasText: `Payment failed for ${SOLUTION_NAME}.` });
    await expect
      .poll(
        async () => {
          await page.goto(`${platform.url}/billing`, { waitUntil: 'networkidle' });
          return banner.count();
        },
        { timeout: 20_000, interval: 1_000 },
      )
      .toBe(1);
    await banner.getByText(/Your Pro plan stays active until .* while the payment is retried\./).waitFor();
    expect((await check()).tier).toBe('pro');
    await screenshots(page, 'past-due');

    // Pay now: the simulator's page for the outstanding invoice, the success card, back to the app.
    await banner.getByRole('link', { name: `Pay now for ${SOLUTION_NAME}` }).click();
    await page.waitForURL(/\/checkout\/sub_/);
    await page.getByLabel('Card number').fill(SUCCESS_CARD);
    await page.getByRole('button', { name: /^Pay ₹/ }).click();
    await page.waitForURL(new RegExp(`^${platform.url}/billing/checkout/return\\?`));
    await page.getByRole('heading', { level: 1, name: 'Pro is active' }).waitFor({ timeout: 15_000 });
    await page.goto(`${platform.url}/billing`, { waitUntil: 'networkidle' });
    await page.getByRole('table', { name: 'Your subscriptions' }).getByText('Active', { exact: true }).waitFor();
    expect(await banner.count()).toBe(0);
    expect(unexpectedProblems(), `console 400s from: ${consoleFailures.join(', ')}`).toEqual([]);
  });
});
