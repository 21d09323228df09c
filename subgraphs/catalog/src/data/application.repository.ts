import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { batchGetItems, type Page, type PagedQuery, queryPage, queryPartitions, type TransactItem } from '@marketplace/shared';
import { applicantPartition, applicationStatusPartition, keys } from './keys.ts';

export const APPLICATION_STATUSES = ['PENDING', 'APPROVED', 'REJECTED'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** A customer's request to become a partner. */
export interface ApplicationRecord {
  id: string;
  applicantId: string;
  companyName: string;
  website: string;
  contactName: string;
  /** Trimmed and lower-cased; decisions are mailed here. */
  contactEmail: string;
  description: string;
  status: ApplicationStatus;
  createdAt: string;
  decidedAt: string | null;
  decidedBy: string | null;
  decisionReason: string | null;
}

/** What the catalog knows of an approved partner: the public company name and where to mail reviews. */
export interface PartnerProfileRecord {
  userId: string;
  applicationId: string;
  companyName: string;
  website: string;
  contactName: string;
  contactEmail: string;
  approvedAt: string;
}

function toApplication(item: Record<string, unknown>): ApplicationRecord {
  return {
    id: item.id as string,
    applicantId: item.applicantId as string,
    companyName: item.companyName as string,
    website: item.website as string,
    contactName: item.contactName as string,
    contactEmail: item.contactEmail as string,
    description: item.description as string,
    status: item.status as ApplicationStatus,
    createdAt: item.createdAt as string,
    decidedAt: (item.decidedAt as string | undefined) ?? null,
    decidedBy: (item.decidedBy as string | undefined) ?? null,
    decisionReason: (item.decisionReason as string | undefined) ?? null,
  };
}

function toProfile(item: Record<string, unknown>): PartnerProfileRecord {
  return {
    userId: item.userId as string,
    applicationId: item.applicationId as string,
    companyName: item.companyName as string,
    website: item.website as string,
    contactName: item.contactName as string,
    contactEmail: item.contactEmail as string,
    approvedAt: item.approvedAt as string,
  };
}

/** Owns partner applications, the one-pending-application claims and partner profiles. */
export class ApplicationRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async get(applicationId: string): Promise<ApplicationRecord | null> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: keys.application(applicationId), ConsistentRead: true }));
    return out.Item ? toApplication(out.Item) : null;
  }

  /** The user's most recent application, if any. */
  async latestOf(userId: string): Promise<ApplicationRecord | null> {
    const page = await queryPage<Record<string, unknown>>(
      this.db,
      { ...gsi(this.table, 'gsi1', applicantPartition(userId)), newestFirst: true },
      1,
      null,
    );
    return page.items[0] ? toApplication(page.items[0]) : null;
  }

  /** Applications in one status, or in any (PENDING, then APPROVED, then REJECTED), newest first. */
  async list(status: ApplicationStatus | null, first: number, after: string | null | undefined): Promise<Page<ApplicationRecord>> {
    const query = (s: ApplicationStatus): PagedQuery => ({ ...gsi(this.table, 'gsi2', applicationStatusPartition(s)), newestFirst: true });
    const page = status
      ? await queryPage<Record<string, unknown>>(this.db, query(status), first, after)
      : await queryPartitions<Record<string, unknown>>(this.db, APPLICATION_STATUSES.map(query), first, after);
    return { ...page, items: page.items.map(toApplication) };
  }

  /** The two writes of a new application: the pending claim (item 0, fails when one is pending) and the item. */
  putNew(application: ApplicationRecord): TransactItem[] {
    return [
      {
        Put: {
          TableName: this.table,
          Item: { ...keys.pendingApplication(application.applicantId), type: 'PendingApplication', applicationId: application.id },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      {
        Put: {
          TableName: this.table,
          Item: this.itemOf(application),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    ];
  }

  /** Records the decision (item 0, only while PENDING) and frees the applicant to apply again (item 1). */
  decide(application: ApplicationRecord, decided: ApplicationRecord): TransactItem[] {
    return [
      {
        Put: {
          TableName: this.table,
          Item: this.itemOf(decided),
          ConditionExpression: '#status = :pending',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':pending': 'PENDING' },
        },
      },
      {
        Delete: {
          TableName: this.table,
          Key: keys.pendingApplication(application.applicantId),
          ConditionExpression: 'applicationId = :id',
          ExpressionAttributeValues: { ':id': application.id },
        },
      },
    ];
  }

  putProfile(profile: PartnerProfileRecord): TransactItem {
    return { Put: { TableName: this.table, Item: { ...keys.partnerProfile(profile.userId), type: 'PartnerProfile', ...profile } } };
  }

  /** Partner profiles by user id in key order, `null` for users who were never approved. */
  async profiles(userIds: readonly string[]): Promise<(PartnerProfileRecord | null)[]> {
    const items = await batchGetItems(this.db, this.table, userIds.map(keys.partnerProfile));
    return items.map((item) => (item ? toProfile(item) : null));
  }

  private itemOf(application: ApplicationRecord): Record<string, unknown> {
    return {
      ...keys.application(application.id),
      ...keys.applicationOfUser(application.applicantId, application.createdAt, application.id),
      ...keys.applicationInStatus(application.status, application.createdAt, application.id),
      type: 'PartnerApplication',
      ...application,
    };
  }
}

function gsi(table: string, index: 'gsi1' | 'gsi2', partition: string) {
  return {
    table,
    index,
    partition: { attribute: `${index}pk`, value: partition },
    cursorAttributes: ['pk', 'sk', `${index}pk`, `${index}sk`],
  };
}
