import { decodeCursor, encodeCursor, InputError } from '@marketplace/shared';
import { type DynamoDBDocumentClient, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';

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
