import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../gql';
import { formatCount } from '../format/format';
import { ErrorState, Loading } from '../ui/States';

/**
 * Counts up to one page (100); more shows as "100+". Two queries, because the gateway's cost limit refuses all four
 * lists in one.
 */
const AdminOverviewPage_Queues = graphql(`
  query AdminOverviewPage_Queues {
    partnerApplications(status: PENDING, first: 100) {
      nodes {
        id
      }
      pageInfo {
        hasNextPage
      }
    }
    reviewQueue(first: 100) {
      nodes {
        id
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

const AdminOverviewPage_Suspended = graphql(`
  query AdminOverviewPage_Suspended {
    suspendedSolutions: adminSolutions(status: SUSPENDED, first: 100) {
      nodes {
        id
      }
      pageInfo {
        hasNextPage
      }
    }
    suspendedUsers: users(status: SUSPENDED, first: 100) {
      nodes {
        id
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

type Page = { nodes: readonly unknown[]; pageInfo: { hasNextPage: boolean } };

/** The figure ("100+" past one page) and its label in the singular for exactly one ("1 user suspended"). */
function count(connection: Page, one: string, many: string): { value: string; label: string } {
  const n = connection.nodes.length;
  return { value: `${formatCount(n)}${connection.pageInfo.hasNextPage ? '+' : ''}`, label: n === 1 && !connection.pageInfo.hasNextPage ? one : many };
}

/** `/admin`: what waits for an admin, with links to each queue. */
export { AdminOverviewPage_Queues, AdminOverviewPage_Suspended };

export default function AdminOverviewPage() {
  const queues = useQuery(AdminOverviewPage_Queues, { fetchPolicy: 'cache-and-network' });
  const suspended = useQuery(AdminOverviewPage_Suspended, { fetchPolicy: 'cache-and-network' });
  const error = queues.error ?? suspended.error;
  const data = queues.data && suspended.data ? { ...queues.data, ...suspended.data } : undefined;
  const loading = queues.loading || suspended.loading;
  const refetch = () => Promise.all([queues.refetch(), suspended.refetch()]);
  return (
    <main className="page">
      <title>Admin console · Marketplace</title>
      <div className="page-header">
        <h1>Admin console</h1>
        <p className="lead">Review partners and solutions, manage users, and set the platform’s tier bounds.</p>
      </div>
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <Loading label="Loading the queues…" />
      ) : data ? (
        <ul className="admin-stats">
          <Stat {...count(data.partnerApplications, 'partner application pending', 'partner applications pending')} to="/admin/applications" action="Review applications" />
          <Stat {...count(data.reviewQueue, 'solution waiting for review', 'solutions waiting for review')} to="/admin/solutions" action="Review solutions" />
          <Stat
            {...count(data.suspendedSolutions, 'solution suspended', 'solutions suspended')}
            to="/admin/solutions?status=SUSPENDED"
            action="See suspended solutions"
          />
          <Stat {...count(data.suspendedUsers, 'user suspended', 'users suspended')} to="/admin/users?status=SUSPENDED" action="See suspended users" />
        </ul>
      ) : null}
      <section className="panel" aria-labelledby="admin-more-heading">
        <h2 id="admin-more-heading">More</h2>
        <ul className="admin-links">
          <li>
            <Link to="/admin/users">Users</Link> — search, roles, suspend, grant paid tiers.
          </li>
          <li>
            <Link to="/admin/audit">Audit trail</Link> — every admin and account action, with before and after.
          </li>
          <li>
            <Link to="/admin/tiers">Tier settings</Link> — the defaults and bounds partners configure tiers within.
          </li>
          <li>
            <Link to="/admin/revenue">Revenue</Link> — revenue and commission, fees, payout reports and Enterprise offers.
          </li>
        </ul>
      </section>
    </main>
  );
}

function Stat({ value, label, to, action }: { value: string; label: string; to: string; action: string }) {
  return (
    <li className="admin-stat">
      <span className="admin-stat-value">{value}</span>
      <span className="admin-stat-label">{label}</span>
      <Link to={to}>{action} →</Link>
    </li>
  );
}
