import { type DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { isConditionFailure, queryAll, type TransactItem } from '@marketplace/shared';
import { keys } from './keys.ts';

/** A solution secret as stored: never the plaintext, only its SHA-256 and a short display prefix. */
export interface SecretRecord {
  id: string;
  solutionId: string;
  /** The first characters of the plaintext (`mps_` + 8), so partners can tell their secrets apart. */
  prefix: string;
  /** SHA-256 hex of the plaintext. */
  hash: string;
  createdAt: string;
  lastUsedAt: string | null;
  /** Set when it was rotated away: it keeps working until then. */
  expiresAt: string | null;
  revokedAt: string | null;
}

export type SecretState = 'ACTIVE' | 'EXPIRING' | 'EXPIRED' | 'REVOKED';

/** What a secret is at `now`: revoked, past its rotation grace, in its grace, or plainly active. */
export function secretState(secret: Pick<SecretRecord, 'expiresAt' | 'revokedAt'>, now: Date): SecretState {
  if (secret.revokedAt) return 'REVOKED';
  if (secret.expiresAt) return secret.expiresAt <= now.toISOString() ? 'EXPIRED' : 'EXPIRING';
  return 'ACTIVE';
}

function toSecretRecord(item: Record<string, unknown>): SecretRecord {
  return {
    id: item.id as string,
    solutionId: item.solutionId as string,
    prefix: item.prefix as string,
    hash: item.hash as string,
    createdAt: item.createdAt as string,
    lastUsedAt: (item.lastUsedAt as string | undefined) ?? null,
    expiresAt: (item.expiresAt as string | undefined) ?? null,
    revokedAt: (item.revokedAt as string | undefined) ?? null,
  };
}

/** Owns secret items, their hash lookups and their id → solution pointers. */
export class SecretRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  /** Every secret a solution ever had, newest first (a few per solution: at most two live at a time). */
  async listOf(solutionId: string): Promise<SecretRecord[]> {
    const { pk, skPrefix } = keys.secretsOf(solutionId);
    const items = await queryAll(this.db, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': pk, ':prefix': skPrefix },
      ConsistentRead: true,
    });
    return items.map(toSecretRecord).sort((a, b) => (a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1));
  }

  async get(solutionId: string, secretId: string): Promise<SecretRecord | null> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: keys.secret(solutionId, secretId), ConsistentRead: true }));
    return out.Item ? toSecretRecord(out.Item) : null;
  }

  /** The solution a secret id belongs to (immutable, so callers may cache it for good). */
  async solutionIdOf(secretId: string): Promise<string | null> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: keys.secretOwner(secretId), ConsistentRead: true }));
    return typeof out.Item?.solutionId === 'string' ? out.Item.solutionId : null;
  }

  /** The secret whose plaintext hashes to `sha256Hex`, in any state. */
  async findByHash(sha256Hex: string): Promise<SecretRecord | null> {
    const claim = await this.db.send(new GetCommand({ TableName: this.table, Key: keys.secretHash(sha256Hex), ConsistentRead: true }));
    const { solutionId, secretId } = (claim.Item ?? {}) as { solutionId?: string; secretId?: string };
    return solutionId && secretId ? this.get(solutionId, secretId) : null;
  }

  /** The three immutable-key writes of a new secret: its item, its hash lookup and its owner pointer. */
  putNew(secret: SecretRecord): TransactItem[] {
    const created = (Key: Record<string, string>, rest: Record<string, unknown>): TransactItem => ({
      Put: { TableName: this.table, Item: { ...Key, ...rest }, ConditionExpression: 'attribute_not_exists(pk)' },
    });
    return [
      created(keys.secret(secret.solutionId, secret.id), { type: 'SolutionSecret', ...secret }),
      created(keys.secretHash(secret.hash), { type: 'SecretHash', solutionId: secret.solutionId, secretId: secret.id }),
      created(keys.secretOwner(secret.id), { type: 'SecretOwner', solutionId: secret.solutionId }),
    ];
  }

  /** Sets the end of a live secret's grace; fails unless it is still plainly active. */
  expire(secret: SecretRecord, expiresAt: string): TransactItem {
    return {
      Update: {
        TableName: this.table,
        Key: keys.secret(secret.solutionId, secret.id),
        UpdateExpression: 'SET expiresAt = :at',
        ConditionExpression: 'attribute_exists(pk) AND (attribute_not_exists(revokedAt) OR revokedAt = :null) AND (attribute_not_exists(expiresAt) OR expiresAt = :null)',
        ExpressionAttributeValues: { ':at': expiresAt, ':null': null },
      },
    };
  }

  /** Revokes a secret; fails when it is already revoked. */
  revoke(secret: SecretRecord, now: Date): TransactItem {
    return {
      Update: {
        TableName: this.table,
        Key: keys.secret(secret.solutionId, secret.id),
        UpdateExpression: 'SET revokedAt = :now',
        ConditionExpression: 'attribute_exists(pk) AND (attribute_not_exists(revokedAt) OR revokedAt = :null)',
        ExpressionAttributeValues: { ':now': now.toISOString(), ':null': null },
      },
    };
  }

  /** Records a use unless one was recorded within `minIntervalMs`; false when it skipped. */
  async recordUse(solutionId: string, secretId: string, now: Date, minIntervalMs: number): Promise<boolean> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: keys.secret(solutionId, secretId),
          UpdateExpression: 'SET lastUsedAt = :now',
          ConditionExpression: 'attribute_exists(pk) AND (attribute_not_exists(lastUsedAt) OR lastUsedAt = :null OR lastUsedAt <= :cutoff)',
          ExpressionAttributeValues: {
            ':now': now.toISOString(),
            ':null': null,
            ':cutoff': new Date(now.getTime() - minIntervalMs).toISOString(),
          },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }
}
