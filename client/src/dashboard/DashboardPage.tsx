import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { plural } from '../format/format';
import { graphql } from '../gql';
import type { SolutionStatus } from '../gql/graphql';
import { StatusBadge, TierBadge } from '../ui/Badge';
import { unavailableReason } from './solution-availability';
import { Empty, ErrorState, Loading } from '../ui/States';
import { UpgradeNotices } from './UpgradeNotices';
import { UsageBar } from './UsageBar';

const DashboardPage_Query = graphql(`
  query DashboardPage_Query {
    myKeys {
      id
      status
      solution {
        id
        slug
        name
        publisherName
        status
      }
    }
  }
`);

const DashboardSolutionCard_Query = graphql(`
  query DashboardSolutionCard_Query($solutionId: ID!) {
    myUsage(solutionId: $solutionId) {
      tier
      used
      limit
      windowKind
      windowStart
      daysRemaining
      trialEnded
    }
  }
`);

interface SolutionGroup {
  id: string;
  slug: string;
  name: string;
  publisherName?: string | null;
  status: SolutionStatus;
  activeKeys: number;
}

/** The customer's home: every solution they hold keys for, with tier and usage at a glance. */
export default function DashboardPage() {
  const { me } = useAuth();
  const { data, loading, error, refetch } = useQuery(DashboardPage_Query);

  const groups = new Map<string, SolutionGroup>();
  for (const key of data?.myKeys ?? []) {
    const group = groups.get(key.solution.id) ?? { ...key.solution, activeKeys: 0 };
    if (key.status === 'ACTIVE' || key.status === 'EXPIRING') group.activeKeys += 1;
    groups.set(key.solution.id, group);
  }

  return (
    <main className="page">
      <title>Dashboard · Marketplace</title>
      <div className="page-header">
        <h1>Dashboard</h1>
        {me && (
          <p className="lead">
            Welcome back, {me.name}. Your solutions, tiers and usage. <Link to="/account/sign-in-methods">Sign-in methods</Link>
          </p>
        )}
      </div>
      <UpgradeNotices />
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <Loading label="Loading your solutions…" />
      ) : groups.size === 0 ? (
        <Empty title="You have no API keys yet.">
          <p>
            Pick a solution in the <Link to="/">catalog</Link> and get a key to start calling it.
          </p>
        </Empty>
      ) : (
        <ul className="card-grid">
          {[...groups.values()].map((group) => (
            <li key={group.id}>
              <DashboardSolutionCard group={group} />
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}

function DashboardSolutionCard({ group }: { group: SolutionGroup }) {
  const { data, error, loading } = useQuery(DashboardSolutionCard_Query, { variables: { solutionId: group.id } });
  const usage = data?.myUsage;
  const unavailable = unavailableReason(group.status);
  return (
    <article className="solution-card dashboard-card">
      <div className="dashboard-card-title">
        <h2>
          <Link to={`/dashboard/${group.slug}`}>{group.name}</Link>
        </h2>
        {unavailable ? <StatusBadge status={group.status} /> : usage && <TierBadge tier={usage.tier} />}
      </div>
      {group.publisherName && <p className="solution-card-publisher">by {group.publisherName}</p>}
      {unavailable ? (
        <p className="notice notice-warning">{unavailable}</p>
      ) : usage ? (
        <UsageBar
          used={usage.used}
          limit={usage.limit}
          windowKind={usage.windowKind}
          windowStart={usage.windowStart}
          daysRemaining={usage.daysRemaining}
          trialEnded={usage.trialEnded}
        />
      ) : error ? (
        <ErrorState error={error} />
      ) : loading ? (
        <Loading label="Loading usage…" />
      ) : null}
      <p className="dashboard-card-footer">
        <span>{unavailable ? `${plural(group.activeKeys, 'key')} not revoked` : plural(group.activeKeys, 'working key')}</span>
        <Link to={`/dashboard/${group.slug}`}>
          {unavailable ? 'Keys' : 'Usage and keys'}<span className="visually-hidden"> for {group.name}</span> →
        </Link>
      </p>
    </article>
  );
}
