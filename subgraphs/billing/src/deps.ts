import type { EventLog } from '@marketplace/analytics/public';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Clock, Logger, Mailer } from '@marketplace/shared';
import type { DocumentStore } from './data/document-store.ts';
import type { PaidTier, Tier } from './services/billing-types.ts';
import type { RazorpayGateway } from './services/razorpay-gateway.ts';

/** The catalog's answers billing needs (`@marketplace/catalog/public`, cached a few seconds). */
export interface SolutionCatalog {
  solution(solutionId: string): Promise<{ id: string; slug: string; name: string; status: string; partnerId: string } | null>;
  policy(solutionId: string, tier: Tier): Promise<{ callAllowance: number; ratePerSecond: number | null; monthlyPricePaise: number | null } | null>;
  tierBounds(tier: Tier): Promise<{
    minCallAllowance: number;
    maxCallAllowance: number;
    maxRatePerSecond: number | null;
    minMonthlyPricePaise: number | null;
    maxMonthlyPricePaise: number | null;
  } | null>;
}

/** A saved new price of a paid tier whose subscribers are still to be told (`@marketplace/catalog/public`). */
export interface PendingPriceChange {
  id: string;
  solutionId: string;
  tier: 'pro' | 'enterprise';
  oldPricePaise: number;
  newPricePaise: number;
  changedAt: string;
  actorId: string;
  /** The subscribers the partner's confirmed preview counted (null: saved before previews were sealed). */
  confirmedSubscribers: number | null;
}

/** What a preview showed, as the catalog seals it for the partner's confirmation. */
export interface PreviewedPriceChange {
  solutionId: string;
  tier: PaidTier;
  currentPricePaise: number | null;
  newPricePaise: number;
  subscribers: number;
  userId: string;
}

/**
 * The catalog's pending price changes (saved with the tiers, settled once billing has made their notices), and
 * what a preview needs of it: the price now, uncached, and the seal that saving the new price requires.
 */
export interface PriceChangeFeed {
  pending(limit?: number): Promise<PendingPriceChange[]>;
  settle(change: PendingPriceChange): Promise<boolean>;
  currentPrice(solutionId: string, tier: PaidTier): Promise<number | null>;
  confirmation(previewed: PreviewedPriceChange): string;
}

/** Identity's contact details of a user (`@marketplace/identity/public`). */
export interface UserDirectory {
  profile(userId: string): Promise<{ id: string; email: string; name: string } | null>;
}

/** A paid tier as billing grants it through the quotas package's public writer. */
export interface TierGrant {
  userId: string;
  solutionId: string;
  tier: PaidTier;
  periodStart: Date;
  periodEnd: Date;
  endsAt: Date;
  callAllowance?: number | null;
  ratePerSecond?: number | null;
  reference: string;
  reason: string;
}

/** The quotas package's paid-grant writer (`@marketplace/quotas/public`). */
export interface TierGrants {
  write(grant: TierGrant, options?: { onlyIfReference?: string }): Promise<boolean>;
}

/** Everything the billing subgraph needs from its process; tests build their own. */
export interface BillingDeps {
  /** The analytics event log: facts are appended after their change commits (absent: not recorded). */
  events?: EventLog;
  db: DynamoDBDocumentClient;
  /** The billing subgraph's own table. */
  table: string;
  clock: Clock;
  logger: Logger;
  production: boolean;
  catalog: SolutionCatalog;
  priceChanges: PriceChangeFeed;
  users: UserDirectory;
  grants: TierGrants;
  razorpay: RazorpayGateway;
  mailer: Mailer;
  /** Where invoice PDFs are kept. */
  documents: DocumentStore;
  /** Where users open the app (links in emails). */
  publicUrl: string;
  /** Days the paid tier is kept after a failed renewal. */
  graceDays: number;
  /** Hours before a renewal that the pre-debit notice goes out. */
  noticeHours: number;
}
