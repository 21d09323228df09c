import { handlers, type LambdaHandler, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { type Backfill, type BackfillOutcome, runBackfills } from './dynamo/backfill.ts';
import type { BaseContext } from './federation.ts';
import { commonEnvSchema, loadConfig } from './config.ts';
import { type EventOutbox, type OutboxRelayBasics, outboxScheduler } from './dynamo/outbox.ts';
import { answerWithNodeHandler } from './http-api-bridge.ts';
import type { ScheduledJob } from './scheduler.ts';
import { loadSecretsIntoEnv } from './secrets-manager.ts';
import { prepareSubgraph, type SubgraphBasics, type SubgraphServing, subgraphServerOptions } from './subgraph-process.ts';
import { createSubgraphApollo, operationOf, serveSubgraphRoutes, subgraphContext, subgraphHealth } from './subgraph-server.ts';
import { DomainError } from './errors.ts';
import { createProblemSender } from './http/problem.ts';

/**
 * Where the HTTP API mounts a subgraph (`/_subgraphs/<name>/graphql`, `/healthz`, its own routes): the gateway calls
 * it there, signing every request; nothing under it serves a caller without the gateway's signature.
 */
export function subgraphMountPath(name: string): string {
  return `/_subgraphs/${name}`;
}

export type HttpApiHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

/** A JSON answer in the HTTP API's result shape. */
export function jsonResult(statusCode: number, body: unknown): APIGatewayProxyStructuredResultV2 {
  return { statusCode, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }, body: JSON.stringify(body) };
}

/**
 * Asynchronous set-up run once per cold start (secrets from Secrets Manager first), shared by concurrent first
 * invocations; a failed set-up is retried by the next invocation instead of being cached.
 */
export function coldStart<T>(build: () => Promise<T>): () => Promise<T> {
  let ready: Promise<T> | undefined;
  return () =>
    (ready ??= loadSecretsIntoEnv()
      .then(build)
      .catch((error: unknown) => {
        ready = undefined;
        throw error;
      }));
}

/** Wraps a handler that needs asynchronous set-up (see `coldStart`). */
export function lazyHandler(build: () => Promise<HttpApiHandler>): HttpApiHandler {
  const ready = coldStart(build);
  return async (event, context) => (await ready())(event, context);
}

/**
 * A scheduled entry point (an EventBridge rule invokes it; the process runs the same work on a timer instead):
 * `setup` once per cold start, as the HTTP handler of the same package does, then `run` once per invocation. A
 * failure rejects, so the invocation counts as an error (alarmed) and the next one tries again.
 */
export function scheduledJobsHandler<T>(setup: () => Promise<T>, run: (ready: T) => Promise<unknown>): () => Promise<{ ran: true }> {
  const ready = coldStart(setup);
  return async () => {
    await run(await ready());
    return { ran: true };
  };
}

/**
 * A package's scheduled entry point that relays its outbox (and runs its other scheduled `jobs`) through the
 * scheduler's leases on its table, as its process does (`startOutboxRelay`): an invocation runs each job whose slot
 * is due, so a repeated invocation, or a process of the package beside the function, still runs each once per slot.
 */
export function outboxJobsHandler<T extends { basics: OutboxRelayBasics; outbox: Pick<EventOutbox<never>, 'relayJob'> }>(
  setup: () => Promise<T>,
  jobs: (ready: T) => ScheduledJob[] = () => [],
): () => Promise<{ ran: true }> {
  return scheduledJobsHandler(
    async () => {
      const ready = await setup();
      return outboxScheduler(ready.basics, ready.outbox, jobs(ready), { jitterMs: 0 });
    },
    (scheduler) => scheduler.runDue(),
  );
}

/**
 * How long before an invocation's deadline a backfill stops: room for the page in progress (its fixes and its saved
 * position) to finish, so the next invocation resumes exactly there.
 */
export const BACKFILL_DEADLINE_MARGIN_MS = 60_000;

/**
 * A package's start-up backfills as a Lambda entry point (the stack's deployment trigger invokes it after every
 * code change; the process runs the same list before it listens). It needs only the package's table: the common
 * settings, no secrets (so it runs on a first deployment, before the operator has put them in). Runs `backfills` in
 * order until done or until the invocation is within `BACKFILL_DEADLINE_MARGIN_MS` of its deadline. Done: resolves
 * with each outcome. Stopped by the deadline: rejects (so the deployment fails) saying to run it again; the saved
 * position makes the next invocation go on from there.
 */
