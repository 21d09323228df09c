import type { IncomingMessage } from 'node:http';
import { GATEWAY_FORM_POSTS, GATEWAY_PATHS } from '@marketplace/contracts';
import { describe, expect, it } from 'vitest';
import { devProxy } from '../dev-proxy.ts';
import { routes } from './routes';

// The dev server forwards to the gateway what the gateway answers (GATEWAY_PATHS, one list both read; the gateway's
// own test checks that every route it registers lies under it) and nothing of this app's own pages.
const GATEWAY = 'http://127.0.0.1:4000';
const proxy = devProxy(GATEWAY);

/** What the dev server does with `method url`, as Vite decides it: the first key that matches, then its bypass. */
function routeOf(method: string, url: string): 'gateway' | 'app' | string {
  for (const [key, options] of Object.entries(proxy)) {
    if (!new RegExp(key).test(url)) continue;
    const bypass = options.bypass?.({ method, url } as IncomingMessage, undefined, options);
    if (typeof bypass === 'string') return bypass === url ? 'app' : bypass;
    return 'gateway';
  }
  return 'app';
}

/** The web app's page paths, a parameter or splat filled in. */
function pagePaths(): string[] {
  const children = routes[0]!.children ?? [];
  return children.map((route) => route.path!).filter((path) => path !== '*').map((path) => path.replace(/:\w+/g, 'x').replace(/\*$/, 'x'));
}

describe('the dev server forwards exactly the gateway\'s own paths', () => {
  it.each(GATEWAY_PATHS)('%s, and what lies under it, goes to the gateway', (path) => {
    for (const url of [path, `${path}/x`, `${path}?a=1`]) expect(routeOf('GET', url), url).toBe('gateway');
    expect(Object.values(proxy).every((options) => options.target === GATEWAY)).toBe(true);
  });

  it('forwards billing\'s REST routes, the payout CSV and Razorpay\'s webhooks among them', () => {
    for (const url of ['/billing/payout-report.csv?month=2026-11', '/billing/invoices/inv_1.pdf', '/billing/webhooks/razorpay', '/account/export', '/docs/errors']) {
      expect(routeOf(url.startsWith('/billing/webhooks') ? 'POST' : 'GET', url), url).toBe('gateway');
    }
  });

  it('keeps every page of this app, and paths that only begin like a gateway path, on the dev server', () => {
    const paths = pagePaths();
    expect(paths).toEqual(expect.arrayContaining(['/billing', '/billing/checkout/return', '/account/sign-in-methods']));
    for (const url of [...paths, '/authors', '/billing/invoicesx', '/config.jsonx']) expect(routeOf('GET', url), url).toBe('app');
  });

  it('sends Checkout\'s form POST back to the return page to the gateway, which turns it into a GET of the page', () => {
    for (const path of GATEWAY_FORM_POSTS) {
      expect(routeOf('POST', path)).toBe('gateway');
      expect(routeOf('GET', `${path}?razorpay_payment_id=pay_1`)).toBe('app');
    }
  });

  it('serves the Explorer from source at the path the gateway serves it at', () => {
    expect(routeOf('GET', '/explorer')).toBe('/explorer.html');
    expect(routeOf('GET', '/explorer?query=%7B%7D')).toBe('/explorer.html?query=%7B%7D');
  });
});
