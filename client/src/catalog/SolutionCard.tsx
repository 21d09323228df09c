import { Link } from 'react-router';
import { graphql } from '../gql';
import { HealthDot } from '../health/HealthDot';
import type { SolutionCard_SolutionFragment as SolutionCardData } from '../gql/graphql';
import { formatPaise, plural } from '../format/format';

export const SolutionCard_SolutionFragment = graphql(`
  fragment SolutionCard_Solution on Solution {
    slug
    name
    summary
    category
    tags
    publisherName
    healthStatus
    tiers {
      tier
      callAllowance
      trialDays
      monthlyPricePaise
      currency
    }
  }
`);

/** One solution in the catalog grid: what it does, who publishes it and what it costs. */
export function SolutionCard({ solution }: { solution: SolutionCardData }) {
  const anonymous = solution.tiers.find((tier) => tier.tier === 'ANONYMOUS');
  const paid = solution.tiers.filter((tier) => tier.monthlyPricePaise != null && tier.monthlyPricePaise > 0);
  const cheapest = paid.reduce<(typeof paid)[number] | undefined>(
    (best, tier) => (!best || (tier.monthlyPricePaise ?? 0) < (best.monthlyPricePaise ?? 0) ? tier : best),
    undefined,
  );
  return (
    <article className="solution-card">
      <p className="solution-card-category">
        {solution.category}
        {solution.healthStatus !== 'UNKNOWN' && <HealthDot status={solution.healthStatus} word />}
      </p>
      <h3>
        <Link to={`/solutions/${solution.slug}`}>{solution.name}</Link>
      </h3>
      {solution.publisherName && <p className="solution-card-publisher">by {solution.publisherName}</p>}
      <p className="solution-card-summary">{solution.summary}</p>
      {solution.tags.length > 0 && (
        <ul className="tag-list" aria-label="Tags">
          {solution.tags.map((tag) => (
            <li key={tag}>#{tag}</li>
          ))}
        </ul>
      )}
      <p className="solution-card-price">
        {anonymous && anonymous.callAllowance > 0 ? `${plural(anonymous.callAllowance, 'free call')} without signing up` : 'Free trial'}
        {cheapest?.monthlyPricePaise != null && ` · Pro from ${formatPaise(cheapest.monthlyPricePaise, cheapest.currency)}/mo`}
      </p>
    </article>
  );
}
