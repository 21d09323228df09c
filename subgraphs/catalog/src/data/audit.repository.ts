import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { newId, type Page, queryPage, type TransactItem } from '@marketplace/shared';
import { keys } from './keys.ts';

/** What happened in the catalog, by whom, to what. `before`/`after` hold only what the action changed. */
export interface AuditEventInput {
  /** The acting user; null for the platform itself. */
  actorId: string | null;
  /** Dotted verb, e.g. `solution.tiers.set`, `solution.approve`, `secret.rotate`. */
  action: string;
  targetType: 'Solution' | 'PartnerApplication' | 'Platform';
  targetId: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  reason?: string | null;
}

export interface AuditEventRecord extends Required<Omit<AuditEventInput, 'before' | 'after' | 'reason'>> {
  id: string;
  at: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  reason: string | null;
}

/** Every tier change of a solution is recorded with this action (its tier history). */
export const TIERS_SET = 'solution.tiers.set';
/** Every change of the platform's tier settings. */
export const PLATFORM_TIERS_SET = 'platform.tierSettings.update';

/**
 * The catalog's audit writer (identity's pattern, in the catalog's own table): the TransactWriteItems entry
 * that appends one event. Put it in the SAME transaction as the change it records, so no change exists without
 * its entry. The put is conditional (an event is never overwritten) and nothing updates or deletes events.
 */
export function auditEventPut(table: string, event: AuditEventInput, now: Date): { item: TransactItem; record: AuditEventRecord } {
  const record: AuditEventRecord = {
    id: newId('aud', now),
    at: now.toISOString(),
    actorId: event.actorId,
    action: event.action,
    targetType: event.targetType,
    targetId: event.targetId,
    before: event.before ?? null,
    after: event.after ?? null,
    reason: event.reason ?? null,
  };
  return {
    record,
    item: {
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
    },
  };
}

/** Reads the catalog's audit trail, newest first. */
export class AuditRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  /** Events of one target, newest first, optionally of one action only. */
  async ofTarget(targetId: string, action: string | null, first: number, after: string | null | undefined): Promise<Page<AuditEventRecord>> {
    const { pk, skPrefix } = keys.auditOfTarget(targetId);
    const page = await queryPage<Record<string, unknown>>(
      this.db,
      {
        table: this.table,
        partition: { attribute: 'pk', value: pk },
        sortCondition: { expression: 'begins_with(#sk, :skPrefix)', names: { '#sk': 'sk' }, values: { ':skPrefix': skPrefix } },
        filter: action ? { expression: '#action = :action', names: { '#action': 'action' }, values: { ':action': action } } : undefined,
        cursorAttributes: ['pk', 'sk'],
        newestFirst: true,
      },
      first,
      after,
    );
    return { ...page, items: page.items.map(toAuditRecord) };
  }
}

function toAuditRecord(item: Record<string, unknown>): AuditEventRecord {
  return {
    id: item.id as string,
    at: item.at as string,
    actorId: (item.actorId as string | null | undefined) ?? null,
    action: item.action as string,
    targetType: item.targetType as AuditEventRecord['targetType'],
    targetId: item.targetId as string,
    before: (item.before as Record<string, unknown> | null | undefined) ?? null,
    after: (item.after as Record<string, unknown> | null | undefined) ?? null,
    reason: (item.reason as string | null | undefined) ?? null,
  };
}
