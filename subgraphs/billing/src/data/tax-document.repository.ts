import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { GSI1, GSI2, type Page, queryPage, type TransactItem, transactWrite } from '@marketplace/shared';
import type { TaxDocumentKind } from '../services/document-number.ts';
import { type Credited, NOTHING_CREDITED, type TaxDocument } from '../services/tax-document.ts';
import { customerDocumentsPartition, keys, seriesPartition } from './keys.ts';

/** A document as stored, with an invoice's running tally of what credit notes took back. */
export interface StoredTaxDocument {
  document: TaxDocument;
  credited: Credited;
  creditNoteIds: string[];
}

/** The outcome of one attempt to write the next document of a series. */
export type IssueAttempt =
  | 'issued'
  /** The payment or reference has its document already (someone else's attempt won). */
  | 'claimed'
  /** The counter (or the credited invoice) moved since it was read: read again and retry. */
  | 'stale';

/** A credit note's change to its invoice, conditional on the tally it was computed from. */
export interface InvoiceCredit {
  invoiceId: string;
  before: Credited;
  after: Credited;
}

const CONDITION_FAILED = 'ConditionalCheckFailed';

/** Owns tax documents, their series counters and the claims that make issuing idempotent. */
export class TaxDocumentRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async get(documentId: string): Promise<StoredTaxDocument | null> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: keys.document(documentId), ConsistentRead: true }));
    return out.Item ? toStored(out.Item) : null;
  }

  /** The document issued for `reference` (a payment id for invoices), or null. */
  async byReference(kind: TaxDocumentKind, reference: string): Promise<StoredTaxDocument | null> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: keys.claim(kind, reference), ConsistentRead: true }));
    const documentId = out.Item?.documentId;
    return typeof documentId === 'string' ? this.get(documentId) : null;
  }

  /** The last sequence issued in a series (0 before the first). */
  async lastSequence(kind: TaxDocumentKind, financialYear: string): Promise<number> {
    const out = await this.db.send(
      new GetCommand({ TableName: this.table, Key: keys.counter(kind, financialYear), ConsistentRead: true }),
    );
    return typeof out.Item?.last === 'number' ? out.Item.last : 0;
  }

  /**
   * Writes `document` as the next of its series in one transaction (pattern 2 in keys.ts): counter from
   * `document.sequence - 1` to `document.sequence`, the document, its claim, and a credit note's invoice tally.
   */
  async writeIssued(document: TaxDocument, credit?: InvoiceCredit): Promise<IssueAttempt> {
    const previous = document.sequence - 1;
    const counter: TransactItem = {
      Update: {
        TableName: this.table,
        Key: keys.counter(document.kind, document.financialYear),
        UpdateExpression: 'SET #last = :next',
        ConditionExpression: previous === 0 ? 'attribute_not_exists(pk)' : '#last = :previous',
        ExpressionAttributeNames: { '#last': 'last' },
        ExpressionAttributeValues: previous === 0 ? { ':next': document.sequence } : { ':next': document.sequence, ':previous': previous },
      },
    };
    const put: TransactItem = {
      Put: {
        TableName: this.table,
        Item: {
          ...keys.document(document.id),
          ...keys.documentOfCustomer(document.customerId, document.issuedAt, document.id),
          ...keys.documentInSeries(document.kind, document.financialYear, document.sequence),
          kind: document.kind,
          number: document.number,
          document,
          credited: NOTHING_CREDITED,
          creditNoteIds: [],
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    };
    const claim: TransactItem = {
      Put: {
        TableName: this.table,
        Item: { ...keys.claim(document.kind, document.reference), documentId: document.id, kind: document.kind },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    };
    const items = [counter, put, claim];
    if (credit) {
      items.push({
        Update: {
          TableName: this.table,
          Key: keys.document(credit.invoiceId),
          UpdateExpression: 'SET #credited = :after, #ids = list_append(#ids, :id)',
          // Every credit note credits more than zero, so the credited taxable value is the tally's version.
          ConditionExpression: '#credited.#taxable = :before',
          ExpressionAttributeNames: { '#credited': 'credited', '#taxable': 'taxablePaise', '#ids': 'creditNoteIds' },
          ExpressionAttributeValues: { ':after': credit.after, ':before': credit.before.taxablePaise, ':id': [document.id] },
        },
      });
    }
    const result = await transactWrite(this.db, items);
    if (result.ok) return 'issued';
    if (result.reasons[2] === CONDITION_FAILED) return 'claimed';
    return 'stale';
  }

  /** A customer's invoices and credit notes, newest first (pattern 4). */
  async listOfCustomer(customerId: string, first: number, after?: string | null): Promise<Page<TaxDocument>> {
    const page = await queryPage<Record<string, unknown>>(
      this.db,
      {
        table: this.table,
        index: GSI1,
        partition: { attribute: 'gsi1pk', value: customerDocumentsPartition(customerId) },
        cursorAttributes: ['pk', 'sk', 'gsi1pk', 'gsi1sk'],
        newestFirst: true,
      },
      first,
      after,
    );
    return { ...page, items: page.items.map((item) => toStored(item).document) };
  }

  /** A series of one financial year in number order (pattern 5). */
  async listOfSeries(kind: TaxDocumentKind, financialYear: string, first: number, after?: string | null): Promise<Page<TaxDocument>> {
    const page = await queryPage<Record<string, unknown>>(
      this.db,
      {
        table: this.table,
        index: GSI2,
        partition: { attribute: 'gsi2pk', value: seriesPartition(kind, financialYear) },
        cursorAttributes: ['pk', 'sk', 'gsi2pk', 'gsi2sk'],
        newestFirst: false,
      },
      first,
      after,
    );
    return { ...page, items: page.items.map((item) => toStored(item).document) };
  }
}

function toStored(item: Record<string, unknown>): StoredTaxDocument {
  return {
    document: item.document as TaxDocument,
    credited: (item.credited as Credited | undefined) ?? NOTHING_CREDITED,
    creditNoteIds: Array.isArray(item.creditNoteIds) ? (item.creditNoteIds as string[]) : [],
  };
}
