import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Clock } from '@marketplace/shared';
import { type PriceChangeRecord, PriceChangeRepository } from '../data/price-change.repository.ts';

export type PendingPriceChange = Omit<PriceChangeRecord, 'settledAt'>;

/**
 * New prices of paid tiers whose subscribers are still to be told (billing's scheduled job): each is saved with
 * the tiers in one transaction and stays pending until `settle`, so a crash between the two loses nothing.
 */
export interface PriceChangeFeed {
  /** Pending changes, oldest first. */
  pending(limit?: number): Promise<PendingPriceChange[]>;
  /** The change's notices are made: it leaves the pending list (false: settled already). */
  settle(change: PendingPriceChange): Promise<boolean>;
}

export function createPriceChangeFeed(deps: { db: DynamoDBDocumentClient; table: string; clock: Clock }): PriceChangeFeed {
  const changes = new PriceChangeRepository(deps.db, deps.table);
  return {
    pending: (limit) => changes.pending(limit),
    settle: (change) => changes.settle(change, deps.clock.now()),
  };
}
