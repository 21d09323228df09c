import type { ReactNode } from 'react';
import { graphql } from '../gql';
import type { Tier, TierCards_PlanPriceFragment as PriceData, TierCards_TierConfigFragment as TierData } from '../gql/graphql';
import { formatCount, formatMoney, keyToWords, formatMonthlyPrice, formatPaise, plural } from '../format/format';
import { enumLabel, TierBadge } from '../ui/Badge';

export const TierCards_TierConfigFragment = graphql(`
  fragment TierCards_TierConfig on TierConfig {
    tier
    callAllowance
    trialDays
    billingPeriod
    ratePerSecond
    monthlyPricePaise
    currency
    limitMode
    overagePricePaise
    features {
      key
      type
      booleanValue
      numberValue
      stringValue
    }
    highlights
  }
`);

/** What a paid tier costs with GST, from billing (`Solution.prices`): the server computes every amount. */
export const TierCards_PlanPriceFragment = graphql(`
  fragment TierCards_PlanPrice on PlanPrice {
    tier
    monthly {
      taxable {
        paise
        currency
      }
      gst {
        paise
        currency
      }
      total {
        paise
        currency
      }
      gstRatePercent
    }
  }
`);

/** "100 calls over 30 days" (trial tiers) or "10,000 calls / month" (paid tiers). */
function allowanceText(tier: Pick<TierData, 'callAllowance' | 'trialDays' | 'billingPeriod'>): string {
  const calls = plural(tier.callAllowance, 'call');
  if (tier.trialDays != null) return `${calls} within ${plural(tier.trialDays, 'day')}`;
  return `${calls} / ${tier.billingPeriod === 'MONTHLY' || !tier.billingPeriod ? 'month' : enumLabel(tier.billingPeriod)}`;
}

function featureValue(feature: TierData['features'][number]): string {
  if (feature.type === 'BOOLEAN') return feature.booleanValue ? 'Yes' : 'No';
  if (feature.type === 'NUMBER') return feature.numberValue == null ? '—' : formatCount(feature.numberValue);
  return feature.stringValue ?? '—';
}

const WHO: Record<string, string> = {
  ANONYMOUS: 'No account needed',
  REGISTERED: 'Free account',
  PRO: 'Paid plan',
  ENTERPRISE: 'Contract',
};

/** "₹999 / month" and, below it, "+ 18% GST (₹179.82): ₹1,178.82 / month". */
function TierPrice({ tier, price }: { tier: TierData; price: PriceData | undefined }) {
  if (!price || price.monthly.total.paise === 0) {
    return <p className="tier-price">{formatMonthlyPrice(tier.monthlyPricePaise, tier.currency)}</p>;
  }
  const { taxable, gst, total, gstRatePercent } = price.monthly;
  return (
    <div>
      <p className="tier-price">{formatMonthlyPrice(taxable.paise, taxable.currency)}</p>
      <p className="tier-gst">
        + {gstRatePercent}% GST ({formatMoney(gst)}): <strong>{formatMoney(total)} / month</strong>
      </p>
    </div>
  );
}

/**
 * The tiers side by side: price (with GST when billing knows it), allowance, window, rate limit, limit mode, features
 * and highlights; `action` adds a button to a tier's card (e.g. "Upgrade to Pro").
 */
export function TierCards({ tiers, prices = [], action }: {
  tiers: readonly TierData[];
  prices?: readonly PriceData[];
  action?: (tier: Tier) => ReactNode;
}) {
  return (
    <ul className="tier-grid">
      {tiers.map((tier) => (
        <li key={tier.tier} className="tier-card">
          <div className="tier-card-head">
            <TierBadge tier={tier.tier} />
            <span className="tier-who">{WHO[tier.tier]}</span>
          </div>
          <TierPrice tier={tier} price={prices.find((price) => price.tier === tier.tier)} />
          <dl className="tier-facts">
            <div>
              <dt>Allowance</dt>
              <dd>{allowanceText(tier)}</dd>
            </div>
            <div>
              <dt>Window</dt>
              <dd>{tier.trialDays != null ? `Trial: ${plural(tier.trialDays, 'day')} from the first call` : 'Monthly billing period'}</dd>
            </div>
            <div>
              <dt>Rate limit</dt>
              <dd>{tier.ratePerSecond ? `${plural(tier.ratePerSecond, 'call')} / second` : 'No per-second limit'}</dd>
            </div>
            <div>
              <dt>At the limit</dt>
              <dd>
                {tier.limitMode === 'SOFT'
                  ? `Soft: ${tier.overagePricePaise != null ? formatPaise(tier.overagePricePaise, tier.currency) : '—'} per extra call`
                  : 'Hard: calls are refused'}
              </dd>
            </div>
          </dl>
          {/* One heading over the flags and the highlights: a tier with highlights only had a list without one. */}
          {(tier.features.length > 0 || tier.highlights.length > 0) && <h4 className="tier-subheading">Features</h4>}
          {tier.features.length > 0 && (
            <ul className="tier-features">
              {tier.features.map((feature) => (
                <li key={feature.key}>
                  {keyToWords(feature.key)}: {featureValue(feature)}
                </li>
              ))}
            </ul>
          )}
          {tier.highlights.length > 0 && (
            <ul className="tier-highlights">
              {tier.highlights.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
          {action && <div className="tier-action">{action(tier.tier)}</div>}
        </li>
      ))}
    </ul>
  );
}
