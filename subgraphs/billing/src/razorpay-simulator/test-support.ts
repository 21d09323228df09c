import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger, ManualClock } from '@marketplace/shared';
import { razorpayClientFor } from './sdk-client.ts';
import { type RazorpaySimulatorOptions, startRazorpaySimulator } from './simulator-server.ts';

/** Shared by the simulator's own tests: documented fixtures, a shape check, a webhook receiver, a started simulator. */

export function fixture<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8')) as T;
}

const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/**
 * Where `actual` departs from Razorpay's documented samples: a key of the first sample missing, a value of another
 * JSON type (null is allowed either way: Razorpay documents most fields as nullable), or a key no sample
 * documents. Nested objects and the first element of arrays are compared the same way. Empty `notes` are `[]`.
 */
export function shapeProblems(actual: unknown, samples: unknown[], path = '$'): string[] {
  const [primary] = samples;
  if (primary === null || actual === null || primary === undefined) return [];
  if (kind(primary) === 'array') {
    if (kind(actual) !== 'array') return [`${path}: ${kind(actual)}, documented array`];
    const first = (actual as unknown[])[0];
    const documented = samples.map((s) => (s as unknown[])[0]).filter((s) => s !== undefined);
    return first === undefined || documented.length === 0 ? [] : shapeProblems(first, documented, `${path}[0]`);
  }
  if (kind(primary) !== 'object') return kind(actual) === kind(primary) ? [] : [`${path}: ${kind(actual)}, documented ${kind(primary)}`];
  if (kind(actual) !== 'object') return [`${path}: ${kind(actual)}, documented object`];
  const a = actual as Record<string, unknown>;
  const objects = samples.filter((s) => kind(s) === 'object') as Record<string, unknown>[];
  const problems: string[] = [];
  for (const key of Object.keys(primary as object)) {
    if (!(key in a)) problems.push(`${path}.${key}: missing`);
  }
  for (const [key, value] of Object.entries(a)) {
    const documented = objects.filter((s) => key in s).map((s) => s[key]);
    if (documented.length === 0) problems.push(`${path}.${key}: not documented`);
    else if (key === 'notes' && ['array', 'object'].includes(kind(value))) continue;
    else problems.push(...shapeProblems(value, documented, `${path}.${key}`));
  }
  return problems;
}

export interface ReceivedWebhook {
  headers: IncomingHttpHeaders;
  raw: string;
  json: { event: string; payload: Record<string, { entity: Record<string, unknown> }> } & Record<string, unknown>;
}

/**
 * A webhook endpoint for tests: records every request's raw body and headers; `respond(n)` decides the answer
 * to the n-th request (1-based): a status and an optional delay before answering.
 */
export async function startWebhookReceiver(respond: (n: number) => { status?: number; delayMs?: number } = () => ({})) {
  const received: ReceivedWebhook[] = [];
  const waiters: (() => void)[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      received.push({ headers: req.headers, raw, json: JSON.parse(raw) as ReceivedWebhook['json'] });
      const { status = 200, delayMs = 0 } = respond(received.length);
      const answer = () => {
        if (!res.destroyed) res.writeHead(status).end();
        waiters.splice(0).forEach((w) => w());
      };
      if (delayMs > 0) setTimeout(answer, delayMs);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/razorpay`;
  return {
    url,
    received,
    events: () => received.map((r) => r.json.event),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Short retries for tests: 4 attempts, 20 ms apart at first; the timeout leaves room for a loaded machine. */
export const FAST_RETRY = { attempts: 4, baseDelayMs: 20, maxDelayMs: 80, timeoutMs: 3000 };

/** A listening simulator on a ManualClock, silent, with fast retries; plus an SDK client for it. */
export async function startTestSimulator(options: RazorpaySimulatorOptions = {}) {
  const clock = new ManualClock('2026-03-01T10:00:00Z');
  const simulator = await startRazorpaySimulator({
    clock,
    logger: createLogger('razorpay-simulator-test', 'silent'),
    webhookRetry: FAST_RETRY,
    ...options,
  });
  return { simulator, clock, rzp: razorpayClientFor(simulator) };
}

/** The error the SDK rejects with (`{ statusCode, error }`), or fails the test if the call succeeded. */
export async function sdkError(call: Promise<unknown>): Promise<{ statusCode: number; error: Record<string, unknown> }> {
  try {
    await call;
  } catch (e) {
    return e as { statusCode: number; error: Record<string, unknown> };
  }
  throw new Error('expected the Razorpay call to fail');
}
