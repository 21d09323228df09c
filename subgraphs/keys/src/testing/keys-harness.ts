import { type Caller, newId } from '@marketplace/shared';
import { startSubgraphHarness, type SubgraphHarness } from '@marketplace/shared/testing';
import type { SolutionLookup } from '../deps.ts';
import { buildKeysSchema, createKeysContext, type KeysDeps } from '../index.ts';
import { createKeyReader, type KeyReader } from '../public/key-reader.ts';

export { ANONYMOUS, codes, fields, type Result } from '@marketplace/shared/testing';

/** The catalog as keys see it: solutions and their status, changed by tests at will. */
export class FakeCatalog implements SolutionLookup {
  readonly statuses = new Map<string, string>();
  readonly partners = new Map<string, string>();
  /** What a cached read still answers for a solution whose status changed since (absent: the status). */
  readonly cached = new Map<string, string>();

  async solution(solutionId: string, options?: { fresh?: boolean }) {
    const status = (!options?.fresh && this.cached.get(solutionId)) || this.statuses.get(solutionId);
    return status ? { id: solutionId, status, partnerId: this.partners.get(solutionId) ?? 'usr_nobody' } : null;
  }

  /** A new solution in `status` (default PUBLISHED), listed by `partnerId`; its id. */
  add(status = 'PUBLISHED', partnerId = 'usr_nobody'): string {
    const id = newId('sol');
    this.statuses.set(id, status);
    this.partners.set(id, partnerId);
    return id;
  }
}

/** The keys subgraph on a table of its own (see `startSubgraphHarness`), with a fake catalog. */
export interface KeysHarness extends SubgraphHarness<KeysDeps> {
  catalog: FakeCatalog;
  /** A new signed-in customer (as the gateway would vouch for them). */
  customer(): Caller;
  /** A new signed-in admin. */
  admin(): Caller;
  /** A new signed-in partner. */
  partner(): Caller;
  /** Creates a key through the API; throws on errors. */
  createKey(caller: Caller, solutionId: string, name?: string, expiresAt?: string | null): Promise<{ id: string; plaintext: string }>;
  /** A key reader on this table and clock, as the quota shim builds it. */
  reader(options?: { cacheMs?: number }): KeyReader;
}

export async function startKeysHarness(label = 'keys'): Promise<KeysHarness> {
  const catalog = new FakeCatalog();
  const base = await startSubgraphHarness<KeysDeps>({
    subgraph: 'keys',
    label,
    deps: (b) => ({ ...b, solutions: catalog, production: false }),
    buildSchema: buildKeysSchema,
    createContext: createKeysContext,
  });
  const harness: KeysHarness = {
    ...base,
    catalog,
    customer: () => ({ userId: newId('usr'), roles: ['customer'], clientId: 'test-client' }),
    admin: () => ({ userId: newId('usr'), roles: ['customer', 'admin'], clientId: 'test-client' }),
    partner: () => ({ userId: newId('usr'), roles: ['customer', 'partner'], clientId: 'test-client' }),
    async createKey(caller, solutionId, name = 'Server', expiresAt = null) {
      const res = await harness.run<{ createApiKey: { key: { id: string }; plaintext: string } }>(
        CREATE,
        { input: { solutionId, name, expiresAt } },
        caller,
      );
      if (res.errors || !res.data) throw new Error(`createApiKey: ${JSON.stringify(res.errors)}`);
      return { id: res.data.createApiKey.key.id, plaintext: res.data.createApiKey.plaintext };
    },
    reader: (options) => createKeyReader({ db: base.db, table: base.table, clock: base.clock, logger: base.logger }, options),
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
