import { registerEnumType } from 'type-graphql';
import type { InvoiceKindName, OfferStatus, SubscriptionStatus, Tier } from '../services/billing-types.ts';

// Tier is also the catalog's and quotas': the same names, values and description, or composition fails.

/** GraphQL names (upper case) over the internal tier names (lower case, as the quota contract spells them). */
export const TierEnum = { ANONYMOUS: 'anonymous', REGISTERED: 'registered', PRO: 'pro', ENTERPRISE: 'enterprise' } as const satisfies Record<string, Tier>;
registerEnumType(TierEnum, {
  name: 'Tier',
  description: 'Access tiers of a solution, from anonymous trial calls to enterprise contracts.',
});

export const SubscriptionStatusEnum = {
  CREATED: 'created',
  AUTHENTICATED: 'authenticated',
  ACTIVE: 'active',
  PAST_DUE: 'past_due',
  HALTED: 'halted',
  CANCELLED: 'cancelled',
  COMPLETED: 'completed',
  PAUSED: 'paused',
} as const satisfies Record<string, SubscriptionStatus>;
registerEnumType(SubscriptionStatusEnum, {
  name: 'SubscriptionStatus',
  description:
    'CREATED: waiting for the first payment at checkout. AUTHENTICATED: card authorised, first charge at a later start. ACTIVE: paid for the current period. PAST_DUE: a renewal failed; the tier is kept until graceEndsAt while Razorpay retries. HALTED: retries used up; the tier fell back to REGISTERED until a payment. CANCELLED, COMPLETED: ended. PAUSED: paused at Razorpay.',
});

export const InvoiceKindEnum = { INVOICE: 'invoice', CREDIT_NOTE: 'credit-note' } as const satisfies Record<string, InvoiceKindName>;
registerEnumType(InvoiceKindEnum, { name: 'InvoiceKind', description: 'A GST tax invoice, or a credit note against one (a refund).' });

export const EnterpriseOfferStatusEnum = {
  OPEN: 'open',
  ACCEPTED: 'accepted',
  WITHDRAWN: 'withdrawn',
  EXPIRED: 'expired',
} as const satisfies Record<string, OfferStatus>;
registerEnumType(EnterpriseOfferStatusEnum, {
  name: 'EnterpriseOfferStatus',
  description: 'OPEN: the customer may accept it at checkout until expiresAt. ACCEPTED: paid for; its subscription carries it. WITHDRAWN by an admin, or EXPIRED unaccepted.',
});
