import { type Caller, newId } from '@marketplace/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type IdentityHarness, startIdentityHarness } from '../testing/identity-harness.ts';

let h: IdentityHarness;
beforeAll(async () => {
  h = await startIdentityHarness('customer-email');
});
afterAll(() => h?.close());

const ENTITY = `query($r: [_Any!]!) { _entities(representations: $r) { ... on SolutionCustomer { userId email } } }`;

describe("a customer row in a partner's list", () => {
  it('shows no email without the customer\'s consent (none is recorded yet), whoever asks', async () => {
    const customer = await h.signUp('consent.customer@example.com');
    const partner: Caller = { userId: newId('usr'), roles: ['customer', 'partner'], clientId: 'test-client' };
    const r = [{ __typename: 'SolutionCustomer', solutionId: newId('sol'), userId: customer.userId }];
    const res = await h.run<{ _entities: { userId: string; email: string | null }[] }>(ENTITY, { r }, partner);
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities).toEqual([{ userId: customer.userId, email: null }]);
  });
});
