import { createHmac, timingSafeEqual } from 'node:crypto';
import { conflict, InputError, MINUTE } from '@marketplace/shared';

/**
 * A partner's confirmation of a previewed price change: billing's preview seals what it showed (solution, tier,
 * the price it replaces, the new price, how many subscribers it tells, for whom), and `setSolutionTiers` saves a
 * changed price of a published solution's paid tier only with the seal of that very change. The seal is an HMAC
 * under a key derived from the platform's internal secret (which only platform processes hold), so a client can
 * neither forge one nor edit what it says; it is not a secret itself.
 */
export interface PriceConfirmationFacts {
  solutionId: string;
  tier: 'pro' | 'enterprise';
  /** The price the preview compared with (null: none yet). A save over any other price is stale. */
  currentPricePaise: number | null;
  newPricePaise: number;
  /** The subscribers the preview said would be told. */
  subscribers: number;
  /** Who previewed it: only they may confirm it. */
  userId: string;
  /** When the preview stops counting as what the partner saw. */
  expiresAt: Date;
}

/** How long a preview may be confirmed: long enough to read it, short enough that its count is still true. */
export const PRICE_CONFIRMATION_VALIDITY_MS = 30 * MINUTE;

const PREFIX = 'pcc1';

// Its own key, so a seal can never pass for another use of the internal secret (e.g. the caller signature).
const keyOf = (secret: string) => createHmac('sha256', secret).update('marketplace price-change confirmation v1').digest();
const macOf = (secret: string, body: string) => createHmac('sha256', keyOf(secret)).update(`${PREFIX}.${body}`).digest();

/** The seal of a preview, for `setSolutionTiers(priceConfirmations)`. */
export function sealPriceConfirmation(secret: string, facts: PriceConfirmationFacts): string {
  const body = Buffer.from(
    JSON.stringify([facts.solutionId, facts.tier, facts.currentPricePaise, facts.newPricePaise, facts.subscribers, facts.userId, facts.expiresAt.getTime()]),
  ).toString('base64url');
  return `${PREFIX}.${body}.${macOf(secret, body).toString('base64url')}`;
}

/** What a seal says, or null when it is not one this secret made (forged, edited, truncated). */
export function openPriceConfirmation(secret: string, token: string): PriceConfirmationFacts | null {
  const [prefix, body, mac, ...rest] = token.split('.');
  if (prefix !== PREFIX || !body || !mac || rest.length) return null;
  const given = Buffer.from(mac, 'base64url');
  const expected = macOf(secret, body);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const [solutionId, tier, currentPricePaise, newPricePaise, subscribers, userId, expiresAt] = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as [
    string, 'pro' | 'enterprise', number | null, number, number, string, number,
  ];
  return { solutionId, tier, currentPricePaise, newPricePaise, subscribers, userId, expiresAt: new Date(expiresAt) };
}

/** A paid tier's price a save changes (see `paidPriceChanges`). */
export interface PaidPriceChange {
  tier: 'pro' | 'enterprise';
  oldPricePaise: number;
  newPricePaise: number;
}

const TIER_NAMES = { pro: 'PRO', enterprise: 'ENTERPRISE' } as const;

/**
 * The subscribers each change was confirmed for, by tier; throws unless every change carries the seal of exactly
 * that change, previewed by `userId` for `solutionId`, unexpired and over the price the tier has now.
 * BAD_USER_INPUT names `priceConfirmations` (one missing) or `priceConfirmations[i]` (forged, another solution's
 * or user's, or a different price); CONFLICT names `priceConfirmations[i]` when the preview is stale (the price
 * changed since, or it expired): preview again. A valid seal of a tier this save does not need one for is ignored.
 */
export function checkPriceConfirmations(
  changes: readonly PaidPriceChange[],
  tokens: readonly string[],
  context: { secret: string; solutionId: string; userId: string; now: Date },
): Map<'pro' | 'enterprise', number> {
  const byTier = new Map<'pro' | 'enterprise', { facts: PriceConfirmationFacts; field: string }>();
  tokens.forEach((token, index) => {
    const field = `priceConfirmations[${index}]`;
    const facts = openPriceConfirmation(context.secret, token);
    if (!facts) throw new InputError(field, 'This is not a price-change preview of the marketplace: preview the change again.');
    if (facts.solutionId !== context.solutionId || facts.userId !== context.userId) {
      throw new InputError(field, 'This preview is of another solution or by another user: preview the change again.');
    }
    if (byTier.has(facts.tier)) throw new InputError(field, `Two previews of ${TIER_NAMES[facts.tier]}: send only the one confirmed.`);
    byTier.set(facts.tier, { facts, field });
  });
  const confirmed = new Map<'pro' | 'enterprise', number>();
  for (const change of changes) {
    const found = byTier.get(change.tier);
    const name = TIER_NAMES[change.tier];
    if (!found) {
      throw new InputError('priceConfirmations', `The new price of ${name} needs its preview (tierPriceChangePreview) confirmed: pass the preview's confirmation.`);
    }
    const { facts, field } = found;
    if (facts.newPricePaise !== change.newPricePaise) {
      throw new InputError(field, `The preview confirmed ${name} at ${facts.newPricePaise} paise, but the tiers set ${change.newPricePaise}: preview the price being saved.`);
    }
    if (facts.currentPricePaise !== change.oldPricePaise) {
      throw conflict(`${name}'s price changed after the preview (now ${change.oldPricePaise} paise): preview the change again.`, field);
    }
    if (facts.expiresAt.getTime() <= context.now.getTime()) throw conflict(`The preview of ${name} has expired: preview the change again.`, field);
    confirmed.set(change.tier, facts.subscribers);
  }
  return confirmed;
}
