import { createQuotaClient, type QuotaClient, type QuotaClientOptions } from './client.ts';
import type { QuotaDecision } from './decision.ts';
import type { ValidateRequest } from './contract.ts';
import { optionChecker, shapeOf, QuotaIntegrationError } from './errors.ts';
import { contextOf, INTEGRATION_PROBLEMS, type IntegrationProblemCode, type MarketplaceContext, marketplaceHeaders, PROBLEM_TYPE_BASE, refusalFor } from './standard.ts';

/** What a framework adapter tells the gate about one request. */
export interface RequestFacts {
  method: string;
  /** The path, without the query string. */
  path: string;
  /** The framework's route template when it knows it, e.g. `/v1/rates/:base`. */
  route?: string | undefined;
  /** A request header by lower-case name (the first, when repeated). */
  header(name: string): string | undefined;
  /** A query parameter by name. */
  query(name: string): string | undefined;
  /** The peer address of the connection. */
  remoteAddress: string | undefined;
}

export interface MarketplaceOptions {
  /** A client from `createQuotaClient`, or the options to build one from. */
  client: QuotaClient | QuotaClientOptions;
  /**
   * Where the caller's API key is read, in this order: `Authorization: Bearer <key>` (unless `authorization:
   * false`), the `header` (default `x-api-key`; `false` for none), then the `query` parameter if named.
   */
  apiKey?: { authorization?: boolean; header?: string | false; query?: string };
  /** Reverse proxies in front of this server that append to X-Forwarded-For (default 0: the peer address). */
  trustedProxies?: number;
  /**
   * The endpoint sent to the marketplace: by default the method and the route template (`GET /v1/rates/{base}`)
   * where the framework knows it, else the path; a function to name it; `false` to send none (every call costs
   * `cost` or 1 and no endpoint is tier-restricted).
   */
  endpoint?: boolean | ((request: RequestFacts) => string | undefined);
  /** Units a call costs: a number, or a function of the request; default the endpoint's weight or 1. */
  cost?: number | ((request: RequestFacts) => number | undefined);
  /** `false` asks without consuming (`/quota/check`), e.g. to gate a free preview. Default true. */
  consume?: boolean;
  /** Browsers on these origins (e.g. the marketplace's "try it") may call the API and read its marketplace headers. */
  cors?: { origins: readonly string[]; maxAgeSeconds?: number; allowHeaders?: readonly string[] };
  /** The realm in `WWW-Authenticate` on 401s. Default `api`. */
  realm?: string;
  /**
   * Told about integration problems (a refused secret, an unregistered endpoint) and, under node:http's
   * `withMarketplace`, a handler that threw (the thrown value as `cause`). Default: `console.error`, once a minute per message.
   */
  onError?: (error: Error) => void;
}

/** The gate's answer: pass the request on, or answer it with this response. */
export type GateOutcome =
  | { pass: true; context: MarketplaceContext; headers: Record<string, string> }
  | { pass: false; status: number; headers: Record<string, string>; body: string | null };

/** As the integration standard writes them (names are case-insensitive; one casing reads as one list). */
const EXPOSED_HEADERS = ['RateLimit-Policy', 'RateLimit', 'Retry-After', 'X-Marketplace-Tier', 'X-Marketplace-Upgrade-Url'];
const MAX_API_KEY = 200;
const MAX_ENDPOINT = 300;
const MAX_USER_AGENT = 1024;
const MAX_ACCEPT_LANGUAGE = 256;

/**
 * The framework-neutral middleware: reads the caller (key, or IP behind the trusted proxies, user agent and
 * accept-language), the endpoint and cost, asks the marketplace, and says whether to pass the request on or
 * what to answer, per the integration standard. Adapters (express, fastify, hono, node) only translate.
 */
