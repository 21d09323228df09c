import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { batchGetItems, type Page, type PagedQuery, queryPage, queryPartitions, type TransactItem } from '@marketplace/shared';
import { type HttpMethod, SOLUTION_STATUSES, type SolutionStatus, type Tier } from '@marketplace/contracts';
import type { TierRecord } from '../services/tier-rules.ts';
import { keys, partnerSolutionsPartition, solutionStatusPartition } from './keys.ts';

export { SOLUTION_STATUSES, type SolutionStatus };

/** A registered endpoint: `method` + a path template whose `{param}` segments match any one segment. */
export interface EndpointRecord {
  id: string;
  method: HttpMethod;
  path: string;
  description: string | null;
  /** Units of quota one call consumes (≥ 1). */
  costWeight: number;
  /** The tiers whose keys may call it. */
  tiers: Tier[];
  /** Documented parameters, in the order the partner gave them. */
  parameters: ParameterRecord[];
  /** An example request body (JSON or text) and response body, as the partner wrote them. */
  requestExample: string | null;
  responseExample: string | null;
}

export const PARAMETER_LOCATIONS = ['path', 'query', 'header', 'body'] as const;
export type ParameterLocation = (typeof PARAMETER_LOCATIONS)[number];
export const PARAMETER_TYPES = ['string', 'integer', 'number', 'boolean', 'object', 'array'] as const;
export type ParameterType = (typeof PARAMETER_TYPES)[number];

/** One documented parameter of an endpoint: `body` ones are top-level fields of a JSON request body. */
export interface ParameterRecord {
  name: string;
  in: ParameterLocation;
  type: ParameterType;
  required: boolean;
  description: string | null;
  /** A sample value as text; snippets and the console start from it. */
  example: string | null;
}

/**
 * A secret that still counts against the limit of two (not revoked); `expiresAt` set once it was rotated away.
 * Kept on the solution item so "at most two at a time" is one conditional write, never a count of items.
 */
export interface SecretSlot {
  id: string;
  expiresAt: string | null;
}

/** A solution as stored: its listing, state, tiers, endpoints and live secret slots in one item. */
export interface SolutionRecord {
  id: string;
  partnerId: string;
  slug: string;
  name: string;
  summary: string;
  /** Markdown. */
  description: string;
  category: string;
  tags: string[];
  baseUrl: string;
  documentationUrl: string | null;
  healthCheckUrl: string | null;
  status: SolutionStatus;
  /** Why it was rejected or suspended; cleared when it moves on. */
  reviewReason: string | null;
  /** Where reinstating a suspended solution returns it. */
  statusBeforeSuspension: SolutionStatus | null;
  /** The status it left at its last status change (null before any, and on items saved before this was kept). */
  previousStatus: SolutionStatus | null;
  /** When it moved into `previousStatus` (null as `previousStatus` is): a reinstatement names the suspension it ends. */
  previousStatusChangedAt: string | null;
  tiers: TierRecord[];
  endpoints: EndpointRecord[];
  secretSlots: SecretSlot[];
  createdAt: string;
  updatedAt: string;
  statusChangedAt: string;
  /** First publication; the slug is fixed from then on. */
  publishedAt: string | null;
  /** Optimistic-concurrency version: every update is conditional on it, so audit snapshots are exact. */
  version: number;
}

/** The fields an update may change (derived keys and the search text follow automatically). */
export type SolutionChanges = Partial<Omit<SolutionRecord, 'id' | 'partnerId' | 'createdAt' | 'updatedAt' | 'version' | 'previousStatus' | 'previousStatusChangedAt'>>;

const RECORD_FIELDS = [
  'id',
  'partnerId',
  'slug',
  'name',
  'summary',
  'description',
  'category',
  'tags',
  'baseUrl',
  'documentationUrl',
  'healthCheckUrl',
  'status',
  'reviewReason',
  'statusBeforeSuspension',
  'previousStatus',
  'previousStatusChangedAt',
  'tiers',
  'endpoints',
  'secretSlots',
  'createdAt',
  'updatedAt',
  'statusChangedAt',
  'publishedAt',
  'version',
] as const satisfies readonly (keyof SolutionRecord)[];

const NULLABLE: (keyof SolutionRecord)[] = ['documentationUrl', 'healthCheckUrl', 'reviewReason', 'statusBeforeSuspension', 'previousStatus', 'previousStatusChangedAt', 'publishedAt'];

function toSolutionRecord(item: Record<string, unknown>): SolutionRecord {
  const record: Record<string, unknown> = {};
  for (const field of RECORD_FIELDS) record[field] = item[field];
  for (const field of NULLABLE) record[field] ??= null;
  record.tags ??= [];
  // Endpoints stored before they had documentation read as undocumented.
  record.endpoints = ((record.endpoints ?? []) as EndpointRecord[]).map((e) => ({ ...e, parameters: e.parameters ?? [], requestExample: e.requestExample ?? null, responseExample: e.responseExample ?? null }));
  record.secretSlots ??= [];
  return record as unknown as SolutionRecord;
}

/** Lower-cased words a text search matches against. */
function searchText(s: Pick<SolutionRecord, 'name' | 'slug' | 'summary' | 'category' | 'tags'>): string {
  return [s.name, s.slug, s.summary, s.category, ...s.tags].join(' ').toLowerCase();
}

function itemOf(record: SolutionRecord): Record<string, unknown> {
  return {
    ...keys.solution(record.id),
    ...keys.solutionOfPartner(record.partnerId, record.createdAt, record.id),
    ...keys.solutionInStatus(record.status, record.statusChangedAt, record.id),
    type: 'Solution',
    searchText: searchText(record),
    ...record,
  };
}

