/**
 * The paths the gateway answers itself over HTTP — the API, its REST routes and what it serves that is no page of
 * the web app; every other path is the web app's. Each covers itself and what lies under it (`/auth` covers
 * `/auth/refresh`, `/billing/payout-report` covers `/billing/payout-report.csv`). Declared once: the gateway never
 * answers these with the web app's page, and the web app's dev server forwards exactly these to the gateway.
 */
export const GATEWAY_PATHS = [
  '/graphql',
  '/healthz',
  '/auth',
  '/account/export',
  '/config.json',
  '/docs/errors',
  '/billing/invoices',
  '/billing/payout-report',
  '/billing/webhooks',
] as const;

/**
 * Pages of the web app that the gateway answers for one method besides: Razorpay Checkout's form POST back to the
 * return page, which the gateway turns into a GET of it (a GET stays the web app's).
 */
export const GATEWAY_FORM_POSTS = ['/billing/checkout/return'] as const;

/** Pages of the build the gateway serves at a path of their own, by file (the dev server serves the file from source). */
export const GATEWAY_PAGES = { explorer: { path: '/explorer', file: 'explorer.html' } } as const;

/** Whether `path` (no query) is `prefix` or lies under it: the next character ends a segment or starts an extension. */
export function isUnderPath(path: string, prefix: string): boolean {
  if (!path.startsWith(prefix)) return false;
  const next = path.charAt(prefix.length);
  return next === '' || next === '/' || (next === '.' && !prefix.includes('.'));
}

/** Whether the gateway answers `path` itself whatever the method (one of {@link GATEWAY_PATHS}). */
export function isGatewayPath(path: string): boolean {
  return GATEWAY_PATHS.some((prefix) => isUnderPath(path, prefix));
}
