import { type DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { KeyRecord, StoredKeyStatus } from '@marketplace/contracts';
import { batchGetItems, GSI1, GSI2, isConditionFailure, type Page, queryAll, queryPage, type TransactItem } from '@marketplace/shared';
import type { KeyTimes } from '../public/key-state.ts';
import { keys, solutionCustomersPartition, userKeysPartition } from './keys.ts';

/** A user's row in a solution's customer list. */
export interface SolutionCustomerRecord {
  solutionId: string;
  userId: string;
  /** Keys that count against the limit of 10 (active ones). */
  activeKeys: number;
  /** When their first key for the solution was made; null for rows older than this field. */
  firstKeyAt: string | null;
}

/** An API key as stored: never the plaintext, only its SHA-256 and a short display prefix. */
export interface ApiKeyRecord extends KeyTimes {
  id: string;
  userId: string;
  solutionId: string;
  name: string;
  /** `mk_live_` + the first 4 characters of the body. */
  prefix: string;
  /** SHA-256 hex of the plaintext. */
  hash: string;
  /**
   * True while the key holds one of its owner's active-key slots on the solution (the counter item counts these).
   * Set at creation; cleared in the transaction that revokes or rotates it, or that releases it after its expiry.
   */
  counted: boolean;
  createdAt: string;
  revokedAt: string | null;
  /** The key a rotation replaced this one with. */
  replacedById: string | null;
  /** The key this one replaced (rotation). */
  replacesId: string | null;
  /** Recorded by the quota shim, at most once a minute per key and process. */
  lastUsedAt: string | null;
}

/** The changes a retirement (revoke, rotate) makes to a key; the key item and the hash item change together. */
export interface Retirement {
  status: Exclude<StoredKeyStatus, 'active'>;
  revokedAt?: string;
  graceEndsAt?: string;
  replacedById?: string;
}

const OPTIONAL = ['expiresAt', 'graceEndsAt', 'revokedAt', 'replacedById', 'replacesId', 'lastUsedAt'] as const;

function toKeyRecord(item: Record<string, unknown>): ApiKeyRecord {
  const record = {
    id: item.id as string,
    userId: item.userId as string,
    solutionId: item.solutionId as string,
    name: item.name as string,
    prefix: item.prefix as string,
    hash: item.hash as string,
    status: item.status as StoredKeyStatus,
    counted: item.counted === true,
    createdAt: item.createdAt as string,
  } as ApiKeyRecord;
  for (const field of OPTIONAL) record[field] = typeof item[field] === 'string' ? (item[field] as string) : null;
  return record;
}

/** Stored items leave absent values out rather than writing NULLs. */
function present(record: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== null && v !== undefined));
}

