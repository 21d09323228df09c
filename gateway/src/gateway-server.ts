import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import express, { type ErrorRequestHandler } from 'express';
import helmet from 'helmet';
import { GraphQLError, type GraphQLFormattedError, type ValidationContext } from 'graphql';
import { GATEWAY_PAGES, isGatewayPath } from '@marketplace/contracts';
import {
  type BaseContext,
  bodyParserRefusal,
  bodyTooLarge,
  type Clock,
  createErrorFormatter,
  createProblemSender,
  ERROR_DOCS_PATH,
  errorDocsPage,
  DomainError,
  isJsonContentType,
  keepConnectionsAlive,
  type Logger,
  malformedBody,
  parseJson,
  readBody,
  type RunningServer,
} from '@marketplace/shared';
import { type CallerRequest, type CallerResolver, callerSigner, resolveCaller } from './caller.ts';
import { checkHealth, serviceCheck, subgraphCheck } from './health.ts';
import { billingProxy } from './billing-proxy.ts';
import { dataExportRoutes } from './data-export.ts';
import { SESSION_COOKIE_HEADER, sessionCookiePlugin, sessionRoutes } from './session-cookie.ts';
import { socialCallbackRoutes } from './social-callback.ts';
import { SingleFetchPlans } from './single-fetch.ts';
import { createSubgraphFetcher, SignedSubgraphSource } from './subgraph-fetcher.ts';
import { graphqlRefusal } from './refusals.ts';

export interface GatewayOptions extends CallerResolver {
  supergraphSdl: string;
  /** Subgraph name → its /graphql URL. */
  subgraphUrls: Record<string, string>;
  internalSecret: string;
  logger: Logger;
  clock: Clock;
  production: boolean;
  introspection: boolean;
  explorer: boolean;
  maxBodyBytes: number;
  maxDepth: number;
  maxCost: number;
  /** Throws when DynamoDB cannot be reached (give up when `signal` aborts); part of /healthz. */
  checkDatabase: (signal: AbortSignal) => Promise<void>;
  /** How long /healthz waits for each of its checks (default DEFAULT_HEALTH_TIMEOUT_MS). */
  healthTimeoutMs?: number;
  /** Other processes of the platform (the quota shim) by name → their /healthz URL; part of /healthz. */
  serviceHealthUrls?: Record<string, string>;
  /** The built web app (client/dist); served at / and /explorer when present. */
  clientDist?: string;
  /** Settings the web app reads at start from GET /config.json, so one build runs on any deployment. */
  publicConfig: PublicConfig;
}

/** What a caller hears when a subgraph did not answer (see `createErrorFormatter`). */
export const SUBGRAPH_UNAVAILABLE = { message: 'A part of the platform did not answer in time; retry shortly.', logged: 'a subgraph did not answer' };

/** What GET /config.json tells the web app. Public: nothing here may be secret. */
export interface PublicConfig {
  /** Where solution backends reach the quota shim (`POST <quotaUrl>/quota/validate`), shown in snippets. */
  quotaUrl: string;
}

/**
 * A validation-phase refusal, reported instead of thrown so the request gets a 400. Apollo stamps every
 * validation error GRAPHQL_VALIDATION_FAILED; `refusedAs` carries the specific code to the formatter.
 */
function refuse(code: string) {
  return (context: ValidationContext | null, error: GraphQLError) =>
    context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { refusedAs: code } }));
}

/**
 * The deepest nesting of `{`, `(` and `[` in a GraphQL document, outside strings and comments. graphql-js parses
 * recursively, so a document nested thousands of levels overflows the stack before any validation rule runs:
 * this scan refuses it first, in linear time and constant stack.
 */
export function nestingDepth(source: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x23 /* # */) {
      while (i < source.length && source.charCodeAt(i) !== 0x0a) i++;
    } else if (c === 0x22 /* " */) {
      const block = source.startsWith('"""', i);
      i += block ? 3 : 1;
      while (i < source.length) {
        if (source.charCodeAt(i) === 0x5c /* \ */) i += 2;
        else if (block ? source.startsWith('"""', i) : source.charCodeAt(i) === 0x22) break;
        else i++;
      }
      if (block) i += 2;
    } else if (c === 0x7b || c === 0x28 || c === 0x5b) {
      if (++depth > deepest) deepest = depth;
    } else if (c === 0x7d || c === 0x29 || c === 0x5d) {
      depth--;
    }
  }
  return deepest;
}

