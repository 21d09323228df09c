import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Logger, type RunningServer, sha256 } from '@marketplace/shared';
import { type QuotaService, ValidateInputError, type Verdict } from '../services/quota.service.ts';
import type { SolutionDirectory } from '../services/ports.ts';
import { openApiDocument } from './openapi.ts';
import { problem, type Problem, sendProblem } from './problem.ts';
import { parseValidateBody } from './validate-request.ts';

export const MAX_BODY_BYTES = 16 * 1024;

export interface ShimDeps {
  service: QuotaService;
  solutions: SolutionDirectory;
  logger: Logger;
  /** Throws when the shim cannot serve (store unreachable). */
  checkHealth: () => Promise<void>;
}

/** Reads the body up to the limit; a larger one is refused without reading the rest. */
function readBody(req: IncomingMessage): Promise<Buffer | Problem> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) {
    req.resume();
    return Promise.resolve(problem(413, `The body may be at most ${MAX_BODY_BYTES} bytes.`));
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        done = true;
        resolve(problem(413, `The body may be at most ${MAX_BODY_BYTES} bytes.`));
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!done) resolve(Buffer.concat(chunks, size));
    });
    req.on('error', () => {
      if (!done) resolve(problem(400, 'The request body could not be read.'));
    });
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store' });
  res.end(text);
}

/** A verdict with the draft-ietf-httpapi-ratelimit-headers fields, plus Retry-After on a denial that can be retried. */
function sendVerdict(res: ServerResponse, verdict: Verdict): void {
  const { policy, ...json } = verdict;
  const text = JSON.stringify(json);
  const headers: Record<string, string | number> = {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  };
  if (policy) {
    headers['ratelimit-policy'] = policy.ratePerSecond
      ? `"quota";q=${verdict.limit};w=${policy.windowSeconds}, "rate";q=${policy.ratePerSecond};w=1`
      : `"quota";q=${verdict.limit};w=${policy.windowSeconds}`;
    headers.ratelimit =
      verdict.code === 'RATE_LIMITED'
        ? `"quota";r=${verdict.remaining};t=${policy.secondsToReset}, "rate";r=0;t=1`
        : `"quota";r=${verdict.remaining};t=${policy.secondsToReset}`;
  }
  if (verdict.retryAfterSeconds !== undefined) headers['retry-after'] = verdict.retryAfterSeconds;
  res.writeHead(200, headers);
  res.end(text);
}

/**
 * The quota shim: `POST /quota/validate` (consumes), `POST /quota/check` (answers the same without
 * consuming), `GET /openapi.json`, `GET /healthz`. Every verdict is a 200; only requests the caller must fix
 * get a problem+json (400, 401, 413, 415), and a store outage a 503 — never a 500.
 */
export function createShimHandler(deps: ShimDeps) {
  const openapi = JSON.stringify(openApiDocument());

  async function decide(req: IncomingMessage, res: ServerResponse, consume: boolean): Promise<void> {
    const auth = req.headers.authorization;
    const secret = auth?.startsWith('Bearer ') ? auth.slice(7).trim() : '';
    const challenge = { 'www-authenticate': 'Bearer realm="quota"' };
    if (!secret) return sendProblem(res, problem(401, 'Send the solution secret as "Authorization: Bearer <secret>".'), challenge);
    if (secret.length > 200) return sendProblem(res, problem(401, 'The solution secret is not valid.'), challenge);
    const owner = await deps.solutions.solutionBySecretHash(sha256(secret));
    if (!owner) {
      req.resume();
      return sendProblem(res, problem(401, 'The solution secret is not valid (revoked, expired or mistyped).'), challenge);
    }
    const type = req.headers['content-type'] ?? '';
    if (!type.startsWith('application/json') && !/^application\/(.+\+)?json\b/i.test(type)) {
      req.resume();
      return sendProblem(res, problem(415, 'Send the body as application/json.'));
    }
    const body = await readBody(req);
    if (!Buffer.isBuffer(body)) return sendProblem(res, body, { connection: 'close' });
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      return sendProblem(res, problem(400, 'The body is not valid JSON.'));
    }
    const input = parseValidateBody(parsed);
    if ('status' in input) return sendProblem(res, input);
    deps.solutions.recordSecretUse?.(owner.secretId);
    try {
      sendVerdict(res, await deps.service.decide(owner.solutionId, input, consume));
    } catch (error) {
      if (error instanceof ValidateInputError) return sendProblem(res, problem(400, error.message, error.field));
      throw error;
    }
  }

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = req.url ?? '/';
    const query = url.indexOf('?');
    const path = query < 0 ? url : url.slice(0, query);
    try {
      if (path === '/quota/validate' || path === '/quota/check') {
        if (req.method !== 'POST') return sendProblem(res, problem(405, `Use POST ${path}.`), { allow: 'POST' });
        return await decide(req, res, path === '/quota/validate');
      }
      if (path === '/openapi.json' && req.method === 'GET') {
        res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'public, max-age=300' });
        return void res.end(openapi);
      }
      if (path === '/healthz' && req.method === 'GET') {
        try {
          await deps.checkHealth();
          return sendJson(res, 200, { status: 'ok' });
        } catch {
          return sendJson(res, 503, { status: 'unavailable' });
        }
      }
      return sendProblem(res, problem(404, `${req.method} ${path} is not a route of the quota service.`));
    } catch (error) {
      deps.logger.error({ err: error, path }, 'quota decision failed');
      if (!res.headersSent) sendProblem(res, problem(503, 'The quota service could not decide; retry shortly.'), { 'retry-after': '1' });
    }
  };
}

export async function startShimServer(deps: ShimDeps, listen: { port: number; host: string }): Promise<RunningServer> {
  const server = createServer(createShimHandler(deps));
  server.keepAliveTimeout = 65_000;
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
