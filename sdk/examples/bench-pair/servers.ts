import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
// A partner's app imports these from '@marketplace/sdk/node'; inside this repository the source is used.
import { createQuotaClient } from '../../src/index.ts';
import { withMarketplace } from '../../src/node.ts';

/**
 * The pair `npm run bench` measures the SDK with (test/bench/quota-bench.ts starts this file as a child process):
 * one small solution served two ways on the same process, both asking the same quota shim for every call.
 *   S-sdk    the SDK's node:http middleware (`withMarketplace`: client, keep-alive, retries, circuit, denial cache;
 *            on Node the client calls the shim over node:http, see sdk/src/transport.ts)
 *   S-fetch  the same handler behind a bare `fetch` to /quota/validate, passing the verdict's headers on
 * Settings: MARKETPLACE_SHIM_URL, SOLUTION_SECRET. Tells its parent `{ type: 'ready', ports }` over IPC.
 */
const shimUrl = process.env.MARKETPLACE_SHIM_URL!;
const secret = process.env.SOLUTION_SECRET!;
const PASSED_ON = ['ratelimit-policy', 'ratelimit', 'retry-after'];

/** The solution itself: a small JSON answer, as a rates endpoint would give. */
function answer(res: ServerResponse, headers: Record<string, string> = {}): void {
  const body = JSON.stringify({ base: 'EUR', date: '2026-11-30', rates: { INR: 90.12, USD: 1.05, GBP: 0.83 } });
  res.writeHead(200, { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

const sdkServer = createServer(
  withMarketplace({ client: createQuotaClient({ baseUrl: shimUrl, solutionSecret: secret }), endpoint: false }, (_req, res) => answer(res)),
);

/** What a partner writes by hand without the SDK: the call, the verdict, the headers, a refusal. */
async function bareFetch(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const apiKey = req.headers['x-api-key'];
  const verdictRes = await fetch(`${shimUrl}/quota/validate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
    body: JSON.stringify(typeof apiKey === 'string' ? { apiKey } : { client: { ip: req.socket.remoteAddress ?? '127.0.0.1' } }),
  });
  const verdict = (await verdictRes.json()) as { allowed: boolean; code: string; upgrade?: unknown };
  const headers: Record<string, string> = {};
  for (const name of PASSED_ON) {
    const value = verdictRes.headers.get(name);
    if (value !== null) headers[name] = value;
  }
  if (verdict.allowed) return answer(res, headers);
  const body = JSON.stringify({ title: 'Refused', status: 429, code: verdict.code, upgrade: verdict.upgrade });
  res.writeHead(verdict.code === 'KEY_INVALID' ? 401 : 429, { ...headers, 'content-type': 'application/problem+json' });
  res.end(body);
}
const fetchServer = createServer((req, res) => {
  bareFetch(req, res).catch(() => {
    if (!res.headersSent) res.writeHead(503);
    res.end();
  });
});

const listen = (server: Server) => new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
const ports = { sdk: await listen(sdkServer), fetch: await listen(fetchServer) };
process.on('disconnect', () => process.exit(0));
process.send?.({ type: 'ready', ports });