export function createGate(options: MarketplaceOptions): (request: RequestFacts) => Promise<GateOutcome> {
  const config = readGateOptions(options);
  const client = isClient(options.client) ? options.client : createQuotaClient(options.client);
  const onError = errorSinkOf(options);

  return async function gate(request) {
    const cors = corsHeaders(config.cors, request);
    if (request.method === 'OPTIONS' && request.header('access-control-request-method') !== undefined) {
      if (!config.cors) return { pass: true, context: preflightContext(), headers: {} };
      return { pass: false, status: 204, headers: cors ? { ...cors, ...preflightHeaders(config.cors, request) } : { vary: 'origin' }, body: null };
    }
    const apiKey = apiKeyOf(config.apiKey, request);
    if (apiKey !== undefined && apiKey.length > MAX_API_KEY) {
      return refuse(localRefusal('KEY_INVALID', 'key'), cors);
    }
    const validate: ValidateRequest = {};
    if (apiKey !== undefined) validate.apiKey = apiKey;
    else {
      const ip = clientIp(request, config.trustedProxies);
      if (ip === undefined) {
        onError(new Error('The caller\'s IP address is unknown (no peer address): anonymous callers cannot be checked. Give the adapter a remoteAddress.'));
        return problem('INTEGRATION_ERROR', cors);
      }
      validate.client = { ip };
      const userAgent = request.header('user-agent');
      if (userAgent) validate.client.userAgent = userAgent.slice(0, MAX_USER_AGENT);
      const acceptLanguage = request.header('accept-language');
      if (acceptLanguage) validate.client.acceptLanguage = acceptLanguage.slice(0, MAX_ACCEPT_LANGUAGE);
    }
    if (config.endpoint !== false) {
      const endpoint = typeof config.endpoint === 'function' ? config.endpoint(request) : endpointOf(request);
      // Longer than the marketplace accepts: it cannot be a registered endpoint.
      if (endpoint !== undefined && endpoint.length > MAX_ENDPOINT) return notRegistered(cors);
      if (endpoint !== undefined) validate.endpoint = endpoint;
    }
    const cost = typeof config.cost === 'function' ? config.cost(request) : config.cost;
    if (cost !== undefined) validate.cost = cost;

    let decision: QuotaDecision;
    try {
      decision = config.consume ? await client.validate(validate) : await client.check(validate);
    } catch (error) {
      if (error instanceof QuotaIntegrationError && error.field === 'endpoint') {
        onError(new Error(`${validate.endpoint} is not a registered endpoint of this solution: register it in the partner portal, or set the endpoint option. ${error.message}`));
        return notRegistered(cors);
      }
      onError(error instanceof Error ? error : new Error(String(error)));
      return problem('INTEGRATION_ERROR', cors);
    }
    if (decision.allowed) return { pass: true, context: contextOf(decision), headers: { ...marketplaceHeaders(decision), ...cors } };
    return refuse(decision, cors);
  };

  function refuse(decision: QuotaDecision, cors: Record<string, string> | null): GateOutcome {
    const refusal = refusalFor(decision, { realm: config.realm });
    return { pass: false, status: refusal.status, headers: { ...refusal.headers, ...cors }, body: JSON.stringify(refusal.body) };
  }
}

/** An integration problem as every refusal is written: problem+json with type, title, status, detail and code. */
export function problem(code: IntegrationProblemCode, cors: Record<string, string> | null): GateOutcome & { pass: false } {
  const { status, slug, title, detail } = INTEGRATION_PROBLEMS[code];
  return {
    pass: false,
    status,
    headers: { 'content-type': 'application/problem+json', 'cache-control': 'no-store', ...cors },
    body: JSON.stringify({ type: `${PROBLEM_TYPE_BASE}${slug}`, title, status, detail, code }),
  };
}

function notRegistered(cors: Record<string, string> | null): GateOutcome {
  return problem('NOT_FOUND', cors);
}

/** A refusal decided without asking (a key longer than any key can be). */
function localRefusal(code: string, subject: 'key' | 'anonymous'): QuotaDecision {
  return { allowed: false, code, tier: null, limit: 0, used: 0, remaining: 0, resetAt: null, features: {}, subject: { type: subject }, source: 'marketplace', headers: {} };
}

