import { type DynamoDBDocumentClient, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { GSI2, isConditionFailure, type TransactItem, ttlAt } from '@marketplace/shared';
import { keys } from './keys.ts';

export type SubscriptionJobKind = 'predebit-notice' | 'period-end' | 'grace-end' | 'price-change' | 'price-catch-up';

/**
 * A job due at `dueAt` about one subscription, or about one customer whose account was erased (what the
 * erasure left to billing's own process: Razorpay and the stored PDFs). Its identity is (kind, subject, due time).
 */
export type Job = { kind: SubscriptionJobKind; subscriptionId: string; dueAt: string } | { kind: 'account-erasure'; userId: string; dueAt: string };

const subjectOf = (job: Job) => (job.kind === 'account-erasure' ? job.userId : job.subscriptionId);

/**
 * Owns scheduled jobs: items that sit in gsi2 (`JOBS`, by due time) until a process claims them. Scheduling the
 * same job twice is one job; a claim is a conditional update that also takes the job out of the index, so each
 * job runs once however many processes poll.
 */
export class JobRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async schedule(job: Job): Promise<void> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.table,
          Item: { ...keys.job(job.kind, subjectOf(job), job.dueAt), ...keys.dueJob(job.dueAt, job.kind, subjectOf(job)), type: 'Job', ...job, state: 'due' },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }

  /** The job as a write of a transaction (a repeat re-arms it: jobs re-check their subscription when they run). */
  scheduleItem(job: Job): TransactItem {
    return { Put: { TableName: this.table, Item: { ...keys.job(job.kind, subjectOf(job), job.dueAt), ...keys.dueJob(job.dueAt, job.kind, subjectOf(job)), type: 'Job', ...job, state: 'due' } } };
  }

  /** Jobs due by `now`, oldest first (at most `limit`). */
  async due(now: Date, limit = 50): Promise<Job[]> {
    const out = await this.db.send(
      new QueryCommand({
        TableName: this.table,
        IndexName: GSI2,
        KeyConditionExpression: 'gsi2pk = :p AND gsi2sk <= :now',
        ExpressionAttributeValues: { ':p': 'JOBS', ':now': `${now.toISOString()}#~` },
        Limit: limit,
      }),
    );
    return (out.Items ?? []).map((item): Job =>
      item.kind === 'account-erasure'
        ? { kind: 'account-erasure', userId: item.userId as string, dueAt: item.dueAt as string }
        : { kind: item.kind as SubscriptionJobKind, subscriptionId: item.subscriptionId as string, dueAt: item.dueAt as string },
    );
  }

  /** Claims a due job for running; false when another process has it. Done jobs expire after 30 days. */
  async claim(job: Job, now: Date): Promise<boolean> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: keys.job(job.kind, subjectOf(job), job.dueAt),
          UpdateExpression: 'SET #state = :done, ranAt = :now, #ttl = :ttl REMOVE gsi2pk, gsi2sk',
          ConditionExpression: '#state = :due',
          ExpressionAttributeNames: { '#state': 'state', '#ttl': 'ttl' },
          ExpressionAttributeValues: { ':done': 'done', ':due': 'due', ':now': now.toISOString(), ':ttl': ttlAt(new Date(now.getTime() + 30 * 86_400_000)) },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }
}
