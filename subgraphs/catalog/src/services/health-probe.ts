import { lookup as dnsLookup } from 'node:dns/promises';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { type AddressPolicy, refusalOf } from './address-guard.ts';

/** Why a check found a solution down; stable codes (GraphQL enum `HealthFailure`), never renamed. */
export const HEALTH_FAILURES = ['TIMEOUT', 'UNREACHABLE', 'BLOCKED', 'REDIRECT', 'HTTP_STATUS', 'BAD_BODY', 'REPORTED_DOWN', 'INVALID_URL'] as const;
export type HealthFailure = (typeof HEALTH_FAILURES)[number];

export type ProbeResult =
  | { up: true; latencyMs: number; httpStatus: number; failure: null; detail: string | null }
  | { up: false; latencyMs: number; httpStatus: number | null; failure: HealthFailure; detail: string };

export interface ProbeOptions {
  /** The whole check, redirects and body included. */
  timeoutMs: number;
  policy: AddressPolicy;
  /** Same-host redirects followed (default 3); a redirect to another host is a failure. */
  maxRedirects?: number;
  /** Name resolution; tests point names at local servers. */
  resolve?: (host: string) => Promise<{ address: string; family: number }[]>;
}

/** Health bodies are small; more than this is not a health report. */
const MAX_BODY_BYTES = 64 * 1024;
const UP_STATUSES = new Set(['pass', 'ok', 'up', 'warn']);
const DOWN_STATUSES = new Set(['fail', 'down', 'error']);

class ProbeFailure extends Error {
  constructor(
    readonly failure: HealthFailure,
    message: string,
    readonly httpStatus: number | null = null,
  ) {
    super(message);
  }
}

/**
 * One health check of `url`: GET with a deadline, through the address guard on every hop, following only
 * same-host redirects. Up means a 2xx answer whose body is health JSON (`{"status": "pass" | "ok" | "up" |
 * "warn"}`, as the SDK's `healthHandler` serves); anything else is down with the reason. Never throws, and
 * never outlasts `timeoutMs` (plus the socket teardown).
 */
export async function probeHealth(url: string, options: ProbeOptions): Promise<ProbeResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), options.timeoutMs);
  try {
    const answer = await follow(url, options, abort.signal);
    return { ...answer, latencyMs: elapsed() };
  } catch (error) {
    if (abort.signal.aborted) return { up: false, latencyMs: elapsed(), httpStatus: null, failure: 'TIMEOUT', detail: `no answer within ${options.timeoutMs} ms` };
    if (error instanceof ProbeFailure) return { up: false, latencyMs: elapsed(), httpStatus: error.httpStatus, failure: error.failure, detail: error.message };
    return { up: false, latencyMs: elapsed(), httpStatus: null, failure: 'UNREACHABLE', detail: connectionProblem(error) };
  } finally {
    clearTimeout(timer);
  }
}

async function follow(start: string, options: ProbeOptions, signal: AbortSignal): Promise<Omit<Extract<ProbeResult, { up: true }>, 'latencyMs'>> {
  let target = parse(start);
  const host = target.host;
  for (let hop = 0; ; hop++) {
    const res = await get(target, options, signal);
    const statusCode = res.statusCode ?? 0;
    if (statusCode >= 300 && statusCode < 400 && res.headers.location) {
      res.resume();
      const next = parseRelative(res.headers.location, target);
      // Names the host it was sent to, unless that is an address (addresses stay out of tables and logs).
      if (next.host !== host) throw new ProbeFailure('REDIRECT', isIP(next.hostname.replace(/^\[(.*)\]$/, '$1')) ? 'redirected to another host' : `redirected to another host (${next.host})`, statusCode);
      if (hop >= (options.maxRedirects ?? 3)) throw new ProbeFailure('REDIRECT', 'too many redirects', statusCode);
      target = next;
      continue;
    }
    const body = await readBody(res);
    return judge(statusCode, body);
  }
}

