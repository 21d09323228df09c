import { DeleteCommand, type DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { auditEventPut, type Clock, GSI1, queryAll, transactWrite } from '@marketplace/shared';
import { JobRepository } from '../data/job.repository.ts';
import { customerDocumentsPartition, keys } from '../data/keys.ts';
import { minimalBuyer } from '../services/customer-erasure.ts';
import { ENDED } from '../services/subscription-state.ts';
import { AUDIT_STREAM } from '../services/billing-audit.ts';
import type { Buyer } from '../services/tax-document.ts';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The billing package's part of an account erasure (identity runs it): live subscriptions are cancelled at
 * their period end (billing's own period-end job tells Razorpay, as for any cancellation; an unpaid checkout
 * ends now) and their buyer snapshot is reduced like the invoices', the billing profile is deleted, and the
 * customer's tax invoices and credit notes keep only the minimum buyer fields. What needs billing's own process
 * (the Razorpay customer record, the stored PDFs rendered again without the buyer) is left to it as an
 * `account-erasure` job (`CustomerErasure`). Audited in billing's stream. Idempotent.
 */
export function createBillingAccountEraser(deps: { db: DynamoDBDocumentClient; table: string; clock: Clock }) {
  const { db, table, clock } = deps;
  const audit = (action: string, targetType: string, targetId: string, userId: string, after: Record<string, unknown>, solutionId?: string) =>
    auditEventPut(table, { stream: AUDIT_STREAM, actorId: null, action, targetType, targetId, userId, solutionId: solutionId ?? null, after, reason: 'account erased' }, clock.now()).items;

  async function cancelSubscriptions(userId: string): Promise<void> {
    const subs = await queryAll<Record<string, any>>(db, {
      TableName: table,
      IndexName: GSI1,
      KeyConditionExpression: 'gsi1pk = :p',
      ExpressionAttributeValues: { ':p': `USER_SUBS#${userId}` },
    });
    for (const sub of subs) {
      const live = !ENDED.includes(sub.status) && (sub.status === 'created' || !sub.cancelAtPeriodEnd);
      const buyer = sub.buyer ? minimalBuyer(sub.buyer) : undefined;
      if (!live && (!buyer || same(buyer, sub.buyer))) continue;
      const now = clock.now().toISOString();
      const unpaid = sub.status === 'created';
      const set = ['#version = :next', ...(buyer ? ['buyer = :buyer'] : []), ...(!live ? [] : unpaid ? ['#status = :cancelled', 'endedAt = :now'] : ['cancelAtPeriodEnd = :yes'])];
      const result = await transactWrite(db, [
        {
          Update: {
            TableName: table,
            Key: keys.subscription(sub.id),
            UpdateExpression: `SET ${set.join(', ')}`,
            ConditionExpression: '#version = :version',
            ExpressionAttributeNames: { '#version': 'version', ...(live && unpaid ? { '#status': 'status' } : {}) },
            ExpressionAttributeValues: {
              ':version': sub.version,
              ':next': sub.version + 1,
              ...(buyer ? { ':buyer': buyer } : {}),
              ...(!live ? {} : unpaid ? { ':cancelled': 'cancelled', ':now': now } : { ':yes': true }),
            },
          },
        },
        ...(live
          ? audit(unpaid ? 'subscription.checkout.cancel' : 'subscription.cancel.schedule', 'Subscription', sub.id, userId, unpaid ? { status: 'CANCELLED' } : { cancelAtPeriodEnd: true }, sub.solutionId)
          : []),
      ]);
      // A concurrent change (a webhook): the next run of the erasure sees the new version.
      if (!result.ok) throw new Error(`billing erasure: subscription ${sub.id} changed meanwhile (${result.reasons.join(', ')})`);
    }
  }

  async function minimiseDocuments(userId: string): Promise<void> {
    const documents = await queryAll<Record<string, any>>(db, {
      TableName: table,
      IndexName: GSI1,
      KeyConditionExpression: 'gsi1pk = :p',
      ExpressionAttributeValues: { ':p': customerDocumentsPartition(userId) },
    });
    for (const item of documents) {
      const buyer = item.document?.buyer as Buyer | undefined;
      if (!buyer || same(minimalBuyer(buyer), buyer)) continue;
      await db.send(
        new UpdateCommand({
          TableName: table,
          Key: { pk: item.pk, sk: item.sk },
          UpdateExpression: 'SET #document.#buyer = :buyer, buyerMinimisedAt = :now',
          ExpressionAttributeNames: { '#document': 'document', '#buyer': 'buyer' },
          ExpressionAttributeValues: { ':buyer': minimalBuyer(buyer), ':now': clock.now().toISOString() },
        }),
      );
    }
  }

  return {
    name: 'billing',
    async erase(userId: string): Promise<void> {
      await cancelSubscriptions(userId);
      await db.send(new DeleteCommand({ TableName: table, Key: keys.profile(userId) }));
      await minimiseDocuments(userId);
      await new JobRepository(db, table).schedule({ kind: 'account-erasure', userId, dueAt: clock.now().toISOString() });
    },
  };
}
