import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { type Page, type PagedQuery, queryPage } from '../dynamo/paginate.ts';
import { GSI1, GSI2 } from '../dynamo/tables.ts';
import { InputError } from '../errors.ts';
import { type ChainReport, verifyAuditChain } from './audit-chain.ts';
import {
  AUDIT_PARTITION,
  type AuditEventRecord,
  type AuditStream,
  auditActorPartition,
  auditTargetPartition,
  EVENT_PREFIX,
  toAuditRecord,
} from './audit-record.ts';

export interface AuditFilter {
  actorId?: string | null;
  targetId?: string | null;
  /** The user the change concerns. */
  userId?: string | null;
  action?: string | null;
  /** Events at or after this moment. */
  from?: Date | null;
  /** Events before this moment (exclusive). */
  to?: Date | null;
}

/** The largest page of events one request reads. */
export const AUDIT_PAGE_MAX = 100;

type Condition = NonNullable<PagedQuery['sortCondition']>;

/** Reads one stream of the audit trail (the owning subgraph's table), newest first. */
export class AuditLog {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
    readonly stream: AuditStream,
  ) {}

  /**
   * One page of events. Serves the most selective filter from a key (target → table, actor → gsi1, else the
   * whole stream → gsi2), the time range as a sort-key condition, and the rest as filter expressions. A user
   * filter alone reads the whole stream (gsi2) and filters: fine for an admin's look at one user, and the
   * time range narrows it; an index of its own would be the next step if streams grow large.
   */
  async list(filter: AuditFilter, first: number, after: string | null | undefined): Promise<Page<AuditEventRecord>> {
    if (!Number.isInteger(first) || first < 1 || first > AUDIT_PAGE_MAX) {
      throw new InputError('first', `first must be between 1 and ${AUDIT_PAGE_MAX}.`);
    }
    const from = filter.from ?? null;
    const to = filter.to ?? null;
    if (from && to && from.getTime() >= to.getTime()) throw new InputError('filter.to', 'to must be later than from.');

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
        partition: { attribute: 'pk', value: auditTargetPartition(filter.targetId) },
        sortCondition: timeRange('sk', EVENT_PREFIX, from, to),
        cursorAttributes: ['pk', 'sk'],
        newestFirst: true,
      };
      onlyIf('actorId', filter.actorId);
    } else if (filter.actorId != null) {
      query = {
        table: this.table,
        index: GSI1,
        partition: { attribute: 'gsi1pk', value: auditActorPartition(filter.actorId) },
        sortCondition: timeRange('gsi1sk', '', from, to),
        cursorAttributes: ['pk', 'sk', 'gsi1pk', 'gsi1sk'],
        newestFirst: true,
      };
    } else {
      query = {
        table: this.table,
        index: GSI2,
        partition: { attribute: 'gsi2pk', value: AUDIT_PARTITION },
        sortCondition: timeRange('gsi2sk', '', from, to),
        cursorAttributes: ['pk', 'sk', 'gsi2pk', 'gsi2sk'],
        newestFirst: true,
      };
    }
    onlyIf('userId', filter.userId);
    onlyIf('action', filter.action);
    const page = await queryPage<Record<string, unknown>>(
      this.db,
      { ...query, filter: conditions.length ? { expression: conditions.join(' AND '), names, values } : undefined },
      first,
      after,
    );
    return { ...page, items: page.items.map((item) => toAuditRecord(this.stream, item)) };
  }

  /** Checks this stream's hash chain (reads the whole stream): the first broken link, if any. */
  verifyChain(): Promise<ChainReport> {
    return verifyAuditChain(this.db, this.table, this.stream);
  }

  /**
   * Every event of one target (or the newest `limit`), newest first, strongly consistent: for trails that stay
   * short (a key's, a grant's) and for reading the latest event before writing the next.
   */
  async ofTarget(targetId: string, limit?: number): Promise<AuditEventRecord[]> {
    const found: AuditEventRecord[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const out = await this.db.send(
        new QueryCommand({
          TableName: this.table,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': auditTargetPartition(targetId), ':prefix': EVENT_PREFIX },
          ScanIndexForward: false,
          ConsistentRead: true,
          ExclusiveStartKey: startKey,
          Limit: limit === undefined ? undefined : limit - found.length,
        }),
      );
      found.push(...(out.Items ?? []).map((item) => toAuditRecord(this.stream, item)));
      startKey = out.LastEvaluatedKey;
    } while (startKey && (limit === undefined || found.length < limit));
    return found;
  }
}

/**
 * The sort-key condition for events in [from, to) under `prefix` (sort keys are `<prefix><at>#<eventId>`).
 * `~` sorts after every character of an ISO time and after `#`, so it closes a range; the last moment kept
 * is `to` − 1 ms.
 */
function timeRange(attribute: string, prefix: string, from: Date | null, to: Date | null): Condition | undefined {
  const names = { '#s': attribute };
  if (!from && !to) return prefix ? { expression: 'begins_with(#s, :lo)', names, values: { ':lo': prefix } } : undefined;
  const lo = prefix + (from ? from.toISOString() : '');
  const hi = `${prefix}${to ? new Date(to.getTime() - 1).toISOString() : ''}~`;
  if (!lo) return { expression: '#s <= :hi', names, values: { ':hi': hi } };
  return { expression: '#s BETWEEN :lo AND :hi', names, values: { ':lo': lo, ':hi': hi } };
}
