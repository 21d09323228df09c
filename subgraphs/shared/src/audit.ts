import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { type Page, type PagedQuery, queryPage } from './dynamo/paginate.ts';
import type { TransactItem } from './dynamo/transactions.ts';
import { newId } from './ids.ts';

/**
 * The audit trail every subgraph keeps in its own table, with one item layout:
 *   the event            pk=AUDIT#<targetId>              sk=EVENT#<at>#<eventId>
 *   by actor (gsi1)      gsi1pk=AUDIT#ACTOR#<actorId|SYSTEM>  gsi1sk=<at>#<eventId>
 *   all events (gsi2)    gsi2pk=AUDIT                     gsi2sk=<at>#<eventId>
 * Events are appended in the same transaction as the change they record, never updated or deleted.
 */
export interface AuditEventInput {
  /** The acting user; null for the platform itself. */
  actorId: string | null;
  /** Dotted verb, e.g. `user.suspend`, `solution.tiers.set`. */
  action: string;
  targetType: string;
  targetId: string;
  /** Only the fields the action changed. */
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  reason?: string | null;
}

export interface AuditEventRecord {
  id: string;
  at: string;
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  reason: string | null;
}

export interface AuditFilter {
  actorId?: string | null;
  targetId?: string | null;
  action?: string | null;
}

const ALL = 'AUDIT';
const actorPartition = (actorId: string | null) => `AUDIT#ACTOR#${actorId ?? 'SYSTEM'}`;

/**
 * The TransactWriteItems entry that appends one event: put it in the SAME transaction as the change it
 * records, so no change exists without its entry. Conditional, so an event is never overwritten.
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
  const order = `${record.at}#${record.id}`;
  return {
    record,
    item: {
      Put: {
        TableName: table,
        Item: {
          pk: `AUDIT#${record.targetId}`,
          sk: `EVENT#${order}`,
          gsi1pk: actorPartition(record.actorId),
          gsi1sk: order,
          gsi2pk: ALL,
          gsi2sk: order,
          type: 'AuditEvent',
          ...record,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
  };
}

/** Reads a table's audit trail, newest first. */
export class AuditLog {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  /**
   * Serves the most selective filter from a key (target → table, actor → gsi1, else all → gsi2) and applies
   * the rest as filter expressions.
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
      query = {
        table: this.table,
        partition: { attribute: 'pk', value: `AUDIT#${filter.targetId}` },
        sortCondition: { expression: 'begins_with(#sk, :skPrefix)', names: { '#sk': 'sk' }, values: { ':skPrefix': 'EVENT#' } },
        cursorAttributes: ['pk', 'sk'],
        newestFirst: true,
      };
      onlyIf('actorId', filter.actorId);
    } else if (filter.actorId != null) {
      query = {
        table: this.table,
        index: 'gsi1',
        partition: { attribute: 'gsi1pk', value: actorPartition(filter.actorId) },
        cursorAttributes: ['pk', 'sk', 'gsi1pk', 'gsi1sk'],
        newestFirst: true,
      };
    } else {
      query = {
        table: this.table,
        index: 'gsi2',
        partition: { attribute: 'gsi2pk', value: ALL },
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
