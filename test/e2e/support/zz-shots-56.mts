// Throwaway screenshot script for the webapp helper (not committed).
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
const url = 'http://127.0.0.1:5600';
const out = '/work/wt/webapp/test-results/webapp-56';
const demo = JSON.parse(process.env.DEMO ?? '{}');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
async function signIn(page, email, password) {
  await page.goto(`${url}/login`);
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}
async function shoot(page, name, locator) {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(400);
    if (locator) await locator.screenshot({ path: `${out}/${name}-${width}.png` });
    else await page.screenshot({ path: `${out}/${name}-${width}.png`, fullPage: true });
  }
}
const adminPw = readFileSync('/work/wt/webapp/.data-56/admin-password.txt', 'utf8').trim();
const ctx = await browser.newContext();
const page = await ctx.newPage();
const problems = [];
page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
// Explorer signed out (no nav link), then as admin.
await page.goto(url);
console.log('explorer link signed out:', await page.getByRole('link', { name: 'Explorer' }).count());
await signIn(page, 'admin@marketplace.local', adminPw);
console.log('explorer link signed in:', await page.getByRole('link', { name: 'Explorer' }).count());
await page.goto(`${url}/explorer`, { waitUntil: 'networkidle' });
await page.waitForTimeout(1500);
await shoot(page, 'explorer');
// Admin user page of the demo customer.
await page.goto(`${url}/admin/users?q=${encodeURIComponent(process.env.CUSTOMER_EMAIL)}`);
await page.getByRole('table', { name: 'Users' }).getByRole('link').first().click();
await page.getByRole('heading', { name: 'Recent audit events' }).waitFor();
await page.getByRole('table', { name: /^Audit events for/ }).waitFor({ timeout: 20000 });
await shoot(page, 'admin-user-events', page.locator('section', { has: page.getByRole('heading', { name: 'Recent audit events' }) }));
await page.getByRole('link', { name: 'All events for this user →' }).click();
await page.getByRole('table').first().waitFor({ timeout: 20000 });
await shoot(page, 'admin-audit-user-filter');
await ctx.close();
// Partner: customers panel.
const pctx = await browser.newContext();
const p = await pctx.newPage();
await signIn(p, process.env.PARTNER_EMAIL, process.env.DEMO_PASSWORD);
await p.goto(`${url}/partner`);
await p.getByRole('link', { name: process.env.SOLUTION_NAME, exact: true }).first().click();
const panel = p.locator('section', { has: p.getByRole('heading', { name: 'Customers', exact: true }) });
await panel.getByRole('table').first().waitFor({ timeout: 20000 });
await p.getByRole('heading', { name: 'Calls by endpoint this month' }).waitFor();
await p.waitForTimeout(3000);
await shoot(p, 'partner-customers', panel);
await pctx.close();
console.log('console errors:', problems);
await browser.close();
