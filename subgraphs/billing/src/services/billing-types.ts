/** The vocabulary of billing: tiers as the quota contract spells them, and the states of billing's own records. */
export type Tier = 'anonymous' | 'registered' | 'pro' | 'enterprise';
/** The tiers a customer pays for. */
export type PaidTier = 'pro' | 'enterprise';
export const PAID_TIERS: readonly PaidTier[] = ['pro', 'enterprise'];
export const isPaidTier = (tier: string): tier is PaidTier => (PAID_TIERS as readonly string[]).includes(tier);

export type SubscriptionStatus = 'created' | 'authenticated' | 'active' | 'past_due' | 'halted' | 'cancelled' | 'completed' | 'paused';
export type InvoiceKindName = 'invoice' | 'credit-note';
export type OfferStatus = 'open' | 'accepted' | 'withdrawn' | 'expired';

/** Billing's only currency. */
export const CURRENCY = 'INR';
