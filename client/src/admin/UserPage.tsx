import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { errorMessage } from '../errors';
import { formatDate } from '../format/format';
import { getFragmentData, graphql } from '../gql';
import { Alert } from '../ui/Alert';
import { Badge, StatusBadge } from '../ui/Badge';
import { Empty, ErrorState, Loading } from '../ui/States';
import { AccountErasurePanel } from './AccountErasurePanel';
import { AUDIT_STREAMS } from './audit-trail';
import { AuditTable, AuditTable_AuditEventFragment } from './AuditTable';
import { useAuditTrail } from './use-audit-trail';
import { GrantTierForm } from './GrantTierForm';
import { ReasonDialog } from './ReasonDialog';
import { RolesEditor } from './RolesEditor';
import { UserSolutions } from './UserSolutions';

const UserPage_Query = graphql(`
  query UserPage_Query($id: ID!) {
    user(id: $id) {
      id
      name
      email
      roles
      status
      emailVerified
      createdAt
      suspendedReason
      partnerApplication {
        id
        companyName
        status
      }
    }
  }
`);

/** How many of the user's newest events the page shows (from all streams together). */
const RECENT_EVENTS = 10;
const ALL_STREAMS = AUDIT_STREAMS.map((stream) => stream.field);

const UserPage_SetRoles = graphql(`
  mutation UserPage_SetRoles($userId: ID!, $roles: [Role!]!) {
    setUserRoles(userId: $userId, roles: $roles) {
      id
      roles
    }
  }
`);

const UserPage_Suspend = graphql(`
  mutation UserPage_Suspend($userId: ID!, $reason: String!) {
    suspendUser(userId: $userId, reason: $reason) {
      id
      status
      suspendedReason
    }
  }
`);

const UserPage_Reactivate = graphql(`
  mutation UserPage_Reactivate($userId: ID!) {
    reactivateUser(userId: $userId) {
      id
      status
      suspendedReason
    }
  }
`);

