import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { type Caller, runBackfill } from '@marketplace/shared';
import { customerListBackfill } from '../data/backfills.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, codes, fields, type KeysHarness, REVOKE, startKeysHarness } from '../testing/keys-harness.ts';

const CUSTOMERS = /* GraphQL */ `
  query Customers($solutionId: ID!, $first: Int, $after: String) {
    solutionCustomers(solutionId: $solutionId, first: $first, after: $after) {
      nodes { solutionId userId user { id } activeKeys firstKeyAt }
      pageInfo { endCursor hasNextPage }
    }
  }
`;
type Customers = { solutionCustomers: { nodes: { userId: string; activeKeys: number; firstKeyAt: string | null }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } };

let h: KeysHarness;
let partner: Caller;
let otherPartner: Caller;
let solutionId: string;
let otherSolutionId: string;
let ada: Caller;
let bob: Caller;
beforeAll(async () => {
  h = await startKeysHarness('customers');
  partner = h.partner();
  otherPartner = h.partner();
  solutionId = h.catalog.add('PUBLISHED', partner.userId!);
  otherSolutionId = h.catalog.add('PUBLISHED', otherPartner.userId!);
  ada = h.customer();
  bob = h.customer();
  await h.createKey(ada, solutionId, 'one');
  await h.createKey(ada, solutionId, 'two');
  const bobs = await h.createKey(bob, solutionId, 'only');
  await h.run(REVOKE, { id: bobs.id }, bob);
  await h.createKey(h.customer(), otherSolutionId, 'elsewhere');
});

describe("a solution's customers", () => {
  it('lists everyone who has held a key, one row each, with working keys counted (a customer who revoked all stays, at 0)', async () => {
    const res = await h.run<Customers>(CUSTOMERS, { solutionId }, partner);
    expect(res.errors).toBeUndefined();
    const rows = res.data!.solutionCustomers.nodes;
    expect(rows.map((row) => [row.userId, row.activeKeys]).sort()).toEqual([[ada.userId, 2], [bob.userId, 0]].sort());
    expect(rows.every((row) => row.firstKeyAt === h.clock.now().toISOString())).toBe(true);
  });

  it('pages through them with a cursor', async () => {
    const first = await h.run<Customers>(CUSTOMERS, { solutionId, first: 1 }, partner);
    expect(first.data!.solutionCustomers.pageInfo.hasNextPage).toBe(true);
    const second = await h.run<Customers>(CUSTOMERS, { solutionId, first: 1, after: first.data!.solutionCustomers.pageInfo.endCursor }, partner);
    expect(second.data!.solutionCustomers.pageInfo.hasNextPage).toBe(false);
    const seen = [...first.data!.solutionCustomers.nodes, ...second.data!.solutionCustomers.nodes].map((row) => row.userId);
    expect(seen.sort()).toEqual([ada.userId, bob.userId].sort());
  });

  it("is the owning partner's and admins' only: another partner, a customer and an unknown solution are NOT_FOUND alike", async () => {
    expect(codes(await h.run(CUSTOMERS, { solutionId }, otherPartner))).toEqual(['NOT_FOUND']);
    expect(codes(await h.run(CUSTOMERS, { solutionId }, ada))).toEqual(['NOT_FOUND']);
    const unknown = await h.run(CUSTOMERS, { solutionId: 'sol_01UNKNOWN' }, partner);
    expect([codes(unknown), fields(unknown)]).toEqual([['NOT_FOUND'], ['solutionId']]);
    expect(codes(await h.run(CUSTOMERS, { solutionId }, ANONYMOUS))).toEqual(['UNAUTHENTICATED']);
    // The other partner sees their own customer, and none of this solution's.
    const own = await h.run<Customers>(CUSTOMERS, { solutionId: otherSolutionId }, otherPartner);
    expect(own.data!.solutionCustomers.nodes.map((row) => row.userId)).not.toContain(ada.userId);
    expect(own.data!.solutionCustomers.nodes).toHaveLength(1);
    const asAdmin = await h.run<Customers>(CUSTOMERS, { solutionId }, h.admin());
    expect(asAdmin.data!.solutionCustomers.nodes).toHaveLength(2);
  });

  it('refuses a page size outside 1–100, naming the field', async () => {
    const res = await h.run(CUSTOMERS, { solutionId, first: 101 }, partner);
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(fields(res)).toEqual(['first']);
  });
});

describe('customers from before the list existed', () => {
  it('join it through the start-up backfill: once each, with their first key time, and a finished backfill is skipped', async () => {
    const { db, table } = h.deps;
    const oldSolution = h.catalog.add('PUBLISHED', partner.userId!);
    const carol = h.customer();
    const keyTime = h.clock.now().toISOString();
    await h.createKey(carol, oldSolution, 'old one');
    h.clock.advance(60_000);
    await h.createKey(carol, oldSolution, 'old two');
    // The count item as it was written before the list: no row fields.
    await db.send(new UpdateCommand({ TableName: table, Key: { pk: `USER#${carol.userId}`, sk: `ACTIVE_KEYS#${oldSolution}` }, UpdateExpression: 'REMOVE gsi2pk, gsi2sk, firstKeyAt, userId, solutionId' }));
    expect((await h.run<Customers>(CUSTOMERS, { solutionId: oldSolution }, partner)).data!.solutionCustomers.nodes).toEqual([]);

    const backfill = customerListBackfill(db, table);
    const runs = await Promise.all([runBackfill(h.deps, backfill, { pageSize: 3 }), runBackfill(h.deps, backfill, { pageSize: 5 })]);
    expect(runs.reduce((sum, run) => sum + run.fixed, 0)).toBe(1);
    const rows = (await h.run<Customers>(CUSTOMERS, { solutionId: oldSolution }, partner)).data!.solutionCustomers.nodes;
    expect(rows).toEqual([{ solutionId: oldSolution, userId: carol.userId, user: { id: carol.userId }, activeKeys: 2, firstKeyAt: keyTime }]);
    // A key taken later keeps the row as it is.
    await h.createKey(carol, oldSolution, 'new');
    expect((await h.run<Customers>(CUSTOMERS, { solutionId: oldSolution }, partner)).data!.solutionCustomers.nodes[0]).toMatchObject({ activeKeys: 3, firstKeyAt: keyTime });
    expect(await runBackfill(h.deps, backfill)).toEqual({ name: 'customer-list-index', fixed: 0, skipped: true, done: true });
  });
});