function judge(statusCode: number, body: string): Omit<Extract<ProbeResult, { up: true }>, 'latencyMs'> {
  let reported: unknown;
  try {
    const parsed: unknown = JSON.parse(body);
    reported = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>).status : undefined;
  } catch {
    reported = undefined;
  }
  const status = typeof reported === 'string' ? reported.toLowerCase() : null;
  if (statusCode < 200 || statusCode >= 300) {
    if (status && DOWN_STATUSES.has(status)) throw new ProbeFailure('REPORTED_DOWN', `the solution reports "${status}" (HTTP ${statusCode})`, statusCode);
    throw new ProbeFailure('HTTP_STATUS', `HTTP ${statusCode}`, statusCode);
  }
  if (status === null) throw new ProbeFailure('BAD_BODY', 'the answer is not health JSON with a "status"', statusCode);
  if (DOWN_STATUSES.has(status)) throw new ProbeFailure('REPORTED_DOWN', `the solution reports "${status}"`, statusCode);
  if (!UP_STATUSES.has(status)) throw new ProbeFailure('BAD_BODY', 'the health status is not pass, warn or fail', statusCode);
  return { up: true, httpStatus: statusCode, failure: null, detail: status === 'warn' ? 'the solution reports "warn"' : null };
}

function parse(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ProbeFailure('INVALID_URL', 'the health URL is not a URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ProbeFailure('INVALID_URL', 'the health URL must be http or https');
  if (url.username || url.password) throw new ProbeFailure('INVALID_URL', 'the health URL may not carry credentials');
  return url;
}

function parseRelative(location: string, base: URL): URL {
  try {
    return parse(new URL(location, base).href);
  } catch (error) {
    if (error instanceof ProbeFailure) throw new ProbeFailure('REDIRECT', `redirected to an invalid URL: ${error.message}`);
    throw error;
  }
}

const portOf = (url: URL) => Number(url.port || (url.protocol === 'https:' ? 443 : 80));

function get(url: URL, options: ProbeOptions, signal: AbortSignal): Promise<IncomingMessage> {
  const port = portOf(url);
  const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (isIP(hostname)) {
    const refusal = refusalOf(hostname, port, options.policy);
    if (refusal) return Promise.reject(new ProbeFailure('BLOCKED', refusal));
  }
  const resolve = options.resolve ?? ((host: string) => dnsLookup(host, { all: true, verbatim: true }));
  // The connection goes to the address checked here: DNS cannot answer differently between check and use.
  const lookup: LookupFunction = (host, lookupOptions, callback) => {
    resolve(host).then(
      (all) => {
        const allowed = all.filter((a) => !refusalOf(a.address, port, options.policy));
        if (all.length === 0) return callback(new ProbeFailure('UNREACHABLE', 'the host name does not resolve'), '', 4);
        if (allowed.length === 0) return callback(new ProbeFailure('BLOCKED', refusalOf(all[0]!.address, port, options.policy)!), '', 4);
        if (lookupOptions.all) return (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, allowed);
        callback(null, allowed[0]!.address, allowed[0]!.family);
      },
      () => callback(new ProbeFailure('UNREACHABLE', 'the host name does not resolve'), '', 4),
    );
  };
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolvePromise, reject) => {
    const req = client.request(
      url,
      { method: 'GET', lookup, signal, agent: false, headers: { accept: 'application/health+json, application/json', 'user-agent': 'Marketplace-HealthMonitor/1' } },
      resolvePromise,
    );
    req.on('error', reject);
    req.end();
  });
}

function readBody(res: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    res.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new ProbeFailure('BAD_BODY', `the answer is larger than ${MAX_BODY_BYTES / 1024} KiB`, res.statusCode ?? null));
        res.destroy();
        return;
      }
      chunks.push(chunk);
    });
    res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    res.on('error', reject);
    res.on('aborted', () => reject(new Error('aborted')));
  });
}

/** A connection error as a short reason, without addresses (which may be internal). */
function connectionProblem(error: unknown): string {
  const cause = error as { code?: string } | undefined;
  switch (cause?.code) {
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ECONNRESET':
    case 'EPIPE':
      return 'connection reset';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'the host name does not resolve';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return 'host unreachable';
    default:
      return cause?.code?.startsWith('ERR_TLS') || cause?.code?.includes('CERT') ? 'TLS handshake failed' : 'connection failed';
  }
}
