import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BillingHarness, startBillingHarness } from '../testing/billing-harness.ts';

/**
 * A refund's credit note states what Razorpay returned to the customer, to the paisa: its share of the taxable value
 * with GST on it could come a paisa short of it (₹9.99 for ₹10.00), and the ledger booked the note.
 */
describe('the credit note of a partial refund', () => {
  let h: BillingHarness;
  beforeAll(async () => {
    h = await startBillingHarness('billing-refund-note');
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  it('returns exactly what Razorpay refunded, and the notes of all refunds come to the payment', async () => {
    const solutionId = h.catalog.add({ prices: { pro: 99_900 } });
    const { paymentId } = await h.paidCheckout(solutionId);
    const invoice = (await h.services.documents.invoiceOfPayment(paymentId))!;
    expect(invoice.tax.totalPaise).toBe(117_882);

    // ₹10 refunded in Razorpay's dashboard without a reason (its webhook books it); the same refund again changes nothing.
    const refund = await h.deps.razorpay.refund(paymentId, 1_000, {});
    const note = (await h.services.sync.bookRefund(refund))!;
    expect(note.tax.totalPaise).toBe(1_000);
    expect(note.creditNote?.reason).toBe(`refund ${refund.id} of payment ${paymentId}`);
    expect((await h.services.sync.bookRefund(refund))!.id).toBe(note.id);
    // More than is left is refused in the unit asked for: taxable value (before GST), with what is left after GST.
    await expect(h.services.sync.refundInvoice(h.admin().userId!, invoice.id, 'Too much', invoice.tax.taxablePaise)).rejects.toMatchObject({
      field: 'taxablePaise',
      message: `At most 99052 paise of taxable value (116882 paise with GST) of invoice ${invoice.number} are left to refund.`,
    });
    // The rest, by an admin: the note states the reason the admin typed.
    const rest = await h.services.sync.refundInvoice(h.admin().userId!, invoice.id, '  Service outage on 3 Nov ', null);
    expect(rest.tax.totalPaise).toBe(117_882 - 1_000);
    expect(rest.creditNote?.reason).toBe('Service outage on 3 Nov');
    expect(rest.lines[0]?.description).toMatch(/: Service outage on 3 Nov$/);
    expect(note.tax.taxablePaise + rest.tax.taxablePaise).toBe(invoice.tax.taxablePaise);
    expect(note.tax.taxPaise + rest.tax.taxPaise).toBe(invoice.tax.taxPaise);

    const ledger = (await h.scan()).filter((i) => i.kind === 'refund' && i.reference && i.grossPaise !== undefined);
    expect(ledger.map((e) => e.grossPaise).sort((a, b) => a - b)).toEqual([-(117_882 - 1_000), -1_000]);
    // Nothing is left to refund: a state, not an input to fix (CONFLICT naming the invoice, README, Errors).
    await expect(h.services.sync.refundInvoice(h.admin().userId!, invoice.id, 'Again', null)).rejects.toMatchObject({
      code: 'CONFLICT',
      field: 'invoiceId',
      message: expect.stringMatching(/refunded in full/),
    });
  });
});
