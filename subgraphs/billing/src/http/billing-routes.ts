import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Caller, createProblemSender, DomainError, forbidden, InputError, type Logger, httpBinding, notFound, readBody, requireJsonBody, unauthenticated, verifyCaller } from '@marketplace/shared';
import type { BillingServices } from '../services/billing-services.ts';
import { isAdmin } from '../services/access-rules.ts';

/** Razorpay's webhook bodies are a few kilobytes; anything this large is not one. */
const MAX_BODY_BYTES = 1_000_000;

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

const SIGN_IN = 'Send your access token (Authorization: Bearer …).';

const header = (req: IncomingMessage, name: string) => {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
};

/**
 * Billing's HTTP routes beside /graphql, reached through the gateway under /billing/…:
 *   POST /webhooks/razorpay        Razorpay's webhooks (raw body; signature checked first)
 *   GET  /invoices/<id>.pdf        an invoice or credit note as PDF: its customer and admins (gateway-signed caller)
 *   GET  /payout-report.csv?month= the month's payouts per partner and solution: admins
 * The GET routes answer HEAD alike (headers, no body).
 */
export function billingRoutes(services: BillingServices, options: { internalSecret: string; now: () => Date; logger: Logger }) {
  // Refusals are problem+json with a code (and the field at fault), as every HTTP endpoint of the platform answers.
  const refuse = createProblemSender(options.logger);
  const callerOf = (req: IncomingMessage): Caller | null => {
    // Only GET routes take a caller: the signature is bound to the method and path (no body).
    const verified = verifyCaller(options.internalSecret, req.headers, httpBinding(req.method ?? 'GET', req.url ?? '/'), options.now());
    return verified.ok ? verified.caller : null;
  };
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const url = new URL(req.url ?? '/', 'http://billing.invalid');
    if (url.pathname === '/webhooks/razorpay') {
      if (req.method !== 'POST') return refuse(req, res, new DomainError('METHOD_NOT_ALLOWED', 'Razorpay posts webhooks: use POST.'), { allow: 'POST' }), true;
      // The raw bytes, as they arrived: the signature is over exactly these. Razorpay sends JSON.
      let body: Buffer;
      try {
        requireJsonBody(req);
        body = await readBody(req, MAX_BODY_BYTES);
      } catch (error) {
        // Body refusals only (`bodyRefusal`): not JSON, too large (declared or found), or a broken stream.
        return refuse(req, res, error as DomainError), true;
      }
      const answer = await services.webhooks.receive(body, { signature: header(req, 'x-razorpay-signature'), eventId: header(req, 'x-razorpay-event-id') });
      if (answer.status === 200) json(res, 200, answer.body);
      else refuse(req, res, answer.refusal);
      return true;
    }
    const pdf = /^\/invoices\/([A-Za-z0-9_]{1,64})\.pdf$/.exec(url.pathname);
    // HEAD answers as GET does, with the same headers and no body (Node's server leaves the body out).
    if ((pdf || url.pathname === '/payout-report.csv') && req.method !== 'GET' && req.method !== 'HEAD') {
      return refuse(req, res, new DomainError('METHOD_NOT_ALLOWED', 'Documents and reports are read with GET.'), { allow: 'GET, HEAD' }), true;
    }
    if (pdf) {
      const caller = callerOf(req);
      if (!caller?.userId) return refuse(req, res, unauthenticated(SIGN_IN)), true;
      const document = await services.invoices.visible(caller, pdf[1]!);
      if (!document) return refuse(req, res, notFound('Invoice')), true;
      const { bytes } = await services.documents.pdf(document);
      res.writeHead(200, {
        'content-type': 'application/pdf',
        'content-length': String(bytes.length),
        'content-disposition': `inline; filename="${document.number.replaceAll('/', '-')}.pdf"`,
        'cache-control': 'private, no-store',
      });
      res.end(Buffer.from(bytes));
      return true;
    }
    if (url.pathname === '/payout-report.csv') {
      const caller = callerOf(req);
      if (!caller?.userId) return refuse(req, res, unauthenticated(SIGN_IN)), true;
      if (!isAdmin(caller)) return refuse(req, res, forbidden('The payout report is for admins only.')), true;
      // One month per report: a second `month` is refused, not ignored.
      if (url.searchParams.getAll('month').length > 1) return refuse(req, res, new InputError('month', 'Give month once (YYYY-MM).')), true;
      const month = url.searchParams.get('month') ?? options.now().toISOString().slice(0, 7);
      if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return refuse(req, res, new InputError('month', 'month must be a month written YYYY-MM, e.g. 2026-12.')), true;
      // Built before the status is written: a failure is then a problem+json answer, not a 200 cut short.
      const csv = await services.revenue.payoutCsv(month);
      res.writeHead(200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-length': String(Buffer.byteLength(csv)),
        'content-disposition': `attachment; filename="payouts-${month}.csv"`,
        'cache-control': 'no-store',
      });
      res.end(csv);
      return true;
    }
    return false;
  };
}
