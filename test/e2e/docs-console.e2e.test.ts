import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FxRatesProcess, startFxRates } from '../demo/fx-rates-process.ts';
import { freePort } from '../support/ports.ts';
import { seedCustomer, seedSolution, type SeededCustomer, type SeededSolution } from '../support/seed.ts';
import { launchBrowser, screenshot, watchProblems } from './support/browser.ts';
import { type LaunchedPlatform, sharedPlatform } from './support/platform.ts';

/**
 * A customer reads a solution's API reference and calls it from the page's console with their key: the FX Rates
 * example (sdk/examples/fx-rates) runs here behind the SDK with CORS for the marketplace's origin, so the browser
 * calls it directly and reads the RateLimit headers the marketplace's verdict put on the answer.
 */
let platform: LaunchedPlatform;
let browser: Browser;
let context: BrowserContext;
let partnerContext: BrowserContext;
let page: Page;
let problems: string[];
let solution: SeededSolution;
let customer: SeededCustomer;
let fx: FxRatesProcess | undefined;
// Named apart from the health journey's "FX Rates": the e2e journeys share one platform.
const SOLUTION_NAME = 'E2E Currency Console';

beforeAll(async () => {
  browser = await launchBrowser();
  platform = await sharedPlatform();
  const fxPort = await freePort();
  const baseUrl = `http://127.0.0.1:${fxPort}`;
  solution = await seedSolution(platform.api, {
    slug: 'e2e-fx-rates',
    name: SOLUTION_NAME,
    category: 'Finance & Payments',
    baseUrl,
    endpoints: [
      {
        method: 'GET',
        path: '/v1/rates/latest',
        description: 'The latest rates against a base currency.',
        parameters: [{ name: 'base', in: 'QUERY', type: 'STRING', description: 'The base currency.', example: 'INR' }],
        responseExample: '{"base":"INR","date":"2026-11-30","rates":{"USD":0.0118}}',
      },
      {
        method: 'GET',
        path: '/v1/convert',
        description: 'Converts an amount between two currencies.',
        parameters: [
          { name: 'from', in: 'QUERY', required: true, example: 'INR' },
          { name: 'to', in: 'QUERY', required: true, example: 'USD' },
          { name: 'amount', in: 'QUERY', type: 'NUMBER', required: true, example: '1000' },
        ],
      },
    ],
  });
  // As a partner runs it: its own process, behind the SDK, with CORS for the marketplace's origin.
  fx = await startFxRates({ port: fxPort, shimUrl: platform.shimUrl, solutionSecret: solution.secret, marketplaceOrigin: platform.url });
  customer = await seedCustomer(platform.api, solution.solutionId);
}, 300_000); // the launcher's own start-up limit is 180 s on a busy machine

afterAll(async () => {
  await context?.close();
  await partnerContext?.close();
  await browser?.close();
  await fx?.stop();
  await platform?.stop();
});

