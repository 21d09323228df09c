import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDb, testTablePrefix } from '../../../../test/support/dynamo.ts';
import { enterpriseInvoice, KARNATAKA_CONSUMER, SELLER, startTaxDocuments } from '../test/billing-fixtures.ts';
import { expectInputErrorAsync } from '../test/input-error.ts';

let t: Awaited<ReturnType<typeof startTaxDocuments>>;
beforeAll(async () => {
  t = await startTaxDocuments(testDb, testTablePrefix('tdoc'));
});
afterAll(() => t.close());

describe('issuing tax invoices', () => {
  it('numbers 50 concurrent invoices from 5 processes 1..50, with no gap and no repeat', async () => {
    t.clock.set('2026-06-01T12:00:00+05:30');
    // Five "processes": services of their own, each with its own DynamoDB client, racing on one series.
    const processes = Array.from({ length: 5 }, () => t.process());
    const issued = await Promise.all(
      Array.from({ length: 50 }, (_, i) => processes[i % 5]!.issueInvoice(enterpriseInvoice(`pay_conc${i}`), SELLER)),
    );
    const sequences = issued.map((r) => r.document.sequence).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(new Set(issued.map((r) => r.document.number)).size).toBe(50);
    expect(issued.every((r) => r.created)).toBe(true);
    expect(issued.find((r) => r.document.sequence === 42)!.document.number).toBe('MP/26-27/0000042');

    const series = await t.service.listOfSeries('invoice', '2026-27', 100);
    expect(series.items.map((d) => d.sequence)).toEqual(sequences);
    const counter = (await t.scan()).find((item) => item.pk === 'SERIES#invoice#2026-27');
    expect(counter?.last).toBe(50);
  });

  it('returns the first invoice when the same payment is invoiced again, even concurrently', async () => {
    const request = enterpriseInvoice('pay_twice');
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => t.service.issueInvoice(request, SELLER)));
    const again = await t.service.issueInvoice(request, SELLER);
    const ids = new Set([a, b, c, again].map((r) => r!.document.id));
    expect(ids.size).toBe(1);
    expect([a, b, c].filter((r) => r!.created)).toHaveLength(1);
    expect(again.created).toBe(false);
    expect((await t.service.invoiceOfPayment('pay_twice'))?.number).toBe(again.document.number);
    const claims = (await t.scan()).filter((item) => item.pk === 'ISSUED#invoice#pay_twice');
    expect(claims).toHaveLength(1);
  });

  it('starts a new series every April, by the date in India', async () => {
    t.clock.set('2027-03-31T23:59:00+05:30');
    const march = await t.service.issueInvoice(enterpriseInvoice('pay_march'), SELLER);
    t.clock.set('2027-03-31T18:30:00Z'); // 00:00 on 1 April in India
    const april = await t.service.issueInvoice(enterpriseInvoice('pay_april'), SELLER);
    expect(march.document.number).toMatch(/^MP\/26-27\/\d{7}$/);
    expect(march.document.sequence).toBeGreaterThan(50);
    expect(april.document).toMatchObject({ number: 'MP/27-28/0000001', financialYear: '2027-28', sequence: 1, issueDate: '2027-04-01' });
  });

  it('keeps the tax split, words and seller and buyer snapshots on the invoice', async () => {
    t.clock.set('2026-07-10T09:00:00+05:30');
    const { document } = await t.service.issueInvoice(enterpriseInvoice('pay_snapshot', { amountPaidPaise: 1_179_882 }), SELLER);
    expect(document.tax).toMatchObject({ supply: 'inter-state', taxablePaise: 999_900, igstPaise: 179_982, totalPaise: 1_179_882 });
    expect(document.totalInWords).toBe('Rupees Eleven Thousand Seven Hundred Ninety Eight and Eighty Two Paise Only');
    expect(document.seller).toMatchObject({ gstin: '29AAACM1234F1ZU', sac: '998315', state: { code: '29' } });
    expect(document.buyer).toMatchObject({ gstin: '27AABCB5678K1Z9', state: { name: 'Maharashtra' } });
    expect(document.lines[0]!.description).toBe('Acme Geocoding API — Enterprise plan, 15 Apr 2026 – 14 May 2026');
    expect(await t.service.get(document.id)).toEqual(document);
    const mine = await t.service.listOfCustomer(document.customerId, 10);
    expect(mine.items.map((d) => d.id)).toEqual([document.id]);
  });

  it('invoices an unregistered buyer without a state as supplied in our state', async () => {
    const { document } = await t.service.issueInvoice(
      enterpriseInvoice('pay_nostate', { buyer: { name: 'Ravi', email: 'ravi@example.com' } }),
      SELLER,
    );
    expect(document.tax).toMatchObject({ supply: 'intra-state', cgstPaise: 89_991, sgstPaise: 89_991, placeOfSupply: { code: '29' } });
    expect(document.buyer).toMatchObject({ gstin: null, state: null });
  });

  it('refuses bad input with an error naming the field, and writes nothing', async () => {
    const before = await t.scan();
    const line = enterpriseInvoice('x').lines[0]!;
    const cases: [string, Parameters<typeof enterpriseInvoice>[1], RegExp][] = [
      ['buyer.gstin', { buyer: { ...KARNATAKA_CONSUMER, gstin: '29AAACM1234F1ZV' } }, /check character/],
      ['buyer.stateCode', { buyer: { ...KARNATAKA_CONSUMER, gstin: '27AABCB5678K1Z9' } }, /registered in Maharashtra/],
      ['buyer.stateCode', { buyer: { ...KARNATAKA_CONSUMER, stateCode: 'Narnia' } }, /Indian state/],
      ['lines[0].taxablePaise', { lines: [{ ...line, taxablePaise: -100 }] }, /negative/],
      ['lines[0].taxablePaise', { lines: [{ ...line, taxablePaise: 99.5 }] }, /whole paise/],
      ['lines[0].periodEnd', { lines: [{ ...line, periodEnd: line.periodStart }] }, /after periodStart/],
      ['lines', { lines: [] }, /1 to 20 lines/],
      ['lines', { lines: [line, { ...line, kind: 'credit', taxablePaise: 1_000_000 }] }, /cannot exceed/],
      ['amountPaidPaise', { amountPaidPaise: 1_000 }, /does not match/],
      ['buyer.name', { buyer: { ...KARNATAKA_CONSUMER, name: '  ' } }, /1 to 120 characters/],
    ];
    for (const [field, overrides, message] of cases) {
      await expectInputErrorAsync(() => t.service.issueInvoice(enterpriseInvoice('pay_bad', overrides), SELLER), field, message);
    }
    await expectInputErrorAsync(() => t.service.issueInvoice(enterpriseInvoice('pay/../x'), SELLER), 'paymentId');
    await expectInputErrorAsync(() => t.service.issueInvoice(enterpriseInvoice('pay_bad'), { ...SELLER, gstin: '27AABCB5678K1Z9' }), 'seller.stateCode');
    await expectInputErrorAsync(() => t.service.issueInvoice(enterpriseInvoice('pay_bad'), { ...SELLER, stateCode: '99' }), 'seller.stateCode');
    expect(await t.scan()).toEqual(before);
  });
});

