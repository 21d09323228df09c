import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { enterpriseInvoice, KARNATAKA_CONSUMER, MAHARASHTRA_BUYER, SELLER } from '../test/billing-fixtures.ts';
import { checkSeller } from './seller.ts';
import { buildInvoice, checkInvoiceRequest, type Credited, creditNoteTax, NOTHING_CREDITED } from './tax-document.ts';

const seller = checkSeller(SELLER);
const invoiceOf = (taxablePaise: number, local: boolean) => {
  const request = enterpriseInvoice('pay_x', { buyer: local ? KARNATAKA_CONSUMER : MAHARASHTRA_BUYER });
  request.lines[0]!.taxablePaise = taxablePaise;
  return buildInvoice(checkInvoiceRequest(request, seller), seller, 'inv_x', 1, new Date('2026-05-01T10:00:00Z'));
};

describe('credit note tax', () => {
  it('never returns more of any levy than the invoice charged, and returns all of it with the last note', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50_000_000 }), fc.boolean(), fc.array(fc.integer({ min: 1, max: 1_000 }), { maxLength: 6 }), (taxable, local, weights) => {
        const invoice = invoiceOf(taxable, local);
        let credited: Credited = NOTHING_CREDITED;
        const total = weights.reduce((a, b) => a + b, 0) + 1;
        for (const weight of weights) {
          const amount = Math.floor((taxable * weight) / total);
          if (amount === 0) continue;
          const tax = creditNoteTax(invoice, credited, amount);
          expect([tax.cgstPaise, tax.sgstPaise, tax.igstPaise].every((v) => v >= 0)).toBe(true);
          credited = {
            taxablePaise: credited.taxablePaise + tax.taxablePaise,
            cgstPaise: credited.cgstPaise + tax.cgstPaise,
            sgstPaise: credited.sgstPaise + tax.sgstPaise,
            igstPaise: credited.igstPaise + tax.igstPaise,
          };
          expect(credited.cgstPaise).toBeLessThanOrEqual(invoice.tax.cgstPaise);
          expect(credited.sgstPaise).toBeLessThanOrEqual(invoice.tax.sgstPaise);
          expect(credited.igstPaise).toBeLessThanOrEqual(invoice.tax.igstPaise);
        }
        const last = creditNoteTax(invoice, credited, taxable - credited.taxablePaise);
        expect(credited.cgstPaise + last.cgstPaise).toBe(invoice.tax.cgstPaise);
        expect(credited.sgstPaise + last.sgstPaise).toBe(invoice.tax.sgstPaise);
        expect(credited.igstPaise + last.igstPaise).toBe(invoice.tax.igstPaise);
        expect(last.supply).toBe(invoice.tax.supply);
      }),
    );
  });
});
