import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { type Clock, conflict, InputError, newId, type Page } from '@marketplace/shared';
import type { DocumentStore } from '../data/document-store.ts';
import { type InvoiceCredit, TaxDocumentRepository } from '../data/tax-document.repository.ts';
import { financialYearOf } from '../money/financial-year.ts';
import type { TaxDocumentKind } from './document-number.ts';
import { checkSeller, type SellerSettings } from './seller.ts';
import {
  buildCreditNote,
  buildInvoice,
  checkCreditNoteRequest,
  checkInvoiceRequest,
  creditNoteTax,
  creditNoteTaxOfTotal,
  type CreditNoteRequest,
  type InvoiceRequest,
  type TaxDocument,
} from './tax-document.ts';
import { renderTaxDocumentPdf, taxDocumentKey } from './tax-document-pdf.ts';

export interface TaxDocumentDeps {
  db: DynamoDBDocumentClient;
  /** The billing subgraph's own table. */
  table: string;
  clock: Clock;
  store: DocumentStore;
}

/** A document and whether this call issued it (false: it existed already for that payment or reference). */
export interface Issued {
  document: TaxDocument;
  created: boolean;
}

/** One try at the next number: the document for a sequence, and a credit note's change to its invoice. */
interface Draft {
  build(sequence: number): TaxDocument;
  credit?: (document: TaxDocument) => InvoiceCredit;
}

/** Attempts before giving up on a series contended by other processes; n contending processes need at most n. */
const MAX_ATTEMPTS = 100;

/**
 * Owns issuing tax invoices and credit notes: every input is checked before a number is taken; the number is
 * the next of a gapless series per financial year, written with the document in one transaction; issuing
 * for the same payment (or credit-note reference) again returns the first document. PDFs are rendered from
 * the stored document on first request and kept in the document store.
 */
export class TaxDocumentService {
  private readonly repo: TaxDocumentRepository;
  /** Per series, the tail of this process's queue of issuers (see `issueNext`). */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(private readonly deps: TaxDocumentDeps) {
    this.repo = new TaxDocumentRepository(deps.db, deps.table);
  }

  /** The tax invoice for a captured payment (idempotent on `request.paymentId`). */
  async issueInvoice(request: InvoiceRequest, settings: SellerSettings): Promise<Issued> {
    const seller = checkSeller(settings);
    const checked = checkInvoiceRequest(request, seller);
    return this.issueNext('invoice', checked.paymentId, async (issuedAt) => {
      const id = newId('inv', issuedAt);
      return { build: (sequence) => buildInvoice(checked, seller, id, sequence, issuedAt) };
    });
  }

  /**
   * A credit note against an invoice (idempotent on `request.reference`): all that is left of it, or
   * `taxablePaise` of it. Errors name `invoiceId` (no such invoice), `taxablePaise` (more than is left) or
   * `reference` (already used against another invoice).
   */
  async issueCreditNote(request: CreditNoteRequest, settings: SellerSettings): Promise<Issued> {
    const seller = checkSeller(settings);
    const checked = checkCreditNoteRequest(request);
    const issued = await this.issueNext('credit-note', checked.reference, async (issuedAt) => {
      const stored = await this.repo.get(checked.invoiceId);
      if (!stored || stored.document.kind !== 'invoice') {
        throw new InputError('invoiceId', `There is no invoice ${checked.invoiceId}.`);
      }
      const { document: invoice, credited } = stored;
      const left = invoice.tax.taxablePaise - credited.taxablePaise;
      const leftTotal = invoice.tax.totalPaise - credited.taxablePaise - credited.cgstPaise - credited.sgstPaise - credited.igstPaise;
      if (left === 0 && (checked.totalPaise == null || leftTotal === 0)) throw conflict(`Invoice ${invoice.number} has been credited in full.`, 'invoiceId');
      const tax = checked.totalPaise != null ? creditNoteTaxOfTotal(invoice, credited, checked.totalPaise) : creditNoteTax(invoice, credited, checked.taxablePaise ?? left);
      const id = newId('crn', issuedAt);
      return {
        build: (sequence) =>
          buildCreditNote(invoice, tax, checked, { id, prefix: seller.creditNotePrefix, sequence, issuedAt }),
        credit: () => ({
          invoiceId: invoice.id,
          before: credited,
          after: {
            taxablePaise: credited.taxablePaise + tax.taxablePaise,
            cgstPaise: credited.cgstPaise + tax.cgstPaise,
            sgstPaise: credited.sgstPaise + tax.sgstPaise,
            igstPaise: credited.igstPaise + tax.igstPaise,
          },
        }),
      };
    });
    if (issued.document.creditNote?.invoiceId !== checked.invoiceId) {
      throw new InputError('reference', `Reference ${checked.reference} was used for a credit note against another invoice.`);
    }
    return issued;
  }

