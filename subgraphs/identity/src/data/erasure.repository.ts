import { DeleteCommand, type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { CONSENT_VERSIONS, type ConsentKind } from '@marketplace/contracts';
import { queryAll, type TransactItem } from '@marketplace/shared';
import { ERASURES_DUE_PARTITION, keys } from './keys.ts';

/** A scheduled account deletion: the account is erased at `dueAt` unless cancelled before. */
export interface ErasureRequest {
  userId: string;
  requestedAt: string;
  dueAt: string;
  /** Who asked: the account holder (`self`) or an admin acting on a request received by email. */
  requestedBy: 'self' | 'admin';
  /** The admin who recorded it (requestedBy `admin`). */
  adminId?: string;
}

/** One consent decision: to the terms or to marketing emails, at a time, for a version of the text. */
export interface ConsentRecord {
  kind: ConsentKind;
  granted: boolean;
  version: string;
  at: string;
  /** Where it was given: `sign-up` or `settings`. */
  source: 'sign-up' | 'settings';
}

/** A consent decision for the current version of its text. */
export function consentRecord(kind: ConsentKind, granted: boolean, now: Date, source: ConsentRecord['source']): ConsentRecord {
  return { kind, granted, version: CONSENT_VERSIONS[kind], at: now.toISOString(), source };
}

/** Owns the erasure-request and consent items of the identity table. */
export class ErasureRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async get(userId: string): Promise<ErasureRequest | null> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: keys.erasure(userId), ConsistentRead: true }));
    if (!out.Item) return null;
    const { pk: _pk, sk: _sk, gsi1pk: _g, gsi1sk: _s, type: _t, ...request } = out.Item;
    return request as ErasureRequest;
  }

  /** Schedules a deletion; fails (ConditionalCheckFailed) when one is already pending. */
  put(request: ErasureRequest): TransactItem {
    return {
      Put: {
        TableName: this.table,
        Item: { ...keys.erasure(request.userId), ...keys.erasureDue(request.dueAt, request.userId), type: 'ErasureRequest', ...request },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    };
  }

  /** Removes the pending deletion (cancelled or carried out); fails (ConditionalCheckFailed) when there is none. */
  remove(userId: string): TransactItem {
    return { Delete: { TableName: this.table, Key: keys.erasure(userId), ConditionExpression: 'attribute_exists(pk)' } };
  }

  /** Deletions whose grace period has ended by `now`, oldest first. */
  async due(now: Date, limit = 100): Promise<ErasureRequest[]> {
    const items = await queryAll<ErasureRequest & Record<string, unknown>>(this.db, {
      TableName: this.table,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk <= :upTo',
      ExpressionAttributeValues: { ':pk': ERASURES_DUE_PARTITION, ':upTo': `${now.toISOString()}~` },
      Limit: limit,
    });
    return items.slice(0, limit).map(({ userId, requestedAt, dueAt, requestedBy, adminId }) => ({ userId, requestedAt, dueAt, requestedBy, ...(adminId ? { adminId } : {}) }));
  }

  putConsent(userId: string, consent: ConsentRecord): TransactItem {
    return {
      Put: {
        TableName: this.table,
        Item: { ...keys.consent(userId, consent.at, consent.kind), type: 'Consent', userId, ...consent },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    };
  }

  /** Every consent decision of a user, newest first. */
  async consents(userId: string): Promise<ConsentRecord[]> {
    const { pk, skPrefix } = keys.consentsOf(userId);
    const items = await queryAll<ConsentRecord & Record<string, unknown>>(this.db, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': pk, ':prefix': skPrefix },
      ConsistentRead: true,
      ScanIndexForward: false,
    });
    return items.map(({ kind, granted, version, at, source }) => ({ kind, granted, version, at, source }));
  }

  /** Deletes the user's consent records (erasure: nobody is left to mail). */
  async deleteConsents(userId: string): Promise<void> {
    for (const consent of await this.consents(userId)) {
      await this.db.send(new DeleteCommand({ TableName: this.table, Key: keys.consent(userId, consent.at, consent.kind) }));
    }
  }
}
