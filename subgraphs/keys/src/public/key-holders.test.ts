import { DAY } from '@marketplace/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { createKeyHolders } from './key-holders.ts';
import { REVOKE, startKeysHarness, type KeysHarness } from '../testing/keys-harness.ts';

let h: KeysHarness;
beforeAll(async () => {
  h = await startKeysHarness('holders');
});

describe('the key holders of a solution', () => {
  it('are the customers with a working key there: not those who revoked theirs, nor those whose key expired', async () => {
    const solutionId = h.catalog.add();
    const other = h.catalog.add();
    const [working, revoked, expired, elsewhere, both] = [h.customer(), h.customer(), h.customer(), h.customer(), h.customer()];
    await h.createKey(working, solutionId);
    const gone = await h.createKey(revoked, solutionId);
    expect((await h.run(REVOKE, { id: gone.id }, revoked)).errors).toBeUndefined();
    await h.createKey(expired, solutionId, 'Short', new Date(h.clock.now().getTime() + DAY).toISOString());
    await h.createKey(elsewhere, other);
    const revokedOne = await h.createKey(both, solutionId, 'Old');
    await h.createKey(both, solutionId, 'New');
    expect((await h.run(REVOKE, { id: revokedOne.id }, both)).errors).toBeUndefined();

    const holders = createKeyHolders({ db: h.db, table: h.table, clock: h.clock });
    expect((await holders.holdersOf(solutionId)).sort()).toEqual([working.userId, expired.userId, both.userId].sort());
    h.clock.advance(DAY);
    expect((await holders.holdersOf(solutionId)).sort()).toEqual([working.userId, both.userId].sort());
  });
});
