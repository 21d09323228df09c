import { type Caller, SECOND } from '@marketplace/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  API_KEY,
  AUDIT,
  codes,
  CREATE,
  fields,
  type KeysHarness,
  type Result,
  MY_KEYS,
  REVOKE,
  ROTATE,
  startKeysHarness,
  USER_KEYS,
} from '../testing/keys-harness.ts';

let h: KeysHarness;
let owner: Caller;
let stranger: Caller;
let admin: Caller;
let solutionId: string;
beforeAll(async () => {
  h = await startKeysHarness('acc');
  owner = h.customer();
  stranger = h.customer();
  admin = h.admin();
  solutionId = h.catalog.add();
});

/** Every operation, with variables naming a fresh key of `owner` (so revoking and rotating start from ACTIVE). */
const operations: { name: string; source: string; variables: (keyId: string) => Record<string, unknown> }[] = [
  { name: 'myKeys', source: MY_KEYS, variables: () => ({}) },
  { name: 'apiKey', source: API_KEY, variables: (id) => ({ id }) },
  { name: 'keyAuditEvents', source: AUDIT, variables: (keyId) => ({ keyId }) },
  { name: 'User.keys', source: USER_KEYS, variables: () => ({ r: [{ __typename: 'User', id: owner.userId }] }) },
  { name: 'createApiKey', source: CREATE, variables: () => ({ input: { solutionId, name: 'k' } }) },
  { name: 'revokeApiKey', source: REVOKE, variables: (id) => ({ id }) },
  { name: 'rotateApiKey', source: ROTATE, variables: (id) => ({ id, graceHours: 1 }) },
];

/** Who gets what: an error code, or `ok`. Strangers get NOT_FOUND for a key they may not see (never FORBIDDEN, which would confirm it exists). */
const expected: Record<string, { anonymous: string; stranger: string; admin: string; owner: string }> = {
  myKeys: { anonymous: 'UNAUTHENTICATED', stranger: 'ok', admin: 'ok', owner: 'ok' },
  apiKey: { anonymous: 'UNAUTHENTICATED', stranger: 'ok', admin: 'ok', owner: 'ok' },
  keyAuditEvents: { anonymous: 'UNAUTHENTICATED', stranger: 'NOT_FOUND', admin: 'ok', owner: 'ok' },
  'User.keys': { anonymous: 'UNAUTHENTICATED', stranger: 'FORBIDDEN', admin: 'ok', owner: 'ok' },
  createApiKey: { anonymous: 'UNAUTHENTICATED', stranger: 'ok', admin: 'ok', owner: 'ok' },
  revokeApiKey: { anonymous: 'UNAUTHENTICATED', stranger: 'NOT_FOUND', admin: 'ok', owner: 'ok' },
  rotateApiKey: { anonymous: 'UNAUTHENTICATED', stranger: 'NOT_FOUND', admin: 'FORBIDDEN', owner: 'ok' },
};

describe('who may do what', () => {
  for (const op of operations) {
    it(`${op.name}: ${Object.entries(expected[op.name]!).map(([who, what]) => `${who} → ${what}`).join(', ')}`, async () => {
      const callers = { anonymous: undefined, stranger, admin, owner } as const;
      for (const [who, caller] of Object.entries(callers)) {
        const { id } = await h.createKey(owner, solutionId, 'target');
        const res = await h.run(op.source, op.variables(id), caller);
        const got = res.errors ? codes(res).join(',') : 'ok';
        expect(got, `${op.name} as ${who}`).toBe(expected[op.name]![who as keyof (typeof expected)[string]]);
        // Clean up so the owner stays under the limit of 10.
        await h.run(REVOKE, { id }, owner);
      }
    });
  }

  it("shows a stranger nothing of someone else's keys, and the owner and admins everything", async () => {
    const { id } = await h.createKey(owner, solutionId, 'private');
    expect((await h.run(API_KEY, { id }, stranger)).data).toEqual({ apiKey: null });
    expect((await h.run(MY_KEYS, {}, stranger)).data!.myKeys.map((k: { id: string }) => k.id)).not.toContain(id);
    expect((await h.run(API_KEY, { id }, owner)).data!.apiKey.id).toBe(id);
    expect((await h.run(API_KEY, { id }, admin)).data!.apiKey.id).toBe(id);
    const asAdmin = await h.run(USER_KEYS, { r: [{ __typename: 'User', id: owner.userId }] }, admin);
    expect(asAdmin.data!._entities[0].keys.map((k: { id: string }) => k.id)).toContain(id);
    // A key reference from another subgraph resolves like apiKey(id): null for anyone but its owner and admins.
    const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on ApiKey { id name } } }`;
    const representations = [{ __typename: 'ApiKey', id }];
    expect((await h.run(ENTITIES, { r: representations }, stranger)).data!._entities).toEqual([null]);
    expect((await h.run(ENTITIES, { r: representations }, owner)).data!._entities).toEqual([{ id, name: 'private' }]);
    expect((await h.run(ENTITIES, { r: representations }, admin)).data!._entities).toEqual([{ id, name: 'private' }]);
  });

  it("lets an admin revoke anyone's key, recorded as the admin's action, and changes nothing on refusals", async () => {
    const { id } = await h.createKey(owner, solutionId, 'leaked');
    const before = await h.scan();
    const revokedByStranger = await h.run(REVOKE, { id }, stranger);
    expect([codes(revokedByStranger), fields(revokedByStranger)]).toEqual([['NOT_FOUND'], ['id']]);
    const rotatedByStranger = await h.run(ROTATE, { id, graceHours: 0 }, stranger);
    expect([codes(rotatedByStranger), fields(rotatedByStranger)]).toEqual([['NOT_FOUND'], ['id']]);
    expect(codes(await h.run(ROTATE, { id, graceHours: 0 }, admin))).toEqual(['FORBIDDEN']);
    expect(await h.scan()).toEqual(before);

    h.clock.advance(SECOND);
    const revoked = await h.run(REVOKE, { id }, admin);
    expect(revoked.data!.revokeApiKey.status).toBe('REVOKED');
    const audit = (await h.run(AUDIT, { keyId: id }, owner)).data!.keyAuditEvents;
    expect(audit[0]).toMatchObject({ action: 'key.revoke', actorId: admin.userId, before: { status: 'ACTIVE' }, after: { status: 'REVOKED' } });
  });

  it('answers NOT_FOUND naming the id argument for keys that do not exist', async () => {
    const missing = 'key_01JD3X0000000000000000000Z';
    const refusal = (result: Result) => [codes(result), fields(result)];
    expect(refusal(await h.run(REVOKE, { id: missing }, owner))).toEqual([['NOT_FOUND'], ['id']]);
    expect(refusal(await h.run(ROTATE, { id: missing, graceHours: 1 }, owner))).toEqual([['NOT_FOUND'], ['id']]);
    expect(refusal(await h.run(AUDIT, { keyId: missing }, admin))).toEqual([['NOT_FOUND'], ['keyId']]);
    expect((await h.run(API_KEY, { id: missing }, admin)).data).toEqual({ apiKey: null });
  });
});
