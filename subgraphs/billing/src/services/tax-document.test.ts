import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { enterpriseInvoice, KARNATAKA_CONSUMER, MAHARASHTRA_BUYER, SELLER } from '../test/billing-fixtures.ts';
import { checkSeller } from './seller.ts';
import { previewPlanChange } from '../money/proration.ts';
import { buildInvoice, checkInvoiceRequest, type Credited, creditNoteTax, creditNoteTaxOfTotal, NOTHING_CREDITED, planChangeLines } from './tax-document.ts';
import { mulDivHalfUp } from '../money/paise.ts';

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

describe('the credit note of a refund', () => {
  const add = (credited: Credited, tax: Credited): Credited => ({
    taxablePaise: credited.taxablePaise + tax.taxablePaise,
    cgstPaise: credited.cgstPaise + tax.cgstPaise,
    sgstPaise: credited.sgstPaise + tax.sgstPaise,
    igstPaise: credited.igstPaise + tax.igstPaise,
  });

  it('returns exactly the amount refunded, where the share of the taxable value came a paisa short', () => {
    const invoice = invoiceOf(99_900, true);
    expect(invoice.tax.totalPaise).toBe(117_882);
    // The old way: the refund's share of the taxable value, GST on it: ₹9.99 for ₹10.00 refunded.
    expect(creditNoteTax(invoice, NOTHING_CREDITED, mulDivHalfUp(1_000, 99_900, 117_882)).totalPaise).toBe(999);
    const note = creditNoteTaxOfTotal(invoice, NOTHING_CREDITED, 1_000);
    expect(note).toMatchObject({ taxablePaise: 848, cgstPaise: 76, sgstPaise: 76, totalPaise: 1_000 });
  });

  it('states every refund exactly, never more of a levy than is left, and all that is left with the last', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50_000_000 }), fc.boolean(), fc.array(fc.integer({ min: 1, max: 1_000 }), { maxLength: 6 }), (taxable, local, weights) => {
        const invoice = invoiceOf(taxable, local);
        let credited: Credited = NOTHING_CREDITED;
        let refunded = 0;
        const parts = weights.reduce((a, b) => a + b, 0) + 1;
        for (const weight of weights) {
          const amount = Math.floor((invoice.tax.totalPaise * weight) / parts);
          if (amount === 0) continue;
          const tax = creditNoteTaxOfTotal(invoice, credited, amount);
          expect(tax.totalPaise).toBe(amount);
          expect([tax.taxablePaise, tax.cgstPaise, tax.sgstPaise, tax.igstPaise].every((v) => v >= 0)).toBe(true);
          expect(tax.supply).toBe(invoice.tax.supply);
          credited = add(credited, tax);
          refunded += amount;
          expect(credited.taxablePaise).toBeLessThanOrEqual(invoice.tax.taxablePaise);
          expect(credited.cgstPaise).toBeLessThanOrEqual(invoice.tax.cgstPaise);
          expect(credited.sgstPaise).toBeLessThanOrEqual(invoice.tax.sgstPaise);
          expect(credited.igstPaise).toBeLessThanOrEqual(invoice.tax.igstPaise);
        }
        const last = creditNoteTaxOfTotal(invoice, credited, invoice.tax.totalPaise - refunded);
        expect(last.totalPaise).toBe(invoice.tax.totalPaise - refunded);
        expect(add(credited, last)).toEqual({ taxablePaise: invoice.tax.taxablePaise, cgstPaise: invoice.tax.cgstPaise, sgstPaise: invoice.tax.sgstPaise, igstPaise: invoice.tax.igstPaise });
      }),
    );
  });
});

describe('the invoice of a confirmed plan change', () => {
  it('comes to exactly the total of the preview the customer confirmed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 * 86_400_000 }), // ms into the period, not whole seconds
        fc.integer({ min: 1, max: 5_000_000 }),
        fc.integer({ min: 1, max: 5_000_000 }),
        fc.boolean(),
        (elapsed, paid, price, local) => {
          const start = new Date('2026-04-01T00:00:00Z');
          const preview = previewPlanChange({
            periodStart: start,
            periodEnd: new Date('2026-05-01T00:00:00Z'),
            changeAt: new Date(start.getTime() + elapsed),
            from: { plan: 'pro', paidTaxablePaise: paid },
            to: { plan: 'enterprise', periodPriceTaxablePaise: price },
            seller: seller.state,
            buyer: local ? seller.state : checkInvoiceRequest(enterpriseInvoice('p'), seller).buyer.state,
          });
          if (preview.remainingSeconds === 0) return; // nothing to invoice at the very end
          const request = enterpriseInvoice('pay_change', { buyer: local ? KARNATAKA_CONSUMER : MAHARASHTRA_BUYER, lines: planChangeLines(preview, 'Acme') });
          const checked = checkInvoiceRequest({ ...request, amountPaidPaise: preview.totalPaise }, seller);
          expect(checked.tax).toEqual(preview.gst);
        },
      ),
    );
  });

  it('names both plans on the invoice lines', () => {
    const preview = previewPlanChange({
      periodStart: new Date('2026-04-01T00:00:00+05:30'),
      periodEnd: new Date('2026-05-01T00:00:00+05:30'),
      changeAt: new Date('2026-04-16T00:00:00+05:30'),
      from: { plan: 'pro', paidTaxablePaise: 99_900 },
      to: { plan: 'enterprise', periodPriceTaxablePaise: 999_900 },
      seller: seller.state,
    });
    const { lines } = checkInvoiceRequest(enterpriseInvoice('pay_change', { lines: planChangeLines(preview, 'Acme Geocoding API') }), seller);
    expect(lines.map((l) => [l.kind, l.description, l.taxablePaise])).toEqual([
      ['charge', 'Acme Geocoding API — Enterprise plan, 16 Apr 2026 – 30 Apr 2026', 499_950],
      ['credit', 'Less: unused Acme Geocoding API — Pro plan, 16 Apr 2026 – 30 Apr 2026', 49_950],
    ]);
  });
});
