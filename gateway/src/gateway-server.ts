import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import express, { type ErrorRequestHandler } from 'express';
import helmet from 'helmet';
import { GraphQLError, type GraphQLFormattedError, type ValidationContext } from 'graphql';
import {
  type BaseContext,
  type Clock,
  createErrorFormatter,
  ERROR_DOCS_PATH,
  errorDocsPage,
  ERRORS,
  graphqlBinding,
  type Logger,
  type RunningServer,
  signCaller,
} from '@marketplace/shared';
import { type CallerResolver, resolveCaller } from './caller.ts';
import { checkHealth, serviceCheck, subgraphCheck } from './health.ts';
import { billingProxy } from './billing-proxy.ts';
import { dataExportRoutes } from './data-export.ts';
import { sessionCookiePlugin, sessionRoutes } from './session-cookie.ts';
import { socialCallbackRoutes } from './social-callback.ts';
import { createSubgraphFetcher } from './subgraph-fetcher.ts';

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
    if (typeof refusedAs !== 'string') return format(formatted, error);
    return format({ ...formatted, extensions: { ...extensions, code: refusedAs } }, error);
  };
}

/** The gateway's Apollo Server (planning over the committed supergraph), the same for a process and a Lambda function. */
export function createGatewayApollo(options: GatewayOptions, plugins: ApolloServerPlugin<BaseContext>[] = []): ApolloServer<BaseContext> {
  const { logger } = options;
  const fetcher = createSubgraphFetcher();
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    logger,
    buildService: ({ name }) => {
      const url = options.subgraphUrls[name];
      if (!url) throw new Error(`No URL configured for subgraph "${name}"`);
      return new RemoteGraphQLDataSource<BaseContext>({
        url,
        fetcher,
        willSendRequest({ request, context }) {
          if (!context.caller) return; // the gateway's own health probes carry no caller
          const signed = signCaller(options.internalSecret, context.caller, graphqlBinding(request), options.clock.now());
          for (const [header, value] of Object.entries(signed)) {
            request.http?.headers.set(header, value);
          }
          request.http?.headers.set('x-request-id', context.requestId);
        },
      });
    },
  });
  return new ApolloServer<BaseContext>({
    gateway,
    introspection: options.introspection,
    includeStacktraceInErrorResponses: !options.production,
    formatError: withRefusalCodes(createErrorFormatter(options)),
    validationRules: [
      maxDepthRule({ n: options.maxDepth, propagateOnRejection: false, onReject: [refuse('QUERY_TOO_DEEP')] }),
      costLimitRule({ maxCost: options.maxCost, propagateOnRejection: false, onReject: [refuse('QUERY_TOO_COSTLY')] }),
    ],
    plugins: [...plugins, ApolloServerPluginLandingPageDisabled(), sessionCookiePlugin(options)],
  });
}

/** The answer to a query nested deeper than the depth rule could ever pass (refused before parsing), else null. */
export function tooDeep(query: unknown, maxDepth: number): { errors: { message: string; extensions: { code: string } }[] } | null {
  // Selections, arguments and lists each add a level; beyond this the document cannot pass the depth rule anyway.
  if (typeof query !== 'string' || nestingDepth(query) <= maxDepth * 3 + 10) return null;
  return {
    errors: [{ message: `The query is nested deeper than this server accepts (maximum depth ${maxDepth}).`, extensions: { code: 'QUERY_TOO_DEEP' } }],
  };
}

/**
 * The headers `securityHeaders` sets, as a map: for answers that do not pass through Express (GraphQL on Lambda).
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
        res.status(400).json(refused);
      },
      expressMiddleware(apollo, {
        context: async ({ req }) => ({ caller: await resolveCaller(req, options), requestId: randomUUID() }),
      }),
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
  app.get('/explorer', (_req, res) => {
    const file = options.explorer ? page('explorer.html') : undefined;
    if (!options.explorer) res.status(404).type('text/plain').send('The Explorer is disabled (EXPLORER_ENABLED=false).');
    else if (!file) res.status(503).type('text/plain').send('The Explorer is not built yet: run `npm run build`.');
    else res.sendFile(file);
  });
  if (dist) app.use(express.static(dist, { index: false, maxAge: '1h', immutable: false }));
  // The web app's routes (e.g. /verify-email?token=…) all load its index page.
  app.get(/^\/(?!graphql|healthz|explorer|auth\/|assets\/).*/, (req, res, next) => {
    const file = page('index.html');
    if (!file || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(file);
  });

  const onError: ErrorRequestHandler = (error, _req, res, _next) => {
    const status = typeof error?.status === 'number' ? error.status : 500;
    const code = status === 413 ? ERRORS.PAYLOAD_TOO_LARGE.graphql : status === 400 ? ERRORS.BAD_REQUEST.graphql : ERRORS.INTERNAL.graphql;
    const message =
      status === 413
        ? `The request body is larger than ${options.maxBodyBytes} bytes.`
        : status === 400
          ? 'The request body is not valid JSON.'
          : 'Internal error.';
    if (status >= 500) logger.error({ err: error }, 'unhandled error');
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
  app.use(onError);
  return app;
}

/**
 * The public face of the API as a process: verifies the caller, signs it for the subgraphs, plans queries over the
 * committed supergraph, and serves /healthz, /explorer and the web app.
 */
export async function startGateway(options: GatewayOptions, listen: { port: number; host: string }): Promise<RunningServer> {
  const httpServer = createServer();
  const apollo = createGatewayApollo(options, [ApolloServerPluginDrainHttpServer({ httpServer })]);
  await apollo.start();
  httpServer.on('request', createGatewayApp(options, apollo, { graphql: true }));
  await new Promise<void>((resolve) => httpServer.listen(listen.port, listen.host, resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://${listen.host}:${port}`,
    port,
    close: () => apollo.stop(),
  };
}
