import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { graphql } from '../gql';
import type { SolutionCustomersPanel_QueryQuery } from '../gql/graphql';
import { formatCount, formatDate } from '../format/format';
import { TierBadge } from '../ui/Badge';
import { DataTable, type Column } from '../ui/DataTable';
import { appendPage, LoadMoreButton } from '../ui/LoadMoreButton';
import { Empty, ErrorState, Loading } from '../ui/States';
import { UNNAMED_ENDPOINT } from '../analytics/analytics-format';

const PAGE_SIZE = 25;

// Keys list who holds keys; identity adds the email (only with consent), quotas the tier and usage.
const SolutionCustomersPanel_Query = graphql(`
  query SolutionCustomersPanel_Query($solutionId: ID!, $first: Int!, $after: String) {
    solutionCustomers(solutionId: $solutionId, first: $first, after: $after) {
      nodes {
        userId
        user {
          id
          name
        }
        email
        activeKeys
        firstKeyAt
        usage {
          tier
          used
          limit
          windowKind
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

// Analytics owns the calls by endpoint (customers there are pseudonymous, so this is the solution's total).
const SolutionCustomersPanel_Endpoints = graphql(`
  query SolutionCustomersPanel_Endpoints($input: AnalyticsQueryInput!) {
    analytics(input: $input) {
      rows {
        dimensions
        metrics
      }
      truncated
    }
  }
`);

type Customer = SolutionCustomersPanel_QueryQuery['solutionCustomers']['nodes'][number];
interface EndpointRow {
  endpoint: string;
  calls: number;
  units: number;
}

/** The start of this calendar month (UTC), the paid tiers' billing period, and now. */
function thisMonth(now = new Date()): { from: string; to: string } {
  return { from: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)).toISOString(), to: now.toISOString() };
}

/**
 * The partner's customers of one solution: display name, tier and usage in their current window, an email only
 * where the customer agreed to share it, and the solution's calls by endpoint this month.
 */
export function SolutionCustomersPanel({ solutionId }: { solutionId: string }) {
  const { data, loading, error, refetch, fetchMore } = useQuery(SolutionCustomersPanel_Query, { variables: { solutionId, first: PAGE_SIZE } });
  const period = useMemo(() => thisMonth(), []);
  const endpoints = useQuery(SolutionCustomersPanel_Endpoints, {
    variables: {
      input: {
        dataset: 'CALLS',
        scope: 'PARTNER',
        from: period.from,
        to: period.to,
        filter: { field: 'solution', op: 'eq', value: solutionId },
        dimensions: ['endpoint'],
        metrics: [
          { fn: 'sum', field: 'calls', as: 'calls' },
          { fn: 'sum', field: 'units', as: 'units' },
        ],
      },
    },
  });

  const customers = data?.solutionCustomers;
  const columns: Column<Customer>[] = [
    {
      key: 'name',
      header: 'Customer',
      cell: (row) => (
        <>
          <strong>{row.user.name}</strong>
          {row.email && (
            <>
              <br />
              <span className="admin-muted">{row.email}</span>
            </>
          )}
        </>
      ),
    },
    { key: 'tier', header: 'Tier', cell: (row) => <TierBadge tier={row.usage.tier} /> },
    {
      key: 'usage',
      header: 'Used this period',
      align: 'end',
      cell: (row) => `${formatCount(row.usage.used)} of ${formatCount(row.usage.limit)}${row.usage.windowKind === 'TRIAL' ? ' (trial)' : ''}`,
    },
    { key: 'keys', header: 'Working keys', align: 'end', cell: (row) => formatCount(row.activeKeys) },
    { key: 'since', header: 'First key', cell: (row) => (row.firstKeyAt ? formatDate(row.firstKeyAt) : '—') },
  ];
  const endpointRows: EndpointRow[] = (endpoints.data?.analytics.rows ?? [])
    .map((row) => ({ endpoint: row.dimensions[0] ?? '-', calls: row.metrics[0] ?? 0, units: row.metrics[1] ?? 0 }))
    .sort((a, b) => b.calls - a.calls);
  const endpointColumns: Column<EndpointRow>[] = [
    { key: 'endpoint', header: 'Endpoint', cell: (row) => (row.endpoint === '-' ? UNNAMED_ENDPOINT : <code>{row.endpoint}</code>) },
    { key: 'calls', header: 'Calls', align: 'end', cell: (row) => formatCount(row.calls) },
    { key: 'units', header: 'Units', align: 'end', cell: (row) => formatCount(row.units) },
  ];

  return (
    <section className="panel" aria-labelledby="customers-heading">
      <h2 id="customers-heading">Customers</h2>
      <p className="admin-muted">Emails show only for customers who agreed to share theirs with you.</p>
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <Loading label="Loading customers…" />
      ) : !customers || customers.nodes.length === 0 ? (
        <Empty title="No customers yet.">
          <p>Customers appear here when they create a key for this solution.</p>
        </Empty>
      ) : (
        <>
          <DataTable caption="Customers of this solution" columns={columns} rows={customers.nodes} rowKey={(row) => row.userId} />
          {customers.pageInfo.hasNextPage && (
            <LoadMoreButton
              onLoadMore={() =>
                fetchMore({
                  variables: { after: customers.pageInfo.endCursor },
                  updateQuery: (shown, { fetchMoreResult }) => ({ solutionCustomers: appendPage(shown.solutionCustomers, fetchMoreResult.solutionCustomers) }),
                })
              }
            />
          )}
        </>
      )}
      <h3>Calls by endpoint this month</h3>
      {endpoints.error && !endpoints.data ? (
        <ErrorState error={endpoints.error} onRetry={() => void endpoints.refetch()} />
      ) : endpoints.loading && !endpoints.data ? (
        <Loading label="Loading calls by endpoint…" />
      ) : endpointRows.length === 0 ? (
        <Empty title="No calls this month yet." />
      ) : (
        <DataTable caption="Calls by endpoint this month" columns={endpointColumns} rows={endpointRows} rowKey={(row) => row.endpoint} />
      )}
    </section>
  );
}
