import { type DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { GSI1, type TransactItem } from '@marketplace/shared';
import { keys } from './keys.ts';
import { createOnly } from './versioned.ts';

/**
 * One append-only commission entry: a payment (positive amounts) or a refund (negative), split between the
 * platform and the partner at the fee in force when it was booked. Entries are never changed or deleted.
 */
export interface LedgerEntry {
  /** The payment (`pay_…`) or refund (`rfnd_…`) it books. */
  reference: string;
  kind: 'payment' | 'refund';
  /** UTC month of the payment or refund at Razorpay, `YYYY-MM`. */
  month: string;
  at: string;
  partnerId: string;
  solutionId: string;
  customerId: string;
  subscriptionId: string;
  invoiceId: string;
  grossPaise: number;
  gstPaise: number;
  feeBps: number;
  platformFeePaise: number;
  partnerNetPaise: number;
}

/** A payment billing has booked: its invoice, ledger entry and receipt exist once. */
export interface BookedPayment {
  paymentId: string;
  subscriptionId: string;
  invoiceId: string;
  amountPaise: number;
  /** The fee it was split at (a refund of it is split alike). */
  feeBps: number;
  bookedAt: string;
}

/** Owns ledger entries and booked-payment claims. */
export class LedgerRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  /** The entry's put: fails if the payment or refund was booked already. */
  append(entry: LedgerEntry): TransactItem {
    return createOnly(this.table, { ...keys.ledger(entry.partnerId, entry.month, entry.solutionId, entry.reference), type: 'LedgerEntry', ...entry });
  }

  /** The claim that a payment is booked (put with its ledger entry). */
  book(payment: BookedPayment): TransactItem {
    return createOnly(this.table, { ...keys.payment(payment.paymentId), type: 'BookedPayment', ...payment });
  }

  async booked(paymentId: string): Promise<BookedPayment | null> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: keys.payment(paymentId), ConsistentRead: true }));
    return out.Item ? (out.Item as unknown as BookedPayment) : null;
  }

  /** A partner's entries of months `from` to `to` (YYYY-MM, inclusive). */
  ofPartner(partnerId: string, from: string, to: string): Promise<LedgerEntry[]> {
    return this.query({
      KeyConditionExpression: 'pk = :p AND sk BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':p': `LEDGER#${partnerId}`, ':from': `${from}#`, ':to': `${to}#~` },
    });
  }

  /** Every entry of one month. */
  ofMonth(month: string): Promise<LedgerEntry[]> {
    return this.query({ IndexName: GSI1, KeyConditionExpression: 'gsi1pk = :p', ExpressionAttributeValues: { ':p': `LEDGER_MONTH#${month}` } });
  }

  private async query(input: { IndexName?: string; KeyConditionExpression: string; ExpressionAttributeValues: Record<string, unknown> }): Promise<LedgerEntry[]> {
    const found: LedgerEntry[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const out = await this.db.send(new QueryCommand({ TableName: this.table, ...input, ExclusiveStartKey: startKey }));
      found.push(...((out.Items ?? []) as unknown as LedgerEntry[]));
      startKey = out.LastEvaluatedKey;
    } while (startKey);
    return found;
  }
}
