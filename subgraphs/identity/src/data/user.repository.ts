import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { AccountStatus } from '@marketplace/contracts';
import { batchGetItems, type Page, queryPage, type Role, type TransactItem } from '@marketplace/shared';
import { keys, USERS_PARTITION } from './keys.ts';
import { EMAIL_MAX } from '../services/credentials.ts';

export interface UserFilter {
  /** Lower-cased substring of the email or the name. */
  search?: string | null;
  role?: Role | null;
  status?: AccountStatus | null;
}

/** A user as stored. `passwordHash` never leaves the services. */
export interface UserRecord {
  id: string;
  /** Trimmed and lower-cased; unique through the EMAIL# claim. */
  email: string;
  name: string;
  /** Lower-cased name, for case-insensitive search. */
  nameLower: string;
  passwordHash: string;
  roles: Role[];
  status: AccountStatus;
  emailVerified: boolean;
  createdAt: string;
  updatedAt: string;
  suspendedReason?: string;
  suspendedAt?: string;
  /** When the account's personal data was erased (GDPR); the record stays as a pseudonymous tombstone. */
  erasedAt?: string;
  /** Optimistic-concurrency version: every update is conditional on it, so audit snapshots are exact. */
  version: number;
}

/** The fields an update may change. `null` removes an optional field. */
export type UserChanges = Partial<{
  /** Only with `moveEmailClaim` in the same transaction, so the address stays unique. */
  email: string;
  name: string;
  passwordHash: string;
  roles: Role[];
  status: AccountStatus;
  emailVerified: boolean;
  suspendedReason: string | null;
  suspendedAt: string | null;
  erasedAt: string;
}>;

const RECORD_FIELDS = [
  'id',
  'email',
  'name',
  'nameLower',
  'passwordHash',
  'roles',
  'status',
  'emailVerified',
  'createdAt',
  'updatedAt',
  'suspendedReason',
  'suspendedAt',
  'erasedAt',
  'version',
] as const;

function toRecord(item: Record<string, unknown>): UserRecord {
  const record: Record<string, unknown> = {};
  for (const field of RECORD_FIELDS) if (item[field] !== undefined) record[field] = item[field];
  return record as unknown as UserRecord;
}

