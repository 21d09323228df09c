import { hasBeenPublic } from '@marketplace/contracts';
import { conflict, InputError, isId, notFound } from '@marketplace/shared';
import { offerStatus, type OfferRecord, OfferRepository } from '../data/offer.repository.ts';
import type { BillingDeps } from '../deps.ts';
import { computeGst, type GstBreakdown } from '../money/gst.ts';
import { findState, type IndianState } from '../money/indian-states.ts';
import { isPaidTier, type PaidTier } from './billing-types.ts';
import type { BuyerInput } from './tax-document.ts';

/** What a customer pays for, before GST: a tier's price, or an Enterprise offer's. */
export interface PlanTerms {
  solution: { id: string; name: string; slug: string; partnerId: string };
  tier: PaidTier;
  taxablePaise: number;
  /** An offer's limits (null: the tier's own). */
  callAllowance: number | null;
  ratePerSecond: number | null;
  offer: OfferRecord | null;
}

const TIER_NAME: Record<PaidTier, string> = { pro: 'PRO', enterprise: 'ENTERPRISE' };

/** The place of supply of a buyer: their GSTIN's state, else the state they gave, else none (the seller's). */
export function buyerState(buyer: BuyerInput): IndianState | null {
  if (buyer.gstin) return findState(buyer.gstin.slice(0, 2));
  return buyer.stateCode ? findState(buyer.stateCode) : null;
}

/** The GST a buyer pays on `taxablePaise` from `seller`. */
export function gstFor(taxablePaise: number, seller: IndianState, buyer: BuyerInput): GstBreakdown {
  return computeGst(taxablePaise, { seller, buyer: buyerState(buyer) });
}

/** Prices from the catalog's tiers (through its public reader) and offers. */
export class Pricing {
  private readonly offers: OfferRepository;

  constructor(private readonly deps: BillingDeps) {
    this.offers = new OfferRepository(deps.db, deps.table);
  }

  /**
   * A published solution, or an error naming `field`. With `viewerId` (a customer), another partner's draft is
   * answered word for word like an id that does not exist; without it (an admin) its state is named.
   */
  async publishedSolution(solutionId: string, field = 'solutionId', viewerId?: string): Promise<PlanTerms['solution']> {
    const solution = isId('sol', solutionId) ? await this.deps.catalog.solution(solutionId) : null;
    const hidden = solution && viewerId !== undefined && !hasBeenPublic(solution.status) && solution.partnerId !== viewerId;
    // A customer's made-up id and another partner's draft get the same NOT_FOUND; an admin's form names the field.
    if (!solution || hidden) throw viewerId !== undefined ? notFound('Solution', field) : new InputError(field, `There is no solution ${solutionId}.`);
    if (solution.status !== 'PUBLISHED') throw conflict(`${solution.name} is not published; it cannot be subscribed to.`, field);
    return { id: solution.id, name: solution.name, slug: solution.slug, partnerId: solution.partnerId };
  }

  /**
   * What `userId` would pay for `tier` of a solution: its monthly price now, or with `offerId` the offer's terms.
   * Errors name `solutionId` (unknown or unpublished), `tier` (free, or without a price) or `offerId`.
   */
  async terms(userId: string, solutionId: string, tier: string, offerId?: string | null): Promise<PlanTerms> {
    if (!isPaidTier(tier)) throw new InputError('tier', 'Only PRO or ENTERPRISE are paid for; the free tiers need no checkout.');
    const solution = await this.publishedSolution(solutionId, 'solutionId', userId);
    // Absent is no offer; an empty or malformed id names no offer and is refused (NOT_FOUND, as an unknown one or
    // another customer's), not read as "none".
    if (offerId !== null && offerId !== undefined) {
      const offer = isId('ofr', offerId) ? await this.offers.get(offerId) : null;
      if (!offer || offer.userId !== userId) throw notFound('Offer', 'offerId');
      if (offer.solutionId !== solutionId) throw new InputError('offerId', `Offer ${offerId} is for another solution.`);
      const status = offerStatus(offer, this.deps.clock.now());
      if (status !== 'open') throw conflict(`Offer ${offerId} is ${status}; it can no longer be accepted.`, 'offerId');
      if (tier !== 'enterprise') throw new InputError('tier', 'An Enterprise offer is accepted with tier ENTERPRISE.');
      return { solution, tier, taxablePaise: offer.pricePaise, callAllowance: offer.callAllowance, ratePerSecond: offer.ratePerSecond, offer };
    }
    // Read afresh, not from the reader's few-seconds cache: a subscription started after a price is saved pays it.
    const price = await this.deps.priceChanges.currentPrice(solutionId, tier);
    if (!price) {
      throw new InputError('tier', `${TIER_NAME[tier]} of ${solution.name} has no price${tier === 'enterprise' ? '; ask for an Enterprise offer' : ''}.`);
    }
    return { solution, tier, taxablePaise: price, callAllowance: null, ratePerSecond: null, offer: null };
  }

  /** The monthly prices of a solution's paid tiers that have one (for `Solution.prices`). */
  async prices(solutionId: string): Promise<{ tier: PaidTier; taxablePaise: number; callAllowance: number; ratePerSecond: number | null }[]> {
    const found = [];
    for (const tier of ['pro', 'enterprise'] as const) {
      const policy = await this.deps.catalog.policy(solutionId, tier);
      if (policy?.monthlyPricePaise) found.push({ tier, taxablePaise: policy.monthlyPricePaise, callAllowance: policy.callAllowance, ratePerSecond: policy.ratePerSecond });
    }
    return found;
  }
}
