import type * as NodeHttp from 'node:http';
import type * as NodeUrl from 'node:url';

/**
 * How one attempt reaches the shim. The client's retry loop, timeout, circuit and verdict parsing are the same
 * whichever transport carries the call; a transport only sends one POST and hands back the answer.
 */

/** The shim's answer to one attempt. `text()` reads the body; `discard()` drops it (the connection stays usable). */
export interface ShimAnswer {
  status: number;
  statusText: string;
  /** A response header by lower-case name, null when absent. */
  header(name: string): string | null;
  text(): Promise<string>;
  discard(): void;
}

/**
 * The whole call's deadline, shared by its attempts. The client sets one timer per call; when it fires it marks
 * the deadline `expired` and calls the `onExpire` the attempt in flight registered (which ends that attempt).
 */
export interface Deadline {
  expired: boolean;
  onExpire: (() => void) | null;
}

/** POSTs `body` to `path` under the client's base URL (`/quota/validate`). */
export type ShimTransport = (path: string, headers: Readonly<Record<string, string>>, body: string, deadline: Deadline) => Promise<ShimAnswer>;

/** Over a WHATWG `fetch` (an injected one, or the global on runtimes without node:http): aborted by a signal at the deadline. */
export function fetchTransport(baseUrl: string, fetchImpl: typeof fetch): ShimTransport {
  return async (path, headers, body, deadline) => {
    const controller = new AbortController();
    deadline.onExpire = () => controller.abort(new DOMException('The quota call timed out.', 'TimeoutError'));
    const res = await fetchImpl(`${baseUrl}${path}`, { method: 'POST', headers, body, signal: controller.signal });
    return {
      status: res.status,
      statusText: res.statusText,
      header: (name) => res.headers.get(name),
      text: () => res.text(),
      discard: () => void res.body?.cancel().catch(() => {}),
    };
  };
}

/** Idle keep-alive connections are closed after this: below the idle timeouts of common load balancers (60 s and up). */
const IDLE_MS = 30_000;

type HttpModule = Pick<typeof NodeHttp, 'request' | 'Agent'>;
type UrlModule = Pick<typeof NodeUrl, 'urlToHttpOptions'>;

/**
 * Over Node's own `node:http`/`node:https` with a keep-alive agent of the client's: on Node 20 a `fetch` costs
 * the calling process several times the CPU of the same request through `node:http` (WHATWG Request, Response,
 * streams and abort-signal bookkeeping per call), and the quota call is on every request of the solution. Null
 * on other runtimes (Deno, Bun and Workers emulate node:http, some over their fetch: their own fetch is the
 * better road) and on Node before 20.16 (no `process.getBuiltinModule`): the client then uses `fetch`. Loaded at
 * run time, so the core has no static `node:` import.
 */
export function nodeHttpTransport(baseUrl: string): ShimTransport | null {
  if (!isNode()) return null;
  const runtime = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const secure = baseUrl.startsWith('https:');
  const http = runtime?.getBuiltinModule?.(secure ? 'node:https' : 'node:http') as HttpModule | undefined;
  const url = runtime?.getBuiltinModule?.('node:url') as UrlModule | undefined;
  if (typeof http?.request !== 'function' || typeof url?.urlToHttpOptions !== 'function') return null;
  // Parsed once (host, port, path prefix), not per call.
  // (The client's baseUrl has no query, no credentials and no trailing slash.)
  const { protocol, hostname, port, path: base } = url.urlToHttpOptions(new URL(baseUrl));
  const prefix = base === '/' ? '' : (base ?? '');
  // Idle connections are unref'd by the agent (they never keep a process alive) and closed after IDLE_MS, or
  // a second before the server's Keep-Alive hint when that is shorter (the shim's: 65 s), before the far end does.
  const agent = new http.Agent({ keepAlive: true, scheduling: 'lifo', timeout: IDLE_MS });
  return (path, headers, body, deadline) =>
    new Promise<ShimAnswer>((resolve, reject) => {
      // Content-Length is set by end(body).
      const req = http.request({ protocol, hostname, port, path: `${prefix}${path}`, method: 'POST', headers, agent });
      deadline.onExpire = () => req.destroy(new Error('The quota call timed out.'));
      req.on('error', reject);
      req.on('response', (res: NodeHttp.IncomingMessage) => {
        const answer: ShimAnswer = {
          status: res.statusCode ?? 0,
          statusText: res.statusMessage ?? '',
          header: (name) => {
            const value = res.headers[name];
            return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
          },
          text: () =>
            new Promise<string>((done, fail) => {
              let text = '';
              res.setEncoding('utf8');
              res.on('data', (chunk: string) => (text += chunk));
              res.on('end', () => done(text));
              res.on('error', fail);
              // Cut off (the deadline destroyed the request, the shim went away) before the end: a network error.
              res.on('close', () => (res.complete ? undefined : fail(new Error('The quota service closed the connection mid-answer.'))));
            }),
          discard: () => void res.resume(),
        };
        resolve(answer);
      });
      req.end(body);
    });
}

/** Node itself, not a runtime that emulates its APIs. */
function isNode(): boolean {
  const g = globalThis as { process?: { versions?: Record<string, string | undefined> }; Deno?: unknown; navigator?: { userAgent?: string } };
  const versions = g.process?.versions;
  if (!versions?.node || versions.bun !== undefined || g.Deno !== undefined) return false;
  const agent = g.navigator?.userAgent;
  return agent === undefined || agent.startsWith('Node.js');
}