/**
 * Headers on everything the gateway serves (the web app, the Explorer, the API): a Content-Security-Policy with
 * scripts only from this origin (no inline script, no eval), no framing by anyone, no referrer, no sniffing, and
 * HSTS in production. Styles may be inline (React style attributes); workers come from this origin or blob: (the
 * Explorer's editor). The API console calls solutions' own base URLs from the browser, so connections may go to
 * any https origin (and, outside production, plain http ones such as a solution on localhost).
 */
export function securityHeaders(production: boolean) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: production ? ["'self'", 'https:'] : ["'self'", 'https:', 'http:'],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(production ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
    crossOriginEmbedderPolicy: false,
  });
}

function withRefusalCodes(format: (f: GraphQLFormattedError, e: unknown) => GraphQLFormattedError) {
  return (formatted: GraphQLFormattedError, error: unknown) => {
    const { refusedAs, ...extensions } = formatted.extensions ?? {};
    if (typeof refusedAs === 'string') return format({ ...formatted, extensions: { ...extensions, code: refusedAs } }, error);
    // Apollo Server's own refusals of a request that carry a 4xx but no code (a persisted query whose sha256Hash
    // does not match its query) are the caller's to fix: BAD_REQUEST, not INTERNAL.
    const status = (error instanceof GraphQLError ? (error.extensions['http'] as { status?: unknown } | undefined) : undefined)?.status;
    if (extensions['code'] === 'INTERNAL_SERVER_ERROR' && typeof status === 'number' && status >= 400 && status < 500) {
      return format({ ...formatted, extensions: { ...extensions, code: 'BAD_REQUEST' } }, error);
    }
    return format(formatted, error);
  };
}

/**
 * A document with no operation to run for this request (several operations and no or an unknown `operationName`)
 * or a subscription (the graph has none) is the caller's to fix: 400 BAD_REQUEST naming `operationName` (or the
 * document), before the gateway's planner refuses it as a 500.
 */
function operationRefusals(): ApolloServerPlugin<BaseContext> {
  const refusal = (message: string, field: string) => new GraphQLError(message, { extensions: { code: 'BAD_REQUEST', field, http: { status: 400 } } });
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request }) {
          if (!operation) {
            throw request.operationName
              ? refusal(`The document has no operation named "${request.operationName.slice(0, 100)}".`, 'operationName')
              : refusal('The document has several operations: say which to run in operationName.', 'operationName');
          }
          if (operation.operation === 'subscription') throw refusal('This API has no subscriptions: send a query or a mutation.', 'query');
        },
      };
    },
  };
}

/** The gateway's Apollo Server (planning over the committed supergraph), the same for a process and a Lambda function. */
export function createGatewayApollo(
  options: GatewayOptions,
  plugins: ApolloServerPlugin<BaseContext>[] = [],
  singleFetch = new SingleFetchPlans(),
): ApolloServer<BaseContext> {
  const { logger } = options;
  const fetcher = createSubgraphFetcher();
  const sign = callerSigner(options.internalSecret);
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    logger,
    experimental_didResolveQueryPlan: singleFetch.didResolveQueryPlan,
    buildService: ({ name }) => {
      const url = options.subgraphUrls[name];
      if (!url) throw new Error(`No URL configured for subgraph "${name}"`);
      return new SignedSubgraphSource(url, fetcher, (context, request) => {
        if (!context.caller) return []; // the gateway's own health probes carry no caller
        return [...sign(context.caller, request, options.clock.now()), ['x-request-id', context.requestId]];
      });
    },
  });
  return new ApolloServer<BaseContext>({
    gateway: singleFetch.wrap(gateway),
    introspection: options.introspection,
    includeStacktraceInErrorResponses: !options.production,
    // A subgraph it cannot reach (refused, reset, timed out) is the gateway's outage; a subgraph's store outage comes worded.
    formatError: withRefusalCodes(createErrorFormatter({ ...options, unavailable: SUBGRAPH_UNAVAILABLE })),
    validationRules: [
      maxDepthRule({ n: options.maxDepth, propagateOnRejection: false, onReject: [refuse('QUERY_TOO_DEEP')] }),
      costLimitRule({ maxCost: options.maxCost, propagateOnRejection: false, onReject: [refuse('QUERY_TOO_COSTLY')] }),
    ],
    // No cache hints anywhere (no subgraph sends Cache-Control), so the cache-control plugin could only ever answer
    // "not cacheable", which it says by sending no header: off, and with it the subgraph data source's parsing of
    // each answer's Cache-Control.
    plugins: [...plugins, operationRefusals(), ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), sessionCookiePlugin(options)],
  });
}

