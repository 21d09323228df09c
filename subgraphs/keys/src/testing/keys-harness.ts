import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import {
  type Caller,
  createErrorFormatter,
  createLogger,
  ensureTable,
  ManualClock,
  newId,
  randomToken,
  tableName,
} from '@marketplace/shared';
import { graphql, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { testDb, testTablePrefix } from '../../../../test/support/dynamo.ts';
import type { SolutionLookup } from '../deps.ts';
import { buildKeysSchema, createKeysContext, type KeysDeps } from '../index.ts';
import { createKeyReader, type KeyReader } from '../public/key-reader.ts';

export interface Result<T = Record<string, any>> {
  data?: T | null;
  errors?: GraphQLFormattedError[];
}

/** The catalog as keys see it: solutions and their status, changed by tests at will. */
export class FakeCatalog implements SolutionLookup {
  readonly statuses = new Map<string, string>();

  async solution(solutionId: string) {
    const status = this.statuses.get(solutionId);
    return status ? { id: solutionId, status } : null;
  }

  /** A new solution in `status` (default PUBLISHED); its id. */
  add(status = 'PUBLISHED'): string {
    const id = newId('sol');
    this.statuses.set(id, status);
    return id;
  }
}

/**
 * The keys subgraph with real parts: its schema executed in-process against a table of its own on the run's
 * DynamoDB Local, a manual clock, and a fake catalog. Errors come back as the subgraph server formats them.
 */
export interface KeysHarness {
  deps: KeysDeps;
  clock: ManualClock;
  catalog: FakeCatalog;
  schema: GraphQLSchema;
  /** Runs an operation as `caller` (default: anonymous). */
  run<T = Record<string, any>>(source: string, variables?: Record<string, unknown>, caller?: Caller): Promise<Result<T>>;
  /** A new signed-in customer (as the gateway would vouch for them). */
  customer(): Caller;
  /** A new signed-in admin. */
  admin(): Caller;
  /** Creates a key through the API; throws on errors. */
  createKey(caller: Caller, solutionId: string, name?: string, expiresAt?: string | null): Promise<{ id: string; plaintext: string }>;
  /** A key reader on this table and clock, as the quota shim builds it. */
  reader(options?: { cacheMs?: number }): KeyReader;
  /** Every item in the table (tests look for what a refused operation must not have written). */
  scan(): Promise<Record<string, any>[]>;
}

export const ANONYMOUS: Caller = { roles: [], clientId: 'test-client' };

export async function startKeysHarness(label = 'keys'): Promise<KeysHarness> {
  const db = testDb();
  const table = tableName(testTablePrefix(label), 'keys');
  await ensureTable(db, table);
  const clock = new ManualClock('2026-03-01T09:00:00.000Z');
  const logger = createLogger('keys-test', 'silent');
  const catalog = new FakeCatalog();
  const deps: KeysDeps = { db, table, clock, logger, solutions: catalog, production: false };
  const schema = await buildKeysSchema();
  const format = createErrorFormatter({ production: false, logger });

  const harness: KeysHarness = {
    deps,
    clock,
    catalog,
    schema,
    async run(source, variables, caller = ANONYMOUS) {
      const result = await graphql({
        schema,
        source,
        variableValues: variables,
        contextValue: createKeysContext(deps, { caller, requestId: randomToken(8) }),
      });
      return { data: result.data as never, errors: result.errors?.map((error) => format(error.toJSON(), error)) };
    },
    customer: () => ({ userId: newId('usr'), roles: ['customer'], clientId: 'test-client' }),
    admin: () => ({ userId: newId('usr'), roles: ['customer', 'admin'], clientId: 'test-client' }),
    async createKey(caller, solutionId, name = 'Server', expiresAt = null) {
      const res = await harness.run<{ createApiKey: { key: { id: string }; plaintext: string } }>(
        CREATE,
        { input: { solutionId, name, expiresAt } },
        caller,
      );
      if (res.errors || !res.data) throw new Error(`createApiKey: ${JSON.stringify(res.errors)}`);
      return { id: res.data.createApiKey.key.id, plaintext: res.data.createApiKey.plaintext };
    },
    reader: (options) => createKeyReader({ db, table, clock, logger }, options),
    async scan() {
      const items: Record<string, any>[] = [];
      let startKey: Record<string, unknown> | undefined;
      do {
        const out = await db.send(new ScanCommand({ TableName: table, ExclusiveStartKey: startKey, ConsistentRead: true }));
        items.push(...(out.Items ?? []));
        startKey = out.LastEvaluatedKey;
      } while (startKey);
      return items;
    },
  };
  return harness;
}

const KEY_FIELDS = 'id name prefix solutionId solution { id } userId status createdAt lastUsedAt expiresAt graceEndsAt revokedAt replacedById';

export const CREATE = /* GraphQL */ `
  mutation Create($input: CreateApiKeyInput!) { createApiKey(input: $input) { plaintext key { ${KEY_FIELDS} } } }
`;
export const ROTATE = /* GraphQL */ `
  mutation Rotate($id: ID!, $graceHours: Int) { rotateApiKey(id: $id, graceHours: $graceHours) { plaintext key { ${KEY_FIELDS} } } }
`;
export const REVOKE = /* GraphQL */ `mutation Revoke($id: ID!) { revokeApiKey(id: $id) { ${KEY_FIELDS} } }`;
export const MY_KEYS = /* GraphQL */ `query MyKeys($solutionId: ID) { myKeys(solutionId: $solutionId) { ${KEY_FIELDS} } }`;
export const API_KEY = /* GraphQL */ `query ApiKey($id: ID!) { apiKey(id: $id) { ${KEY_FIELDS} } }`;
export const AUDIT = /* GraphQL */ `
  query Audit($keyId: ID!) { keyAuditEvents(keyId: $keyId) { id stream action actorId targetType targetId userId solutionId before after reason at } }
`;
/** `User.keys` as the gateway asks for it: variables `{ r: [{ __typename: 'User', id }], solutionId? }`. */
export const USER_KEYS = /* GraphQL */ `
  query UserKeys($r: [_Any!]!, $solutionId: ID) {
    _entities(representations: $r) { ... on User { id keys(solutionId: $solutionId) { ${KEY_FIELDS} } } }
  }
`;

/** The `extensions.code` of each error, in order. */
export function codes(result: Result): string[] {
  return (result.errors ?? []).map((e) => String(e.extensions?.code));
}

/** The `extensions.field` of each error, in order. */
export function fields(result: Result): string[] {
  return (result.errors ?? []).map((e) => String(e.extensions?.field));
}
