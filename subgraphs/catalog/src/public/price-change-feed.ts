import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Clock } from '@marketplace/shared';
import { type PriceChangeRecord, PriceChangeRepository } from '../data/price-change.repository.ts';
import { SolutionRepository } from '../data/solution.repository.ts';
import { type PriceConfirmationFacts, PRICE_CONFIRMATION_VALIDITY_MS, sealPriceConfirmation } from '../services/price-confirmation.ts';

export type PendingPriceChange = Omit<PriceChangeRecord, 'settledAt'>;

/** What billing's preview showed a partner, to be sealed as the confirmation `setSolutionTiers` asks for. */
export type PreviewedPriceChange = Omit<PriceConfirmationFacts, 'expiresAt'>;

/**
 * New prices of paid tiers whose subscribers are still to be told (billing's scheduled job): each is saved with
 * the tiers in one transaction and stays pending until `settle`, so a crash between the two loses nothing.
 * Before a price is saved, billing previews it: against the price read here afresh, sealed here.
 */
export interface PriceChangeFeed {
  /** Pending changes, oldest first. */
  pending(limit?: number): Promise<PendingPriceChange[]>;
  /** The change's notices are made: it leaves the pending list (false: settled already). */
  settle(change: PendingPriceChange): Promise<boolean>;
  /** A paid tier's price now, read from the table (not a cache): what a preview compares with. Null: none. */
  currentPrice(solutionId: string, tier: 'pro' | 'enterprise'): Promise<number | null>;
  /** The partner's proof of a preview, valid for `PRICE_CONFIRMATION_VALIDITY_MS` (see `price-confirmation.ts`). */
  confirmation(previewed: PreviewedPriceChange): string;
}

export function createPriceChangeFeed(deps: { db: DynamoDBDocumentClient; table: string; clock: Clock; internalSecret: string }): PriceChangeFeed {
  const changes = new PriceChangeRepository(deps.db, deps.table);
  const solutions = new SolutionRepository(deps.db, deps.table);
  return {
    pending: (limit) => changes.pending(limit),
    settle: (change) => changes.settle(change, deps.clock.now()),
    async currentPrice(solutionId, tier) {
      const solution = await solutions.get(solutionId);
      return solution?.tiers.find((t) => t.tier === tier)?.monthlyPricePaise ?? null;
    },
    confirmation: (previewed) =>
      sealPriceConfirmation(deps.internalSecret, { ...previewed, expiresAt: new Date(deps.clock.now().getTime() + PRICE_CONFIRMATION_VALIDITY_MS) }),
  };
}
