import { ensureTable, tableName, transactWrite } from '@marketplace/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { testDb, testTablePrefix } from '../../../../test/support/dynamo.ts';
import { effectiveFeeBps } from '../money/commission.ts';
import { checkBillingSettingsInput, DEFAULT_BILLING_SETTINGS } from '../services/billing-settings.ts';
import { SELLER } from '../test/billing-fixtures.ts';
import { expectInputError } from '../test/input-error.ts';
import { SettingsRepository } from './settings.repository.ts';

const db = testDb();
const table = tableName(testTablePrefix('bset'), 'billing');
const repo = new SettingsRepository(db, table);
const NOW = new Date('2026-04-01T00:00:00Z');
beforeAll(() => ensureTable(db, table));

describe('billing settings', () => {
  it('charge 20 % and have no seller until an admin saves them', async () => {
    expect(await repo.get()).toEqual(DEFAULT_BILLING_SETTINGS);
    expect(DEFAULT_BILLING_SETTINGS.platformFeeBps).toBe(2_000);
  });

  it('are saved normalised, and a save based on stale settings is refused', async () => {
    const input = checkBillingSettingsInput({ seller: { ...SELLER, gstin: '29aaacm1234f1zu', stateCode: 'Karnataka' }, platformFeeBps: 1_500 });
    expect(input.seller).toMatchObject({ gstin: '29AAACM1234F1ZU', stateCode: '29', sac: '998315', invoicePrefix: 'MP' });
    const first = repo.put(DEFAULT_BILLING_SETTINGS, input, 'usr_admin', NOW);
    expect(await transactWrite(db, [first.item])).toEqual({ ok: true });
    expect(await repo.get()).toEqual(first.after);
    expect(first.after).toMatchObject({ version: 1, platformFeeBps: 1_500, updatedBy: 'usr_admin' });

    const stale = repo.put(DEFAULT_BILLING_SETTINGS, { ...input, platformFeeBps: 3_000 }, 'usr_other', NOW);
    expect(await transactWrite(db, [stale.item])).toEqual({ ok: false, reasons: ['ConditionalCheckFailed'] });
    expect((await repo.get()).platformFeeBps).toBe(1_500);
  });

  it('let a solution have its own fee, and clearing it returns to the default', async () => {
    const settings = await repo.get();
    expect(effectiveFeeBps(settings.platformFeeBps, await repo.feeOverride('sol_a'))).toBe(1_500);
    await transactWrite(db, [repo.putFeeOverride('sol_a', 500, 'usr_admin', NOW)]);
    expect(effectiveFeeBps(settings.platformFeeBps, await repo.feeOverride('sol_a'))).toBe(500);
    expect(await repo.feeOverride('sol_b')).toBeNull();
    await transactWrite(db, [repo.putFeeOverride('sol_a', null, 'usr_admin', NOW)]);
    expect(await repo.feeOverride('sol_a')).toBeNull();
  });

  it('refuse a bad seller or fee, naming the field', () => {
    expectInputError(() => checkBillingSettingsInput({ seller: SELLER, platformFeeBps: 20.5 }), 'input.platformFeeBps');
    expectInputError(() => checkBillingSettingsInput({ seller: { ...SELLER, gstin: '29AAACM1234F1ZA' }, platformFeeBps: 2_000 }), 'input.seller.gstin');
  });
});
