import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { createGate, type GateOutcome, type MarketplaceOptions } from './gate.ts';
import { createHealthReporter, type HealthOptions } from './health.ts';
import type { MarketplaceContext } from './standard.ts';

declare global {
  namespace Express {
    interface Request {
      /** Set by the marketplace middleware on an admitted call. */
      marketplace?: MarketplaceContext;
    }
  }
}

/**
 * Express middleware: `app.use(marketplace({ client }))`, or per route (`app.get('/v1/x/:id', gate, handler)`)
 * so the route template (`GET /v1/x/{id}`) is what the marketplace sees. Admitted calls go on with
 * `req.marketplace` and the marketplace headers set; refused ones are answered here.
 */
export function marketplace(options: MarketplaceOptions): RequestHandler {
  const gate = createGate(options);
  return (req: Request, res: Response, next: NextFunction) => {
    gate({
      method: req.method,
      path: req.path,
      route: req.route?.path === undefined ? undefined : `${req.baseUrl}${String(req.route.path)}`,
      header: (name) => firstHeader(req.headers[name]),
      query: (name) => (typeof req.query[name] === 'string' ? req.query[name] : undefined),
      remoteAddress: req.socket.remoteAddress,
    }).then((outcome) => send(outcome, req, res, next), next);
  };
}

function send(outcome: GateOutcome, req: Request, res: Response, next: NextFunction): void {
  res.set(outcome.headers);
  if (outcome.pass) {
    req.marketplace = outcome.context;
    return next();
  }
  answer(res, outcome.status, outcome.body);
}

/**
 * An answer of the SDK's own (a refusal, the health report) exactly as the integration standard has it: written
 * with Node's `end`, not Express's `send`, so Express adds no `ETag` (a refusal is no cacheable representation)
 * and no 304 handling, and without the app's `X-Powered-By`.
 */
function answer(res: Response, status: number, body: string | null): void {
  res.removeHeader('x-powered-by');
  res.status(status);
  if (body === null) res.end();
  else res.end(body);
}

/** The standard health endpoint: `app.get('/health', healthHandler({ client }))`. */
export function healthHandler(options: HealthOptions = {}): RequestHandler {
  const report = createHealthReporter(options);
  return (_req, res, next) => {
    report().then(({ status, headers, body }) => answer(res.set(headers), status, JSON.stringify(body)), next);
  };
}

function firstHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export { createQuotaClient } from './client.ts';
export type { MarketplaceContext, MarketplaceOptions };