  async get(documentId: string): Promise<TaxDocument | null> {
    return (await this.repo.get(documentId))?.document ?? null;
  }

  /** The invoice issued for a payment, or null. */
  async invoiceOfPayment(paymentId: string): Promise<TaxDocument | null> {
    return (await this.repo.byReference('invoice', paymentId))?.document ?? null;
  }

  /** A customer's invoices and credit notes, newest first. */
  listOfCustomer(customerId: string, first: number, after?: string | null): Promise<Page<TaxDocument>> {
    return this.repo.listOfCustomer(customerId, first, after);
  }

  /** One financial year of a series in number order (e.g. for the GST return). */
  listOfSeries(kind: TaxDocumentKind, financialYear: string, first: number, after?: string | null): Promise<Page<TaxDocument>> {
    return this.repo.listOfSeries(kind, financialYear, first, after);
  }

  /** The document's PDF and its store key: the stored copy, or rendered and stored now. */
  async pdf(document: TaxDocument): Promise<{ key: string; bytes: Uint8Array }> {
    const key = taxDocumentKey(document);
    const stored = await this.deps.store.get(key);
    if (stored) return { key, bytes: stored };
    const bytes = await renderTaxDocumentPdf(document);
    await this.deps.store.put(key, bytes);
    return { key, bytes };
  }

  /** Renders the document's PDF from its record and replaces the stored copy (its buyer was reduced by an erasure). */
  async renderPdfAgain(document: TaxDocument): Promise<void> {
    await this.deps.store.put(taxDocumentKey(document), await renderTaxDocumentPdf(document));
  }

  /**
   * Takes the next number of `kind`'s series for the year of "now" and writes the drafted document with it.
   * Issuers in this process take turns per series, so they never race each other for a number; issuers in
   * other processes may, and a lost race re-reads the counter and tries again after a jittered pause. The
   * reference's claim is looked up first, so a repeated request returns the first document.
   */
  private issueNext(kind: TaxDocumentKind, reference: string, prepare: (issuedAt: Date) => Promise<Draft>): Promise<Issued> {
    const turn = this.queues.get(kind) ?? Promise.resolve();
    const mine = turn.then(() => this.tryIssue(kind, reference, prepare));
    const tail = mine.catch(() => undefined);
    this.queues.set(kind, tail);
    void tail.then(() => {
      if (this.queues.get(kind) === tail) this.queues.delete(kind);
    });
    return mine;
  }

  private async tryIssue(kind: TaxDocumentKind, reference: string, prepare: (issuedAt: Date) => Promise<Draft>): Promise<Issued> {
    let lookUp = true;
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      if (lookUp) {
        const existing = await this.repo.byReference(kind, reference);
        if (existing) return { document: existing.document, created: false };
      }
      const issuedAt = this.deps.clock.now();
      const [last, draft] = await Promise.all([
        this.repo.lastSequence(kind, financialYearOf(issuedAt).label),
        prepare(issuedAt),
      ]);
      const document = draft.build(last + 1);
      const outcome = await this.repo.writeIssued(document, draft.credit?.(document));
      if (outcome === 'issued') return { document, created: true };
      // A lost race on the counter says nothing about the claim: only a failed claim is worth looking up.
      lookUp = outcome === 'claimed';
      if (outcome === 'stale') await pause(attempt);
    }
    throw conflict(`Could not take the next ${kind} number; try again.`);
  }
}

/** Jittered, growing pause after losing a race, so contenders spread out instead of colliding again. */
function pause(attempt: number): Promise<void> {
  const ceiling = Math.min(100, 4 * 2 ** Math.min(attempt, 5));
  return new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
}
