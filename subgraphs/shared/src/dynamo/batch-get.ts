import { BatchGetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export type ItemKey = { pk: string; sk: string };
type Item = Record<string, unknown>;

const CHUNK = 100;
const MAX_ROUNDS = 8;

/**
 * Loads items by key with BatchGetItem: chunks of 100, `UnprocessedKeys` retried with backoff, results in
 * the order of `keys` with `null` for misses. The shape DataLoader batch functions need.
 */
export async function batchGetItems<T = Item>(
  db: DynamoDBDocumentClient,
  table: string,
  keys: readonly ItemKey[],
): Promise<(T | null)[]> {
  const found = new Map<string, Item>();
  const id = (k: { pk: unknown; sk: unknown }) => `${String(k.pk)}\u0000${String(k.sk)}`;
  const unique = [...new Map(keys.map((k) => [id(k), { pk: k.pk, sk: k.sk }])).values()];
  for (let i = 0; i < unique.length; i += CHUNK) {
    let pending: ItemKey[] = unique.slice(i, i + CHUNK);
    for (let round = 0; pending.length > 0; round++) {
      if (round >= MAX_ROUNDS) throw new Error(`BatchGetItem on ${table} left ${pending.length} keys unprocessed`);
      if (round > 0) await new Promise((r) => setTimeout(r, 2 ** round * 10));
      const out = await db.send(new BatchGetCommand({ RequestItems: { [table]: { Keys: pending } } }));
      for (const item of out.Responses?.[table] ?? []) found.set(id(item as ItemKey), item);
      pending = (out.UnprocessedKeys?.[table]?.Keys ?? []) as ItemKey[];
    }
  }
  return keys.map((k) => (found.get(id(k)) as T | undefined) ?? null);
}
