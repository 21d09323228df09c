import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { testOpenIdProviderAt } from '../support/openid-provider.ts';
import { launchBrowser, screenshot, watchProblems } from './support/browser.ts';
import { type LaunchedPlatform, sharedPlatform } from './support/platform.ts';

/**
 * Social sign-in in Chromium against the platform as `npm start` runs it, configured (AUTH_PROVIDERS) with two real
 * OpenID providers on 127.0.0.1, one Google-like and one Cognito-like, and one that is down: the shared platform's
 * (test/e2e/support/global-platform.ts). The browser goes to the provider's own login page and back through the
 * gateway's callback, as with the real ones.
 */
let platform: LaunchedPlatform;
let browser: Browser;
const google = testOpenIdProviderAt(inject('e2eOpenIdProviders').google);
const cognito = testOpenIdProviderAt(inject('e2eOpenIdProviders').cognito);
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  platform = await sharedPlatform();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

async function newPage(): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext();
  contexts.push(context);
  const page = await context.newPage();
  return { page, problems: watchProblems(page) };
}

/** On the provider's own login page: any login names the account there. */
async function signInAtProvider(page: Page, login: string): Promise<void> {
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any-password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
}

describe('social sign-in in the browser', () => {
  it('signs up with a Google-like provider from the sign-in page and shows the linked method', async () => {
    await google.setAccount('grace', { email: 'grace@example.test', name: 'Grace Hopper' });
    const { page, problems } = await newPage();
    await page.goto(`${platform.url}/login`, { waitUntil: 'networkidle' });
    await screenshot(page, 'social-sign-in-buttons');
    expect(problems).toEqual([]);
    await page.getByRole('button', { name: 'Continue with Google' }).click();
    await page.waitForURL(/127\.0\.0\.1:\d+\/interaction\//);
    await signInAtProvider(page, 'grace');
    await page.waitForURL(`${platform.url}/dashboard`);
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await page.getByText('Welcome back, Grace Hopper.').waitFor();
    // The test provider's own login page fetches web fonts this machine cannot reach: only our pages count from here.
    const onProvider = problems.length;

    await page.getByRole('link', { name: 'Sign-in methods' }).click();
    await page.getByRole('heading', { level: 1, name: 'Linked sign-in methods' }).waitFor();
    const methods = page.getByRole('list', { name: 'Sign-in methods' });
    await methods.getByText('Google', { exact: true }).waitFor();
    await methods.getByText('none yet').waitFor();
    // The only way in cannot be removed.
    await page.getByRole('button', { name: 'Unlink Google' }).click();
    await page.getByRole('alert').getByText(/only way to sign in/).waitFor();
    await screenshot(page, 'social-sign-in-methods');
    // A reload keeps the session (the HttpOnly refresh cookie, as after a password sign-in).
    await page.reload({ waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 1, name: 'Linked sign-in methods' }).waitFor();
    expect(problems.slice(onProvider)).toEqual([]);
  });

  it('brings an existing user in through the Cognito-like pool after the password proves the account', async () => {
    await platform.api.signUp('lin@example.test', 'lin-password-123', 'Lin Existing');
    await cognito.setAccount('lin', { email: 'lin@example.test', username: 'lin.pool' });
    const { page } = await newPage();
    await page.goto(`${platform.url}/signup`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Continue with AWS Cognito' }).click();
    await signInAtProvider(page, 'lin');
    await page.waitForURL(/\/link-account\?token=/);
    await page.getByRole('heading', { level: 1, name: 'Link AWS Cognito to your account' }).waitFor();
    await page.getByLabel('Your Marketplace password').fill('not-the-password');
    await page.getByRole('button', { name: 'Link AWS Cognito and sign in' }).click();
    await page.getByText('The password is not correct.').waitFor();
    await page.getByLabel('Your Marketplace password').fill('lin-password-123');
    await page.getByRole('button', { name: 'Link AWS Cognito and sign in' }).click();
    await page.waitForURL(`${platform.url}/dashboard`);
    await page.getByText('Welcome back, Lin Existing.').waitFor();
    await page.goto(`${platform.url}/account/sign-in-methods`, { waitUntil: 'networkidle' });
    await page.getByRole('list', { name: 'Sign-in methods' }).getByText('lin.pool').waitFor();
  });

  it('explains refusals on the sign-in page and starts no session: unverified email, provider down, wrong state', async () => {
    await google.setAccount('unverified', { email: 'unverified@example.test', email_verified: false });
    const { page } = await newPage();
    await page.goto(`${platform.url}/login`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Continue with Google' }).click();
    await signInAtProvider(page, 'unverified');
    await page.waitForURL(/\/login\?error=EMAIL_NOT_VERIFIED/);
    await page.getByRole('alert').getByText('Your email address is not verified at Google.', { exact: false }).waitFor();
    await screenshot(page, 'social-sign-in-unverified');

    await page.getByRole('button', { name: 'Continue with Offline IdP' }).click();
    await page.getByRole('alert').getByText('Offline IdP cannot be reached right now.', { exact: false }).waitFor();
    expect(page.url()).toContain(`${platform.url}/login`);

    await page.goto(`${platform.url}/auth/oidc/google/callback?code=stolen&state=not-this-browsers`, { waitUntil: 'networkidle' });
    await page.waitForURL(/\/login\?error=STATE_MISMATCH/);
    await page.getByRole('alert').getByText('This sign-in was started in another browser or tab', { exact: false }).waitFor();
    await page.goto(`${platform.url}/dashboard`, { waitUntil: 'networkidle' });
    await page.waitForURL(/\/login/);
  });
});
