import { InputError } from '@marketplace/shared';
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

  it('refuses every field at fault at once, each problem in words under its path, as the admin form shows them', () => {
    let caught: unknown;
    try {
      checkSeller({ ...SELLER, legalName: ' ', addressLines: ['ok', 'two\nlines'], stateCode: '27', sac: '9983', invoicePrefix: 'MP', creditNotePrefix: 'MP' }, 'input');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InputError);
    const { field, message, problems } = caught as InputError;
    expect(problems).toEqual([
      { field: 'input.legalName', message: 'The legal name must be 1 to 120 characters on one line.' },
      { field: 'input.addressLines[1]', message: 'Address line 2 must be 1 to 120 characters on one line.' },
      { field: 'input.stateCode', message: expect.stringMatching(/^The state is .*, but the GSTIN 29AAACM1234F1ZU is registered in Karnataka/) },
      { field: 'input.sac', message: 'The SAC must be six digits starting 99.' },
      { field: 'input.creditNotePrefix', message: 'Credit notes need a series of their own, apart from invoices.' },
    ]);
    expect(field).toBe('input.legalName');
    expect(message).toBe('The legal name must be 1 to 120 characters on one line. (and 4 more problems)');
    for (const problem of problems!) expect(problem.message).not.toMatch(/input\./);
  });
});