export function backfillsHandler(
  name: string,
  backfills: (db: DynamoDBDocumentClient, table: string) => Backfill[],
): (event: unknown, context: Pick<Context, 'getRemainingTimeInMillis'>) => Promise<{ done: true; backfills: BackfillOutcome[] }> {
  const ready = coldStart(() => prepareSubgraph(name, loadConfig(commonEnvSchema)));
  return async (_event, context) => {
    const basics = await ready();
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), Math.max(0, context.getRemainingTimeInMillis() - BACKFILL_DEADLINE_MARGIN_MS));
    try {
      const outcomes = await runBackfills(basics, backfills(basics.db, basics.table), { signal: deadline.signal });
      const stopped = outcomes.find((o) => !o.done);
      if (stopped) {
        basics.logger.warn({ backfill: stopped.name, fixed: stopped.fixed }, 'backfill stopped before the deadline; run it again');
        throw new Error(
          `Backfill ${stopped.name} is not finished (${stopped.fixed} items fixed by this invocation, its position saved): run it again ` +
            '(deploy again, or invoke this function until it returns done); it resumes where it stopped.',
        );
      }
      return { done: true, backfills: outcomes };
    } finally {
      clearTimeout(timer);
    }
  };
}

/**
 * The integration is CommonJS and types its parameter with @apollo/server's CommonJS declarations; ours is the ESM
 * build of the same class (same methods at run time), which TypeScript treats as a different type.
 */
export function asLambdaServer<C extends BaseContext>(server: ApolloServer<C>): Parameters<typeof startServerAndCreateLambdaHandler<V2RequestHandler, C>>[0] {
  return server as unknown as Parameters<typeof startServerAndCreateLambdaHandler<V2RequestHandler, C>>[0];
}

/** The event as the request shape `operationOf` reads: the parsed JSON body of a POST, the query string of a GET. */
function requestOfEvent(event: APIGatewayProxyEventV2): { method: string; body?: unknown; query: Record<string, unknown> } {
  const method = event.requestContext.http.method;
  let body: unknown;
  try {
    body = event.body ? JSON.parse(event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body) : undefined;
  } catch {
    body = undefined; // the integration answers a malformed body itself
  }
  return { method, body, query: { ...event.queryStringParameters } };
}

type V2RequestHandler = ReturnType<typeof handlers.createAPIGatewayProxyEventV2RequestHandler>;
type V2Handler = LambdaHandler<ReturnType<typeof handlers.createAPIGatewayProxyEventV2RequestHandler>>;

/**
 * A subgraph as a Lambda function behind the HTTP API: the same Apollo Server, caller check and /healthz as its
 * process (`main.ts`), from the same set-up. Paths ending in /healthz and /graphql are the health route and GraphQL;
 * other paths go to the subgraph's own routes when it has some.
 */
export function subgraphLambdaHandler<C extends BaseContext>(
  name: string,
  setup: () => Promise<{ basics: SubgraphBasics; serving: SubgraphServing<C> }>,
): HttpApiHandler {
  return lazyHandler(async () => {
    const { basics, serving } = await setup();
    const options = subgraphServerOptions(name, basics, serving);
    const graphql: V2Handler = startServerAndCreateLambdaHandler(asLambdaServer(createSubgraphApollo(options)), handlers.createAPIGatewayProxyEventV2RequestHandler(), {
      middleware: [
        async (event) => {
          if (!event.rawPath.endsWith('/healthz')) return;
          const health = await subgraphHealth(options);
          return jsonResult(health.status, health.body);
        },
      ],
      context: async ({ event }) => subgraphContext(options, event.headers, operationOf(requestOfEvent(event))),
    });
    const routes = serving.routes;
    // The subgraph's own routes (billing's webhooks and PDFs) answer first, as in the process, refusing as problem+json; 404 when none does.
    const served = routes && serveSubgraphRoutes(routes, basics.logger);
    const refuse = createProblemSender(basics.logger);
    const ownRoutes = served
      ? (req: IncomingMessage, res: ServerResponse) => {
          void served(req, res).then((handled) => {
            if (!handled) refuse(req, res, new DomainError('NOT_FOUND', `There is no ${req.method} ${req.url?.split('?', 1)[0]} here.`));
          });
        }
      : undefined;
    const mount = subgraphMountPath(name);
    return async (event, context) => {
      if (ownRoutes && !event.rawPath.endsWith('/graphql') && !event.rawPath.endsWith('/healthz')) {
        const rawPath = event.rawPath.startsWith(`${mount}/`) ? event.rawPath.slice(mount.length) : event.rawPath;
        return answerWithNodeHandler(ownRoutes, { ...event, rawPath });
      }
      return (await graphql(event, context, () => undefined)) as APIGatewayProxyStructuredResultV2;
    };
  });
}
