import type { Context, MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import { createGate, type MarketplaceOptions } from './gate.ts';
import { createHealthReporter, type HealthOptions } from './health.ts';
import type { MarketplaceContext } from './standard.ts';

export type MarketplaceEnv = { Variables: { marketplace: MarketplaceContext } };

export interface HonoMarketplaceOptions extends MarketplaceOptions {
  /**
   * The peer address of the request's connection, which Hono leaves to the runtime. Default: Node's socket
   * under `@hono/node-server` (`c.env.incoming`); elsewhere pass e.g. `(c) => getConnInfo(c).remote.address`.
   */
  remoteAddress?: (c: Context) => string | undefined;
}

/**
 * Hono middleware: `app.use('/v1/*', marketplace({ client }))`. Admitted calls go on with
 * `c.get('marketplace')` and the marketplace headers set; refused ones are answered here. The matched route
 * template (`/v1/x/:id`) is what the marketplace sees; a path no route matches is left to Hono's 404.
 */
export function marketplace(options: HonoMarketplaceOptions): MiddlewareHandler<MarketplaceEnv> {
  const gate = createGate(options);
  const remoteAddress = options.remoteAddress ?? nodeSocketAddress;
  return async (c, next) => {
    const routes = matchedRoutes(c);
    // No route after this middleware: Hono answers 404, and an unknown path costs the caller nothing.
    if (c.req.routeIndex >= routes.length - 1) return next();
    const url = new URL(c.req.url);
    const outcome = await gate({
      method: c.req.method,
      path: url.pathname,
      route: routes[routes.length - 1]!.path,
      header: (name) => c.req.header(name),
      query: (name) => url.searchParams.get(name) ?? undefined,
      remoteAddress: remoteAddress(c),
    });
    if (!outcome.pass) return new Response(outcome.body, { status: outcome.status, headers: outcome.headers });
    c.set('marketplace', outcome.context);
    await next();
    try {
      for (const [name, value] of Object.entries(outcome.headers)) c.res.headers.set(name, value);
    } catch {
      // A handler's Response with immutable headers (e.g. one passed on from fetch): copy it, then set them.
      c.res = new Response(c.res.body, c.res);
      for (const [name, value] of Object.entries(outcome.headers)) c.res.headers.set(name, value);
    }
  };
}

function nodeSocketAddress(c: Context): string | undefined {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress;
}

/** The standard health endpoint: `app.get('/health', healthHandler({ client }))`. */
export function healthHandler(options: HealthOptions = {}): (c: Context) => Promise<Response> {
  const report = createHealthReporter(options);
  return async () => {
    const { status, headers, body } = await report();
    return new Response(JSON.stringify(body), { status, headers });
  };
}

export { createQuotaClient } from './client.ts';
export type { MarketplaceContext, MarketplaceOptions };
