import type { Caller, Page } from '@marketplace/shared';
import { LedgerRepository } from '../data/ledger.repository.ts';
import { SubscriptionRepository } from '../data/subscription.repository.ts';
import type { BillingDeps } from '../deps.ts';
import { isAdmin } from './access-rules.ts';
import type { TaxDocument } from './tax-document.ts';
import type { TaxDocumentService } from './tax-document.service.ts';

/** Reads customers' tax documents: who may see which, and the solution each is for. */
export class InvoiceQueries {
  private readonly ledger: LedgerRepository;
  private readonly subscriptions: SubscriptionRepository;

  constructor(
    deps: BillingDeps,
    private readonly documents: TaxDocumentService,
  ) {
    this.ledger = new LedgerRepository(deps.db, deps.table);
    this.subscriptions = new SubscriptionRepository(deps.db, deps.table);
  }

  /** The document if the caller is its customer or an admin; else null (it does not exist for them). */
  async visible(caller: Caller, id: string): Promise<TaxDocument | null> {
    if (!/^(inv|crn)_[0-9A-HJKMNP-TV-Z]{26}$/.test(id)) return null;
    const document = await this.documents.get(id);
    return document && (document.customerId === caller.userId || isAdmin(caller)) ? document : null;
  }

  listOfCustomer(customerId: string, first: number, after: string | null | undefined): Promise<Page<TaxDocument>> {
    return this.documents.listOfCustomer(customerId, first, after);
  }

  /** The solution a document is for: its payment's subscription (a credit note: its invoice's). */
  async solutionOf(document: TaxDocument): Promise<string | null> {
    const invoice = document.creditNote ? await this.documents.get(document.creditNote.invoiceId) : document;
    const booked = invoice ? await this.ledger.booked(invoice.reference) : null;
    const sub = booked ? await this.subscriptions.get(booked.subscriptionId) : null;
    return sub?.solutionId ?? null;
  }
}
