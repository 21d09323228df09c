import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, watchProblems } from './support/browser.ts';
import { type LaunchedPlatform, sharedPlatform } from './support/platform.ts';

/**
 * Account settings in the browser: a customer signed in on another device too renames themself, changes the
 * password, and that other device's session ends; at 1280 px and at 360 px.
 */
let platform: LaunchedPlatform;
let browser: Browser;
let context: BrowserContext;
const EMAIL = 'settings-e2e@example.com';
const PASSWORD = 'first-password-1';

beforeAll(async () => {
  browser = await launchBrowser();
  platform = await sharedPlatform();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await platform?.stop();
});

describe('account settings', () => {
  it('renames, changes the password and signs the other device out', async () => {
    await platform.api.signUp(EMAIL, PASSWORD, 'Settings Tester');
    const otherDevice = await platform.api.login(EMAIL, PASSWORD);

    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(`${platform.url}/login?next=${encodeURIComponent('/settings')}`);
    await page.getByLabel('Email', { exact: true }).fill(EMAIL);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${platform.url}/settings`);
    await page.getByRole('heading', { name: 'Account settings' }).waitFor();
    await page.getByText('This browser').waitFor();
    // The sign-up's own sign-in and the other device.
    expect(await page.getByText('Another sign-in').count()).toBe(2);
    await screenshot(page, 'settings-1280');
    await page.setViewportSize({ width: 360, height: 800 });
    await screenshot(page, 'settings-360');
    await page.setViewportSize({ width: 1280, height: 900 });

    const name = page.getByLabel('Name', { exact: true });
    await name.fill('Renamed Tester');
    await page.getByRole('button', { name: 'Save name' }).click();
    await page.getByText('Name saved.').waitFor();

    const password = page.getByRole('region', { name: 'Password' });
    await password.getByLabel('Current password', { exact: true }).fill(PASSWORD);
    await password.getByLabel('New password', { exact: true }).fill('second-password-2');
    await password.getByLabel('Repeat the new password', { exact: true }).fill('second-password-2');
    await password.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Password changed. Your other sessions were signed out.').waitFor();
    await page.getByRole('button', { name: 'No other sessions' }).waitFor();

    const refreshed = await platform.api.graphql(`mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`, { t: otherDevice.refreshToken });
    expect(refreshed.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const me = await platform.api.login(EMAIL, 'second-password-2');
    const profile = await platform.api.graphql(`{ me { name } }`, undefined, me.accessToken);
    expect(profile.data?.me).toEqual({ name: 'Renamed Tester' });
    expect(problems).toEqual([]);
  });

  it('schedules the deletion of the account with the grace notice, and cancels it', async () => {
    const email = 'delete-e2e@example.com';
    await platform.api.signUp(email, PASSWORD, 'Leaving Tester');
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${platform.url}/login?next=${encodeURIComponent('/settings')}`);
    await page.getByLabel('Email', { exact: true }).fill(email);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${platform.url}/settings`);

    const section = page.getByRole('region', { name: 'Delete your account' });
    await section.getByLabel('Your password', { exact: true }).fill('not-my-password-9');
    await section.getByRole('button', { name: 'Delete my account' }).click();
    await section.getByText('The password is not correct.').waitFor();
    await section.getByLabel('Your password', { exact: true }).fill(PASSWORD);
    await section.getByRole('button', { name: 'Delete my account' }).click();
    await section.getByText(/Your account will be deleted on/).waitFor();
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, 'settings-deletion-1280');
    await page.setViewportSize({ width: 360, height: 800 });
    await screenshot(page, 'settings-deletion-360');
    await page.setViewportSize({ width: 1280, height: 900 });

    await section.getByRole('button', { name: 'Cancel the deletion' }).click();
    await section.getByText('The deletion is cancelled. Your account stays as it is.').waitFor();
    await section.getByRole('button', { name: 'Delete my account' }).waitFor();
    const me = await platform.api.login(email, PASSWORD);
    expect((await platform.api.graphql(`{ myAccountDeletion { state } }`, undefined, me.accessToken)).data).toEqual({ myAccountDeletion: null });
    // The wrong password was a 200 with a GraphQL error, not a failed request.
    expect(problems).toEqual([]);
  });
});
