import type { IncomingMessage, ServerResponse } from 'node:http';
import { createGate, type MarketplaceOptions } from './gate.ts';
import { createHealthReporter, type HealthOptions } from './health.ts';
import type { MarketplaceContext } from './standard.ts';

export type MarketplaceRequest = IncomingMessage & { marketplace?: MarketplaceContext };

/**
 * For plain `node:http`: `const admit = createMarketplaceGate({ client })`, then in the handler
 * `const marketplace = await admit(req, res); if (!marketplace) return;` — null means the refusal has been
 * answered. On an admitted call the marketplace headers are already set on `res` and `req.marketplace` is set.
 */
export function createMarketplaceGate(options: MarketplaceOptions): (req: IncomingMessage, res: ServerResponse) => Promise<MarketplaceContext | null> {
  const gate = createGate(options);
  return async (req, res) => {
    const target = req.url ?? '/';
    const mark = target.indexOf('?');
    const query = new URLSearchParams(mark < 0 ? '' : target.slice(mark + 1));
    const outcome = await gate({
      method: req.method ?? 'GET',
      path: pathOf(mark < 0 ? target : target.slice(0, mark)),
      header: (name) => {
        const value = req.headers[name];
        return Array.isArray(value) ? value[0] : value;
      },
      query: (name) => query.get(name) ?? undefined,
      remoteAddress: req.socket.remoteAddress,
    });
    for (const [name, value] of Object.entries(outcome.headers)) res.setHeader(name, value);
    if (outcome.pass) {
      (req as MarketplaceRequest).marketplace = outcome.context;
      return outcome.context;
    }
    res.statusCode = outcome.status;
    res.end(outcome.body ?? undefined);
    return null;
  };
}

/**
 * The path of a request target (its query already cut off) as the marketplace and `onError` see it: no fragment,
 * and of an absolute-form target (`GET http://user:pw@host/x`, as sent to proxies) only the path — never a host or
 * credentials.
 */
function pathOf(target: string): string {
  const hash = target.indexOf('#');
  const path = hash < 0 ? target : target.slice(0, hash);
  if (path.startsWith('/')) return path;
  try {
    return new URL(path).pathname;
  } catch {
    return '/';
  }
}

/** Wraps a `node:http` handler: it runs only for admitted calls, with `req.marketplace` set. */
export function withMarketplace(
  options: MarketplaceOptions,
  handler: (req: MarketplaceRequest & { marketplace: MarketplaceContext }, res: ServerResponse) => unknown,
): (req: IncomingMessage, res: ServerResponse) => void {
  const admit = createMarketplaceGate(options);
  return (req, res) => {
    admit(req, res)
      .then((context) => (context ? handler(req as MarketplaceRequest & { marketplace: MarketplaceContext }, res) : undefined))
      .catch((error: unknown) => {
        console.error('[@marketplace/sdk] request failed:', error instanceof Error ? error.message : error);
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
  };
}

/** The standard health endpoint as a `node:http` handler. */
export function healthHandler(options: HealthOptions = {}): (req: IncomingMessage, res: ServerResponse) => void {
  const report = createHealthReporter(options);
  return (_req, res) => {
    void report().then(({ status, headers, body }) => {
      res.writeHead(status, headers);
      res.end(JSON.stringify(body));
    });
  };
}

export { createQuotaClient } from './client.ts';
export type { MarketplaceContext, MarketplaceOptions };
