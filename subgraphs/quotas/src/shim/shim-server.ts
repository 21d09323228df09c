import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type Clock,
  createProblemSender,
  DomainError,
  epochMs,
  ERROR_DOCS_PATH,
  errorDocsPage,
  ExpiringMap,
  keepConnectionsAlive,
  type Logger,
  readJsonBody,
  type RunningServer,
  sendJson,
  sha256,
  systemClock,
} from '@marketplace/shared';
import type { QuotaService, Verdict } from '../services/quota.service.ts';
import type { SolutionDirectory } from '../services/ports.ts';
import { MAX_BODY_BYTES, parseValidateBody, verdictJson } from './contract.ts';
import { openApiDocument } from './openapi.ts';

export interface ShimDeps {
  service: QuotaService;
  solutions: SolutionDirectory;
  logger: Logger;
  /** Throws when the shim cannot serve (store unreachable). */
  checkHealth: () => Promise<void>;
  /** How long a secret's solution (or its being unknown) is reused before it is read again; 0 (default): every call. */
  factsMs?: number;
  /**
   * The service's clock: each request reads it once, for the secret's memo and for every rule of the decision.
   * Absent: `factsMs` is measured on the system's clock and the service reads its own.
   */
  clock?: Clock;
}

// Fixed header objects: nothing on these paths builds them per request.
const CHALLENGE = { 'www-authenticate': 'Bearer realm="quota"' };
const ALLOW_POST = { allow: 'POST' };
const ALLOW_GET = { allow: 'GET, HEAD' };
const OPENAPI_HEADERS = { 'content-type': 'application/json', 'cache-control': 'public, max-age=300' };
const DOCS_HEADERS = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'public, max-age=300' };

/** `"quota";q=…;w=…` for each (limit, window, rate) seen: a policy's header is the same on every call. */
const policyHeaders = new Map<string, string>();
/** The last verdict's policy and its header: a caller's calls follow each other, so most find it without a key. */
let lastPolicy = { limit: -1, windowSeconds: -1, ratePerSecond: null as number | null, header: '' };
function policyHeader(limit: number, policy: NonNullable<Verdict['policy']>): string {
  const last = lastPolicy;
  if (last.limit === limit && last.windowSeconds === policy.windowSeconds && last.ratePerSecond === policy.ratePerSecond) return last.header;
  const id = `${limit} ${policy.windowSeconds} ${policy.ratePerSecond}`;
  let header = policyHeaders.get(id);
  if (header === undefined) {
    header = policy.ratePerSecond ? `"quota";q=${limit};w=${policy.windowSeconds}, "rate";q=${policy.ratePerSecond};w=1` : `"quota";q=${limit};w=${policy.windowSeconds}`;
    if (policyHeaders.size >= 1000) policyHeaders.clear();
    policyHeaders.set(id, header);
  }
  lastPolicy = { limit, windowSeconds: policy.windowSeconds, ratePerSecond: policy.ratePerSecond, header };
  return header;
}

/** The `RateLimit` header of a verdict with a policy; no `t` (optional in the draft) where no quota comes back. */
function rateHeader(verdict: Verdict, policy: NonNullable<Verdict['policy']>): string {
  const quota = policy.secondsToReset === null ? `"quota";r=${verdict.remaining}` : `"quota";r=${verdict.remaining};t=${policy.secondsToReset}`;
  return verdict.code === 'RATE_LIMITED' ? `${quota}, "rate";r=0;t=1` : quota;
}

/** A verdict's body, its length and its `RateLimit` header, as sent. */
interface VerdictBytes {
  text: string;
  length: number;
  rate: string;
}
/** The bytes of frozen verdicts: the service hands a refused caller the same frozen verdict within a second. */
const frozenBytes = new WeakMap<Verdict, VerdictBytes>();
function frozenBytesOf(verdict: Verdict): VerdictBytes {
  let bytes = frozenBytes.get(verdict);
  if (bytes === undefined) {
    const text = verdictJson(verdict);
    bytes = { text, length: Buffer.byteLength(text), rate: verdict.policy ? rateHeader(verdict, verdict.policy) : '' };
    frozenBytes.set(verdict, bytes);
  }
  return bytes;
}

/** A verdict with the draft-ietf-httpapi-ratelimit-headers fields, plus Retry-After on a denial that can be retried. */
function sendVerdict(res: ServerResponse, verdict: Verdict): void {
  const { policy } = verdict;
  // A frozen verdict is sent again as it was; any other is written once (no object built for it).
  const sent = Object.isFrozen(verdict) ? frozenBytesOf(verdict) : undefined;
  const text = sent ? sent.text : verdictJson(verdict);
  const length = sent ? sent.length : Buffer.byteLength(text);
  // One header shape per case, so node:http's header loop stays monomorphic.
  if (!policy) {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': length, 'cache-control': 'no-store' });
  } else {
    const quota = policyHeader(verdict.limit, policy);
    const rate = sent ? sent.rate : rateHeader(verdict, policy);
    if (verdict.retryAfterSeconds === undefined) {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': length, 'cache-control': 'no-store', 'ratelimit-policy': quota, ratelimit: rate });
    } else {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': length, 'cache-control': 'no-store', 'ratelimit-policy': quota, ratelimit: rate, 'retry-after': String(verdict.retryAfterSeconds) });
    }
  }
  res.end(text);
}

