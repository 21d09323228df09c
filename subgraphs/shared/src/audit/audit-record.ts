import type { TransactItem } from '../dynamo/transact-item.ts';
import { newId } from '../ids.ts';

/**
 * The platform's one audit trail, kept as one stream per subgraph in that subgraph's own table (no subgraph
 * reads another's). Every stream uses this item layout:
 *
 *   the events of a target    pk=AUDIT#<targetId>                  sk=EVENT#<at>#<eventId>
 *   the events of an actor    gsi1pk=AUDIT#ACTOR#<actorId|SYSTEM>  gsi1sk=<at>#<eventId>
 *   the whole stream          gsi2pk=AUDIT                         gsi2sk=<at>#<eventId>
 *
 * Each partition reads newest first with `at#eventId` as the order, so the whole stream (gsi2) has one total
 * order. Events are appended in the same transaction as the change they record (conditional, never
 * overwritten) and are never updated or deleted; `transactWrite` links each into its stream's hash chain
 * (`seq`, `prevHash`, `hash`: see audit-chain.ts).
 */
export const AUDIT_STREAMS = ['identity', 'catalog', 'keys', 'quotas', 'billing'] as const;
/** A stream is named after the subgraph that owns it (and its table). */
export type AuditStream = (typeof AUDIT_STREAMS)[number];

export interface AuditEventInput {
  stream: AuditStream;
  /** The acting user; null for the platform itself. */
  actorId: string | null;
  /** Dotted verb, e.g. `user.suspend`, `solution.tiers.set`, `key.revoke`, `tier.grant`. */
  action: string;
  targetType: string;
  targetId: string;
  /** The user the change concerns (the account, a key's owner, a grant's holder), when there is one. */
  userId?: string | null;
  /** The solution the change concerns, when there is one. */
  solutionId?: string | null;
  /** Only the fields the action changed. */
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  reason?: string | null;
}

export interface AuditEventRecord {
  id: string;
  stream: AuditStream;
  /** ISO-8601 UTC with milliseconds. */
  at: string;
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  userId: string | null;
  solutionId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  reason: string | null;
}

export const AUDIT_PARTITION = 'AUDIT';
export const EVENT_PREFIX = 'EVENT#';
export const auditTargetPartition = (targetId: string) => `AUDIT#${targetId}`;
export const auditActorPartition = (actorId: string | null) => `AUDIT#ACTOR#${actorId ?? 'SYSTEM'}`;

/**
 * The TransactWriteItems entries that append one event: spread them into the SAME transaction as the change
 * they record, so no change exists without its event and a failed change leaves none. Run them with
 * `transactWrite`, which links them into the stream's hash chain.
 */
export function auditEventPut(table: string, event: AuditEventInput, now: Date): { items: TransactItem[]; record: AuditEventRecord } {
  const record: AuditEventRecord = {
    id: newId('aud', now),
    stream: event.stream,
    at: now.toISOString(),
    actorId: event.actorId,
    action: event.action,
    targetType: event.targetType,
    targetId: event.targetId,
    userId: event.userId ?? null,
    solutionId: event.solutionId ?? null,
    before: event.before ?? null,
    after: event.after ?? null,
    reason: event.reason ?? null,
  };
  const order = `${record.at}#${record.id}`;
  const item = {
    pk: auditTargetPartition(record.targetId),
    sk: `${EVENT_PREFIX}${order}`,
    gsi1pk: auditActorPartition(record.actorId),
    gsi1sk: order,
    gsi2pk: AUDIT_PARTITION,
    gsi2sk: order,
    type: 'AuditEvent',
    ...record,
  };
  return { record, items: [{ Put: { TableName: table, Item: item, ConditionExpression: 'attribute_not_exists(pk)' } }] };
}

/**
 * An item as stored, in today's record shape. Tolerates items of earlier versions: without `stream` (the
 * reader's own stream), `userId`, `solutionId`, `reason` or `before` (null).
 */
export function toAuditRecord(stream: AuditStream, item: Record<string, unknown>): AuditEventRecord {
  const text = (name: string) => (typeof item[name] === 'string' ? (item[name] as string) : null);
  const json = (name: string) => (item[name] && typeof item[name] === 'object' ? (item[name] as Record<string, unknown>) : null);
  return {
    id: item.id as string,
    stream: (AUDIT_STREAMS as readonly string[]).includes(item.stream as string) ? (item.stream as AuditStream) : stream,
    at: item.at as string,
    actorId: text('actorId'),
    action: item.action as string,
    targetType: item.targetType as string,
    targetId: item.targetId as string,
    userId: text('userId'),
    solutionId: text('solutionId'),
    before: json('before'),
    after: json('after'),
    reason: text('reason'),
  };
}