export interface PublicFilter {
  /** Lower-cased words; every one must occur in the name, slug, summary, category or tags. */
  words: string[];
  category: string | null;
  tag: string | null;
}

/** Owns the solution and slug-claim items of the catalog table. */
export class SolutionRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async get(solutionId: string): Promise<SolutionRecord | null> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: keys.solution(solutionId), ConsistentRead: true }));
    return out.Item ? toSolutionRecord(out.Item) : null;
  }

  /** Solutions by id in key order, `null` for misses; the batch function behind the per-request loader. */
  async getMany(solutionIds: readonly string[]): Promise<(SolutionRecord | null)[]> {
    const items = await batchGetItems(this.db, this.table, solutionIds.map(keys.solution));
    return items.map((item) => (item ? toSolutionRecord(item) : null));
  }

  async idBySlug(slug: string): Promise<string | null> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: keys.slugClaim(slug), ConsistentRead: true }));
    return typeof out.Item?.solutionId === 'string' ? out.Item.solutionId : null;
  }

  /** Every solution of a partner, newest first (a partner has a handful; read in pages of 100). */
  async listOfPartner(partnerId: string): Promise<SolutionRecord[]> {
    const all: SolutionRecord[] = [];
    let after: string | null = null;
    do {
      const page: Page<SolutionRecord> = await this.pageOf(
        { ...this.gsi1(partnerSolutionsPartition(partnerId)), newestFirst: true },
        100,
        after,
      );
      all.push(...page.items);
      after = page.hasNextPage ? page.endCursor : null;
    } while (after);
    return all;
  }

  /** Published solutions matching the filter, most recently published first. */
  listPublished(filter: PublicFilter, first: number, after: string | null | undefined): Promise<Page<SolutionRecord>> {
    const conditions: string[] = [];
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = {};
    filter.words.forEach((word, i) => {
      names['#searchText'] = 'searchText';
      values[`:w${i}`] = word;
      conditions.push(`contains(#searchText, :w${i})`);
    });
    if (filter.category) {
      names['#category'] = 'category';
      values[':category'] = filter.category;
      conditions.push('#category = :category');
    }
    if (filter.tag) {
      names['#tags'] = 'tags';
      values[':tag'] = filter.tag;
      conditions.push('contains(#tags, :tag)');
    }
    return this.pageOf(
      {
        ...this.gsi2(solutionStatusPartition('PUBLISHED')),
        newestFirst: true,
        filter: conditions.length ? { expression: conditions.join(' AND '), names, values } : undefined,
      },
      first,
      after,
    );
  }

  /**
   * Solutions in one status (newest change first, or oldest first for a queue), or in any status: the status
   * partitions one after the other.
   */
  async listByStatus(status: SolutionStatus | null, first: number, after: string | null | undefined, oldestFirst = false): Promise<Page<SolutionRecord>> {
    const query = (s: SolutionStatus): PagedQuery => ({ ...this.gsi2(solutionStatusPartition(s)), newestFirst: !oldestFirst });
    if (status) return this.pageOf(query(status), first, after);
    const page = await queryPartitions<Record<string, unknown>>(this.db, SOLUTION_STATUSES.map(query), first, after);
    return { ...page, items: page.items.map(toSolutionRecord) };
  }

  /** The writes that create a solution: the slug claim (item 0, fails when the slug is taken) and the item. */
  putNew(record: SolutionRecord): TransactItem[] {
    return [
      this.claimSlug(record.slug, record.id, record.createdAt),
      { Put: { TableName: this.table, Item: itemOf(record), ConditionExpression: 'attribute_not_exists(pk)' } },
    ];
  }

  claimSlug(slug: string, solutionId: string, at: string): TransactItem {
    return {
      Put: {
        TableName: this.table,
        Item: { ...keys.slugClaim(slug), type: 'SlugClaim', solutionId, at },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    };
  }

  releaseSlug(slug: string, solutionId: string): TransactItem {
    return {
      Delete: {
        TableName: this.table,
        Key: keys.slugClaim(slug),
        ConditionExpression: 'solutionId = :id',
        ExpressionAttributeValues: { ':id': solutionId },
      },
    };
  }

  /**
   * A replacement of the solution item that only applies if nobody changed it since it was read (same
   * version). Returns the write and the record as it will be after it.
   */
  update(record: SolutionRecord, changes: SolutionChanges, now: Date): { item: TransactItem; after: SolutionRecord } {
    const after: SolutionRecord = { ...record, ...changes, updatedAt: now.toISOString(), version: record.version + 1 };
    if (changes.status && changes.status !== record.status) {
      after.statusChangedAt = now.toISOString();
      after.previousStatus = record.status;
      after.previousStatusChangedAt = record.statusChangedAt;
    }
    return {
      after,
      item: {
        Put: {
          TableName: this.table,
          Item: itemOf(after),
          ConditionExpression: '#version = :version',
          ExpressionAttributeNames: { '#version': 'version' },
          ExpressionAttributeValues: { ':version': record.version },
        },
      },
    };
  }

  private gsi1(partition: string) {
    return { table: this.table, index: 'gsi1', partition: { attribute: 'gsi1pk', value: partition }, cursorAttributes: ['pk', 'sk', 'gsi1pk', 'gsi1sk'] };
  }

  private gsi2(partition: string) {
    return { table: this.table, index: 'gsi2', partition: { attribute: 'gsi2pk', value: partition }, cursorAttributes: ['pk', 'sk', 'gsi2pk', 'gsi2sk'] };
  }

  private async pageOf(query: PagedQuery, first: number, after: string | null | undefined): Promise<Page<SolutionRecord>> {
    const page = await queryPage<Record<string, unknown>>(this.db, query, first, after);
    return { ...page, items: page.items.map(toSolutionRecord) };
  }
}
