import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { expectProblem } from '../support/problem.ts';
import { seedCustomer, seedSolution, type SeededCustomer, type SeededSolution } from '../support/seed.ts';

/** GET /account/export: a user's data from every subgraph in one JSON file, theirs only, no secrets. */
let platform: TestPlatform;
let solution: SeededSolution;
let customer: SeededCustomer;
let other: SeededCustomer;

beforeAll(async () => {
  platform = await startTestPlatform();
  solution = await seedSolution(platform);
  customer = await seedCustomer(platform, solution.solutionId);
  other = await seedCustomer(platform, solution.solutionId);
});
afterAll(() => platform?.close());

const exportOf = (token?: string) => fetch(`${platform.url}/account/export`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

describe('the data export', () => {
  it("downloads the account, sessions, keys without secrets and the usage, and nobody else's", async () => {
    for (let i = 0; i < 3; i++) {
      expect((await platform.validate(solution.secret, { apiKey: customer.apiKey })).body.allowed).toBe(true);
    }
    await platform.flushUsage();

    const res = await exportOf(customer.accessToken);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="marketplace-data-${customer.userId}.json"`);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const text = await res.text();
    const data = JSON.parse(text);
    expect(data).toMatchObject({ format: 'marketplace-account-export', version: 1, account: { id: customer.userId, email: customer.email, name: 'Seeded Customer' } });
    expect(data.sessions.length).toBeGreaterThanOrEqual(1);
    expect(data.keys).toEqual([expect.objectContaining({ id: customer.keyId, solution: expect.objectContaining({ id: solution.solutionId }) })]);
    expect(data.usage).toEqual([expect.objectContaining({ solutionId: solution.solutionId, tier: 'REGISTERED', used: 3 })]);
    expect(data.usage[0].daily.reduce((sum: number, d: { allowed: number }) => sum + d.allowed, 0)).toBe(3);
    expect(data.subscriptions).toEqual([]);
    // Consents and a pending deletion are part of the export: the terms accepted at sign-up (register requires it).
    expect(data.consents).toEqual([expect.objectContaining({ kind: 'TERMS', granted: true, source: 'SIGN_UP' })]);
    expect(data.accountDeletion).toBeNull();
    // Linked sign-in methods (none: a password account) and the audit events about the customer, from every stream:
    // the key they created, and nobody else's.
    expect(data.linkedSignInMethods).toEqual([]);
    expect(data.auditTrail).toEqual(expect.arrayContaining([expect.objectContaining({ stream: 'KEYS', action: 'key.create', targetId: customer.keyId })]));
    expect(data.auditTrail.every((event: { targetId: string }) => event.targetId !== other.keyId)).toBe(true);
    // The key's secret is stored only as a hash: it appears nowhere in the file; neither does the other customer.
    expect(text).not.toContain(customer.apiKey);
    expect(text).not.toContain(other.email);
    expect(text).not.toContain(other.userId);
  });

  it("shows a signed-in user the audit events about them only; the whole trail stays admins'", async () => {
    const mine = await platform.graphql(`{ myAuditTrail { id keys(first: 100) { nodes { userId targetId } } } }`, {}, customer.accessToken);
    expect(mine.errors).toBeUndefined();
    expect(mine.data?.myAuditTrail.id).toBe(customer.userId);
    const nodes = mine.data?.myAuditTrail.keys.nodes as { userId: string; targetId: string }[];
    expect(nodes.map((n) => n.targetId)).toContain(customer.keyId);
    expect(nodes.every((n) => n.userId === customer.userId)).toBe(true);
    // The admin-only trail stays admin-only; anonymous callers get nothing.
    expect(((await platform.graphql(`{ auditTrail { keys { nodes { id } } } }`, {}, customer.accessToken)).errors ?? [])[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(((await platform.graphql(`{ myAuditTrail { id } }`)).errors ?? [])[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('answers 401 problem+json naming the Authorization header without a valid token', async () => {
    expect(await expectProblem(await exportOf(), 401, 'UNAUTHENTICATED', 'authorization')).toMatchObject({ detail: expect.stringContaining('Bearer') });
    await expectProblem(await exportOf('not-a-token'), 401, 'UNAUTHENTICATED', 'authorization');
    const malformed = await fetch(`${platform.url}/account/export`, { headers: { authorization: 'Basic abc', 'x-request-id': 'export-trace-1' } });
    expect(await expectProblem(malformed, 401, 'UNAUTHENTICATED', 'authorization')).toMatchObject({ requestId: 'export-trace-1' });
    expect(malformed.headers.get('cache-control')).toBe('no-store');
  });
});
