import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDb, testTablePrefix } from '../../../../test/support/dynamo.ts';
import { enterpriseInvoice, KARNATAKA_CONSUMER, SELLER, startTaxDocuments } from '../test/billing-fixtures.ts';
import { renderTaxDocumentPdf, taxDocumentKey } from './tax-document-pdf.ts';

let t: Awaited<ReturnType<typeof startTaxDocuments>>;
beforeAll(async () => {
  t = await startTaxDocuments(testDb, testTablePrefix('tpdf'));
});
afterAll(() => t.close());

async function textOf(bytes: Uint8Array): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

describe('the tax invoice PDF', () => {
  it('shows the number, both GSTINs, IGST and the total in figures and words', async () => {
    const { document } = await t.service.issueInvoice(enterpriseInvoice('pay_pdf_igst'), SELLER);
    const text = await textOf(await renderTaxDocumentPdf(document));
    expect(text).toContain('TAX INVOICE');
    expect(text).toContain(document.number);
    expect(text).toContain('GSTIN: 29AAACM1234F1ZU');
    expect(text).toContain('GSTIN: 27AABCB5678K1Z9');
    expect(text).toContain('Place of supply');
    expect(text).toContain('Maharashtra (27)');
    expect(text).toContain('998315');
    expect(text).toMatch(/IGST @ 18%\s+₹1,799.82/);
    expect(text).not.toContain('CGST');
    expect(text).toMatch(/Total\s+₹11,798.82/);
    expect(text).toContain('Rupees Eleven Thousand Seven Hundred Ninety Eight and Eighty Two Paise Only');
    expect(text).toContain('pay_pdf_igst');
    expect(text).toContain('Page 1 of 1');
    expect(text.replace(/\s+/g, ' ')).toContain('Acme Geocoding API — Enterprise plan, 15 Apr 2026 – 14 May 2026');
  });

  it('splits CGST and SGST for a buyer in our state', async () => {
    const { document } = await t.service.issueInvoice(enterpriseInvoice('pay_pdf_local', { buyer: KARNATAKA_CONSUMER }), SELLER);
    const text = await textOf(await renderTaxDocumentPdf(document));
    expect(text).toMatch(/CGST @ 9%\s+₹899.91/);
    expect(text).toMatch(/SGST @ 9%\s+₹899.91/);
    expect(text).not.toContain('IGST');
    expect(text).toContain('GSTIN: unregistered');
    expect(text).toMatch(/Total\s+₹11,798.82/);
  });

  it('renders the same bytes every time for the same document', async () => {
    const { document } = await t.service.issueInvoice(enterpriseInvoice('pay_pdf_same'), SELLER);
    const [a, b] = await Promise.all([renderTaxDocumentPdf(document), renderTaxDocumentPdf(document)]);
    expect(a.equals(b)).toBe(true);
    expect(a.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('is stored under DATA_DIR on first request and served from there after', async () => {
    const { document } = await t.service.issueInvoice(enterpriseInvoice('pay_pdf_store'), SELLER);
    const first = await t.service.pdf(document);
    expect(first.key).toBe(taxDocumentKey(document));
    expect(first.key).toMatch(/^invoices\/2026-27\/MP-26-27-\d{7}\.pdf$/);
    const file = await readFile(path.join(t.dataDir, first.key));
    expect(Buffer.from(first.bytes).equals(file)).toBe(true);
    await t.store.put(first.key, new TextEncoder().encode('stored copy'));
    expect(new TextDecoder().decode((await t.service.pdf(document)).bytes)).toBe('stored copy');
  });

  it('runs onto a second page when the lines do not fit, keeping the totals together', async () => {
    const line = enterpriseInvoice('x').lines[0]!;
    const lines = Array.from({ length: 20 }, (_, i) => ({ ...line, solutionName: `Solution ${i + 1} with a long product name`, taxablePaise: 10_000 }));
    const { document } = await t.service.issueInvoice(enterpriseInvoice('pay_pdf_long', { lines }), SELLER);
    const text = await textOf(await renderTaxDocumentPdf(document));
    expect(text).toContain('Page 1 of 2');
    expect(text).toContain('Page 2 of 2');
    expect(text).toMatch(/Total\s+₹2,360.00/);
  });
});

describe('dates on the PDF', () => {
  it('are written as the web app writes them ("2 Dec 2026", no leading zero), the invoice date and the period alike', async () => {
    const before = t.clock.now();
    t.clock.set(new Date('2026-12-02T11:00:00+05:30'));
    try {
      const [line] = enterpriseInvoice('x').lines;
      const lines = [{ ...line!, periodStart: new Date('2026-12-02T00:00:00+05:30'), periodEnd: new Date('2027-01-02T00:00:00+05:30') }];
      const { document } = await t.service.issueInvoice(enterpriseInvoice('pay_pdf_dates', { lines }), SELLER);
      const text = (await textOf(await renderTaxDocumentPdf(document))).replace(/\s+/g, ' ');
      expect(text).toContain('Invoice date 2 Dec 2026');
      expect(text).toContain('Enterprise plan, 2 Dec 2026 – 1 Jan 2027');
      expect(text).not.toMatch(/\b0\d [A-Z][a-z]{2} \d{4}/);
    } finally {
      t.clock.set(before);
    }
  });
});

describe('the credit note PDF', () => {
  it('names itself, its own number and the invoice it credits', async () => {
    const { document: invoice } = await t.service.issueInvoice(enterpriseInvoice('pay_pdf_cn'), SELLER);
    const { document } = await t.service.issueCreditNote({ invoiceId: invoice.id, reference: 'rfnd_pdf', reason: 'Subscription cancelled within 7 days' }, SELLER);
    const { key, bytes } = await t.service.pdf(document);
    expect(key).toMatch(/^credit-notes\/2026-27\/MP-CN-26-27-\d{4}\.pdf$/);
    const text = await textOf(bytes);
    expect(text).toContain('CREDIT NOTE');
    expect(text).toContain(document.number);
    expect(text).toContain(invoice.number);
    expect(text).toContain('GSTIN: 27AABCB5678K1Z9');
    expect(text).toMatch(/IGST @ 18%\s+₹1,799.82/);
    expect(text).toMatch(/Total credit\s+₹11,798.82/);
    expect(text).toContain('Reason: Subscription cancelled within 7 days');
  });
});
