import { latestOfferEnd } from '@marketplace/contracts';
import { auditEventPut, checkFields, conflict, DAY, InputError, isId, newId, notFound, sendMailSafely, transactWrite } from '@marketplace/shared';
import { offerStatus, type OfferRecord, OfferRepository } from '../data/offer.repository.ts';
import type { BillingDeps } from '../deps.ts';
import { checkPaise, formatInr, groupIndian } from '../money/paise.ts';
import { AUDIT_STREAM } from './billing-audit.ts';
import { offerMail } from './billing-mail.ts';
import type { Pricing } from './pricing.ts';

export interface OfferInput {
  userId: string;
  solutionId: string;
  pricePaise: number;
  callAllowance: number;
  ratePerSecond: number;
  expiresAt?: Date | null;
}

const DEFAULT_VALIDITY_MS = 30 * DAY;

/** Owns Enterprise offers: admins make them for one customer on one solution, within the platform's bounds. */
export class OfferService {
  private readonly repo: OfferRepository;

  constructor(
    private readonly deps: BillingDeps,
    private readonly pricing: Pricing,
  ) {
    this.repo = new OfferRepository(deps.db, deps.table);
  }

  get(id: string): Promise<OfferRecord | null> {
    return isId('ofr', id) ? this.repo.get(id) : Promise.resolve(null);
  }

  ofUser(userId: string): Promise<OfferRecord[]> {
    return this.repo.ofUser(userId);
  }

  async all(solutionId: string | null): Promise<OfferRecord[]> {
    const offers = await this.repo.all();
    // Filtered by any id given, an empty or malformed one too (it names no solution: none of the offers).
    return solutionId === null ? offers : offers.filter((o) => o.solutionId === solutionId);
  }

  /**
   * Checks everything before writing and refuses every problem at once (errors name `input.<field>`, in words): a
   * customer that exists, a published solution, a price of at least ₹1, and the price, calls a month and calls a
   * second within the platform's Enterprise bounds, an expiry in the coming year. Audited and mailed to the customer.
   */
  async create(actorId: string, input: OfferInput): Promise<OfferRecord> {
    const account = isId('usr', input.userId) ? await this.deps.users.profile(input.userId) : null;
    let solutionRefused: unknown;
    const published = await this.pricing.publishedSolution(input.solutionId, 'input.solutionId').catch((error: unknown) => {
      solutionRefused = error;
      return null;
    });
    const bounds = await this.deps.catalog.tierBounds('enterprise');
    const now = this.deps.clock.now();
    const count = (n: number) => groupIndian(String(n));
    const { customer, solution, pricePaise, expiresAt } = checkFields({
      customer: () => {
        if (!account) throw new InputError('input.userId', `There is no user ${input.userId}.`);
        return account;
      },
      solution: () => {
        if (!published) throw solutionRefused;
        return published;
      },
      pricePaise: () => {
        const paise = checkPaise('input.pricePaise', input.pricePaise);
        if (paise < 100) throw new InputError('input.pricePaise', 'The monthly price is at least ₹1.');
        const [min, max] = [bounds?.minMonthlyPricePaise ?? 100, bounds?.maxMonthlyPricePaise ?? Number.MAX_SAFE_INTEGER];
        if (paise < min || paise > max) {
          throw new InputError('input.pricePaise', `The monthly price is from ${formatInr(min)} to ${formatInr(max)} (the platform's Enterprise bounds).`);
        }
        return paise;
      },
      callAllowance: () => {
        const [min, max] = [bounds?.minCallAllowance ?? 1, bounds?.maxCallAllowance ?? Number.MAX_SAFE_INTEGER];
        if (!Number.isSafeInteger(input.callAllowance) || input.callAllowance < min || input.callAllowance > max) {
          throw new InputError('input.callAllowance', `The calls a month are a whole number from ${count(min)} to ${count(max)} (the platform's Enterprise bounds).`);
        }
      },
      ratePerSecond: () => {
        const max = bounds?.maxRatePerSecond ?? 100_000;
        if (!Number.isSafeInteger(input.ratePerSecond) || input.ratePerSecond < 1 || input.ratePerSecond > max) {
          throw new InputError('input.ratePerSecond', `The calls a second are a whole number from 1 to ${count(max)} (the platform's Enterprise bounds).`);
        }
      },
      expiresAt: () => {
        const at = input.expiresAt ?? new Date(now.getTime() + DEFAULT_VALIDITY_MS);
        if (!(at instanceof Date) || Number.isNaN(at.getTime()) || at <= now || at > latestOfferEnd(now)) {
          throw new InputError('input.expiresAt', 'The offer stays open until a day within the coming year.');
        }
        return at;
      },
    });
    const offer: OfferRecord = {
      id: newId('ofr', now),
      userId: customer.id,
      solutionId: solution.id,
      pricePaise,
      callAllowance: input.callAllowance,
      ratePerSecond: input.ratePerSecond,
      status: 'open',
      expiresAt: expiresAt.toISOString(),
      createdBy: actorId,
      createdAt: now.toISOString(),
      subscriptionId: null,
      version: 0,
    };
    const audit = auditEventPut(
      this.deps.table,
      { stream: AUDIT_STREAM, actorId, action: 'offer.create', targetType: 'EnterpriseOffer', targetId: offer.id, userId: offer.userId, solutionId: offer.solutionId, after: { pricePaise, callAllowance: offer.callAllowance, ratePerSecond: offer.ratePerSecond, expiresAt: offer.expiresAt } },
      now,
    );
    const result = await transactWrite(this.deps.db, [this.repo.put(offer), ...audit.items]);
    if (!result.ok) throw new Error(`offer.create: transaction cancelled (${result.reasons.join(', ')})`);
    await sendMailSafely(this.deps, offerMail({ email: customer.email, name: customer.name }, solution.name, pricePaise, offer.expiresAt, this.deps.publicUrl));
    return { ...offer, version: 1 };
  }

  /** Withdraws an open offer: NOT_FOUND for an unknown one, CONFLICT on `id` for one withdrawn, accepted or expired. */
  async withdraw(actorId: string, id: string): Promise<OfferRecord> {
    const offer = await this.get(id);
    if (!offer) throw notFound('Offer', 'id');
    const now = this.deps.clock.now();
    // Withdrawn already, accepted or expired: a closed offer is refused like at checkout, and nothing is written or audited.
    const status = offerStatus(offer, now);
    if (status !== 'open') throw conflict(`Offer ${id} is ${status}; it can no longer be withdrawn.`, 'id');
    const next: OfferRecord = { ...offer, status: 'withdrawn' };
    const audit = auditEventPut(
      this.deps.table,
      { stream: AUDIT_STREAM, actorId, action: 'offer.withdraw', targetType: 'EnterpriseOffer', targetId: id, userId: offer.userId, solutionId: offer.solutionId, before: { status: 'open' }, after: { status: 'withdrawn' } },
      now,
    );
    const result = await transactWrite(this.deps.db, [this.repo.put(next), ...audit.items]);
    if (!result.ok) throw conflict('The offer changed meanwhile; try again.', 'id');
    return { ...next, version: next.version + 1 };
  }
}