/** `/admin/users/:id`: a user's profile, roles, suspension, a paid-tier grant and their recent audit events. */
export default function UserPage() {
  const { id = '' } = useParams();
  const { me } = useAuth();
  const { data, loading, error, refetch } = useQuery(UserPage_Query, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const options = { refetchQueries: 'active' as const };
  const [setRoles] = useMutation(UserPage_SetRoles, options);
  const [suspend] = useMutation(UserPage_Suspend, options);
  const [reactivate] = useMutation(UserPage_Reactivate, options);
  const [suspending, setSuspending] = useState(false);
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; message: string }>();
  const [reactivating, setReactivating] = useState(false);
  const user = data?.user;

  const breadcrumbs = (
    <p className="breadcrumbs">
      <Link to="/admin/users">Users</Link>
      {user && <> / {user.name}</>}
    </p>
  );
  if (error && !data)
    return (
      <main className="page">
        {breadcrumbs}
        <ErrorState error={error} onRetry={() => void refetch()} />
      </main>
    );
  if (!data)
    return <main className="page">{loading ? <Loading label="Loading the user…" /> : null}</main>;
  if (!user)
    return (
      <main className="page">
        <title>User not found · Admin · Marketplace</title>
        {breadcrumbs}
        <h1>User not found</h1>
        <p>There is no user with the id {id}.</p>
      </main>
    );
  const self = me?.id === user.id;

  return (
    <main className="page">
      <title>{`${user.name} · Users · Admin · Marketplace`}</title>
      {breadcrumbs}
      <div className="page-header admin-user-header">
        <div>
          <h1>
            {user.name}
            {self && <span className="admin-muted"> (you)</span>}
          </h1>
          <p className="lead admin-break">{user.email}</p>
        </div>
        <span className="badge-row">
          <StatusBadge status={user.status} />
          <Badge tone={user.emailVerified ? 'success' : 'warning'}>{user.emailVerified ? 'Email verified' : 'Email not verified'}</Badge>
        </span>
      </div>
      <div aria-live="polite">{notice && <Alert tone={notice.tone}>{notice.message}</Alert>}</div>

      <div className="admin-columns">
        <section className="panel" aria-labelledby="profile-heading">
          <h2 id="profile-heading">Profile</h2>
          <dl className="admin-facts">
            <div>
              <dt>User id</dt>
              <dd>
                <code className="admin-id">{user.id}</code>
              </dd>
            </div>
            <div>
              <dt>Joined</dt>
              <dd>{formatDate(user.createdAt)}</dd>
            </div>
            <div>
              <dt>Partner application</dt>
              <dd>
                {user.partnerApplication ? (
                  <>
                    {user.partnerApplication.companyName} <StatusBadge status={user.partnerApplication.status} />
                  </>
                ) : (
                  'None'
                )}
              </dd>
            </div>
          </dl>
        </section>

        <section className="panel" aria-labelledby="roles-heading">
          <h2 id="roles-heading">Access</h2>
          <RolesEditor
            key={user.roles.join()}
            roles={user.roles}
            onSave={async (roles) => {
              await setRoles({ variables: { userId: user.id, roles } });
            }}
          />
          <div className="admin-suspension">
            {user.status === 'SUSPENDED' ? (
              <>
                <Alert tone="warning">
                  <p>
                    <strong>Suspended.</strong> {user.suspendedReason ? `Reason: ${user.suspendedReason}` : ''}
                  </p>
                </Alert>
                <button
                  type="button"
                  className="button button-secondary"
                  disabled={reactivating}
                  onClick={async () => {
                    setReactivating(true);
                    setNotice(undefined);
                    try {
                      await reactivate({ variables: { userId: user.id } });
                      setNotice({ tone: 'success', message: `${user.name} can sign in again.` });
                    } catch (failure) {
                      setNotice({ tone: 'error', message: errorMessage(failure) });
                    } finally {
                      setReactivating(false);
                    }
                  }}
                >
                  {reactivating ? 'Reactivating…' : 'Reactivate account'}
                </button>
              </>
            ) : (
              <button type="button" className="button button-danger-outline" onClick={() => setSuspending(true)}>
                Suspend account
              </button>
            )}
          </div>
        </section>
      </div>

      <section className="panel" aria-labelledby="solutions-heading">
        <h2 id="solutions-heading">Solutions, tiers and keys</h2>
        <UserSolutions userId={user.id} />
      </section>

      <section className="panel" aria-labelledby="grant-heading">
        <h2 id="grant-heading">Grant a paid tier</h2>
        <GrantTierForm userId={user.id} />
      </section>

      <section className="panel" aria-labelledby="erasure-heading">
        <h2 id="erasure-heading">Account deletion</h2>
        <AccountErasurePanel userId={user.id} name={user.name} />
      </section>

      <section className="panel" aria-labelledby="events-heading">
        <div className="panel-header">
          <h2 id="events-heading">Recent audit events</h2>
          <Link to={`/admin/audit?user=${encodeURIComponent(user.id)}`}>All events for this user →</Link>
        </div>
        {/* Read again after each change made here (roles, suspension), which adds an event. */}
        <UserEvents key={`${user.status}:${user.roles.join(',')}`} userId={user.id} name={user.name} />
      </section>

      <ReasonDialog
        open={suspending}
        title={`Suspend ${user.name}?`}
        confirmLabel="Suspend account"
        onClose={() => setSuspending(false)}
        onConfirm={async (reason) => {
          await suspend({ variables: { userId: user.id, reason } });
          setNotice({ tone: 'success', message: `${user.name} is suspended and signed out everywhere.` });
        }}
      >
        <p>They are signed out everywhere and cannot sign in until you reactivate the account. The reason is emailed to them.</p>
      </ReasonDialog>
    </main>
  );
}

/**
 * The newest events that concern the user, from every audit stream (account, keys, grants, billing, catalog):
 * each stream's newest page merged by time, so the first few are exactly the newest across all of them.
 */
function UserEvents({ userId, name }: { userId: string; name: string }) {
  const trail = useAuditTrail({ userId }, ALL_STREAMS, RECENT_EVENTS);
  const events = getFragmentData(AuditTable_AuditEventFragment, trail.shown.slice(0, RECENT_EVENTS));
  if (trail.error) return <ErrorState error={trail.error} onRetry={trail.retry} />;
  if (trail.loading) return <Loading label="Loading the user's events…" />;
  return (
    <>
      {trail.failed.length > 0 && (
        <Alert tone="warning">
          Not shown, because they could not be read just now: {trail.failed.join(', ')}.{' '}
          <button type="button" className="button button-small button-secondary" onClick={trail.retry}>
            Try again
          </button>
        </Alert>
      )}
      {events.length === 0 ? (
        <Empty title="No events for this user yet." />
      ) : (
        <AuditTable caption={`Audit events for ${name}`} events={events} showStream />
      )}
    </>
  );
}