/** One request's context: the verified caller (refused when its token or session is bad) and a fresh request id. */
export async function gatewayContext(req: CallerRequest, options: CallerResolver): Promise<BaseContext> {
  return { caller: await resolveCaller(req, options), requestId: randomUUID() };
}

/** The refusal of a query nested deeper than the depth rule could ever pass (refused before parsing), else null. */
export function tooDeep(query: unknown, maxDepth: number): DomainError | null {
  // Selections, arguments and lists each add a level; beyond this the document cannot pass the depth rule anyway.
  if (typeof query !== 'string' || nestingDepth(query) <= maxDepth * 3 + 10) return null;
  return new DomainError('QUERY_TOO_DEEP', `The query is nested deeper than this server accepts (maximum depth ${maxDepth}).`);
}

/**
 * The headers `securityHeaders` sets, as a map: for answers that do not pass through Express (GraphQL on Lambda,
 * the process's POST /graphql).
 * Read from the middleware itself, so both paths send the same headers.
 */
export function securityHeaderValues(production: boolean): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (name: string, value: unknown) => void (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
  };
  securityHeaders(production)({ headers: {} } as never, res as never, () => undefined);
  return headers;
}

/**
 * The gateway's HTTP routes around an Apollo Server: /healthz, /auth, /billing, /config.json, the Explorer and the
 * web app, and (when `graphql`) POST /graphql through Express. The Lambda function serves /graphql itself.
 */
