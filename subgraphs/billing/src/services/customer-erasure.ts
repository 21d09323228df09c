import { auditEventPut, transactWrite } from '@marketplace/shared';
import type { BillingDeps } from '../deps.ts';
import { SubscriptionRepository } from '../data/subscription.repository.ts';
import { AUDIT_STREAM } from './billing-audit.ts';
import type { Buyer } from './tax-document.ts';
import type { TaxDocumentService } from './tax-document.service.ts';

/** The name an erased customer's records carry instead of theirs (tax documents, Razorpay). */
export const ERASED_CUSTOMER_NAME = 'Erased customer';

/**
 * The buyer as a tax document keeps it after its customer's account is erased: what GST requires and nothing
 * more. A registered business keeps its legal name, GSTIN, state and address (B2B invoices must show them); a
 * consumer keeps only the state (the place of supply). The email address goes from both.
 */
export function minimalBuyer<B extends Pick<Buyer, 'name' | 'email' | 'gstin' | 'addressLines'>>(buyer: B): B {
  if (buyer.gstin) return { ...buyer, email: '' };
  return { ...buyer, name: ERASED_CUSTOMER_NAME, email: '', addressLines: [] };
}

export const isMinimalBuyer = (buyer: Buyer): boolean => JSON.stringify(minimalBuyer(buyer)) === JSON.stringify(buyer);

/**
 * What an erased customer's Razorpay record is overwritten with. Razorpay's customer API clears no field (the
 * name is required, 3 to 50 characters; the pair of email and contact must be unique per customer), so each
 * becomes a value that names no one: the email is undeliverable (`.invalid`) and unique by the customer id, the
 * contact a placeholder no Indian number starts with.
 */
export function erasedRazorpayCustomer(customerId: string): { name: string; email: string; contact: string } {
  return { name: ERASED_CUSTOMER_NAME, email: `erased-${customerId.toLowerCase()}@erased.invalid`, contact: '+910000000000' };
}

/** Documents re-rendered per page read. */
const PAGE = 100;

/**
 * What an account erasure leaves to billing's own process, which holds the Razorpay keys and the document store
 * (the erasure job that reduced billing's records has neither; it schedules an `account-erasure` job): every
 * stored PDF of the customer's tax documents is rendered again from its reduced record, replacing the copy with
 * the old buyer, and every Razorpay customer that paid one of their subscriptions is overwritten. Each step is
 * repeatable, so a failed run is simply run again; the outcome is audited once.
 */
export class CustomerErasure {
  constructor(
    private readonly deps: BillingDeps,
    private readonly documents: TaxDocumentService,
  ) {}

  async complete(userId: string): Promise<{ documents: number; razorpayCustomers: string[] }> {
    let rendered = 0;
    let after: string | null = null;
    do {
      const page = await this.documents.listOfCustomer(userId, PAGE, after);
      for (const document of page.items) {
        // The erasure reduces the records before it schedules this job: a full buyer here is a bug, not a race.
        if (!isMinimalBuyer(document.buyer)) throw new Error(`customer erasure: document ${document.id} still names its buyer`);
        await this.documents.renderPdfAgain(document);
        rendered++;
      }
      after = page.hasNextPage ? page.endCursor : null;
    } while (after);

    const customerIds = new Set<string>();
    for (const sub of await new SubscriptionRepository(this.deps.db, this.deps.table).listOfUser(userId)) {
      if (!sub.razorpaySubscriptionId) continue;
      const customerId = (await this.deps.razorpay.fetchSubscription(sub.razorpaySubscriptionId)).customer_id;
      if (customerId) customerIds.add(customerId);
    }
    for (const customerId of customerIds) await this.deps.razorpay.editCustomer(customerId, erasedRazorpayCustomer(customerId));

    const razorpayCustomers = [...customerIds].sort();
    const audit = auditEventPut(
      this.deps.table,
      { stream: AUDIT_STREAM, actorId: null, action: 'customer.erase.complete', targetType: 'User', targetId: userId, userId, after: { documentsRendered: rendered, razorpayCustomers }, reason: 'account erased' },
      this.deps.clock.now(),
    );
    const written = await transactWrite(this.deps.db, audit.items);
    if (!written.ok) throw new Error(`customer erasure: audit not written (${written.reasons.join(', ')})`);
    return { documents: rendered, razorpayCustomers };
  }
}
