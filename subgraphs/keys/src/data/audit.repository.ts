import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { auditEventPut as appendAuditEvent, type TransactItem } from '@marketplace/shared';
import type { KeyState } from '../public/key-state.ts';
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
 * The keys subgraph's audit writer: the shared audit layout (`@marketplace/shared` audit.ts) in this table. Put
 * it in the SAME transaction as the change it records; events are never overwritten, updated or deleted.
 */
export function auditEventPut(table: string, event: KeyAuditInput, now: Date): TransactItem {
  const { actorId, action, keyId, before, after } = event;
  return appendAuditEvent(table, { actorId, action, targetType: 'ApiKey', targetId: keyId, before, after }, now).item;
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
