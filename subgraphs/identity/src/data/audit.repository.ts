import { newId } from '@marketplace/shared';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { AUDIT_PARTITION, auditActorPartition, keys } from './keys.ts';
import { type Page, type PagedQuery, queryPage } from '@marketplace/shared';
import type { TransactItem } from '@marketplace/shared';

/** What happened, by whom, to what. `before`/`after` hold only the fields the action changed. */
export interface AuditEventInput {
  /** The acting user; null for the platform itself (bootstrap). */
  actorId: string | null;
  /** Dotted verb, e.g. `user.roles.set`, `user.suspend`. */
  action: string;
  targetType: string;
  targetId: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  reason?: string | null;
}

export interface AuditEventRecord extends AuditEventInput {
  id: string;
  at: string;
}

/**
 * The audit writer: the TransactWriteItems entry that appends one event. Put it in the SAME transaction as the
 * change it records, so no change exists without its entry. The put is conditional (an event is never
 * overwritten) and nothing updates or deletes events. Other subgraphs imitate this in their own tables.
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

export interface AuditFilter {
  actorId?: string | null;
  targetId?: string | null;
  action?: string | null;
}

/** Reads the audit trail, newest first. */
export class AuditRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  /**
   * Serves the most selective filter from a key (target → table, actor → gsi1, else all → gsi2) and applies the
   * rest as filter expressions.
   */
  async list(filter: AuditFilter, first: number, after: string | null | undefined): Promise<Page<AuditEventRecord>> {
    const conditions: string[] = [];
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = {};
    const onlyIf = (attribute: string, value: string | null | undefined) => {
      if (value == null) return;
      names[`#${attribute}`] = attribute;
      values[`:${attribute}`] = value;
      conditions.push(`#${attribute} = :${attribute}`);
    };
    let query: Omit<PagedQuery, 'filter'>;
    if (filter.targetId != null) {
      const { pk, skPrefix } = keys.auditOfTarget(filter.targetId);
      query = {
        table: this.table,
        partition: { attribute: 'pk', value: pk },
        sortCondition: { expression: 'begins_with(#sk, :skPrefix)', names: { '#sk': 'sk' }, values: { ':skPrefix': skPrefix } },
        cursorAttributes: ['pk', 'sk'],
        newestFirst: true,
      };
      onlyIf('actorId', filter.actorId);
    } else if (filter.actorId != null) {
      query = {
        table: this.table,
        index: 'gsi1',
        partition: { attribute: 'gsi1pk', value: auditActorPartition(filter.actorId) },
        cursorAttributes: ['pk', 'sk', 'gsi1pk', 'gsi1sk'],
        newestFirst: true,
      };
    } else {
      query = {
        table: this.table,
        index: 'gsi2',
        partition: { attribute: 'gsi2pk', value: AUDIT_PARTITION },
        cursorAttributes: ['pk', 'sk', 'gsi2pk', 'gsi2sk'],
        newestFirst: true,
      };
    }
    onlyIf('action', filter.action);
    const page = await queryPage<Record<string, unknown>>(
      this.db,
      { ...query, filter: conditions.length ? { expression: conditions.join(' AND '), names, values } : undefined },
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
    targetType: item.targetType as string,
    targetId: item.targetId as string,
    before: (item.before as Record<string, unknown> | null | undefined) ?? null,
    after: (item.after as Record<string, unknown> | null | undefined) ?? null,
    reason: (item.reason as string | null | undefined) ?? null,
  };
}
