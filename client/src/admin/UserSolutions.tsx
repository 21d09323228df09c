import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { formatDate, formatCount, solutionLabeler, type NamedSolution } from '../format/format';
import { graphql } from '../gql';
import { enumLabel, StatusBadge, TierBadge } from '../ui/Badge';
import { type Column, DataTable } from '../ui/DataTable';
import { Empty, ErrorState, Loading } from '../ui/States';

export const UserSolutions_Query = graphql(`
  query UserSolutions_Query($id: ID!) {
    user(id: $id) {
      id
      keys {
        id
        name
        prefix
        status
        createdAt
        lastUsedAt
        expiresAt
        revokedAt
        solution {
          id
          name
          slug
          publisherName
        }
      }
      subscriptions {
        id
        tier
        status
        currentPeriodEnd
        cancelAtPeriodEnd
        solution {
          id
          name
          slug
          publisherName
        }
      }
    }
  }
`);

export const UserSolutions_Usage = graphql(`
  query UserSolutions_Usage($id: ID!, $solutionId: ID!) {
    user(id: $id) {
      id
      usage(solutionId: $solutionId) {
        solutionId
        tier
        used
        limit
        windowKind
        windowEnd
        trialEnded
      }
    }
    tierGrants(solutionId: $solutionId) {
      userId
      tier
      endsAt
      grantedAt
    }
  }
`);

type Data = NonNullable<ReturnType<typeof useUserSolutions>['data']>;
type Key = NonNullable<Data['user']>['keys'][number];
type Subscription = NonNullable<Data['user']>['subscriptions'][number];

const KEY_COLUMNS: ReadonlyArray<Column<Key>> = [
  { key: 'key', header: 'Key', cell: (key) => <>{key.name} <code>{key.prefix}…</code></> },
  { key: 'status', header: 'Status', cell: (key) => <StatusBadge status={key.status} /> },
  { key: 'created', header: 'Created', cell: (key) => formatDate(key.createdAt) },
  { key: 'used', header: 'Last used', cell: (key) => (key.lastUsedAt ? formatDate(key.lastUsedAt) : 'Never') },
];

function useUserSolutions(userId: string) {
  return useQuery(UserSolutions_Query, { variables: { id: userId }, fetchPolicy: 'cache-and-network' });
}

/**
 * The admin's picture of one user's use of the platform: per solution they hold keys or a subscription on, the
 * tier they are on now and why (grant, subscription, or the free tiers), their usage this window, and their keys.
 */
export function UserSolutions({ userId }: { userId: string }) {
  const { data, loading, error, refetch } = useUserSolutions(userId);
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return loading ? <Loading label="Loading the user's solutions…" /> : null;
  const user = data.user;
  if (!user) return null;

  const solutions = new Map<string, NamedSolution & { slug: string; keys: Key[]; subscriptions: Subscription[] }>();
  const entry = (s: NamedSolution & { slug: string }) => {
    let found = solutions.get(s.id);
    if (!found) solutions.set(s.id, (found = { ...s, keys: [], subscriptions: [] }));
    return found;
  };
  for (const key of user.keys) entry(key.solution).keys.push(key);
  for (const subscription of user.subscriptions) entry(subscription.solution).subscriptions.push(subscription);
  if (solutions.size === 0) return <Empty title="No keys or subscriptions yet." />;
  // The user may hold keys for two partners' solutions of one name: the headings tell them apart.
  const label = solutionLabeler([...solutions.values()]);

  return (
    <div className="admin-user-solutions">
      {[...solutions.values()].map((solution) => (
        <article key={solution.id} className="admin-user-solution" aria-labelledby={`user-solution-${solution.id}`}>
          <h3 id={`user-solution-${solution.id}`}>
            <Link to={`/solutions/${solution.slug}`}>{label(solution)}</Link>
          </h3>
          <SolutionStanding userId={userId} solutionId={solution.id} subscriptions={solution.subscriptions} />
          {solution.keys.length > 0 && (
            <DataTable caption={`Keys for ${label(solution)}`} columns={KEY_COLUMNS} rows={solution.keys} rowKey={(key) => key.id} />
          )}
        </article>
      ))}
    </div>
  );
}

/** The tier on one solution now and where it comes from. */
function SolutionStanding({ userId, solutionId, subscriptions }: { userId: string; solutionId: string; subscriptions: Subscription[] }) {
  const { data, error } = useQuery(UserSolutions_Usage, { variables: { id: userId, solutionId } });
  if (error && !data) return <p className="admin-muted">The usage could not be read just now.</p>;
  const usage = data?.user?.usage;
  if (!usage) return <p className="admin-muted">Loading the tier and usage…</p>;
  const grant = data.tierGrants.find((g) => g.userId === userId && (!g.endsAt || new Date(g.endsAt) > new Date()));
  const live = subscriptions.filter((s) => s.status !== 'CANCELLED' && s.status !== 'COMPLETED');
  return (
    <dl className="admin-facts">
      <div>
        <dt>Tier now</dt>
        <dd>
          <TierBadge tier={usage.tier} />
          {grant ? ` granted by an admin ${grant.endsAt ? `until ${formatDate(grant.endsAt)}` : '(open-ended)'}` : ''}
          {usage.trialEnded ? ' · trial ended' : ''}
        </dd>
      </div>
      <div>
        <dt>Usage this window</dt>
        <dd>
          {formatCount(usage.used)} of {formatCount(usage.limit)} calls
          {usage.windowEnd ? ` · window ends ${formatDate(usage.windowEnd)}` : ''}
        </dd>
      </div>
      <div>
        <dt>Subscription</dt>
        <dd>
          {subscriptions.length === 0
            ? 'None'
            : (live.length ? live : subscriptions).map((s) => (
                <span key={s.id} className="admin-subscription">
                  {enumLabel(s.tier)} <StatusBadge status={s.status} />
                  {s.currentPeriodEnd ? ` · ${s.cancelAtPeriodEnd ? 'ends' : 'renews'} ${formatDate(s.currentPeriodEnd)}` : ''}
                </span>
              ))}
        </dd>
      </div>
    </dl>
  );
}
