import { graphql } from '../gql';
import type { TierCards_TierConfigFragment as TierData } from '../gql/graphql';
import { formatCount, formatMonthlyPrice, formatPaise, plural } from '../format/format';
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

/** The tiers side by side: price, allowance, window, rate limit, limit mode, features and highlights. */
export function TierCards({ tiers }: { tiers: readonly TierData[] }) {
  return (
    <ul className="tier-grid">
      {tiers.map((tier) => (
        <li key={tier.tier} className="tier-card">
          <div className="tier-card-head">
            <TierBadge tier={tier.tier} />
            <span className="tier-who">{WHO[tier.tier]}</span>
          </div>
          <p className="tier-price">{formatMonthlyPrice(tier.monthlyPricePaise, tier.currency)}</p>
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
          {tier.features.length > 0 && (
            <>
              <h4 className="tier-subheading">Features</h4>
              <ul className="tier-features">
                {tier.features.map((feature) => (
                  <li key={feature.key}>
                    <code>{feature.key}</code>: {featureValue(feature)}
                  </li>
                ))}
              </ul>
            </>
          )}
          {tier.highlights.length > 0 && (
            <ul className="tier-highlights">
              {tier.highlights.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