function preflightContext(): MarketplaceContext {
  return { tier: null, features: {}, limit: 0, used: 0, remaining: 0, resetAt: null, subject: { type: 'anonymous' }, code: 'PREFLIGHT', source: 'marketplace', degraded: false };
}

function isClient(value: QuotaClient | QuotaClientOptions): value is QuotaClient {
  return typeof (value as QuotaClient | undefined)?.validate === 'function';
}

function apiKeyOf(sources: GateConfig['apiKey'], request: RequestFacts): string | undefined {
  if (sources.authorization) {
    const auth = request.header('authorization');
    const match = auth ? /^Bearer[ \t]+(\S+)\s*$/i.exec(auth) : null;
    if (match) return match[1];
  }
  if (sources.header) {
    const value = request.header(sources.header)?.trim();
    if (value) return value;
  }
  if (sources.query) {
    const value = request.query(sources.query)?.trim();
    if (value) return value;
  }
  return undefined;
}

/**
 * The caller's address: with N trusted proxies, the address N hops back along X-Forwarded-For from the peer
 * (the leftmost when the chain is shorter). Anything that is not an address falls back to the peer.
 */
export function clientIp(request: Pick<RequestFacts, 'header' | 'remoteAddress'>, trustedProxies: number): string | undefined {
  const peer = normalizeAddress(request.remoteAddress);
  if (trustedProxies === 0) return peer;
  const forwarded = (request.header('x-forwarded-for') ?? '').split(',').map((part) => part.trim()).filter(Boolean);
  const chain = [...forwarded, request.remoteAddress ?? ''];
  const hop = chain[Math.max(0, chain.length - 1 - trustedProxies)];
  return normalizeAddress(hop) ?? peer;
}

function normalizeAddress(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let address = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(':'));
  if (/^::ffff:\d{1,3}(\.\d{1,3}){3}$/i.test(address)) address = address.slice(7);
  if (IPV4.test(address)) return address;
  // The zone (`%eth0`) names the peer's interface, not the caller: the marketplace takes the address alone.
  address = address.replace(/%[\w.-]+$/, '');
  return address.includes(':') && /^[0-9a-f:.]+$/i.test(address) && address.length <= 45 && isIpv6(address) ? address : undefined;
}

/** A dotted-quad IPv4 address as the quota API takes it: each part 0–255, without leading zeros. */
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/** Whether `address` is an IPv6 address: the WHATWG URL parser (in every runtime the SDK runs on) takes it as a host. */
function isIpv6(address: string): boolean {
  try {
    new URL(`http://[${address}]/`);
    return true;
  } catch {
    return false;
  }
}

/**
 * `METHOD /template`, the framework's `:param` (and Hono's `:param{regex}`) written as the marketplace's `{param}`.
 * `HEAD` is named `GET`: every framework here answers a HEAD with the GET route, and the marketplace registers no
 * HEAD endpoints, so a HEAD is metered as the GET it mirrors instead of being refused as unregistered.
 */
export function endpointOf(request: Pick<RequestFacts, 'method' | 'path' | 'route'>): string {
  const route = request.route && !request.route.includes('*') ? request.route.replace(/:(\w+)(\{[^}]*\})?\??/g, '{$1}') : undefined;
  const method = request.method.toUpperCase();
  return `${method === 'HEAD' ? 'GET' : method} ${route ?? request.path}`;
}

function corsHeaders(cors: GateConfig['cors'], request: RequestFacts): Record<string, string> | null {
  if (!cors) return null;
  const origin = request.header('origin');
  if (!origin || !cors.origins.has(origin)) return { vary: 'origin' };
  return { 'access-control-allow-origin': origin, vary: 'origin', 'access-control-expose-headers': EXPOSED_HEADERS.join(', ') };
}

function preflightHeaders(cors: NonNullable<GateConfig['cors']>, request: RequestFacts): Record<string, string> {
  if (!cors.origins.has(request.header('origin') ?? '')) return {};
  return {
    'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
    'access-control-allow-headers': cors.allowHeaders.join(', '),
    'access-control-max-age': String(cors.maxAgeSeconds),
  };
}

