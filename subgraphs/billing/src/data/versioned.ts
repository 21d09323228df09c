import type { TransactItem } from '@marketplace/shared';

/**
 * A Put of `item` at `key` over the version read (0: there must be none), stamping `version + 1`: the way every
 * record of this table that changes is written, so a change made from a stale read fails instead of winning.
 */
export function versionedPut(table: string, key: { pk: string; sk: string }, item: Record<string, unknown>, readVersion: number): TransactItem {
  return {
    Put: {
      TableName: table,
      Item: { ...item, ...key, version: readVersion + 1 },
      ...(readVersion === 0
        ? { ConditionExpression: 'attribute_not_exists(pk)' }
        : { ConditionExpression: '#version = :version', ExpressionAttributeNames: { '#version': 'version' }, ExpressionAttributeValues: { ':version': readVersion } }),
    },
  };
}

/** A Put that only creates: it fails when the item exists (claims, ledger entries, events). */
export function createOnly(table: string, item: Record<string, unknown> & { pk: string; sk: string }): TransactItem {
  return { Put: { TableName: table, Item: item, ConditionExpression: 'attribute_not_exists(pk)' } };
}

/** Stored items leave absent values out rather than writing NULLs. */
export function present<T extends object>(record: T): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== null && v !== undefined));
}
