import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { newId, type TransactItem } from '@marketplace/shared';
import { keys } from './keys.ts';

/** What happened to a tier grant, by whom. `before`/`after` hold only what the action changed. */
export interface AuditEventInput {
  actorId: string;
  /** `tier.grant` or `tier.revoke`. */
  action: string;
  userId: string;
  solutionId: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  reason?: string | null;
}

export interface AuditEventRecord {
  id: string;
  at: string;
  actorId: string;
  action: string;
  targetType: 'TierGrant';
  /** `<userId>#<solutionId>` (see `keys.grantTarget`). */
  targetId: string;
  userId: string;
  solutionId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  reason: string | null;
}

export const TIER_GRANT = 'tier.grant';
export const TIER_REVOKE = 'tier.revoke';

/**
 * The quotas audit writer (identity's pattern, in the quotas table): the TransactWriteItems entry that appends
 * one event. Put it in the SAME transaction as the change it records, so no change exists without its entry.
 * The put is conditional (an event is never overwritten) and nothing updates or deletes events.
 */
export function auditEventPut(table: string, event: AuditEventInput, now: Date): { item: TransactItem; record: AuditEventRecord } {
  const record: AuditEventRecord = {
    id: newId('aud', now),
    at: now.toISOString(),
    actorId: event.actorId,
    action: event.action,
    targetType: 'TierGrant',
    targetId: keys.grantTarget(event.userId, event.solutionId),
    userId: event.userId,
    solutionId: event.solutionId,
    before: event.before ?? null,
    after: event.after ?? null,
    reason: event.reason ?? null,
  };
  return {
    record,
    item: {
      Put: {
        TableName: table,
        Item: { ...keys.auditEvent(record.targetId, record.at, record.id), type: 'AuditEvent', ...record },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
  };
}

/** Reads the audit trail of tier grants. */
export class AuditRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  /** The time of the newest event of one user's grant on one solution (strongly consistent), or null. */
  async latestAt(userId: string, solutionId: string): Promise<string | null> {
    const { pk, skPrefix } = keys.auditOfTarget(keys.grantTarget(userId, solutionId));
    const out = await this.db.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': pk, ':prefix': skPrefix },
        ScanIndexForward: false,
        ConsistentRead: true,
        Limit: 1,
      }),
    );
    return (out.Items?.[0]?.at as string | undefined) ?? null;
  }

  /** Every event of one user's grant on one solution, newest first (a handful per pair: grants are made by hand). */
  async ofGrant(userId: string, solutionId: string): Promise<AuditEventRecord[]> {
    const { pk, skPrefix } = keys.auditOfTarget(keys.grantTarget(userId, solutionId));
    const events: AuditEventRecord[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const out = await this.db.send(
        new QueryCommand({
          TableName: this.table,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': pk, ':prefix': skPrefix },
          ScanIndexForward: false,
          ConsistentRead: true,
          ExclusiveStartKey: startKey,
        }),
      );
      events.push(...(out.Items ?? []).map(toAuditRecord));
      startKey = out.LastEvaluatedKey;
    } while (startKey);
    return events;
  }
}

function toAuditRecord(item: Record<string, unknown>): AuditEventRecord {
  return {
    id: item.id as string,
    at: item.at as string,
    actorId: item.actorId as string,
    action: item.action as string,
    targetType: 'TierGrant',
    targetId: item.targetId as string,
    userId: item.userId as string,
    solutionId: item.solutionId as string,
    before: (item.before as Record<string, unknown> | null | undefined) ?? null,
    after: (item.after as Record<string, unknown> | null | undefined) ?? null,
    reason: (item.reason as string | null | undefined) ?? null,
  };
}
