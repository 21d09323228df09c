import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { TransactItem } from '@marketplace/shared';
import { keys } from './keys.ts';
import { present, versionedPut } from './versioned.ts';

/** A customer's billing profile, checked: who invoices are made out to. */
export interface ProfileRecord {
  userId: string;
  legalName: string;
  email: string;
  gstin: string | null;
  /** GST state code. */
  stateCode: string | null;
  addressLines: string[];
  updatedAt: string;
  version: number;
}

/** Owns billing profiles. */
export class ProfileRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async get(userId: string): Promise<ProfileRecord | null> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: keys.profile(userId), ConsistentRead: true }));
    if (!out.Item) return null;
    const item = out.Item;
    return {
      userId,
      legalName: item.legalName as string,
      email: item.email as string,
      gstin: (item.gstin as string | undefined) ?? null,
      stateCode: (item.stateCode as string | undefined) ?? null,
      addressLines: (item.addressLines as string[] | undefined) ?? [],
      updatedAt: item.updatedAt as string,
      version: Number(item.version ?? 0),
    };
  }

  put(next: ProfileRecord): TransactItem {
    const { version, ...record } = next;
    return versionedPut(this.table, keys.profile(next.userId), { type: 'BillingProfile', ...present(record) }, version);
  }
}