/** The secret of an `Authorization: Bearer <secret>` header, the scheme in any case (RFC 9110 §11.1); '' for any other header. */
const bearerSecret = (auth: string) => (auth.startsWith('Bearer ') || /^bearer /i.test(auth) ? auth.slice(7).trim() : '');

/** Bound on remembered Authorization headers (solution secrets, valid or not) per process. */
const SECRET_OWNERS_MAX = 1000;
type SecretOwner = Awaited<ReturnType<SolutionDirectory['solutionBySecretHash']>>;

/**
 * The quota shim: `POST /quota/validate` (consumes), `POST /quota/check` (answers the same without
 * consuming), `GET /openapi.json`, `GET /docs/errors`, `GET /healthz`. Every verdict is a 200; only requests the
 * caller must fix get a problem+json (400, 401, 413, 415), and a store outage a 503 — never a 500.
 */
export function createShimHandler(deps: ShimDeps) {
  const openapi = JSON.stringify(openApiDocument());
  const sendProblem = createProblemSender(deps.logger);

  // Authorization header → its solution, as read within `factsMs` (the secret is hashed only to read it again); a
  // header in steady use is re-read in the background (a failed re-read lets it expire: the next call reads it).
  const owners = new ExpiringMap<SecretOwner>(deps.factsMs ?? 0, SECRET_OWNERS_MAX, (auth, _owner, at) => void readOwner(auth, bearerSecret(auth), at).catch(() => undefined));
  async function readOwner(auth: string, secret: string, readAtMs: number): Promise<SecretOwner> {
    const owner = await deps.solutions.solutionBySecretHash(sha256(secret));
    owners.set(auth, owner, readAtMs);
    return owner;
  }

  async function decide(req: IncomingMessage, res: ServerResponse, consume: boolean): Promise<void> {
    const now = deps.clock?.now();
    const at = now === undefined ? epochMs(systemClock) : now.getTime();
    const auth = req.headers.authorization;
    // A remembered header passed the checks below when it was first read.
    let owner = auth === undefined ? undefined : owners.get(auth, at);
    if (owner === undefined) {
      const secret = auth === undefined ? '' : bearerSecret(auth);
      if (!secret) return sendProblem(req, res, new DomainError('UNAUTHENTICATED', 'Send the solution secret as "Authorization: Bearer <secret>".'), CHALLENGE);
      if (secret.length > 200) return sendProblem(req, res, new DomainError('UNAUTHENTICATED', 'The solution secret is not valid.'), CHALLENGE);
      owner = await readOwner(auth!, secret, at);
    }
    if (!owner) return sendProblem(req, res, new DomainError('UNAUTHENTICATED', 'The solution secret is not valid (revoked, expired or mistyped).'), CHALLENGE);
    // 415, 413 and malformed JSON are thrown as every REST route of the platform refuses them (`bodyRefusal`).
    const input = parseValidateBody(await readJsonBody(req, MAX_BODY_BYTES));
    deps.solutions.recordSecretUse?.(owner.secretId);
    const verdict = deps.service.decide(owner.solutionId, input, consume, now);
    sendVerdict(res, verdict instanceof Promise ? await verdict : verdict);
  }

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = req.url ?? '/';
    const query = url.indexOf('?');
    const path = query < 0 ? url : url.slice(0, query);
    try {
      if (path === '/quota/validate' || path === '/quota/check') {
        if (req.method !== 'POST') return sendProblem(req, res, new DomainError('METHOD_NOT_ALLOWED', `Use POST ${path}.`), ALLOW_POST);
        return await decide(req, res, path === '/quota/validate');
      }
      // The read-only routes take GET and HEAD (node:http sends no body for HEAD); any other method is a 405, as on the gateway.
      if ((path === '/openapi.json' || path === ERROR_DOCS_PATH || path === '/healthz') && req.method !== 'GET' && req.method !== 'HEAD') {
        return sendProblem(req, res, new DomainError('METHOD_NOT_ALLOWED', `Use GET ${path}.`), ALLOW_GET);
      }
      if (path === '/openapi.json') {
        res.writeHead(200, OPENAPI_HEADERS);
        return void res.end(openapi);
      }
      if (path === ERROR_DOCS_PATH) {
        res.writeHead(200, DOCS_HEADERS);
        return void res.end(errorDocsPage());
      }
      if (path === '/healthz') {
        try {
          await deps.checkHealth();
          return sendJson(res, 200, { status: 'ok' });
        } catch {
          return sendJson(res, 503, { status: 'unavailable' });
        }
      }
      return sendProblem(req, res, new DomainError('NOT_FOUND', `${req.method} ${path} is not a route of the quota service.`));
    } catch (error) {
      if (res.headersSent) return void deps.logger.error({ err: error, path }, 'quota answer failed after its headers');
      // Anything but a DomainError is ours (a store outage): the caller may retry, nothing was decided.
      const known = error instanceof DomainError && error.status < 500;
      sendProblem(req, res, known ? error : new DomainError('UNAVAILABLE', 'The quota service could not decide; retry shortly.', { retryAfterSeconds: 1, cause: error }));
    }
  };
}

export async function startShimServer(deps: ShimDeps, listen: { port: number; host: string }): Promise<RunningServer> {
  const server = keepConnectionsAlive(createServer(createShimHandler(deps)));
  await new Promise<void>((resolve) => server.listen(listen.port, listen.host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${listen.host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
