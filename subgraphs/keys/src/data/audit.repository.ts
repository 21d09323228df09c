import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { newId, type TransactItem } from '@marketplace/shared';
import type { KeyState } from '../key-state.ts';
import { keys } from './keys.ts';

export type KeyAuditAction = 'key.create' | 'key.rotate' | 'key.revoke';

/** What happened to a key, and who did it. `before`/`after` hold only what the action changed. */
export interface KeyAuditInput {
  /** The acting user (the owner, or an admin revoking). */
  actorId: string | null;
  action: KeyAuditAction;
  keyId: string;
  before: { status: KeyState } | null;
  after: { status: KeyState } & Record<string, unknown>;
}

/** An event as stored, in the shape identity's and the catalog's audit trails use. */
export interface KeyAuditRecord {
  id: string;
  at: string;
  actorId: string | null;
  action: KeyAuditAction;
  targetType: 'ApiKey';
  targetId: string;
  before: ({ status: KeyState } & Record<string, unknown>) | null;
  after: { status: KeyState } & Record<string, unknown>;
}

/**
 * The keys subgraph's audit writer (identity's pattern, in this table): the TransactWriteItems entry that appends
 * one event. Put it in the SAME transaction as the change it records. The put is conditional (an event is never
 * overwritten) and nothing updates or deletes events.
 */
export function auditEventPut(table: string, event: KeyAuditInput, now: Date): TransactItem {
  const record: KeyAuditRecord = {
    id: newId('aud', now),
    at: now.toISOString(),
    actorId: event.actorId,
    action: event.action,
    targetType: 'ApiKey',
    targetId: event.keyId,
    before: event.before,
    after: event.after,
  };
  return {
    Put: {
      TableName: table,
      Item: {
        ...keys.auditEvent(record.targetId, record.at, record.id),
        ...keys.auditByActor(record.actorId, record.at, record.id),
        ...keys.auditAll(record.at, record.id),
        type: 'AuditEvent',
        ...record,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
}

/** Reads audit trails, newest first. */
export class AuditRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  /** Every event of one key (a handful: created, maybe rotated or revoked). */
  async ofKey(keyId: string): Promise<KeyAuditRecord[]> {
    const { pk, skPrefix } = keys.auditOfKey(keyId);
    const found: KeyAuditRecord[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const out = await this.db.send(
        new QueryCommand({
          TableName: this.table,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': pk, ':prefix': skPrefix },
          ScanIndexForward: false,
          ExclusiveStartKey: startKey,
          ConsistentRead: true,
        }),
      );
      found.push(...(out.Items ?? []).map(toAuditRecord));
      startKey = out.LastEvaluatedKey;
    } while (startKey);
    return found;
  }
}

function toAuditRecord(item: Record<string, unknown>): KeyAuditRecord {
  return {
    id: item.id as string,
    at: item.at as string,
    actorId: (item.actorId as string | null | undefined) ?? null,
    action: item.action as KeyAuditAction,
    targetType: 'ApiKey',
    targetId: item.targetId as string,
    before: (item.before as KeyAuditRecord['before'] | undefined) ?? null,
    after: item.after as KeyAuditRecord['after'],
  };
}
