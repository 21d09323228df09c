import type { IncomingMessage, ServerResponse } from 'node:http';
import { createGate, errorSinkOf, type GateOutcome, type MarketplaceOptions, problem } from './gate.ts';
import { createHealthReporter, type HealthOptions } from './health.ts';
import type { MarketplaceContext } from './standard.ts';

export type MarketplaceRequest = IncomingMessage & { marketplace?: MarketplaceContext };

/**
 * For plain `node:http`: `const admit = createMarketplaceGate({ client })`, then in the handler
 * `const marketplace = await admit(req, res); if (!marketplace) return;` — null means the refusal has been
 * answered. On an admitted call the marketplace headers are already set on `res` and `req.marketplace` is set.
 */
export function createMarketplaceGate(options: MarketplaceOptions): (req: IncomingMessage, res: ServerResponse) => Promise<MarketplaceContext | null> {
  const admit = createAdmitter(options);
  return async (req, res) => {
    const outcome = await admit(req, res);
    return outcome.pass ? outcome.context : null;
  };
}

/** Asks the gate, sets its headers on `res`, answers a refusal; the outcome tells which headers are the SDK's. */
function createAdmitter(options: MarketplaceOptions): (req: IncomingMessage, res: ServerResponse) => Promise<GateOutcome> {
  const gate = createGate(options);
  return async (req, res) => {
    const target = req.url ?? '/';
    const mark = target.indexOf('?');
    const query = new URLSearchParams(mark < 0 ? '' : target.slice(mark + 1));
    const outcome = await gate({
      method: req.method ?? 'GET',
      path: pathOf(req),
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
      return outcome;
    }
    res.statusCode = outcome.status;
    res.end(outcome.body ?? undefined);
    return outcome;
  };
}

/**
 * The path of a request as the marketplace and `onError` see it: no query or fragment, and of an absolute-form
 * target (`GET http://user:pw@host/x`, as sent to proxies) only the path — never a host or credentials.
 */
function pathOf(req: IncomingMessage): string {
  const target = req.url ?? '/';
  const end = target.search(/[?#]/);
  const path = end < 0 ? target : target.slice(0, end);
  if (path.startsWith('/')) return path;
  try {
    return new URL(path).pathname;
  } catch {
    return '/';
  }
}

/**
 * Wraps a `node:http` handler: it runs only for admitted calls, with `req.marketplace` set. A handler that throws
 * (or rejects) is told to `onError` (the thrown value as `cause`) and its caller gets a problem+json 500 `INTERNAL`
 * that keeps the marketplace headers and says nothing of the error; the call stays metered, as every admitted call
 * is (the same under Express, whose error handlers answer it). If the handler had already sent its headers, the
 * connection is closed instead, so a half-written answer never looks complete.
 */
export function withMarketplace(
  options: MarketplaceOptions,
  handler: (req: MarketplaceRequest & { marketplace: MarketplaceContext }, res: ServerResponse) => unknown,
): (req: IncomingMessage, res: ServerResponse) => void {
  const admit = createAdmitter(options);
  const onError = errorSinkOf(options);
  return (req, res) => {
    let sdkHeaders: Record<string, string> = {};
    let stage = 'The marketplace check';
    admit(req, res)
      .then((outcome) => {
        if (!outcome.pass) return undefined;
        sdkHeaders = outcome.headers;
        stage = 'The request handler';
        return handler(req as MarketplaceRequest & { marketplace: MarketplaceContext }, res);
      })
      .catch((error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        onError(new Error(`${stage} of ${req.method ?? 'GET'} ${pathOf(req)} failed: ${message}`, { cause: error }));
        answerFailure(res, sdkHeaders);
      });
  };
}

/** The 500 for a call that failed after (or while) being admitted: only the SDK's headers kept, nothing of the error. */
function answerFailure(res: ServerResponse, sdkHeaders: Record<string, string>): void {
  if (res.writableEnded) return;
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const keep = new Set(Object.keys(sdkHeaders).map((name) => name.toLowerCase()));
  for (const name of res.getHeaderNames()) if (!keep.has(name)) res.removeHeader(name);
  const answer = problem('INTERNAL', null);
  res.writeHead(answer.status, { ...answer.headers, 'content-length': String(Buffer.byteLength(answer.body ?? '')) });
  res.end(answer.body);
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