export function createGatewayApp(options: GatewayOptions, apollo: ApolloServer<BaseContext>, { graphql }: { graphql: boolean }): express.Express {
  const { logger } = options;
  // Every route but /graphql (whose clients read GraphQL's `errors`) refuses as problem+json.
  const refuse = createProblemSender(logger);
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use(securityHeaders(options.production));

  const healthChecks: Record<string, (signal: AbortSignal) => Promise<void>> = { dynamodb: options.checkDatabase };
  for (const [name, url] of Object.entries(options.subgraphUrls)) healthChecks[name] = subgraphCheck(url);
  for (const [name, url] of Object.entries(options.serviceHealthUrls ?? {})) healthChecks[name] = serviceCheck(url);
  app.get('/healthz', async (_req, res) => {
    const report = await checkHealth(healthChecks, options.healthTimeoutMs);
    res.status(report.status === 'ok' ? 200 : 503).setHeader('Cache-Control', 'no-store').json(report);
  });

  if (graphql) {
    app.use(
      '/graphql',
      express.json({ limit: options.maxBodyBytes }),
      (req, res, next) => {
        const refused = tooDeep(req.body?.query ?? req.query.query, options.maxDepth);
        if (!refused) return next();
        res.status(refused.status).json(graphqlRefusal(refused));
      },
      expressMiddleware(apollo, { context: ({ req }) => gatewayContext(req, options) }),
    );
  }

  // Where problem+json `type`s and the README point: the error table, served by the platform itself.
  app.get(ERROR_DOCS_PATH, (_req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.type('html').send(errorDocsPage());
  });

  app.use('/auth/oidc', socialCallbackRoutes(apollo, options));
  app.use('/auth', sessionRoutes(apollo, options));
  app.use('/account', dataExportRoutes(apollo, options));
  const billingUrl = options.subgraphUrls.billing;
  if (billingUrl) app.use('/billing', billingProxy(billingUrl.replace(/\/graphql$/, ''), options));

  // Briefly cacheable: a changed setting reaches open tabs on their next start within a minute.
  const publicConfig = JSON.stringify({ quotaUrl: options.publicConfig.quotaUrl } satisfies PublicConfig);
  app.get('/config.json', (_req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=60').type('application/json').send(publicConfig);
  });

  const dist = options.clientDist;
  const page = (file: string) => (dist && existsSync(join(dist, file)) ? join(dist, file) : undefined);
  app.get(GATEWAY_PAGES.explorer.path, (req, res) => {
    const file = options.explorer ? page(GATEWAY_PAGES.explorer.file) : undefined;
    if (!options.explorer) refuse(req, res, new DomainError('NOT_FOUND', 'The Explorer is disabled (EXPLORER_ENABLED=false).'));
    else if (!file) refuse(req, res, new DomainError('UNAVAILABLE', 'The Explorer is not built yet: run `npm run build`.'));
    else res.sendFile(file);
  });
  if (dist) app.use(express.static(dist, { index: false, maxAge: '1h', immutable: false }));
  // The web app's routes (e.g. /verify-email?token=…) all load its index page; the gateway's own paths
  // (GATEWAY_PATHS, which the dev server forwards alike) never do, whatever the path under them.
  app.get(/^\/(?!assets\/).*/, (req, res, next) => {
    const file = page('index.html');
    if (!file || !req.accepts('html') || isGatewayPath(req.path) || req.path === GATEWAY_PAGES.explorer.path) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(file);
  });

  // Routes that exist for GET only: another method is told which one they take (405, `Allow`), not that they are missing.
  app.all(['/healthz', '/config.json', '/explorer', ERROR_DOCS_PATH, '/account/export'], (req, res) =>
    refuse(req, res, new DomainError('METHOD_NOT_ALLOWED', `Use GET ${req.path}.`), { allow: 'GET, HEAD' }),
  );

  // No route answered: a page the web app does not have, or an API path that does not exist.
  app.use((req, res) => refuse(req, res, new DomainError('NOT_FOUND', `There is no ${req.method} ${req.path} here.`)));

  // Express's own refusals (a body parser's) and anything a route threw: the status kept, internals only logged.
  const onError: ErrorRequestHandler = (error, req, res, _next) => {
    // A broken %-escape in the path is Express's URIError (status 400): the path is at fault, not the body.
    const refusal =
      error instanceof URIError
        ? new DomainError('BAD_REQUEST', 'The request path is not valid: a % must start an escape such as %20.', { field: 'path' })
        : (bodyParserRefusal(error, options.maxBodyBytes) ?? new DomainError('INTERNAL', 'Internal error.', { cause: error }));
    if (res.headersSent) {
      logger.error({ err: error }, 'unhandled error after the answer began');
      res.destroy();
    } else if (req.path.startsWith('/graphql')) {
      if (refusal.status >= 500) logger.error({ err: error }, 'unhandled error');
      res.status(refusal.status).json(graphqlRefusal(refusal));
    } else refuse(req, res, refusal);
  };
  app.use(onError);
  return app;
}

/**
 * POST /graphql without Express's router, body parser and header middleware: the API's hot path. The same
 * limits and answers as the Express route (413 past `maxBodyBytes`, 400 for malformed JSON or a query nested too
 * deep, the security headers, the same context; a body that is not JSON gets Apollo's 400); the body is read and
 * parsed once, the headers written once. With `singleFetch` (the plans `apollo` records), a query already planned as
 * one verbatim fetch is answered with the subgraph's bytes (`SingleFetchPlans.passThrough`), outside Apollo
 * Server's pipeline but with the same answer: the same status, headers and body it would send.
 */
