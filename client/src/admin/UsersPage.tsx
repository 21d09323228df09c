import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { formatDate } from '../format/format';
import { graphql } from '../gql';
import type { Role, UserStatus, UsersPage_QueryQuery } from '../gql/graphql';
import { Badge, enumLabel, StatusBadge } from '../ui/Badge';
import { DataTable, type Column } from '../ui/DataTable';
import { SelectField, TextField } from '../ui/Field';
import { useUrlFilters } from '../ui/use-url-filters';
import { Empty, ErrorState, Loading } from '../ui/States';
import { appendPage, LoadMoreButton } from '../ui/LoadMoreButton';

const UsersPage_Query = graphql(`
  query UsersPage_Query($search: String, $role: Role, $status: UserStatus, $first: Int, $after: String) {
    users(search: $search, role: $role, status: $status, first: $first, after: $after) {
      nodes {
        id
        name
        email
        roles
        status
        emailVerified
        createdAt
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

type UserRow = UsersPage_QueryQuery['users']['nodes'][number];

const PAGE_SIZE = 25;

/** `/admin/users`: every account, newest first, searchable by email or name and filtered by role and status. */
export default function UsersPage() {
  const { setParams, search, draft, setDraft, setParam, get } = useUrlFilters();
  const role = get('role');
  const status = get('status');

  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(UsersPage_Query, {
    variables: {
      search: search || null,
      role: (role || null) as Role | null,
      status: (status || null) as UserStatus | null,
      first: PAGE_SIZE,
    },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.users;
  const filtered = Boolean(search || role || status);

  const columns: Column<UserRow>[] = [
    {
      key: 'name',
      header: 'User',
      cell: (user) => (
        <div className="admin-solution-cell">
          <Link to={`/admin/users/${user.id}`}>
            <strong>{user.name}</strong>
          </Link>
          <span className="admin-muted admin-break">{user.email}</span>
        </div>
      ),
    },
    {
      key: 'roles',
      header: 'Roles',
      cell: (user) => (
        <span className="badge-row">
          {user.roles.map((each) => (
            <Badge key={each} tone={each === 'ADMIN' ? 'accent' : each === 'PARTNER' ? 'info' : 'neutral'}>
              {enumLabel(each)}
            </Badge>
          ))}
        </span>
      ),
    },
    {
      key: 'status',
      header: 'Status',
      cell: (user) => (
        <span className="badge-row">
          <StatusBadge status={user.status} />
          {!user.emailVerified && <Badge tone="warning">Unverified</Badge>}
        </span>
      ),
    },
    { key: 'created', header: 'Joined', cell: (user) => <span className="admin-nowrap">{formatDate(user.createdAt)}</span> },
  ];

  return (
    <main className="page">
      <title>Users · Admin · Marketplace</title>
      <div className="page-header">
        <h1>Users</h1>
        <p className="lead">Find an account to change its roles, suspend it or grant it a paid tier.</p>
      </div>
      <form className="admin-filters admin-filters-3" role="search" onSubmit={(event) => event.preventDefault()}>
        <TextField
          label="Search"
          type="search"
          name="q"
          placeholder="Email or name"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
        />
        <SelectField
          label="Role"
          name="role"
          value={role}
          onChange={(event) => setParam('role', event.target.value)}
          options={[
            { value: '', label: 'Any role' },
            { value: 'CUSTOMER', label: 'Customer' },
            { value: 'PARTNER', label: 'Partner' },
            { value: 'ADMIN', label: 'Admin' },
          ]}
        />
        <SelectField
          label="Status"
          name="status"
          value={status}
          onChange={(event) => setParam('status', event.target.value)}
          options={[
            { value: '', label: 'Any status' },
            { value: 'ACTIVE', label: 'Active' },
            { value: 'SUSPENDED', label: 'Suspended' },
          ]}
        />
      </form>
      <section aria-labelledby="users-heading" aria-busy={loading}>
        <h2 id="users-heading" className="visually-hidden">
          Users
        </h2>
        {error && !connection ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : !connection ? (
          <Loading label="Loading users…" />
        ) : connection.nodes.length === 0 ? (
          <Empty title={filtered ? 'No users match these filters.' : 'No users yet.'}>
            {filtered && (
              <button
                type="button"
                className="button button-secondary"
                onClick={() => {
                  setDraft('');
                  setParams(new URLSearchParams(), { replace: true });
                }}
              >
                Clear filters
              </button>
            )}
          </Empty>
        ) : (
          <>
            {error && <ErrorState error={error} onRetry={() => void refetch()} />}
            <p className="result-count" aria-live="polite">
              {loading ? 'Updating…' : `${connection.nodes.length}${connection.pageInfo.hasNextPage ? '+' : ''} ${connection.nodes.length === 1 && !connection.pageInfo.hasNextPage ? 'user' : 'users'}`}
            </p>
            <DataTable caption="Users" columns={columns} rows={connection.nodes} rowKey={(user) => user.id} />
            {connection.pageInfo.hasNextPage && (
              <LoadMoreButton
                onLoadMore={() =>
                  fetchMore({
                    variables: { after: connection.pageInfo.endCursor },
                    updateQuery: (shown, { fetchMoreResult }) => ({ users: appendPage(shown.users, fetchMoreResult.users) }),
                  })
                }
              />
            )}
          </>
        )}
      </section>
    </main>
  );
}