/** Owns the user and email-claim items of the identity table. */
export class UserRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async get(userId: string): Promise<UserRecord | null> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: keys.user(userId), ConsistentRead: true }));
    return out.Item ? toRecord(out.Item) : null;
  }

  /** Users by id in key order, `null` for misses; the batch function behind the per-request loader. */
  async getMany(userIds: readonly string[]): Promise<(UserRecord | null)[]> {
    const items = await batchGetItems(this.db, this.table, userIds.map(keys.user));
    return items.map((item) => (item ? toRecord(item) : null));
  }

  /** All users, newest first, filtered; keeps reading until `first` match or the partition ends. */
  async list(filter: UserFilter, first: number, after: string | null | undefined): Promise<Page<UserRecord>> {
    const conditions: string[] = [];
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = {};
    if (filter.search) {
      Object.assign(names, { '#email': 'email', '#nameLower': 'nameLower' });
      values[':search'] = filter.search;
      conditions.push('(contains(#email, :search) OR contains(#nameLower, :search))');
    }
    if (filter.role) {
      names['#roles'] = 'roles';
      values[':role'] = filter.role;
      conditions.push('contains(#roles, :role)');
    }
    if (filter.status) {
      names['#status'] = 'status';
      values[':status'] = filter.status;
      conditions.push('#status = :status');
    }
    const page = await queryPage<Record<string, unknown>>(
      this.db,
      {
        table: this.table,
        index: 'gsi1',
        partition: { attribute: 'gsi1pk', value: USERS_PARTITION },
        cursorAttributes: ['pk', 'sk', 'gsi1pk', 'gsi1sk'],
        filter: conditions.length ? { expression: conditions.join(' AND '), names, values } : undefined,
        newestFirst: true,
      },
      first,
      after,
    );
    return { ...page, items: page.items.map(toRecord) };
  }

  /** The user who claimed `email` (already normalised), or null. */
  async findByEmail(email: string): Promise<UserRecord | null> {
    // No account has a longer address, and DynamoDB refuses a key that long as an error, not a miss.
    if (email.length > EMAIL_MAX) return null;
    const claim = await this.db.send(
      new GetCommand({ TableName: this.table, Key: keys.emailClaim(email), ConsistentRead: true }),
    );
    const userId = claim.Item?.userId;
    return typeof userId === 'string' ? this.get(userId) : null;
  }

  /**
   * The two writes that create a user: the email claim (item 0, fails with ConditionalCheckFailed when the
   * email is taken) and the user item. Put them in one transaction with whatever else the creation implies.
   */
  putNew(user: UserRecord): TransactItem[] {
    return [
      {
        Put: {
          TableName: this.table,
          Item: { ...keys.emailClaim(user.email), type: 'EmailClaim', userId: user.id, at: user.createdAt },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      {
        Put: {
          TableName: this.table,
          Item: { ...keys.user(user.id), ...keys.userList(user.createdAt, user.id), type: 'User', ...user },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    ];
  }

  /**
   * An update of `user` that only applies if nobody changed the user since it was read (same version).
   * Returns the write and the record as it will be after it.
   */
  update(user: UserRecord, changes: UserChanges, now: Date): { item: TransactItem; after: UserRecord } {
    const set: string[] = ['#updatedAt = :updatedAt', '#version = :nextVersion'];
    const remove: string[] = [];
    const names: Record<string, string> = { '#updatedAt': 'updatedAt', '#version': 'version' };
    const values: Record<string, unknown> = {
      ':updatedAt': now.toISOString(),
      ':nextVersion': user.version + 1,
      ':version': user.version,
    };
    const after: Record<string, unknown> = { ...user, updatedAt: now.toISOString(), version: user.version + 1 };
    const fields: Record<string, unknown> = { ...changes };
    if (changes.name !== undefined) fields.nameLower = changes.name.toLowerCase();
    for (const [field, value] of Object.entries(fields)) {
      if (value === undefined) continue;
      names[`#${field}`] = field;
      if (value === null) {
        remove.push(`#${field}`);
        delete after[field];
      } else {
        set.push(`#${field} = :${field}`);
        values[`:${field}`] = value;
        after[field] = value;
      }
    }
    return {
      item: {
        Update: {
          TableName: this.table,
          Key: keys.user(user.id),
          UpdateExpression: `SET ${set.join(', ')}${remove.length ? ` REMOVE ${remove.join(', ')}` : ''}`,
          ConditionExpression: '#version = :version',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        },
      },
      after: after as unknown as UserRecord,
    };
  }

  /**
   * Moves `user`'s email claim to `newEmail` (already normalised): the new claim fails (item 0,
   * ConditionalCheckFailed) when the address is taken, the old one is deleted only if it is still this user's.
   */
  moveEmailClaim(user: UserRecord, newEmail: string, now: Date): TransactItem[] {
    return [
      {
        Put: {
          TableName: this.table,
          Item: { ...keys.emailClaim(newEmail), type: 'EmailClaim', userId: user.id, at: now.toISOString() },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      {
        Delete: {
          TableName: this.table,
          Key: keys.emailClaim(user.email),
          ConditionExpression: 'userId = :userId',
          ExpressionAttributeValues: { ':userId': user.id },
        },
      },
    ];
  }

  /** Deletes the email claim if it is still this user's (account erasure: the address may sign up again). */
  releaseEmailClaim(user: UserRecord): TransactItem {
    return {
      Delete: {
        TableName: this.table,
        Key: keys.emailClaim(user.email),
        ConditionExpression: 'attribute_not_exists(pk) OR userId = :userId',
        ExpressionAttributeValues: { ':userId': user.id },
      },
    };
  }

  /** The record of the one bootstrapped admin, if any was ever created. */
  async getBootstrapClaim(): Promise<{ userId: string; email: string } | null> {
    const out = await this.db.send(
      new GetCommand({ TableName: this.table, Key: keys.bootstrapAdmin(), ConsistentRead: true }),
    );
    return out.Item ? { userId: out.Item.userId as string, email: out.Item.email as string } : null;
  }

  /** Claims "the admin was bootstrapped"; fails (ConditionalCheckFailed) when another start already did. */
  putBootstrapClaim(user: UserRecord): TransactItem {
    return {
      Put: {
        TableName: this.table,
        Item: { ...keys.bootstrapAdmin(), type: 'BootstrapClaim', userId: user.id, email: user.email, at: user.createdAt },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    };
  }
}
