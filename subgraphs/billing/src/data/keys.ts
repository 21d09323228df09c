import type { TaxDocumentKind } from '../services/document-number.ts';

/**
 * Keys of the billing table (single-table design: generic `pk`/`sk`, overloaded `gsi1*`/`gsi2*`, TTL `ttl`).
 *
 * Item shapes:
 *   document  pk=DOC#<documentId>  sk=DOC  — a tax invoice (`inv_…`) or credit note (`crn_…`): `document` (the
 *             frozen TaxDocument), and on invoices `credited` (what credit notes took back) and `creditNoteIds`
 *   counter   pk=SERIES#<kind>#<financialYear>  sk=COUNTER  — `last`: the last sequence issued in that series
 *   claim     pk=ISSUED#<kind>#<reference>  sk=CLAIM  — `documentId`: the one document issued for a payment
 *             (invoices) or a caller's reference such as a refund id (credit notes)
 *   settings  pk=SETTINGS  sk=BILLING  — the seller on tax documents and the platform fee; `version`
 *   fee       pk=SOLUTION#<solutionId>  sk=FEE  — `feeBps`: a solution's own platform fee
 *
 * Access patterns (→ how they are served):
 *   1. Document by id → GetItem  pk=DOC#<id>  sk=DOC
 *   2. Issue the next document of a series (gapless, race-free) → one TransactWriteItems: the counter moves
 *      from `last` to `last + 1` on condition it still holds `last`, the document is put, the claim is put on
 *      condition it does not exist (and, for a credit note, the invoice's `credited` moves on condition it is
 *      unchanged). A lost race re-reads and retries; a failed claim means it was issued already.
 *   3. Document for a payment / reference (idempotency) → GetItem the claim, then pattern 1
 *   4. A customer's documents, newest first → Query gsi1  gsi1pk=CUSTOMER_DOCS#<customerId>  gsi1sk=<issuedAt>#<id>
 *   5. A series of a year in number order (GST returns, the gap audit) → Query gsi2
 *        gsi2pk=SERIES#<kind>#<financialYear>  gsi2sk=<sequence, 10 digits>
 *   6. Billing settings → GetItem / Put conditional on `version`  pk=SETTINGS  sk=BILLING
 *   7. A solution's fee override → GetItem / Put / Delete  pk=SOLUTION#<solutionId>  sk=FEE
 */
export const keys = {
  document: (documentId: string) => ({ pk: `DOC#${documentId}`, sk: 'DOC' }),
  documentOfCustomer: (customerId: string, issuedAt: string, documentId: string) => ({
    gsi1pk: customerDocumentsPartition(customerId),
    gsi1sk: `${issuedAt}#${documentId}`,
  }),
  documentInSeries: (kind: TaxDocumentKind, financialYear: string, sequence: number) => ({
    gsi2pk: seriesPartition(kind, financialYear),
    gsi2sk: String(sequence).padStart(10, '0'),
  }),
  counter: (kind: TaxDocumentKind, financialYear: string) => ({ pk: seriesPartition(kind, financialYear), sk: 'COUNTER' }),
  claim: (kind: TaxDocumentKind, reference: string) => ({ pk: `ISSUED#${kind}#${reference}`, sk: 'CLAIM' }),
  settings: () => ({ pk: 'SETTINGS', sk: 'BILLING' }),
  feeOverride: (solutionId: string) => ({ pk: `SOLUTION#${solutionId}`, sk: 'FEE' }),
};

export const customerDocumentsPartition = (customerId: string) => `CUSTOMER_DOCS#${customerId}`;
export const seriesPartition = (kind: TaxDocumentKind, financialYear: string) => `SERIES#${kind}#${financialYear}`;
