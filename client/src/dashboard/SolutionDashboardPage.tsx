import { useQuery } from '@apollo/client/react';
import { lazy, Suspense } from 'react';
import { Link, useParams } from 'react-router';
import { CustomerUsageAnalytics } from '../analytics/CustomerUsageAnalytics';
import { getFragmentData, graphql } from '../gql';
import { plural } from '../format/format';
import { StatusBadge, TierBadge } from '../ui/Badge';
import { unavailableReason } from './solution-availability';
import { Empty, ErrorState, Loading } from '../ui/States';
import { KeyManager, KeyManager_ApiKeyFragment } from './KeyManager';
import { NextStep } from './NextStep';
import { NoticeEmails, UpgradeNotices } from './UpgradeNotices';
import { UsageBar, windowSpanText } from './UsageBar';

const UsageChart = lazy(() => import('./UsageChart'));

const SolutionDashboardPage_Solution = graphql(`
  query SolutionDashboardPage_Solution($slug: String!) {
    solution(slug: $slug) {
      ...SolutionDashboardPage_Solution
    }
    myKeys {
      id
      solution {
        ...SolutionDashboardPage_Solution
      }
    }
  }
`);

// The catalog answers only for published solutions; the customer's keys still name one that is not any more.
const SolutionDashboardPage_SolutionFragment = graphql(`
  fragment SolutionDashboardPage_Solution on Solution {
    id
    slug
    name
    publisherName
    status
  }
`);

const SolutionDashboardPage_Query = graphql(`
  query SolutionDashboardPage_Query($solutionId: ID!) {
    myUsage(solutionId: $solutionId) {
      tier
      used
      limit
      remaining
      windowKind
      windowStart
      windowEnd
      daysRemaining
      trialEnded
      ratePerSecond
      limitMode
      overage
      daily(days: 30) {
        day
        allowed
        denied
      }
    }
    myKeys(solutionId: $solutionId) {
      id
      ...KeyManager_ApiKey
    }
  }
`);

/** One solution from the customer's side: tier, usage, a 30-day chart, the next step, and key management. */
export default function SolutionDashboardPage() {
  const { slug = '' } = useParams();
  const solutionQuery = useQuery(SolutionDashboardPage_Solution, { variables: { slug } });
  const solution = getFragmentData(
    SolutionDashboardPage_SolutionFragment,
    solutionQuery.data?.solution ?? solutionQuery.data?.myKeys.find((key) => getFragmentData(SolutionDashboardPage_SolutionFragment, key.solution).slug === slug)?.solution,
  );
  const { data, error, loading, refetch } = useQuery(SolutionDashboardPage_Query, {
    variables: { solutionId: solution?.id ?? '' },
    skip: !solution,
    // Usage of a solution that is no longer published may fail to read; its keys still show.
    errorPolicy: 'all',
  });

  if (solutionQuery.error) return <PageFrame title="Solution"><ErrorState error={solutionQuery.error} onRetry={() => void solutionQuery.refetch()} /></PageFrame>;
  if (solutionQuery.loading && !solutionQuery.data) return <PageFrame title="Solution"><Loading /></PageFrame>;
  if (!solution) {
    return (
      <PageFrame title="Solution not found">
        <Empty title="This solution is not in the catalog.">
          <p>
            It may have been unpublished. <Link to="/dashboard">Back to your dashboard</Link>
          </p>
        </Empty>
      </PageFrame>
    );
  }

  const usage = data?.myUsage;
  const keys = (data?.myKeys ?? []).map((key) => getFragmentData(KeyManager_ApiKeyFragment, key));
  const unavailable = unavailableReason(solution.status);
  if (unavailable) {
    return (
      <PageFrame title={solution.name}>
        <p className="breadcrumbs">
          <Link to="/dashboard">Dashboard</Link>
        </p>
        <div className="notice notice-warning" role="status">
          <strong>
            <StatusBadge status={solution.status} />
          </strong>{' '}
          {unavailable}
        </div>
        {error && !data?.myKeys ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : loading && !data ? (
          <Loading label="Loading your keys…" />
        ) : (
          <KeyManager solutionId={solution.id} solutionName={solution.name} keys={keys} revokeOnly />
        )}
      </PageFrame>
    );
  }
  return (
    <PageFrame title={solution.name}>
      <p className="breadcrumbs">
        <Link to="/dashboard">Dashboard</Link> / <Link to={`/solutions/${solution.slug}`}>Catalog page</Link>
      </p>
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <Loading label="Loading your usage…" />
      ) : usage ? (
        <>
          <UpgradeNotices solutionId={solution.id} />
          <section className="panel" aria-labelledby="usage-heading">
            <div className="panel-header">
              <h2 id="usage-heading">Usage</h2>
              <TierBadge tier={usage.tier} />
            </div>
            <UsageBar
              used={usage.used}
              limit={usage.limit}
              windowKind={usage.windowKind}
              windowStart={usage.windowStart}
              daysRemaining={usage.daysRemaining}
              trialEnded={usage.trialEnded}
            />
            <dl className="facts">
              <div>
                <dt>Remaining</dt>
                <dd>{plural(usage.remaining, 'call')}</dd>
              </div>
              <div>
                <dt>{usage.windowKind === 'TRIAL' ? 'Trial window' : 'Billing period'}</dt>
                <dd>
                  {windowSpanText(usage)}
                </dd>
              </div>
              <div>
                <dt>Rate limit</dt>
                <dd>{usage.ratePerSecond ? `${plural(usage.ratePerSecond, 'call')} / second` : 'None'}</dd>
              </div>
              {usage.overage > 0 && (
                <div>
                  <dt>Overage</dt>
                  <dd>{plural(usage.overage, 'call')}</dd>
                </div>
              )}
            </dl>
            <NextStep
              tier={usage.tier}
              used={usage.used}
              limit={usage.limit}
              trialEnded={usage.trialEnded}
              solutionId={solution.id}
              solutionName={solution.name}
              solutionSlug={solution.slug}
            />
          </section>
          <section className="panel" aria-labelledby="chart-heading">
            <h2 id="chart-heading">Daily calls</h2>
            <Suspense fallback={<Loading label="Loading chart…" />}>
              <UsageChart daily={usage.daily} />
            </Suspense>
          </section>
          <CustomerUsageAnalytics solutionId={solution.id} solutionSlug={solution.slug} keys={keys} />
          <KeyManager solutionId={solution.id} solutionName={solution.name} keys={keys} />
          <NoticeEmails solutionId={solution.id} solutionName={solution.name} />
        </>
      ) : null}
    </PageFrame>
  );
}

function PageFrame({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <main className="page">
      <title>{`${title} · Dashboard · Marketplace`}</title>
      <h1>{title}</h1>
      {children}
    </main>
  );
}
