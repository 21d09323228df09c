import { type DynamoDBDocumentClient, QueryCommand, type QueryCommandInput, ScanCommand, type ScanCommandInput } from '@aws-sdk/lib-dynamodb';
import { InputError } from '../errors.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';

export interface Page<T> {
  items: T[];
  endCursor: string | null;
  hasNextPage: boolean;
}

export interface PagedQuery {
  table: string;
  index?: string;
  /** The partition being paged: attribute name and value (a cursor for another partition is refused). */
  partition: { attribute: string; value: string };
  /** Extra key condition on the sort key, e.g. `begins_with(sk, :prefix)`. */
  sortCondition?: { expression: string; names: Record<string, string>; values: Record<string, unknown> };
  filter?: { expression: string; names: Record<string, string>; values: Record<string, unknown> };
  /** The attributes of the index's LastEvaluatedKey (table key + index key); a cursor holds exactly these. */
  cursorAttributes: string[];
  newestFirst: boolean;
}

/** Items read per round while a filter is dropping items; bounds one round's cost. */
const FILTERED_ROUND = 100;

/**
 * One page of a partition, `first` items after the cursor `after`. With a filter it keeps querying until
 * `first` matches are found or the partition ends, and it looks one match ahead so `hasNextPage` is exact.
 * The cursor is the key of the last item returned (not DynamoDB's last evaluated key), so no item is skipped.
 */
export async function queryPage<T extends Record<string, unknown>>(
  db: DynamoDBDocumentClient,
  query: PagedQuery,
  first: number,
  after: string | null | undefined,
): Promise<Page<T>> {
  let startKey = decodeOwnCursor(query, after);
  const found: T[] = [];
  const names: Record<string, string> = {
    '#p': query.partition.attribute,
    ...query.sortCondition?.names,
    ...query.filter?.names,
  };
  const values: Record<string, unknown> = {
    ':p': query.partition.value,
    ...query.sortCondition?.values,
    ...query.filter?.values,
  };
  do {
    const input: QueryCommandInput = {
      TableName: query.table,
      IndexName: query.index,
      KeyConditionExpression: query.sortCondition ? `#p = :p AND ${query.sortCondition.expression}` : '#p = :p',
      FilterExpression: query.filter?.expression,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
      ScanIndexForward: !query.newestFirst,
      ExclusiveStartKey: startKey,
      Limit: query.filter ? FILTERED_ROUND : first + 1 - found.length,
    };
    const out = await db.send(new QueryCommand(input));
    for (const item of out.Items ?? []) {
      found.push(item as T);
      if (found.length > first) break;
    }
    startKey = out.LastEvaluatedKey;
  } while (found.length <= first && startKey);

  const items = found.slice(0, first);
  const last = items.at(-1);
  return {
    items,
    hasNextPage: found.length > first,
    endCursor: last ? encodeCursor(Object.fromEntries(query.cursorAttributes.map((a) => [a, last[a]]))) : null,
  };
}

/**
 * Every item a query matches, following `LastEvaluatedKey` to the end. For the small partitions a service reads
 * whole (a user's sessions or keys, a solution's secrets or grants, a range of daily rollups); lists a client
 * pages through use `queryPage`.
 */
export function queryAll<T = Record<string, unknown>>(db: DynamoDBDocumentClient, input: Omit<QueryCommandInput, 'ExclusiveStartKey'>): Promise<T[]> {
  return allPages((startKey) => db.send(new QueryCommand({ ...input, ExclusiveStartKey: startKey })));
}

/** Every item of a table (tests and tools only: a scan reads the whole table). */
export function scanAll<T = Record<string, unknown>>(db: DynamoDBDocumentClient, input: Omit<ScanCommandInput, 'ExclusiveStartKey'>): Promise<T[]> {
  return allPages((startKey) => db.send(new ScanCommand({ ...input, ExclusiveStartKey: startKey })));
}

type StartKey = Record<string, unknown> | undefined;

async function allPages<T>(read: (startKey: StartKey) => Promise<{ Items?: Record<string, unknown>[]; LastEvaluatedKey?: StartKey }>): Promise<T[]> {
  const items: T[] = [];
  let startKey: StartKey;
  do {
    const out = await read(startKey);
    items.push(...((out.Items ?? []) as T[]));
    startKey = out.LastEvaluatedKey;
  } while (startKey);
  return items;
}

function decodeOwnCursor(query: PagedQuery, after: string | null | undefined): Record<string, unknown> | undefined {
  const key = decodeCursor(after, 'after');
  if (!key) return undefined;
  const attributes = Object.keys(key).sort();
  const expected = [...query.cursorAttributes].sort();
  const sameShape = attributes.length === expected.length && attributes.every((a, i) => a === expected[i]);
  if (!sameShape || key[query.partition.attribute] !== query.partition.value) {
    throw new InputError('after', 'This cursor belongs to another list.');
  }
  return key;
}

/**
 * One page over several partitions read one after the other (e.g. "every status" as the status partitions in
 * a fixed order), with the same contract as `queryPage`. The cursor names the partition and the key within it.
 */
export async function queryPartitions<T extends Record<string, unknown>>(
  db: DynamoDBDocumentClient,
  queries: PagedQuery[],
  first: number,
  after: string | null | undefined,
): Promise<Page<T>> {
  let { index, inner } = decodePartitionCursor(after, queries.length);
  const items: T[] = [];
  let last: { index: number; cursor: string } | null = null;
  for (; index < queries.length; index++, inner = null) {
    const room = first - items.length;
    // Full at the end of a partition: the next page is whatever the later partitions hold.
    if (room === 0) return { items, hasNextPage: await anyIn(db, queries.slice(index)), endCursor: encode(last) };
    const page = await queryPage<T>(db, queries[index]!, room, inner);
    items.push(...page.items);
    if (page.endCursor) last = { index, cursor: page.endCursor };
    if (page.hasNextPage) return { items, hasNextPage: true, endCursor: encode(last) };
  }
  return { items, hasNextPage: false, endCursor: encode(last) };
}

async function anyIn(db: DynamoDBDocumentClient, queries: PagedQuery[]): Promise<boolean> {
  for (const query of queries) {
    if ((await queryPage(db, query, 1, null)).items.length > 0) return true;
  }
  return false;
}

function encode(position: { index: number; cursor: string } | null): string | null {
  return position ? Buffer.from(JSON.stringify({ p: position.index, c: position.cursor })).toString('base64url') : null;
}

function decodePartitionCursor(after: string | null | undefined, count: number): { index: number; inner: string | null } {
  if (!after) return { index: 0, inner: null };
  try {
    const value = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as { p?: unknown; c?: unknown };
    if (Number.isInteger(value.p) && (value.p as number) >= 0 && (value.p as number) < count && typeof value.c === 'string') {
      return { index: value.p as number, inner: value.c };
    }
  } catch {
    /* fall through */
  }
  throw new InputError('after', 'This cursor is not one the server issued.');
}