describe('issuing credit notes', () => {
  it('numbers credit notes in their own series, refers to the invoice, and never credits more than it charged', async () => {
    t.clock.set('2026-08-01T10:00:00+05:30');
    const { document: invoice } = await t.service.issueInvoice(enterpriseInvoice('pay_refunded', { buyer: KARNATAKA_CONSUMER }), SELLER);
    expect(invoice.tax).toMatchObject({ cgstPaise: 89_991, sgstPaise: 89_991, totalPaise: 1_179_882 });

    const partial = await t.service.issueCreditNote({ invoiceId: invoice.id, reference: 'rfnd_1', taxablePaise: 333_333, reason: 'Downgrade' }, SELLER);
    expect(partial.document).toMatchObject({
      kind: 'credit-note',
      number: 'MP/CN/26-27/0001',
      sequence: 1,
      creditNote: { invoiceId: invoice.id, invoiceNumber: invoice.number, invoiceDate: '2026-08-01', reason: 'Downgrade' },
      tax: { taxablePaise: 333_333, cgstPaise: 30_000, sgstPaise: 30_000, totalPaise: 393_333 },
    });
    expect(partial.document.lines[0]!.description).toContain(`Credit against invoice ${invoice.number}`);

    await expectInputErrorAsync(
      () => t.service.issueCreditNote({ invoiceId: invoice.id, reference: 'rfnd_2', taxablePaise: 700_000, reason: 'Too much' }, SELLER),
      'taxablePaise',
      /Only 666567 paise/,
    );
    const rest = await t.service.issueCreditNote({ invoiceId: invoice.id, reference: 'rfnd_3', reason: 'Cancelled' }, SELLER);
    expect(rest.document).toMatchObject({ number: 'MP/CN/26-27/0002', tax: { taxablePaise: 666_567, cgstPaise: 59_991, sgstPaise: 59_991 } });
    expect(partial.document.tax.totalPaise + rest.document.tax.totalPaise).toBe(invoice.tax.totalPaise);

    // Nothing left is a state, not an input to fix: CONFLICT naming the invoice.
    await expect(t.service.issueCreditNote({ invoiceId: invoice.id, reference: 'rfnd_4', reason: 'Again' }, SELLER)).rejects.toMatchObject({
      code: 'CONFLICT',
      field: 'invoiceId',
      message: expect.stringMatching(/credited in full/),
    });
    // The same reference again returns the first note, even now that nothing is left to credit.
    const repeat = await t.service.issueCreditNote({ invoiceId: invoice.id, reference: 'rfnd_1', taxablePaise: 333_333, reason: 'Downgrade' }, SELLER);
    expect(repeat).toMatchObject({ created: false, document: { id: partial.document.id } });
  });

  it('credits concurrently without over-crediting or gaps', async () => {
    const { document: invoice } = await t.service.issueInvoice(enterpriseInvoice('pay_many_refunds'), SELLER);
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) =>
        t.service.issueCreditNote({ invoiceId: invoice.id, reference: `rfnd_c${i}`, taxablePaise: 200_000, reason: 'Partial refund' }, SELLER),
      ),
    );
    const issued = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value.document] : []));
    expect(issued).toHaveLength(4); // 4 × ₹2,000 fit in ₹9,999; the fifth would exceed it
    expect(results.filter((r) => r.status === 'rejected').every((r) => /left to credit/.test(String((r as PromiseRejectedResult).reason)))).toBe(true);
    const series = await t.service.listOfSeries('credit-note', '2026-27', 100);
    expect(series.items.map((d) => d.sequence)).toEqual(Array.from({ length: series.items.length }, (_, i) => i + 1));
    const stored = (await t.scan()).find((item) => item.pk === `DOC#${invoice.id}`)!;
    expect(stored.credited.taxablePaise).toBe(800_000);
    expect(stored.creditNoteIds).toHaveLength(4);
  });

  it('refuses a credit note for an unknown invoice or with a reused reference, writing nothing', async () => {
    const { document: invoice } = await t.service.issueInvoice(enterpriseInvoice('pay_other'), SELLER);
    const before = await t.scan();
    await expectInputErrorAsync(() => t.service.issueCreditNote({ invoiceId: 'inv_nope', reference: 'rfnd_x', reason: 'x' }, SELLER), 'invoiceId', /no invoice/);
    await expectInputErrorAsync(() => t.service.issueCreditNote({ invoiceId: invoice.id, reference: 'rfnd_1', reason: 'x' }, SELLER), 'reference', /another invoice/);
    await expectInputErrorAsync(() => t.service.issueCreditNote({ invoiceId: invoice.id, reference: 'rfnd_y', taxablePaise: -5, reason: 'x' }, SELLER), 'taxablePaise', /negative/);
    await expectInputErrorAsync(() => t.service.issueCreditNote({ invoiceId: invoice.id, reference: 'rfnd_y', reason: '' }, SELLER), 'reason');
    expect(await t.scan()).toEqual(before);
  });
});