/** Owns key items, their hash items and the per-(user, solution) active-key counters. */
export class KeyRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async get(keyId: string): Promise<ApiKeyRecord | null> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: keys.key(keyId), ConsistentRead: true }));
    return out.Item ? toKeyRecord(out.Item) : null;
  }

  /** Keys by id in the order asked, null for misses (DataLoader's shape). */
  async getMany(keyIds: readonly string[]): Promise<(ApiKeyRecord | null)[]> {
    const items = await batchGetItems(this.db, this.table, keyIds.map(keys.key));
    return items.map((item) => (item ? toKeyRecord(item) : null));
  }

  /** Every key a user ever had (optionally on one solution), in no particular order. */
  async listOfUser(userId: string, solutionId: string | null): Promise<ApiKeyRecord[]> {
    const items = await queryAll(this.db, {
      TableName: this.table,
      IndexName: GSI1,
      KeyConditionExpression: solutionId ? 'gsi1pk = :p AND begins_with(gsi1sk, :s)' : 'gsi1pk = :p',
      ExpressionAttributeValues: { ':p': userKeysPartition(userId), ...(solutionId ? { ':s': `${solutionId}#` } : {}) },
    });
    return items.map(toKeyRecord);
  }

  /** The hash item for `sha256Hex`, in any state; one GetItem (the shim's hot path). */
  async findByHash(sha256Hex: string): Promise<KeyRecord | null> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: keys.keyHash(sha256Hex), ConsistentRead: true }));
    const item = out.Item;
    if (!item) return null;
    return {
      id: item.keyId as string,
      userId: item.userId as string,
      solutionId: item.solutionId as string,
      status: item.status as StoredKeyStatus,
      expiresAt: typeof item.expiresAt === 'string' ? item.expiresAt : null,
      graceEndsAt: typeof item.graceEndsAt === 'string' ? item.graceEndsAt : null,
    };
  }

  /** The writes of a new key: its item (listed under its owner) and its hash item. */
  putNew(key: ApiKeyRecord): TransactItem[] {
    return [
      {
        Put: {
          TableName: this.table,
          Item: { ...keys.key(key.id), ...keys.keyOfUser(key.userId, key.solutionId, key.id), type: 'ApiKey', ...present(key) },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      {
        Put: {
          TableName: this.table,
          Item: {
            ...keys.keyHash(key.hash),
            type: 'ApiKeyHash',
            ...present({
              keyId: key.id,
              userId: key.userId,
              solutionId: key.solutionId,
              status: key.status,
              expiresAt: key.expiresAt,
              graceEndsAt: key.graceEndsAt,
            }),
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    ];
  }

  /**
   * Takes one active-key slot; the transaction fails (ConditionalCheckFailed) when all `max` are taken. The count
   * item is also the user's row in the solution's customer list (pattern 8), first taken at `now`.
   */
  takeSlot(userId: string, solutionId: string, max: number, now: Date): TransactItem {
    return {
      Update: {
        TableName: this.table,
        Key: keys.activeCount(userId, solutionId),
        UpdateExpression:
          'SET #type = :type, #userId = :userId, #solutionId = :solutionId, gsi2pk = :g2pk, gsi2sk = :userId, #first = if_not_exists(#first, :now) ADD #active :one',
        ConditionExpression: 'attribute_not_exists(#active) OR #active < :max',
        ExpressionAttributeNames: { '#type': 'type', '#active': 'active', '#userId': 'userId', '#solutionId': 'solutionId', '#first': 'firstKeyAt' },
        ExpressionAttributeValues: {
          ':type': 'ActiveKeyCount',
          ':one': 1,
          ':max': max,
          ':userId': userId,
          ':solutionId': solutionId,
          ':g2pk': solutionCustomersPartition(solutionId),
          ':now': now.toISOString(),
        },
      },
    };
  }

  /** A page of a solution's customers (everyone who has held a key there), by user id. */
  async customersOfSolution(solutionId: string, first: number, after: string | null | undefined): Promise<Page<SolutionCustomerRecord>> {
    const page = await queryPage<Record<string, unknown>>(
      this.db,
      {
        table: this.table,
        index: GSI2,
        partition: { attribute: 'gsi2pk', value: solutionCustomersPartition(solutionId) },
        cursorAttributes: ['pk', 'sk', 'gsi2pk', 'gsi2sk'],
        newestFirst: false,
      },
      first,
      after,
    );
    return {
      ...page,
      items: page.items.map((item) => ({
        solutionId,
        userId: String(item.userId),
        activeKeys: typeof item.active === 'number' ? Math.max(0, item.active) : 0,
        firstKeyAt: typeof item.firstKeyAt === 'string' ? item.firstKeyAt : null,
      })),
    };
  }

  /** Gives one active-key slot back. */
  releaseSlot(userId: string, solutionId: string): TransactItem {
    return {
      Update: {
        TableName: this.table,
        Key: keys.activeCount(userId, solutionId),
        UpdateExpression: 'ADD #active :minusOne',
        ConditionExpression: 'attribute_exists(#active)',
        ExpressionAttributeNames: { '#active': 'active' },
        ExpressionAttributeValues: { ':minusOne': -1 },
      },
    };
  }

  /** Slots in use (for tests and support; the limit itself is enforced by `takeSlot`). */
  async slotsInUse(userId: string, solutionId: string): Promise<number> {
    const out = await this.db.send(
      new GetCommand({ TableName: this.table, Key: keys.activeCount(userId, solutionId), ConsistentRead: true }),
    );
    return typeof out.Item?.active === 'number' ? out.Item.active : 0;
  }

  /**
   * Retires `key` as it was read (same status, same slot): the key item (item 0, ConditionalCheckFailed when it
   * changed meanwhile) and its hash item. The key gives up its slot; release it in the same transaction if it held one.
   */
  retire(key: ApiKeyRecord, change: Retirement): TransactItem[] {
    const fields = present({ status: change.status, revokedAt: change.revokedAt, graceEndsAt: change.graceEndsAt, replacedById: change.replacedById });
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = {};
    const set = Object.entries(fields).map(([field, value]) => {
      names[`#${field}`] = field;
      values[`:${field}`] = value;
      return `#${field} = :${field}`;
    });
    const mirrored = Object.keys(fields).filter((f) => f === 'status' || f === 'graceEndsAt');
    return [
      {
        Update: {
          TableName: this.table,
          Key: keys.key(key.id),
          UpdateExpression: `SET ${[...set, '#counted = :no'].join(', ')}`,
          ConditionExpression: '#status = :wasStatus AND #counted = :wasCounted',
          ExpressionAttributeNames: { ...names, '#status': 'status', '#counted': 'counted' },
          ExpressionAttributeValues: { ...values, ':no': false, ':wasStatus': key.status, ':wasCounted': key.counted },
        },
      },
      {
        Update: {
          TableName: this.table,
          Key: keys.keyHash(key.hash),
          UpdateExpression: `SET ${mirrored.map((f) => `#${f} = :${f}`).join(', ')}`,
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeNames: Object.fromEntries(mirrored.map((f) => [`#${f}`, f])),
          ExpressionAttributeValues: Object.fromEntries(mirrored.map((f) => [`:${f}`, fields[f]])),
        },
      },
    ];
  }

  /** Gives up the slot of a key whose expiry has passed (nothing else changes); item 0 fails if already given up. */
  releaseExpired(key: ApiKeyRecord, now: Date): TransactItem[] {
    return [
      {
        Update: {
          TableName: this.table,
          Key: keys.key(key.id),
          UpdateExpression: 'SET #counted = :no',
          ConditionExpression: '#counted = :yes AND #expiresAt <= :now',
          ExpressionAttributeNames: { '#counted': 'counted', '#expiresAt': 'expiresAt' },
          ExpressionAttributeValues: { ':no': false, ':yes': true, ':now': now.toISOString() },
        },
      },
      this.releaseSlot(key.userId, key.solutionId),
    ];
  }

  /**
   * Records a use of the key at `now`; never moves `lastUsedAt` backwards and never creates an item.
   * False when skipped (no such key, or a later use already recorded).
   */
  async recordUse(keyId: string, now: Date): Promise<boolean> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: keys.key(keyId),
          UpdateExpression: 'SET lastUsedAt = :now',
          ConditionExpression: 'attribute_exists(pk) AND (attribute_not_exists(lastUsedAt) OR lastUsedAt < :now)',
          ExpressionAttributeValues: { ':now': now.toISOString() },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }
}