export function graphqlPostHandler(
  options: GatewayOptions,
  apollo: ApolloServer<BaseContext>,
  singleFetch?: SingleFetchPlans,
): (req: IncomingMessage, res: ServerResponse) => void {
  const security = Object.entries(securityHeaderValues(options.production)).flat();
  // The content type Apollo Server chose for a data answer, by the request's Accept header (learned from its own
  // answers, so a pass-through answer negotiates exactly as it does); a handful of distinct values in practice.
  const contentTypes = new Map<string, string>();
  // Apollo's usage reporting (configured by APOLLO_KEY) traces requests from inside its pipeline: then every request takes it.
  const passThrough = process.env.APOLLO_KEY ? undefined : singleFetch;
  const send = (res: ServerResponse, status: number, headers: Iterable<[string, string]>, body: string | Buffer) => {
    const head = [...security];
    for (const [name, value] of headers) head.push(name, value);
    head.push('content-length', String(Buffer.byteLength(body)));
    res.writeHead(status, head);
    res.end(body);
  };
  const refuse = (res: ServerResponse, refusal: DomainError) =>
    send(res, refusal.status, [['content-type', 'application/json; charset=utf-8']], JSON.stringify(graphqlRefusal(refusal)));
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    let body: unknown;
    try {
      const raw = await readBody(req, options.maxBodyBytes);
      // As express.json: a JSON body must be an object or an array; an empty one is an empty object.
      body = !isJsonContentType(req.headers['content-type']) ? undefined : raw.length === 0 ? {} : parseJsonObject(raw);
    } catch (error) {
      const tooLarge = error instanceof DomainError && error.code === 'PAYLOAD_TOO_LARGE';
      return refuse(res, tooLarge ? bodyTooLarge(options.maxBodyBytes) : malformedBody());
    }
    const refused = tooDeep((body as { query?: unknown } | undefined)?.query, options.maxDepth);
    if (refused) return refuse(res, refused);
    let context: Promise<BaseContext> | undefined;
    const accept = req.headers.accept ?? '';
    const contentType = contentTypes.get(accept);
    if (passThrough && contentType && body && typeof body === 'object' && !req.headers[SESSION_COOKIE_HEADER] && !req.headers['apollo-query-plan-experimental']) {
      context = gatewayContext(req, options);
      const answer = await passThrough.passThrough(body, context);
      if (answer) return send(res, 200, [['content-type', contentType]], answer);
    }
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: '', body },
      context: () => context ?? gatewayContext(req, options),
    });
    if (response.body.kind === 'complete') {
      const answeredAs = response.headers.get('content-type');
      if ((response.status ?? 200) === 200 && answeredAs && !contentTypes.has(accept) && contentTypes.size < 64) contentTypes.set(accept, answeredAs);
      return send(res, response.status ?? 200, response.headers, response.body.string);
    }
    res.writeHead(response.status ?? 200, [...security, ...[...response.headers].flat()]);
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
  return (req, res) => {
    handle(req, res).catch((error: unknown) => {
      options.logger.error({ err: error }, 'unhandled error');
      if (res.headersSent) res.destroy();
      else refuse(res, new DomainError('INTERNAL', 'Internal error.'));
    });
  };
}

/** JSON that is an object or an array (express.json's strict mode); anything else is malformed. */
function parseJsonObject(raw: Buffer): unknown {
  const first = raw.toString('latin1', 0, Math.min(raw.length, 64)).trimStart()[0];
  if (first !== '{' && first !== '[') throw malformedBody();
  return parseJson(raw);
}

/**
 * The public face of the API as a process: verifies the caller, signs it for the subgraphs, plans queries over the
 * committed supergraph, and serves /healthz, /explorer and the web app.
 */
export async function startGateway(options: GatewayOptions, listen: { port: number; host: string }): Promise<RunningServer> {
  const httpServer = keepConnectionsAlive(createServer());
  const singleFetch = new SingleFetchPlans();
  const apollo = createGatewayApollo(options, [ApolloServerPluginDrainHttpServer({ httpServer })], singleFetch);
  await apollo.start();
  const app = createGatewayApp(options, apollo, { graphql: true });
  const postGraphql = graphqlPostHandler(options, apollo, singleFetch);
  // A compressed body (Content-Encoding) goes the Express way, whose parser inflates it.
  const fast = (req: IncomingMessage) => req.method === 'POST' && req.url === '/graphql' && !req.headers['content-encoding'];
  httpServer.on('request', (req: IncomingMessage, res: ServerResponse) => (fast(req) ? postGraphql(req, res) : app(req, res)));
  await new Promise<void>((resolve) => httpServer.listen(listen.port, listen.host, resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://${listen.host}:${port}`,
    port,
    close: () => apollo.stop(),
  };
}
