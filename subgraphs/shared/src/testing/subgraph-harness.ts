import { createRequire } from 'node:module';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { testDb, testTablePrefix } from '../../../../test/support/dynamo.ts';
import { ManualClock } from '../clock.ts';
import { scanAll } from '../dynamo/paginate.ts';
import { ensureTable, tableName } from '../dynamo/tables.ts';
import type { BaseContext } from '../federation.ts';
import { createErrorFormatter } from '../graphql-errors.ts';
import { randomToken } from '../hashing.ts';
import type { Caller } from '../internal-auth.ts';
import { createLogger, type Logger } from '../logger.ts';

// Execute with the graphql instance that built the schema (one copy; see vitest.config.ts).
const { graphql } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

export interface Result<T = Record<string, any>> {
  data?: T | null;
  errors?: GraphQLFormattedError[];
}

/** A caller the gateway forwards without a signed-in user. */
export const ANONYMOUS: Caller = { roles: [], clientId: 'test-client' };
/** Where every harness's manual clock starts. */
export const HARNESS_START = '2026-03-01T09:00:00.000Z';

/** What a subgraph's deps are built from: a table of its own on the run's DynamoDB Local, a clock, a logger. */
export interface HarnessBase {
  db: DynamoDBDocumentClient;
  table: string;
  clock: ManualClock;
  logger: Logger;
}

export interface SubgraphHarnessOptions<Deps> {
  /** The subgraph whose table this is: `<prefix><subgraph>`. */
  subgraph: string;
  /** Names the test file's table prefix (each harness gets a fresh one). */
  label: string;
  /** Another harness's client and clock, when this one runs beside it (default: new ones). */
  db?: DynamoDBDocumentClient;
  clock?: ManualClock;
  deps(base: HarnessBase): Deps;
  buildSchema(): Promise<GraphQLSchema>;
  createContext(deps: Deps, base: BaseContext): object;
}

/**
 * A subgraph with real parts: its schema executed in-process against its own table, a manual clock, and errors
 * formatted as the subgraph server formats them. Each subgraph's harness adds its fakes and story helpers.
 */
export interface SubgraphHarness<Deps> extends HarnessBase {
  deps: Deps;
  schema: GraphQLSchema;
  /** Runs an operation as `caller` (default: anonymous). */
  run<T = Record<string, any>>(source: string, variables?: Record<string, unknown>, caller?: Caller): Promise<Result<T>>;
  /** Every item in the table (tests look for what a refused operation must not have written). */
  scan(): Promise<Record<string, any>[]>;
}

export async function startSubgraphHarness<Deps>(options: SubgraphHarnessOptions<Deps>): Promise<SubgraphHarness<Deps>> {
  const db = options.db ?? testDb();
  const table = tableName(testTablePrefix(options.label), options.subgraph);
  await ensureTable(db, table);
  const clock = options.clock ?? new ManualClock(HARNESS_START);
  const logger = createLogger(`${options.subgraph}-test`, 'silent');
  const deps = options.deps({ db, table, clock, logger });
  const schema = await options.buildSchema();
  const format = createErrorFormatter({ production: false, logger });
  return {
    db,
    table,
    clock,
    logger,
    deps,
    schema,
    async run(source, variables, caller = ANONYMOUS) {
      const result = await graphql({
        schema,
        source,
        variableValues: variables,
        contextValue: options.createContext(deps, { caller, requestId: randomToken(8) }),
      });
      return { data: result.data as never, errors: result.errors?.map((error) => format(error.toJSON(), error)) };
    },
    scan: () => scanAll(db, { TableName: table, ConsistentRead: true }),
  };
}

/** The `extensions.code` of each error, in order. */
export function codes(result: Result): string[] {
  return (result.errors ?? []).map((e) => String(e.extensions?.code));
}

/** The `extensions.field` of each error, in order. */
export function fields(result: Result): string[] {
  return (result.errors ?? []).map((e) => String(e.extensions?.field));
}

/** The first error's `extensions.code` and `extensions.field`: what a refusal says and where (`{ code: 'NOT_FOUND', field: 'id' }`). */
export function refusal(result: Result): { code: unknown; field: unknown } {
  const extensions = result.errors?.[0]?.extensions;
  return { code: extensions?.code, field: extensions?.field };
}

/** The `extensions.field` of the first error. */
export function field(result: Result): unknown {
  return result.errors?.[0]?.extensions?.field;
}
