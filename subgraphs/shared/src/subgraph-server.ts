import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { BaseContext } from './federation.ts';
import { createErrorFormatter } from './graphql-errors.ts';
import { graphqlBinding, verifyCaller } from './internal-auth.ts';
import type { Logger } from './logger.ts';
import type { Clock } from './clock.ts';

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
  const httpServer = createServer(app);
  const apollo = new ApolloServer<C>({
    schema: options.schema,
    introspection: true,
    includeStacktraceInErrorResponses: !options.production,
    formatError: createErrorFormatter(options),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // Traces are for Apollo's hosted studio, which this platform does not use.
      ApolloServerPluginInlineTraceDisabled(),
    ],
  });
  await apollo.start();

  app.get('/healthz', async (_req, res) => {
    try {
      await options.checkHealth?.();
      res.json({ status: 'ok', subgraph: options.name });
    } catch (error) {
      options.logger.warn({ err: error }, 'health check failed');
      res.status(503).json({ status: 'unavailable', subgraph: options.name });
    }
  });
  const routes = options.routes;
  if (routes) {
    app.use((req, res, next) => {
      routes(req, res).then(
        (handled) => (handled ? undefined : next()),
        (error: unknown) => {
          options.logger.error({ err: error, path: req.path }, 'route failed');
          if (!res.headersSent) res.status(500).json({ error: { code: 'INTERNAL', message: 'Internal error.' } });
        },
      );
    });
  }
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const verified = verifyCaller(options.internalSecret, req.headers, graphqlBinding(operationOf(req)), options.clock.now());
        if (!verified.ok) {
          options.logger.warn({ reason: verified.reason }, 'refused a request without a valid gateway signature');
          throw new GraphQLError('Requests must come through the gateway.', {
            extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
          });
        }
        const requestId = typeof req.headers['x-request-id'] === 'string' ? req.headers['x-request-id'] : randomUUID();
        return options.createContext({ caller: verified.caller, requestId });
      },
    }),
  );

  await new Promise<void>((resolve) => httpServer.listen(listen.port, listen.host, resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://${listen.host}:${port}/graphql`,
    port,
    close: () => apollo.stop(),
  };
}

export type { Server };

/** The operation a request carries: the JSON body of a POST, or the query string of a GET. */
function operationOf(req: { method: string; body?: unknown; query: Record<string, unknown> }): Record<string, unknown> {
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
