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
 *   subscription  pk=SUB#<sbs_…>  sk=SUB  — our subscription (also the checkout intent whose id is in the
 *             Razorpay subscription's notes); `version`; listed under its customer (gsi1)
 *   razorpay  pk=RZPSUB#<sub_…>  sk=SUB  — `subscriptionId`: ours for Razorpay's, written once
 *   member    pk=MEMBER#<userId>#<solutionId>  sk=CURRENT  — `subscriptionId`: the customer's current subscription
 *             (or open checkout) on the solution; `version`
 *   plan      pk=PLAN#<solutionId>#<tier>#<totalPaise>  sk=PLAN  — `planId`: the Razorpay plan of that monthly charge
 *   payment   pk=PAYMENT#<pay_…>  sk=PAYMENT  — a payment billing has booked (invoice, ledger, receipt): written once
 *   ledger    pk=LEDGER#<partnerId>  sk=<yyyy-mm>#<solutionId>#<pay_…|rfnd_…>  — one append-only commission entry
 *             per payment or refund; also under its month (gsi1)
 *   profile   pk=PROFILE#<userId>  sk=PROFILE  — the customer's billing profile
 *   offer     pk=OFFER#<ofr_…>  sk=OFFER  — an Enterprise offer; under its customer (gsi1) and in the admin list (gsi2)
 *   event     pk=RZPEVENT#<X-Razorpay-Event-Id>  sk=EVENT  — a webhook event that took effect (TTL 90 days)
 *   job       pk=JOB#<kind>#<subscriptionId | userId>#<dueAt>  sk=JOB  — a scheduled job; due ones in gsi2 until done
 *   notice    pk=PRICENOTICE#<sbs_…>  sk=CHANGE#<changeId>  — a price-change notice to one subscriber (one per
 *             catalog price change; older ones sk=PRICE#<newPricePaise>): old and new price, its email's state, when
 *             it was sent and takes effect, `appliedAt` once the subscription carries the new price; written once;
 *             while its email is pending, in gsi2 (`PRICE_NOTICE_MAIL`, by when it is next due); under its solution (gsi1)
 *   tier price  pk=TIERPRICE#<solutionId>#<tier>  sk=LATEST  — the tier's newest price change billing took from the
 *             catalog (change id, new price, when saved, by whom): what a subscriber who missed it is caught up to
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
 *   8. Subscription by id → GetItem / BatchGetItem; by Razorpay's id → GetItem the razorpay item, then by id
 *   9. A customer's subscriptions, newest first → Query gsi1  gsi1pk=USER_SUBS#<userId>  gsi1sk=<createdAt>#<id>
 *  10. The customer's current subscription on a solution (one open checkout or live subscription, race-free)
 *      → GetItem / conditional Put on `version` of the member item, in the transaction that writes the subscription
 *  11. A payment booked once → conditional Put of the payment item with its ledger entry (and the subscription)
 *  12. Partner revenue by solution and month → Query  pk=LEDGER#<partnerId>  sk between <from> and <to>~
 *  13. Platform revenue of a month → Query gsi1  gsi1pk=LEDGER_MONTH#<yyyy-mm>
 *  14. Offers of a customer → Query gsi1  gsi1pk=USER_OFFERS#<userId>; all offers → Query gsi2  gsi2pk=OFFERS
 *  15. A webhook event once → conditional Put of the event item
 *  16. Due jobs → Query gsi2  gsi2pk=JOBS  gsi2sk <= <now>; a job is claimed by a conditional update that also
 *      removes it from the index
 *  17. Price-change emails due → Query gsi2  gsi2pk=PRICE_NOTICE_MAIL  gsi2sk <= <now>; claimed by a conditional
 *      update on the attempt count that moves it a lease ahead; sent ones leave the index
 *  18. A tier's newest price change taken → GetItem  pk=TIERPRICE#<solutionId>#<tier>  sk=LATEST; written by a Put
 *      conditional on being newer
 *  19. Every price-change notice of a solution's subscribers (a price-change preview: one query, however many
 *      subscribers) → Query gsi1  gsi1pk=SOLUTION_NOTICES#<solutionId>  gsi1sk=<subscriptionId>#<changeId>
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
  feeOverrides: () => ({ gsi2pk: 'FEE_OVERRIDES' }),
  subscription: (id: string) => ({ pk: `SUB#${id}`, sk: 'SUB' }),
  subscriptionOfSolution: (solutionId: string, tier: string, createdAt: string, id: string) => ({ gsi2pk: `SOLUTION_SUBS#${solutionId}#${tier}`, gsi2sk: `${createdAt}#${id}` }),
  priceNotices: (subscriptionId: string) => `PRICENOTICE#${subscriptionId}`,
  /** `price:<paise>` names a notice written before changes had ids (keyed by the new price). */
  priceNotice: (subscriptionId: string, changeId: string) => ({
    pk: `PRICENOTICE#${subscriptionId}`,
    sk: changeId.startsWith('price:') ? `PRICE#${changeId.slice(6)}` : `CHANGE#${changeId}`,
  }),
  priceNoticeOfSolution: (solutionId: string, subscriptionId: string, changeId: string) => ({ gsi1pk: `SOLUTION_NOTICES#${solutionId}`, gsi1sk: `${subscriptionId}#${changeId}` }),
  tierPriceChange: (solutionId: string, tier: string) => ({ pk: `TIERPRICE#${solutionId}#${tier}`, sk: 'LATEST' }),
  dueNoticeMail: (dueAt: string, subscriptionId: string, changeId: string) => ({ gsi2pk: PRICE_NOTICE_MAIL, gsi2sk: `${dueAt}#${subscriptionId}#${changeId}` }),
  subscriptionOfUser: (userId: string, createdAt: string, id: string) => ({ gsi1pk: `USER_SUBS#${userId}`, gsi1sk: `${createdAt}#${id}` }),
  razorpaySubscription: (razorpayId: string) => ({ pk: `RZPSUB#${razorpayId}`, sk: 'SUB' }),
  member: (userId: string, solutionId: string) => ({ pk: `MEMBER#${userId}#${solutionId}`, sk: 'CURRENT' }),
  plan: (solutionId: string, tier: string, totalPaise: number) => ({ pk: `PLAN#${solutionId}#${tier}#${totalPaise}`, sk: 'PLAN' }),
  payment: (paymentId: string) => ({ pk: `PAYMENT#${paymentId}`, sk: 'PAYMENT' }),
  ledger: (partnerId: string, month: string, solutionId: string, reference: string) => ({
    pk: `LEDGER#${partnerId}`,
    sk: `${month}#${solutionId}#${reference}`,
    gsi1pk: `LEDGER_MONTH#${month}`,
    gsi1sk: `${partnerId}#${solutionId}#${reference}`,
  }),
  profile: (userId: string) => ({ pk: `PROFILE#${userId}`, sk: 'PROFILE' }),
  offer: (id: string) => ({ pk: `OFFER#${id}`, sk: 'OFFER' }),
  offerIndexes: (userId: string, createdAt: string, id: string) => ({
    gsi1pk: `USER_OFFERS#${userId}`,
    gsi1sk: `${createdAt}#${id}`,
    gsi2pk: 'OFFERS',
    gsi2sk: `${createdAt}#${id}`,
  }),
  webhookEvent: (eventId: string) => ({ pk: `RZPEVENT#${eventId}`, sk: 'EVENT' }),
  job: (kind: string, subjectId: string, dueAt: string) => ({ pk: `JOB#${kind}#${subjectId}#${dueAt}`, sk: 'JOB' }),
  dueJob: (dueAt: string, kind: string, subjectId: string) => ({ gsi2pk: 'JOBS', gsi2sk: `${dueAt}#${kind}#${subjectId}` }),
};

export const PRICE_NOTICE_MAIL = 'PRICE_NOTICE_MAIL';
export const customerDocumentsPartition = (customerId: string) => `CUSTOMER_DOCS#${customerId}`;
export const seriesPartition = (kind: TaxDocumentKind, financialYear: string) => `SERIES#${kind}#${financialYear}`;
