import { describe, expect, it } from 'vitest';
import { SELLER } from '../test/billing-fixtures.ts';
import { expectInputError } from '../test/input-error.ts';
import { checkSeller, SAC_API_ACCESS, sellerSettingsOf } from './seller.ts';

describe('seller settings', () => {
  it('resolves the state and fills the defaults: SAC 998315, series MP and MP/CN', () => {
    expect(checkSeller(SELLER)).toEqual({
      legalName: 'Marketplace Technologies Private Limited',
      addressLines: ['4th Floor, 12 Residency Road', 'Bengaluru 560025, Karnataka'],
      gstin: '29AAACM1234F1ZU',
      state: { code: '29', name: 'Karnataka', kind: 'state', localTax: 'SGST' },
      email: 'billing@marketplace.example',
      sac: SAC_API_ACCESS,
      invoicePrefix: 'MP',
      creditNotePrefix: 'MP/CN',
    });
    expect(SAC_API_ACCESS).toBe('998315');
  });

  it('turns a checked seller back into settings as they are stored and shown: the state as its code, the defaults kept', () => {
    expect(sellerSettingsOf(checkSeller({ ...SELLER, stateCode: 'Karnataka', gstin: '29aaacm1234f1zu' }))).toEqual({
      legalName: 'Marketplace Technologies Private Limited',
      addressLines: ['4th Floor, 12 Residency Road', 'Bengaluru 560025, Karnataka'],
      gstin: '29AAACM1234F1ZU',
      stateCode: '29',
      email: 'billing@marketplace.example',
      sac: SAC_API_ACCESS,
      invoicePrefix: 'MP',
      creditNotePrefix: 'MP/CN',
    });
  });

  it('refuses settings a tax invoice could not carry, naming the field', () => {
    expectInputError(() => checkSeller({ ...SELLER, stateCode: '27' }), 'seller.stateCode', /registered in Karnataka/);
    expectInputError(() => checkSeller({ ...SELLER, gstin: '29AAACM1234F1ZX' }), 'seller.gstin', /check character/);
    expectInputError(() => checkSeller({ ...SELLER, stateCode: 'Nowhere' }), 'seller.stateCode');
    expectInputError(() => checkSeller({ ...SELLER, legalName: '' }), 'seller.legalName');
    expectInputError(() => checkSeller({ ...SELLER, addressLines: [] }), 'seller.addressLines');
    expectInputError(() => checkSeller({ ...SELLER, addressLines: ['ok', 'two\nlines'] }), 'seller.addressLines[1]');
    expectInputError(() => checkSeller({ ...SELLER, sac: '9983' }), 'seller.sac');
    expectInputError(() => checkSeller({ ...SELLER, creditNotePrefix: 'MP' }), 'seller.creditNotePrefix', /series of their own/);
    expectInputError(() => checkSeller({ ...SELLER, invoicePrefix: 'MARKETPLACE' }), 'seller.invoicePrefix');
  });
});
