import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { GraphQLSchema } from 'graphql';
import { type Clock, systemClock } from './clock.ts';
import type { CommonConfig } from './config.ts';
import { createDocumentClient, dynamoConnection } from './dynamo/client.ts';
import { checkTable, ensureTable, tableName } from './dynamo/tables.ts';
import type { BaseContext } from './federation.ts';
import { createLogger, type Logger } from './logger.ts';
import { type RunningServer, startSubgraphServer, type SubgraphServerOptions } from './subgraph-server.ts';

/** What every subgraph process has before its own dependencies: a logger, its table, the clock. */
export interface SubgraphBasics {
  logger: Logger;
  db: DynamoDBDocumentClient;
  /** The subgraph's own table, created if missing. */
  table: string;
  clock: Clock;
  production: boolean;
  /** Another subgraph's table name (for that subgraph's exported read modules). */
  tableOf(subgraph: string): string;
}

/** Opens a subgraph process's logger and DynamoDB client and makes sure its table exists. */
export async function prepareSubgraph(name: string, config: CommonConfig): Promise<SubgraphBasics> {
  const logger = createLogger(name, config.LOG_LEVEL);
  const db = createDocumentClient(dynamoConnection(config));
  const table = tableName(config.TABLE_PREFIX, name);
  await ensureTable(db, table);
  return {
    logger,
    db,
    table,
    clock: systemClock,
    production: config.NODE_ENV === 'production',
    tableOf: (subgraph) => tableName(config.TABLE_PREFIX, subgraph),
  };
}

/** What a subgraph serves, built once at start by its `setup` module and served by `main.ts` or `lambda.ts`. */
export interface SubgraphServing<C extends BaseContext> {
  schema: GraphQLSchema;
  internalSecret: string;
  createContext: (base: BaseContext) => C;
  listen: { port: number; host: string };
  routes?: SubgraphServerOptions<C>['routes'];
}

/** The server options of a subgraph (health = its table is ACTIVE), the same whatever serves them. */
export function subgraphServerOptions<C extends BaseContext>(
  name: string,
  basics: SubgraphBasics,
  serving: SubgraphServing<C>,
): SubgraphServerOptions<C> {
  return {
    name,
    schema: serving.schema,
    internalSecret: serving.internalSecret,
    logger: basics.logger,
    clock: basics.clock,
    production: basics.production,
    createContext: serving.createContext,
    routes: serving.routes,
    checkHealth: () => checkTable(basics.db, basics.table),
  };
}

/** Serves the subgraph on its port and logs where. */
export async function listenSubgraph<C extends BaseContext>(
  name: string,
  basics: SubgraphBasics,
  serving: SubgraphServing<C>,
): Promise<RunningServer> {
  const server = await startSubgraphServer(subgraphServerOptions(name, basics, serving), serving.listen);
  basics.logger.info({ url: server.url, table: basics.table }, `${name} subgraph listening`);
  return server;
}