interface GateConfig {
  apiKey: { authorization: boolean; header: string | false; query: string | undefined };
  trustedProxies: number;
  endpoint: boolean | ((request: RequestFacts) => string | undefined);
  cost: number | ((request: RequestFacts) => number | undefined) | undefined;
  consume: boolean;
  cors: { origins: Set<string>; maxAgeSeconds: number; allowHeaders: readonly string[] } | null;
  realm: string;
}

function readGateOptions(options: MarketplaceOptions): GateConfig {
  const check = optionChecker();
  const given = (options ?? {}) as Partial<MarketplaceOptions>;
  if (given.client === undefined || given.client === null || typeof given.client !== 'object') {
    check.fail('client is required: a client from createQuotaClient(), or its options ({ baseUrl, solutionSecret, … }).');
  }
  const keyFrom = given.apiKey ?? {};
  const header = keyFrom.header === undefined ? 'x-api-key' : keyFrom.header;
  if (header !== false && (typeof header !== 'string' || !/^[\w-]+$/.test(header))) check.fail('apiKey.header must be a header name or false.');
  if (keyFrom.query !== undefined && (typeof keyFrom.query !== 'string' || keyFrom.query === '')) check.fail('apiKey.query must be a query parameter name.');
  const trustedProxies = check.int('trustedProxies', given.trustedProxies, 0, 10, 0);
  if (given.endpoint !== undefined && typeof given.endpoint !== 'boolean' && typeof given.endpoint !== 'function') check.fail('endpoint must be true, false or a function.');
  if (typeof given.cost === 'number') check.int('cost', given.cost, 1, 1_000_000, 1);
  else if (given.cost !== undefined && typeof given.cost !== 'function') check.fail(`cost must be a whole number or a function (got ${shapeOf(given.cost)}).`);
  let cors: GateConfig['cors'] = null;
  if (given.cors !== undefined) {
    const origins = new Set<string>();
    if (!Array.isArray(given.cors.origins) || given.cors.origins.length === 0) check.fail('cors.origins must list at least one origin, e.g. https://marketplace.example.');
    for (const origin of given.cors.origins ?? []) {
      try {
        const url = new URL(origin);
        if (url.origin === 'null' || url.pathname !== '/' || url.search) throw new Error('not an origin');
        origins.add(url.origin);
      } catch {
        check.fail(`cors.origins: "${String(origin)}" is not an origin (scheme://host[:port]).`);
      }
    }
    cors = {
      origins,
      maxAgeSeconds: check.int('cors.maxAgeSeconds', given.cors.maxAgeSeconds, 0, 86_400, 600),
      allowHeaders: given.cors.allowHeaders ?? ['authorization', 'x-api-key', 'content-type'],
    };
  }
  check.throwIfAny();
  return {
    apiKey: { authorization: keyFrom.authorization !== false, header: header === false ? false : header.toLowerCase(), query: keyFrom.query },
    trustedProxies,
    endpoint: given.endpoint ?? true,
    cost: given.cost,
    consume: given.consume !== false,
    cors,
    realm: (given.realm ?? 'api').replace(/["\\]/g, ''),
  };
}

/** Where the SDK tells the partner about a problem: their `onError`, else {@link throttledConsoleError}. */
export function errorSinkOf(options: Pick<MarketplaceOptions, 'onError'>): (error: Error) => void {
  return options.onError ?? throttledConsoleError();
}

/** The default error sink: console.error, each distinct message at most once a minute. */
function throttledConsoleError(): (error: Error) => void {
  const lastShown = new Map<string, number>();
  return (error) => {
    const now = Date.now();
    const message = error.message;
    if ((lastShown.get(message) ?? -Infinity) > now - 60_000) return;
    if (lastShown.size > 100) lastShown.clear();
    lastShown.set(message, now);
    console.error(`[@marketplace/sdk] ${message}`);
  };
}
