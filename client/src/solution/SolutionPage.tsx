import { useQuery } from '@apollo/client/react';
import Markdown from 'react-markdown';
import { Link, useParams } from 'react-router';
import { getFragmentData, graphql } from '../gql';
import { HealthDot } from '../health/HealthDot';
import { Badge } from '../ui/Badge';
import { DataTable } from '../ui/DataTable';
import { TierBadge } from '../ui/Badge';
import { Empty, ErrorState, Loading } from '../ui/States';
import { SALES_EMAIL } from '../dashboard/NextStep';
import { UpgradeButton } from '../billing/UpgradeButton';
import type { Tier } from '../gql/graphql';
import { GetKeyButton } from './GetKeyButton';
import { TierCards, TierCards_PlanPriceFragment, TierCards_TierConfigFragment } from './TierCards';
import { TryIt } from './TryIt';

const SolutionPage_Query = graphql(`
  query SolutionPage_Query($slug: String!) {
    solution(slug: $slug) {
      id
      slug
      name
      summary
      description
      category
      tags
      baseUrl
      documentationUrl
      publisherName
      healthStatus
      tiers {
        tier
        ...TierCards_TierConfig
      }
      endpoints {
        id
        method
        path
        description
        costWeight
        tiers
      }
    }
  }
`);

/**
 * Prices with GST come from billing, in a query of their own: when billing cannot answer, the page still shows the
 * tiers with their list prices.
 */
const SolutionPage_Prices = graphql(`
  query SolutionPage_Prices($slug: String!) {
    solution(slug: $slug) {
      id
      prices {
        tier
        ...TierCards_PlanPrice
      }
    }
  }
`);

/** A solution's public page: what it is, its tiers, its endpoints, how calls are checked, and the key button. */
export default function SolutionPage() {
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(SolutionPage_Query, { variables: { slug } });
  const solution = data?.solution;
  const pricing = useQuery(SolutionPage_Prices, { variables: { slug }, skip: !solution });

  if (error && !data) {
    return (
      <main className="page">
        <title>Solution · Marketplace</title>
        <ErrorState error={error} onRetry={() => void refetch()} />
      </main>
    );
  }
  if (loading && !data) {
    return (
      <main className="page">
        <Loading />
      </main>
    );
  }
  if (!solution) {
    return (
      <main className="page">
        <title>Not found · Marketplace</title>
        <h1>Solution not found</h1>
        <Empty title={`There is no published solution “${slug}”.`}>
          <Link to="/">Browse the catalog</Link>
        </Empty>
      </main>
    );
  }

  const tiers = solution.tiers.map((tier) => getFragmentData(TierCards_TierConfigFragment, tier));
  const prices = (pricing.data?.solution?.prices ?? []).map((price) => getFragmentData(TierCards_PlanPriceFragment, price));
  const tierAction = (tier: Tier) => {
    if (tier === 'PRO' && prices.some((price) => price.tier === 'PRO')) {
      return <UpgradeButton solutionId={solution.id} tier="PRO" returnTo={`/solutions/${solution.slug}#tiers-heading`} />;
    }
    if (tier === 'ENTERPRISE') {
      const subject = encodeURIComponent(`Enterprise: ${solution.name}`);
      return (
        <a className="button button-secondary" href={`mailto:${SALES_EMAIL}?subject=${subject}`}>
          Contact sales
        </a>
      );
    }
    return null;
  };
  return (
    <main className="page">
      <title>{`${solution.name} · Marketplace`}</title>
      <p className="breadcrumbs">
        <Link to="/">Catalog</Link> / <Link to={`/?category=${encodeURIComponent(solution.category)}`}>{solution.category}</Link>
      </p>
      <header className="solution-hero">
        <div>
          <h1>{solution.name}</h1>
          {solution.publisherName && <p className="solution-publisher">by {solution.publisherName}</p>}
          {solution.healthStatus !== 'UNKNOWN' && (
            <p className="solution-health">
              <HealthDot status={solution.healthStatus} showLabel />
              <span className="cell-note"> · health checked by the marketplace</span>
            </p>
          )}
          <p className="lead">{solution.summary}</p>
          {solution.tags.length > 0 && (
            <p className="tag-row">
              {solution.tags.map((tag) => (
                <Badge key={tag}>#{tag}</Badge>
              ))}
            </p>
          )}
        </div>
        <div className="solution-cta">
          <GetKeyButton solutionId={solution.id} slug={solution.slug} name={solution.name} />
          <dl className="facts facts-compact">
            <div>
              <dt>Base URL</dt>
              <dd>
                <code>{solution.baseUrl}</code>
              </dd>
            </div>
            {solution.documentationUrl && (
              <div>
                <dt>Docs</dt>
                <dd>
                  <a href={solution.documentationUrl} rel="noopener noreferrer" target="_blank">
                    Documentation<span className="visually-hidden"> (opens in a new tab)</span>
                  </a>
                </dd>
              </div>
            )}
          </dl>
        </div>
      </header>

      <section className="panel prose" aria-labelledby="about-heading">
        <h2 id="about-heading">About</h2>
        {/* react-markdown renders no raw HTML and drops unsafe link protocols. */}
        <Markdown>{solution.description}</Markdown>
      </section>

      <section className="panel" aria-labelledby="tiers-heading">
        <h2 id="tiers-heading">Tiers</h2>
        <TierCards tiers={tiers} prices={prices} action={tierAction} />
      </section>

      <section className="panel" aria-labelledby="endpoints-heading">
        <h2 id="endpoints-heading">Endpoints</h2>
        {solution.endpoints.length === 0 ? (
          <Empty title="No endpoints listed yet." />
        ) : (
          <DataTable
            caption={`Endpoints of ${solution.name}`}
            rowKey={(endpoint) => endpoint.id}
            rows={solution.endpoints}
            columns={[
              {
                key: 'endpoint',
                header: 'Endpoint',
                cell: (endpoint) => (
                  <>
                    <span className={`method method-${endpoint.method.toLowerCase()}`}>{endpoint.method}</span> <code>{endpoint.path}</code>
                    {endpoint.description && <div className="cell-note">{endpoint.description}</div>}
                  </>
                ),
              },
              { key: 'cost', header: 'Cost', cell: (endpoint) => `${endpoint.costWeight} ${endpoint.costWeight === 1 ? 'unit' : 'units'}` },
              {
                key: 'tiers',
                header: 'Tiers',
                cell: (endpoint) => (
                  <span className="badge-row">
                    {endpoint.tiers.map((tier) => (
                      <TierBadge key={tier} tier={tier} />
                    ))}
                  </span>
                ),
              },
            ]}
          />
        )}
      </section>

      <TryIt />
    </main>
  );
}
