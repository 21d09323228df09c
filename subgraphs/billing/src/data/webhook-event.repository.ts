import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { isConditionFailure, ttlAt } from '@marketplace/shared';
import { keys } from './keys.ts';

/** Razorpay retries an event for at most a day; its id is remembered far longer than that. */
const REMEMBER_MS = 90 * 86_400_000;

/** Owns the record of webhook events that took effect (each `X-Razorpay-Event-Id` once). */
export class WebhookEventRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async seen(eventId: string): Promise<boolean> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: keys.webhookEvent(eventId), ConsistentRead: true }));
    return Boolean(out.Item);
  }

  /** Records that the event took effect; false when it had already. */
  async record(eventId: string, event: string, now: Date): Promise<boolean> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.table,
          Item: { ...keys.webhookEvent(eventId), type: 'WebhookEvent', eventId, event, at: now.toISOString(), ttl: ttlAt(new Date(now.getTime() + REMEMBER_MS)) },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }
}
