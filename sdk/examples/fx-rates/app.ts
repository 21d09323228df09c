import express, { type Express, type Response } from 'express';
// A partner's app imports these from '@marketplace/sdk/express'; inside this repository the source is used.
import { healthHandler, marketplace } from '../../src/express.ts';
import type { QuotaClient } from '../../src/index.ts';
import { convert, LATEST_DATE, ratesOn } from './rates.ts';

export interface FxAppOptions {
  client: QuotaClient;
  /** Browser origins allowed to call the API (the marketplace's "try it"). */
  corsOrigins?: string[];
  trustedProxies?: number;
}

/**
 * The FX Rates demo solution: its three endpoints (as registered on the marketplace) behind the SDK's
 * middleware, and the unmetered health endpoint in front of it.
 */
export function createFxApp(options: FxAppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/health', healthHandler({ client: options.client, version: '1.0.0', description: 'FX Rates (example)' }));
  app.use(
    marketplace({
      client: options.client,
      trustedProxies: options.trustedProxies ?? 0,
      apiKey: { query: 'api_key' },
      ...(options.corsOrigins?.length ? { cors: { origins: options.corsOrigins } } : {}),
    }),
  );

  app.get('/v1/rates/latest', (req, res) => answerRates(res, LATEST_DATE, req.query.base, req.marketplace?.tier ?? null));
  app.get('/v1/rates/:date', (req, res) => answerRates(res, req.params.date, req.query.base, req.marketplace?.tier ?? null));
  app.get('/v1/convert', (req, res) => {
    const result = convert(text(req.query.from, 'INR'), text(req.query.to, 'USD'), text(req.query.amount, '1'));
    if (!result.ok) return void badRequest(res, result.field, result.message);
    const { ok: _ok, ...body } = result;
    res.json(body);
  });
  return app;
}

function answerRates(res: Response, date: string, base: unknown, tier: string | null): void {
  const result = ratesOn(date, text(base, 'INR'));
  if (!result.ok) return badRequest(res, result.field, result.message);
  // A tier feature in action: free tiers see the rates rounded to four places.
  const rates = tier === 'pro' || tier === 'enterprise' ? result.rates : Object.fromEntries(Object.entries(result.rates).map(([c, r]) => [c, Math.round(r * 1e4) / 1e4]));
  res.json({ base: result.base, date: result.date, rates });
}

function badRequest(res: Response, field: string, detail: string): void {
  res.status(400).type('application/problem+json').send(JSON.stringify({ type: 'about:blank', title: 'Bad request', status: 400, detail, field }));
}

function text(value: unknown, fallback: string): string {
  return typeof value === 'string' && value !== '' ? value.toUpperCase() : fallback;
}
