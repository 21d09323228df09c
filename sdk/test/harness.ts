import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createQuotaClient, type QuotaClient, type QuotaClientOptions } from '../src/index.ts';

/** Two cores shared by parallel test files: a slow shim here is load, not an outage (as DYNAMODB_*_TIMEOUT_MS in vitest.config.ts). */
export const SHIM_TIMEOUT_MS = 10_000;

/** A quota client whose every request to the shim is counted and kept: what the marketplace pays for a caller. */
export function countingClient(options: QuotaClientOptions): { client: QuotaClient; shimCalls: () => number; sent: Record<string, unknown>[] } {
  const sent: Record<string, unknown>[] = [];
  const counted: typeof fetch = (input, init) => {
    sent.push(JSON.parse(String(init?.body)) as Record<string, unknown>);
    return (options.fetch ?? fetch)(input, init);
  };
  return { client: createQuotaClient({ timeoutMs: SHIM_TIMEOUT_MS, ...options, fetch: counted }), shimCalls: () => sent.length, sent };
}

/** Listens on 127.0.0.1, port 0; the URL and a close that drops kept-alive connections. */
export async function listen(server: Server): Promise<{ url: string; close: () => Promise<void> }> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export interface CallResult {
  status: number;
  headers: Headers;
  body: Record<string, any>;
}

/** A caller of a solution: an API key (X-API-Key) or an anonymous IP (X-Forwarded-For behind one trusted proxy). */
export async function call(baseUrl: string, path: string, caller: { key?: string; ip?: string; method?: string; headers?: Record<string, string> } = {}): Promise<CallResult> {
  const headers: Record<string, string> = { 'user-agent': 'sdk-test/1.0', 'accept-language': 'en-IN', ...caller.headers };
  if (caller.key) headers['x-api-key'] = caller.key;
  if (caller.ip) headers['x-forwarded-for'] = caller.ip;
  const res = await fetch(`${baseUrl}${path}`, { method: caller.method ?? 'GET', headers });
  const text = await res.text();
  const json = /json/.test(res.headers.get('content-type') ?? '');
  return { status: res.status, headers: res.headers, body: json && text ? (JSON.parse(text) as Record<string, any>) : { text } };
}

/** The tiers and endpoints the SDK's tests sell: small allowances so every verdict is quick to reach. */
export const TEST_SOLUTION = {
  tiers: [
    // Rate limits never decrease from tier to tier, so PRO's 2/s caps the free tiers too (none: unlimited).
    { tier: 'ANONYMOUS' as const, callAllowance: 3, trialDays: 15, ratePerSecond: 2 },
    { tier: 'REGISTERED' as const, callAllowance: 100, trialDays: 30, ratePerSecond: 2 },
    { tier: 'PRO' as const, callAllowance: 100, ratePerSecond: 2, monthlyPricePaise: 99_900, limitMode: 'HARD' as const },
    { tier: 'ENTERPRISE' as const, callAllowance: 1_000_000, ratePerSecond: null, monthlyPricePaise: 999_900 },
  ],
  endpoints: [
    { method: 'GET', path: '/v1/rates/{base}', costWeight: 1 },
    { method: 'POST', path: '/v1/convert', costWeight: 2, tiers: ['REGISTERED', 'PRO', 'ENTERPRISE'] },
  ],
};
