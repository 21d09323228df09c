import express, { type Request, type Response, Router } from 'express';
import { GATEWAY_PATHS, isUnderPath } from '@marketplace/contracts';
import { bodyTooLarge, type Caller, type Clock, createProblemSender, DomainError, type Logger, httpBinding, readBody, requireUnencodedBody, signCaller } from '@marketplace/shared';
import { type CallerResolver, resolveRestCaller } from './caller.ts';

/**
 * Billing's own paths (the gateway's under /billing/, as the dev server forwards them), which the web app has no page
 * under; everything else under /billing/ is the web app's. A path here that names no route is a 404 problem.
 */
const BILLING_PATHS = GATEWAY_PATHS.filter((path) => path.startsWith('/billing/')).map((path) => path.slice('/billing'.length));
/** Billing's HTTP routes the gateway passes on: each lies under one of BILLING_PATHS. */
const BILLING_ROUTES = /^\/(webhooks\/razorpay|invoices\/[A-Za-z0-9_]{1,64}\.pdf|payout-report\.csv)$/;
const PASSED_HEADERS = ['content-type', 'x-razorpay-signature', 'x-razorpay-event-id', 'x-request-id'];
const RETURNED_HEADERS = ['content-type', 'content-disposition', 'cache-control', 'content-length', 'x-request-id', 'allow', 'retry-after'];
/** Razorpay answers a webhook as failed after 5 s; billing must answer well within. */
const TIMEOUT_MS = 10_000;

/**
 * `/billing/…` routes of the billing process through the gateway: Razorpay's webhooks with their raw body
 * untouched (the signature is over those bytes), and the caller's PDFs and CSVs with the caller verified from
 * the bearer token and signed for billing like every subgraph request. Razorpay Checkout's form POST back to the
 * web app's return page becomes a GET with the same fields, so the page can read them.
 */
export function billingProxy(billingBase: string, options: CallerResolver & { internalSecret: string; clock: Clock; logger: Logger; maxBodyBytes: number }): Router {
  const router = Router();
  // Billing answers refusals as problem+json; the gateway's own refusals on these routes look the same.
  const refuse = createProblemSender(options.logger);
  router.post('/checkout/return', express.urlencoded({ extended: false, limit: 4096 }), (req: Request, res: Response) => {
    const query = new URLSearchParams();
    for (const field of ['razorpay_payment_id', 'razorpay_subscription_id', 'razorpay_signature', 'error[description]']) {
      const value = (req.body as Record<string, unknown> | undefined)?.[field];
      if (typeof value === 'string') query.set(field, value);
    }
    res.redirect(303, `/billing/checkout/return?${query}`);
  });
  router.use(async (req: Request, res: Response, next) => {
    if (!BILLING_PATHS.some((path) => isUnderPath(req.path, path))) return next();
    if (!BILLING_ROUTES.test(req.path)) return refuse(req, res, new DomainError('NOT_FOUND', `There is no ${req.method} /billing${req.path} here.`));
    let caller: Caller | null = null;
    if (!req.path.startsWith('/webhooks/')) {
      const resolved = await resolveRestCaller(req, options);
      if (resolved instanceof DomainError) return refuse(req, res, resolved);
      caller = resolved;
    }
    let body: Buffer | undefined;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      try {
        // The bytes go on as they came (a webhook's signature is over them): a compressed body is refused as billing would.
        requireUnencodedBody(req);
        body = await readBody(req, options.maxBodyBytes);
      } catch (error) {
        // Body refusals only (a DomainError): compressed, too large (said as every gateway route says it), or a broken stream.
        const refusal = error as DomainError;
        return refuse(req, res, refusal.code === 'PAYLOAD_TOO_LARGE' ? bodyTooLarge(options.maxBodyBytes) : refusal);
      }
    }
    const headers: Record<string, string> = {};
    for (const name of PASSED_HEADERS) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    if (caller) Object.assign(headers, signCaller(options.internalSecret, caller, httpBinding(req.method, req.url, body), options.clock.now()));
    try {
      const answer = await fetch(`${billingBase}${req.url}`, { method: req.method, headers, body, signal: AbortSignal.timeout(TIMEOUT_MS) });
      res.status(answer.status);
      for (const name of RETURNED_HEADERS) {
        const value = answer.headers.get(name);
        if (value) res.setHeader(name, value);
      }
      res.end(Buffer.from(await answer.arrayBuffer()));
    } catch (error) {
      options.logger.warn({ err: error, path: req.path }, 'billing did not answer');
      refuse(req, res, new DomainError('UNAVAILABLE', 'Billing is not reachable right now; try again shortly.', { retryAfterSeconds: 1 }));
    }
  });
  return router;
}
