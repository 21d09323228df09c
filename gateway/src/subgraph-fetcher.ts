import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { type BaseContext, CLIENT_IDLE_SOCKET_MS } from '@marketplace/shared';

type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherRequestInit = NonNullable<Parameters<Fetcher>[1]>;
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

/** A subgraph answer read to the end: the gateway parses every one whole, so nothing streams. */
export class BufferedResponse implements FetcherResponse {
  readonly redirected = false;
  bodyUsed = false;
  private headerMap: Headers | undefined;

  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
    private readonly rawHeaders: IncomingMessage['headers'],
    /** The body's bytes as received. */
    readonly body: Buffer,
  ) {}

  /** The answer's headers, built when first read (a pass-through answer reads only its content type). */
  get headers(): Headers {
    if (!this.headerMap) {
      this.headerMap = new Headers();
      for (const [name, value] of Object.entries(this.rawHeaders)) {
        if (typeof value === 'string') this.headerMap.set(name, value);
        else if (value) for (const v of value) this.headerMap.append(name, v);
      }
    }
    return this.headerMap;
  }

  get contentType(): string | undefined {
    return this.headerMap ? (this.headerMap.get('content-type') ?? undefined) : this.rawHeaders['content-type'];
  }

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  async text(): Promise<string> {
    this.bodyUsed = true;
    return this.body.toString('utf8');
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    this.bodyUsed = true;
    return this.body.buffer.slice(this.body.byteOffset, this.body.byteOffset + this.body.byteLength) as ArrayBuffer;
  }

  clone(): FetcherResponse {
    const copy = new BufferedResponse(this.url, this.status, this.statusText, {}, this.body);
    for (const [name, value] of this.headers) copy.headers.append(name, value);
    return copy;
  }
}

/**
 * The gateway's client for its subgraphs: node:http(s) over keep-alive agents (connections reused across
 * requests, no socket cap), no HTTP cache and no retries. `@apollo/gateway`'s default (make-fetch-happen) adds an
 * HTTP cache layer, retry wrappers and extra stream plumbing per call for POSTs that are never cacheable: the
 * gateway bench's dashboard query (two subgraph calls) went from about 21 to 13 ms of CPU per request without it.
 * An idle connection is closed by the gateway after `idleSocketMs`, before its subgraph's keep-alive ends (see
 * `CLIENT_IDLE_SOCKET_MS`): a query sent as the subgraph closed it would fail though the subgraph was up.
 */
export function createSubgraphFetcher(options: { timeoutMs?: number; idleSocketMs?: number } = {}): Fetcher & { destroy(): void } {
  const keepAlive = { keepAlive: true, keepAliveMsecs: 1000, scheduling: 'lifo', timeout: options.idleSocketMs ?? CLIENT_IDLE_SOCKET_MS } as const;
  const agents = { http: new HttpAgent(keepAlive), https: new HttpsAgent(keepAlive) };
  const timeoutMs = options.timeoutMs ?? 30_000;
  // Each subgraph URL parsed once (a gateway calls a handful), not by node:http on every call.
  const targets = new Map<string, { protocol: string; hostname: string; port: string; path: string }>();
  const target = (url: string) => {
    let found = targets.get(url);
    if (!found) {
      const { protocol, hostname, port, pathname, search } = new URL(url);
      found = { protocol, hostname: hostname.replace(/^\[(.*)\]$/, '$1'), port, path: `${pathname}${search}` };
      if (targets.size < 100) targets.set(url, found);
    }
    return found;
  };
  const fetcher = (url: string, init: FetcherRequestInit = {}): Promise<FetcherResponse> =>
    new Promise((resolve, reject) => {
      const secure = url.startsWith('https:');
      const body = init.body ?? '';
      const req = (secure ? httpsRequest : httpRequest)({
        ...target(url),
        method: init.method ?? 'GET',
        headers: { ...init.headers, 'content-length': Buffer.byteLength(body) },
        agent: secure ? agents.https : agents.http,
        timeout: timeoutMs,
        signal: init.signal,
      });
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve(new BufferedResponse(url, res.statusCode ?? 0, res.statusMessage ?? '', res.headers, chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks))));
        res.on('error', reject);
      });
      req.on('timeout', () => req.destroy(new Error(`subgraph ${url} did not answer within ${timeoutMs} ms`)));
      req.on('error', reject);
      req.end(body);
    });
  return Object.assign(fetcher, {
    destroy() {
      agents.http.destroy();
      agents.https.destroy();
    },
  });
}

type SubgraphResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;
const FETCHED = Symbol('subgraph answer fetched ahead');
type FetchedAhead = BaseContext & { [FETCHED]?: { source: SignedSubgraphSource; query: string; response: Promise<FetcherResponse> | undefined } };
type SubgraphRequest = GraphQLDataSourceProcessOptions<BaseContext>['request'];

/**
 * The errors of a subgraph's 400 when every one is the caller's input (BAD_USER_INPUT), else null. The gateway
 * passes through values of scalars it cannot check itself (`SafeInt`, `DateTimeISO`: the supergraph has only their
 * names); the subgraph refuses `1.5` or `"not a date"` before running anything, and the caller hears that, with
 * its field, instead of an INTERNAL "400: Bad Request".
 */
async function refusedInput(response: FetcherResponse): Promise<SubgraphResponse['errors'] | null> {
  let body: unknown;
  try {
    body = await response.clone().json();
  } catch {
    return null;
  }
  const errors = (body as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors) || errors.length === 0) return null;
  const input = errors.every((error) => typeof error?.message === 'string' && error.extensions?.code === 'BAD_USER_INPUT');
  return input ? (errors as NonNullable<SubgraphResponse['errors']>) : null;
}

/**
 * A subgraph as the gateway calls it: `RemoteGraphQLDataSource`'s request and answer (the same JSON body, the
 * same errors for a non-2xx answer or a body that is not a JSON object), with `headersFor`'s headers (the signed
 * caller) on each call, built as a plain object: the stock `process` builds node-fetch `Headers` and a
 * node-fetch `Request` per call that only its error hooks would read. The gateway honours no subgraph cache
 * hints (its cache-control plugin is off), so none are parsed.
 */
export class SignedSubgraphSource extends RemoteGraphQLDataSource<BaseContext> {
  constructor(
    url: string,
    fetcher: Fetcher,
    private readonly headersFor: (context: BaseContext, request: SubgraphRequest) => Iterable<[string, string]>,
  ) {
    super({ url, fetcher, honorSubgraphCacheControlHeader: false });
  }

  /** Sends one operation to the subgraph, signed for `context`'s caller; the answer as received. */
  async call(request: SubgraphRequest, context: BaseContext): Promise<FetcherResponse> {
    if (!request.query) throw new Error('Missing query');
    const headers: Record<string, string> = {};
    // Apollo's own (the trace request when it captures traces), then ours.
    for (const [name, value] of request.http?.headers ?? []) headers[name] = value;
    headers['content-type'] = 'application/json';
    for (const [name, value] of this.headersFor(context, request)) headers[name] = value;
    const { http: _http, query, ...rest } = request;
    return this.fetcher(this.url, { method: 'POST', headers, body: JSON.stringify({ query, ...rest }) });
  }

  /** Hands `response` (of `call` for `query`) to the next `process` of that operation for `context`, instead of calling again. */
  answered(context: BaseContext, query: string, response: Promise<FetcherResponse>): void {
    // On the context itself: Apollo Server runs an operation with a shallow copy of it, which keeps the entry.
    (context as FetchedAhead)[FETCHED] = { source: this, query, response };
  }

  override async process({ request, context }: GraphQLDataSourceProcessOptions<BaseContext>): Promise<SubgraphResponse> {
    const fetched = (context as FetchedAhead)[FETCHED];
    let ahead: Promise<FetcherResponse> | undefined;
    if (fetched?.source === this && fetched.query === request.query) [ahead, fetched.response] = [fetched.response, undefined];
    const response = await (ahead ?? this.call(request, context as BaseContext));
    if (!response.ok) {
      const refused = response.status === 400 ? await refusedInput(response) : null;
      if (refused) return { errors: refused, http: response };
      throw await this.errorFromResponse(response);
    }
    const body = await this.parseBody(response);
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new Error(`Expected JSON response body, but received: ${body}`);
    return { ...body, http: response };
  }
}
