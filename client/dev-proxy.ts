import type { IncomingMessage } from 'node:http';
import { GATEWAY_FORM_POSTS, GATEWAY_PAGES, GATEWAY_PATHS } from '@marketplace/contracts';
import type { ProxyOptions } from 'vite';

/** Escapes a path for a RegExp source. */
const literal = (path: string) => path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The dev server's `proxy`: exactly the gateway's own paths (GATEWAY_PATHS, which the gateway never answers with
 * this app's page) go to the gateway, each with what lies under it and not a longer name (`/auth/…`, not
 * `/authors`); Checkout's form POST back to the return page too (its GET is this app's page); the Explorer is
 * served from source. Everything else is this app's. Keys are Vite's RegExp form (they start with `^`).
 */
export function devProxy(gatewayUrl: string): Record<string, ProxyOptions> {
  const proxy: Record<string, ProxyOptions> = {};
  for (const path of GATEWAY_PATHS) {
    proxy[`^${literal(path)}(?=$|[/?]${path.includes('.') ? '' : '|\\.'})`] = { target: gatewayUrl, changeOrigin: true };
  }
  for (const path of GATEWAY_FORM_POSTS) {
    proxy[`^${literal(path)}(?=$|\\?)`] = { target: gatewayUrl, changeOrigin: true, bypass: (req: IncomingMessage) => (req.method === 'POST' ? undefined : req.url) };
  }
  const explorer = GATEWAY_PAGES.explorer;
  proxy[`^${literal(explorer.path)}(?=$|\\?)`] = { target: gatewayUrl, bypass: (req: IncomingMessage) => `/${explorer.file}${(req.url ?? '').slice(explorer.path.length)}` };
  return proxy;
}
