import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler } from 'express';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { isStoreUnavailable } from './dynamo/client.ts';
import { DomainError, STORE_UNAVAILABLE_MESSAGE } from './errors.ts';
import type { BaseContext } from './federation.ts';
import { bodyParserRefusal } from './http/body.ts';
import { keepConnectionsAlive } from './http/keep-alive.ts';
import { createProblemSender } from './http/problem.ts';
import { createErrorFormatter } from './graphql-errors.ts';
import { graphqlBinding, verifyCaller } from './internal-auth.ts';
import type { Logger } from './logger.ts';
import type { Clock } from './clock.ts';

/** A subgraph's GraphQL body limit: the gateway takes far less from callers (`MAX_BODY_BYTES`); this only bounds a bug. */
const SUBGRAPH_MAX_BODY_BYTES = 1024 * 1024;

export interface SubgraphServerOptions<C extends BaseContext> {
  name: string;
  schema: GraphQLSchema;
  /** The internal secret the gateway signs caller headers with. */
  internalSecret: string;
  logger: Logger;
  clock: Clock;
  production: boolean;
  /** Builds the per-request context (loaders, services) from the verified caller. */
  createContext: (base: BaseContext) => C | Promise<C>;
  /** Throws when the subgraph cannot serve (e.g. its table is unreachable); drives /healthz. */
  checkHealth?: () => Promise<void>;
  /**
   * The subgraph's own HTTP routes beside /graphql (billing's webhooks and PDFs), tried first: true when it
   * answered the request. They read the body themselves (raw), and check callers themselves.
   */
  routes?: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** The subgraph's Apollo Server, the same for a listening process and a Lambda function. */
export function createSubgraphApollo<C extends BaseContext>(
  options: SubgraphServerOptions<C>,
  plugins: ApolloServerPlugin<C>[] = [],
): ApolloServer<C> {
  return new ApolloServer<C>({
    schema: options.schema,
    introspection: true,
    includeStacktraceInErrorResponses: !options.production,
    formatError: createErrorFormatter(options),
    plugins: [
      ...plugins,
      ApolloServerPluginLandingPageDisabled(),
      // Traces are for Apollo's hosted studio, which this platform does not use.
      ApolloServerPluginInlineTraceDisabled(),
    ],
  });
}

/**
 * The per-request context from the request's headers: refused with UNAUTHENTICATED unless the gateway signed the
 * caller header.
 */
export async function subgraphContext<C extends BaseContext>(
  options: SubgraphServerOptions<C>,
  headers: Record<string, string | string[] | undefined>,
  operation: Record<string, unknown>,
): Promise<C> {
  const verified = verifyCaller(options.internalSecret, headers, graphqlBinding(operation), options.clock.now());
  if (!verified.ok) {
    options.logger.warn({ reason: verified.reason }, 'refused a request without a valid gateway signature');
    throw new GraphQLError('Requests must come through the gateway.', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  }
  const requestId = typeof headers['x-request-id'] === 'string' ? headers['x-request-id'] : randomUUID();
  return options.createContext({ caller: verified.caller, requestId });
}

/** What GET /healthz answers: 200 when the subgraph can serve (its table is ACTIVE), else 503. */
export async function subgraphHealth(
  options: Pick<SubgraphServerOptions<BaseContext>, 'name' | 'checkHealth' | 'logger'>,
): Promise<{ status: 200 | 503; body: { status: 'ok' | 'unavailable'; subgraph: string } }> {
  try {
    await options.checkHealth?.();
    return { status: 200, body: { status: 'ok', subgraph: options.name } };
  } catch (error) {
    options.logger.warn({ err: error }, 'health check failed');
    return { status: 503, body: { status: 'unavailable', subgraph: options.name } };
  }
}

/**
 * What a failed subgraph route answers: the caller's own mistake as thrown (a DomainError under 500: its status,
 * code and field), a store that did not answer as UNAVAILABLE (503, `Retry-After`), anything else as INTERNAL
 * (500). The cause of a 5xx is only logged: no message, stack or secret of ours reaches the body.
 */
export function routeRefusal(error: unknown): DomainError {
  if (error instanceof DomainError && error.status < 500) return error;
  if (isStoreUnavailable(error) || (error instanceof DomainError && error.code === 'UNAVAILABLE')) {
    return new DomainError('UNAVAILABLE', STORE_UNAVAILABLE_MESSAGE, { retryAfterSeconds: 1, cause: error });
  }
  return new DomainError('INTERNAL', 'Internal error.', { cause: error });
}

type Routes = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

/**
 * A subgraph's own routes as they are served (process and Lambda alike): whatever they throw is answered as
 * problem+json through the shared sender (`routeRefusal`), with the request id in the body, in `X-Request-Id` and
 * in the log line, as the gateway and the quota API answer. Never rejects; true when the request was answered.
 */
export function serveSubgraphRoutes(routes: Routes, logger: Logger): Routes {
  const refuse = createProblemSender(logger);
  return async (req, res) => {
    try {
      return await routes(req, res);
    } catch (error) {
      if (res.headersSent) {
        logger.error({ err: error, path: req.url?.split('?', 1)[0] }, 'route failed after its answer began');
        res.destroy();
      } else refuse(req, res, routeRefusal(error));
      return true;
    }
  };
}

/**
 * Serves one subgraph: POST /graphql for the gateway only (signed caller header required) and GET /healthz.
 * A request without a valid signature is refused with UNAUTHENTICATED before any resolver runs.
 */
export async function startSubgraphServer<C extends BaseContext>(
  options: SubgraphServerOptions<C>,
  listen: { port: number; host: string },
): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = keepConnectionsAlive(createServer(app));
  const apollo = createSubgraphApollo(options, [ApolloServerPluginDrainHttpServer({ httpServer })]);
  await apollo.start();

  app.get('/healthz', async (_req, res) => {
    const health = await subgraphHealth(options);
    res.status(health.status).json(health.body);
  });
  if (options.routes) {
    const routes = serveSubgraphRoutes(options.routes, options.logger);
    app.use((req, res, next) => void routes(req, res).then((handled) => (handled ? undefined : next())));
  }
  app.use(
    '/graphql',
    express.json({ limit: SUBGRAPH_MAX_BODY_BYTES }),
    expressMiddleware(apollo, {
      context: async ({ req }) => subgraphContext(options, req.headers, operationOf(req)),
    }),
  );
  // No route answered, or Express itself refused (a body parser's 400/413): problem+json like every route, never
  // Express's default HTML page (which carries the stack outside production).
  const refuse = createProblemSender(options.logger);
  app.use((req, res) => refuse(req, res, new DomainError('NOT_FOUND', `There is no ${req.method} ${req.path} here.`)));
  const onError: ErrorRequestHandler = (error, req, res, _next) => {
    const refusal = bodyParserRefusal(error, SUBGRAPH_MAX_BODY_BYTES) ?? routeRefusal(error);
    if (res.headersSent) {
      options.logger.error({ err: error, path: req.path }, 'unhandled error after the answer began');
      res.destroy();
    } else refuse(req, res, refusal);
  };
  app.use(onError);

  await new Promise<void>((resolve) => httpServer.listen(listen.port, listen.host, resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://${listen.host}:${port}/graphql`,
    port,
    close: () => apollo.stop(),
  };
}

export type { Server };

/** The operation a request carries (what the gateway's signature is bound to): the JSON body of a POST, or the query string of a GET. */
export function operationOf(req: { method: string; body?: unknown; query: Record<string, unknown> }): Record<string, unknown> {
  if (req.method !== 'GET') return (req.body ?? {}) as Record<string, unknown>;
  let variables: unknown = undefined;
  try {
    variables = typeof req.query.variables === 'string' ? JSON.parse(req.query.variables) : undefined;
  } catch {
    // Unparseable variables bind to nothing the gateway could have signed; the signature check fails.
    variables = req.query.variables;
  }
  return { query: req.query.query, operationName: req.query.operationName, variables };
}