describe('API docs and the live console', () => {
  it('a customer reads the docs, calls the solution from the console with their key and sees the RateLimit headers', async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    problems = watchProblems(page);
    await page.goto(`${platform.url}/login`, { waitUntil: 'networkidle' });
    await page.getByLabel('Email').fill(customer.email);
    await page.getByLabel('Password').fill('customer-password-123');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));

    await page.goto(`${platform.url}/solutions/e2e-fx-rates`, { waitUntil: 'networkidle' });
    await page
      .getByRole('heading', { level: 1, name: SOLUTION_NAME })
      .waitFor()
      .catch(async (error: unknown) => {
        await screenshot(page, 'api-docs-failure');
        throw new Error(`the solution page did not show (${String(error)}); problems: ${JSON.stringify(problems)}; h1: ${await page.locator('h1').allTextContents()}`);
      });
    const reference = page.getByRole('region', { name: 'API reference' });
    const latest = reference.getByRole('article', { name: 'GET /v1/rates/latest' });
    await latest.getByRole('table', { name: 'Parameters of GET /v1/rates/latest' }).getByRole('cell', { name: 'base', exact: true }).waitFor();
    expect(await latest.getByLabel('Example response of GET /v1/rates/latest').textContent()).toContain('"USD": 0.0118');

    // The key: chosen by its prefix, the secret pasted (never shown by the platform again).
    const prefix = customer.apiKey.slice(0, 12);
    await reference.getByLabel('API key').selectOption({ label: `Seeded key (${prefix}…)` });
    const example = latest.getByLabel('Example request for GET /v1/rates/latest');
    expect(await example.textContent()).toContain(`export MARKETPLACE_API_KEY='${prefix}…'`);
    await reference.getByLabel(`Paste the full key ${prefix}…`).fill(customer.apiKey);
    expect(await example.textContent()).toContain(`curl -i -X GET 'http://127.0.0.1:`);
    await reference.getByRole('button', { name: 'Python' }).click();
    expect(await example.textContent()).toContain('import requests');
    await screenshot(page, 'api-docs-1280');

    await latest.getByRole('button', { name: 'Try it with GET /v1/rates/latest' }).click();
    const consoleRegion = page.getByRole('region', { name: 'Try it' });
    expect(await page.evaluate('document.activeElement?.id')).toBe(await consoleRegion.getByLabel('Endpoint').getAttribute('id'));
    await consoleRegion.getByRole('button', { name: 'Send with your key' }).click();
    const answer = consoleRegion.getByRole('region', { name: /Response 200/ });
    await answer.waitFor();
    const highlighted = await answer.locator('tr.header-ratelimit td:first-child code').allTextContents();
    expect(highlighted).toEqual(expect.arrayContaining(['ratelimit', 'ratelimit-policy']));
    expect(await answer.getByLabel('Response body').textContent()).toContain('"base": "INR"');
    await screenshot(page, 'api-console-1280');

    await page.setViewportSize({ width: 360, height: 800 });
    await page.getByRole('heading', { level: 1, name: SOLUTION_NAME }).waitFor();
    const overflow: number = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'api-docs-console-360');
    expect(problems).toEqual([]);
  });

  it('the partner previews a draft with the readiness checklist, and the endpoints list stacks at 360 px', async () => {
    partnerContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const partnerPage = await partnerContext.newPage();
    const partnerProblems = watchProblems(partnerPage);
    await partnerPage.goto(`${platform.url}/login`, { waitUntil: 'networkidle' });
    await partnerPage.getByLabel('Email').fill(solution.partner.email);
    await partnerPage.getByLabel('Password').fill('partner-password-123');
    await partnerPage.getByRole('button', { name: 'Sign in' }).click();
    await partnerPage.waitForURL((url) => !url.pathname.startsWith('/login'));

    const draft = await platform.api.graphql<{ createSolution: { id: string } }>(
      `mutation($input: CreateSolutionInput!) { createSolution(input: $input) { id } }`,
      { input: { name: 'E2E Draft', slug: 'e2e-draft', summary: 'Not ready yet.', description: 'A draft.', category: 'Other', baseUrl: 'https://draft.example' } },
      solution.partner.accessToken,
    );
    const draftId = draft.data!.createSolution.id;
    await partnerPage.goto(`${platform.url}/partner/solutions/${draftId}`, { waitUntil: 'networkidle' });
    await partnerPage.getByRole('heading', { level: 1, name: 'E2E Draft' }).waitFor();
    await partnerPage.getByText('4 of 4 still to do before you can submit.').waitFor();
    await partnerPage.getByRole('button', { name: 'Submit for review' }).click();
    const refusal = partnerPage.getByRole('alert').filter({ hasText: 'Not submitted' });
    await refusal.waitFor();
    expect(await refusal.getByRole('listitem').count()).toBe(4);
    await screenshot(partnerPage, 'partner-readiness-1280');

    await partnerPage.getByRole('link', { name: 'Preview the page' }).click();
    await partnerPage.getByRole('region', { name: /Preview/ }).waitFor();
    await screenshot(partnerPage, 'review-preview-1280');
    await partnerPage.setViewportSize({ width: 360, height: 800 });
    await screenshot(partnerPage, 'review-preview-360');

    await partnerPage.goto(`${platform.url}/partner/solutions/${solution.solutionId}`, { waitUntil: 'networkidle' });
    await partnerPage.getByRole('heading', { level: 2, name: 'Endpoints and health check' }).waitFor();
    const overflow: number = await partnerPage.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await partnerPage.getByRole('heading', { level: 2, name: 'Endpoints and health check' }).scrollIntoViewIfNeeded();
    await screenshot(partnerPage, 'partner-endpoints-360');
    await partnerPage.setViewportSize({ width: 1280, height: 900 });
    await partnerPage.getByRole('button', { name: 'Import OpenAPI' }).click();
    const dialog = partnerPage.getByRole('dialog', { name: 'Import an OpenAPI document' });
    await dialog.getByLabel('OpenAPI document').fill('{"openapi":"3.1.0","paths":{"/v1/x":{"get":{"parameters":[{"name":"c","in":"cookie"}]}}}}');
    await dialog.getByRole('button', { name: 'Check document' }).click();
    await dialog.getByText('/paths/~1v1~1x/get/parameters/0/in', { exact: false }).waitFor();
    await screenshot(partnerPage, 'openapi-import-errors-1280');
    await partnerPage.keyboard.press('Escape');
    expect(await partnerPage.evaluate('document.activeElement?.textContent')).toBe('Import OpenAPI');
    expect(partnerProblems).toEqual([]);
  });
});
