import { type DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Tier } from '@marketplace/contracts';
import { type Clock, createReadCache, epochMs, GSI1, queryAll, type TransactItem } from '@marketplace/shared';
import type { PaidTerms, TierDirectory } from '../services/ports.ts';
import { keys } from './keys.ts';

export interface GrantRecord {
  userId: string;
  solutionId: string;
  tier: Tier;
  /** ISO time the grant ends; null for open-ended. */
  endsAt: string | null;
  /** The admin who granted it, or `billing` for a paid subscription. */
  grantedBy: string;
  grantedAt: string;
  /** Paid grants: the paid period (the quota window) and limit overrides; null for admin grants. */
  terms: PaidTerms | null;
}

/** A grant as stored: the record plus the version every change of it is conditional on. */
export interface StoredGrant extends GrantRecord {
  version: number;
}

function toGrantRecord(item: Record<string, unknown>): StoredGrant {
  return {
    userId: item.userId as string,
    solutionId: item.solutionId as string,
    tier: item.tier as Tier,
    endsAt: (item.endsAt as string | null | undefined) ?? null,
    grantedBy: item.grantedBy as string,
    grantedAt: item.grantedAt as string,
    terms: item.terms && typeof item.terms === 'object' ? (item.terms as PaidTerms) : null,
    version: Number(item.version ?? 0),
  };
}

/**
 * Reads tier grants (cached `cacheMs`, default 5 s: a new grant applies on every shim within that). Reads are
 * strongly consistent, so `forget` after a write makes this process see the write on its next call.
 */
export function createTierDirectory(
  deps: { db: DynamoDBDocumentClient; table: string; clock: Clock },
  options: { cacheMs?: number } = {},
): Required<TierDirectory> & {
  grant(userId: string, solutionId: string): Promise<GrantRecord | null>;
  /** Drops one cached grant, so the process that changed it sees the change at once. */
  forget(userId: string, solutionId: string): void;
} {
  // The end is parsed once per read, so the hot path compares numbers.
  const cache = createReadCache<{ record: GrantRecord; endsAtMs: number } | null>({ clock: deps.clock, ttlMs: options.cacheMs ?? 5000 });
  const id = (userId: string, solutionId: string) => `${userId} ${solutionId}`;
  const cached = (userId: string, solutionId: string) =>
    cache.get(id(userId, solutionId), async () => {
      const out = await deps.db.send(
        new GetCommand({ TableName: deps.table, Key: keys.grant(userId, solutionId), ConsistentRead: true }),
      );
      if (!out.Item) return null;
      const { version: _version, ...record } = toGrantRecord(out.Item);
      return { record, endsAtMs: record.endsAt === null ? Infinity : Date.parse(record.endsAt) };
    });
  /** The grant that applies now, if any. */
  const current = async (userId: string, solutionId: string) => {
    const found = await cached(userId, solutionId);
    return found && found.endsAtMs > epochMs(deps.clock) ? found.record : null;
  };
  return {
    grant: async (userId, solutionId) => (await cached(userId, solutionId))?.record ?? null,
    forget: (userId, solutionId) => cache.delete(id(userId, solutionId)),
    async tierOf(userId, solutionId) {
      return (await current(userId, solutionId))?.tier ?? 'registered';
    },
    async termsOf(userId, solutionId) {
      return (await current(userId, solutionId))?.terms ?? null;
    },
  };
}

/**
 * Owns the grant items of the quotas table: one per (user, solution), also filed under the solution
 * (gsi1 `GRANTS#<solutionId>`) for the admin list. Writes are TransactWriteItems entries, conditional on the
 * version read, so the audit event written beside them records exactly what changed.
 */
export class GrantRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async get(userId: string, solutionId: string): Promise<StoredGrant | null> {
    const out = await this.db.send(
      new GetCommand({ TableName: this.table, Key: keys.grant(userId, solutionId), ConsistentRead: true }),
    );
    return out.Item ? toGrantRecord(out.Item) : null;
  }

  /** Every grant on a solution, ended ones included, by user id. Admin-scale: grants are made by hand. */
  async listOfSolution(solutionId: string): Promise<StoredGrant[]> {
    const { gsi1pk } = keys.grantsOfSolution(solutionId, '');
    const items = await queryAll(this.db, {
      TableName: this.table,
      IndexName: GSI1,
      KeyConditionExpression: 'gsi1pk = :p',
      ExpressionAttributeValues: { ':p': gsi1pk },
    });
    return items.map(toGrantRecord);
  }

  /** Writes `record` over `previous` (null: there must be none), conditional on the version read. */
  put(record: GrantRecord, previous: StoredGrant | null): { item: TransactItem; stored: StoredGrant } {
    const stored: StoredGrant = { ...record, version: (previous?.version ?? 0) + 1 };
    return {
      stored,
      item: {
        Put: {
          TableName: this.table,
          Item: {
            ...keys.grant(record.userId, record.solutionId),
            ...keys.grantsOfSolution(record.solutionId, record.userId),
            type: 'TierGrant',
            ...stored,
          },
          ...versionCondition(previous),
        },
      },
    };
  }

  /** Deletes `previous`, conditional on the version read. */
  delete(previous: StoredGrant): TransactItem {
    return {
      Delete: { TableName: this.table, Key: keys.grant(previous.userId, previous.solutionId), ...versionCondition(previous) },
    };
  }
}

function versionCondition(previous: StoredGrant | null) {
  if (!previous) return { ConditionExpression: 'attribute_not_exists(pk)' };
  // Version 0: an item written without a version (none are, but a missing attribute must not block a change).
  if (previous.version === 0) return { ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(version)' };
  return { ConditionExpression: 'version = :version', ExpressionAttributeValues: { ':version': previous.version } };
}
