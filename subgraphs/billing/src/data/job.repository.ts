import { type DynamoDBDocumentClient, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { GSI2, isConditionFailure, type TransactItem, ttlAt } from '@marketplace/shared';
import { keys } from './keys.ts';

export type JobKind = 'predebit-notice' | 'period-end' | 'grace-end' | 'price-change';

/** A job due at `dueAt` about one subscription; its identity is (kind, subscription, due time). */
export interface Job {
  kind: JobKind;
  subscriptionId: string;
  dueAt: string;
}

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
          Item: { ...keys.job(job.kind, job.subscriptionId, job.dueAt), ...keys.dueJob(job.dueAt, job.kind, job.subscriptionId), type: 'Job', ...job, state: 'due' },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }

  /** The job as a write of a transaction (a repeat re-arms it: jobs re-check their subscription when they run). */
  scheduleItem(job: Job): TransactItem {
    return { Put: { TableName: this.table, Item: { ...keys.job(job.kind, job.subscriptionId, job.dueAt), ...keys.dueJob(job.dueAt, job.kind, job.subscriptionId), type: 'Job', ...job, state: 'due' } } };
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
    return (out.Items ?? []).map((item) => ({ kind: item.kind as JobKind, subscriptionId: item.subscriptionId as string, dueAt: item.dueAt as string }));
  }

  /** Claims a due job for running; false when another process has it. Done jobs expire after 30 days. */
  async claim(job: Job, now: Date): Promise<boolean> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: keys.job(job.kind, job.subscriptionId, job.dueAt),
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
