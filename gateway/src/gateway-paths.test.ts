import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { GATEWAY_FORM_POSTS, GATEWAY_PAGES, GATEWAY_PATHS, isGatewayPath } from '@marketplace/contracts';
import { type BaseContext, createLogger } from '@marketplace/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGatewayApp, type GatewayOptions } from './gateway-server.ts';

// GATEWAY_PATHS is what the web app's dev server forwards to the gateway (client/dev-proxy.ts): every route the
// gateway registers must lie under it, and no path under it may be answered with the web app's page.
const WEB_APP = '<!doctype html><title>web app</title>';
const dist = mkdtempSync(join(tmpdir(), 'gateway-paths-'));
writeFileSync(join(dist, 'index.html'), WEB_APP);
writeFileSync(join(dist, 'explorer.html'), '<!doctype html><title>explorer</title>');
const options = {
  production: false,
  maxBodyBytes: 400,
  maxDepth: 3,
  logger: createLogger('test', 'silent'),
  subgraphUrls: { billing: 'http://127.0.0.1:1/graphql' },
  serviceHealthUrls: {},
  checkDatabase: async () => undefined,
  publicConfig: { quotaUrl: 'http://127.0.0.1:1' },
  explorer: true,
  clientDist: dist,
  verifyToken: async () => null,
  sessionStatus: async () => ({ active: false, roles: [] }),
  fingerprintSecret: 'y'.repeat(32),
  trustProxyHops: 0,
  internalSecret: 'x'.repeat(32),
} as unknown as GatewayOptions;
const apollo = { assertStarted: () => undefined } as unknown as ApolloServer<BaseContext>;
const app = createGatewayApp(options, apollo, { graphql: true });

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dist, { recursive: true, force: true });
});

interface Layer {
  rawPath?: unknown;
  route?: { path: unknown; methods: Record<string, boolean> };
  handle: { stack?: Layer[] };
}

/** Every path the app registers a route or a middleware at (a router's by its mount), with the route's methods (`*`: any). */
function registeredPaths(stack: Layer[], mount = ''): { path: string; methods: string[] }[] {
  const found: { path: string; methods: string[] }[] = [];
  for (const layer of stack) {
    const paths = (Array.isArray(layer.rawPath) ? layer.rawPath : [layer.rawPath]).filter((p): p is string => typeof p === 'string' && p !== '/');
    for (const path of paths) {
      if (layer.route) found.push({ path: `${mount}${path}`, methods: Object.keys(layer.route.methods) });
      else if (layer.handle.stack) found.push(...registeredPaths(layer.handle.stack, `${mount}${path}`));
      else found.push({ path: `${mount}${path}`, methods: ['*'] });
    }
  }
  return found;
}

describe('the gateway answers exactly GATEWAY_PATHS (what the dev server forwards), never with the web app', () => {
  it('registers no route outside GATEWAY_PATHS but the Explorer page and Checkout\'s form POST', () => {
    const routes = registeredPaths((app as unknown as { router: { stack: Layer[] } }).router.stack);
    // Guards against reading Express's router wrong: a walk that finds nothing would prove nothing.
    expect(routes.map((r) => r.path)).toEqual(expect.arrayContaining(['/healthz', '/graphql', '/auth/refresh', '/account/export', '/billing/checkout/return']));
    for (const { path, methods } of routes) {
      const covered =
        isGatewayPath(path) ||
        path === GATEWAY_PAGES.explorer.path ||
        ((GATEWAY_FORM_POSTS as readonly string[]).includes(path) && methods.every((method) => method === 'post'));
      expect(covered, `${methods.join(',')} ${path} is not in GATEWAY_PATHS: the dev server would not forward it`).toBe(true);
    }
  });

  it.each(GATEWAY_PATHS.flatMap((path) => [path, `${path}/nope`]))('GET %s is never the web app\'s page', async (path) => {
    const res = await fetch(`${base}${path}`, { headers: { accept: 'text/html' }, redirect: 'manual' });
    expect(await res.text()).not.toBe(WEB_APP);
  });

  it('leaves the web app its pages next to them: /billing, its checkout return, /account/sign-in-methods', async () => {
    for (const path of ['/billing', '/billing/checkout/return', '/account/sign-in-methods', '/authors']) {
      const res = await fetch(`${base}${path}`, { headers: { accept: 'text/html' } });
      expect(await res.text(), path).toBe(WEB_APP);
    }
  });
});
