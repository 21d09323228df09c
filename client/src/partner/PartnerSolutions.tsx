import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../gql';
import type { PartnerSolutions_QueryQuery } from '../gql/graphql';
import { formatDate, solutionLabeler } from '../format/format';
import { HealthDot } from '../health/HealthDot';
import { StatusBadge } from '../ui/Badge';
import { DataTable, type Column } from '../ui/DataTable';
import { Empty, ErrorState, Loading } from '../ui/States';

export const PartnerSolutions_Query = graphql(`
  query PartnerSolutions_Query {
    mySolutions {
      id
      slug
      name
      summary
      category
      status
      reviewReason
      updatedAt
      healthStatus
    }
  }
`);

type Row = PartnerSolutions_QueryQuery['mySolutions'][number];

/** The partner's home: every solution of theirs, in any state, and the way to list a new one. */
export function PartnerSolutions() {
  const { data, loading, error, refetch } = useQuery(PartnerSolutions_Query);
  // Names need not be unique: two of the partner's solutions of one name are told apart by slug.
  const label = solutionLabeler(data?.mySolutions ?? []);
  const columns: Column<Row>[] = [
    {
      key: 'name',
      header: 'Solution',
      cell: (row) => (
        <span className="solution-cell">
          <Link to={`/partner/solutions/${row.id}`}>
            <strong>{label(row)}</strong>
          </Link>
          <span className="cell-note">{row.summary}</span>
        </span>
      ),
    },
    { key: 'category', header: 'Category', cell: (row) => row.category },
    {
      key: 'status',
      header: 'Status',
      cell: (row) => (
        <span className="solution-cell">
          <StatusBadge status={row.status} />
          {row.reviewReason && (row.status === 'REJECTED' || row.status === 'SUSPENDED') && (
            <span className="cell-note">Reason: {row.reviewReason}</span>
          )}
        </span>
      ),
    },
    {
      key: 'health',
      header: 'Health',
      cell: (row) => (
        <Link to={`/partner/solutions/${row.id}/health`} aria-label={`Health of ${label(row)}`}>
          <HealthDot status={row.healthStatus} showLabel />
        </Link>
      ),
    },
    {
      key: 'analytics',
      header: 'Analytics',
      cell: (row) => (
        <Link to={`/partner/solutions/${row.id}/analytics`} aria-label={`Analytics of ${label(row)}`}>
          Analytics
        </Link>
      ),
    },
    { key: 'updated', header: 'Updated', cell: (row) => formatDate(row.updatedAt) },
  ];

  return (
    <>
      <title>Partner portal · Marketplace</title>
      <div className="page-header partner-header">
        <div>
          <h1>Partner portal</h1>
          <p className="lead">Your solutions: listings, tiers, endpoints, secrets and usage.</p>
        </div>
        <span className="partner-header-actions">
          <Link className="button button-secondary" to="/partner/revenue">
            Revenue
          </Link>
          <Link className="button" to="/partner/solutions/new">
            New solution
          </Link>
        </span>
      </div>
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <Loading label="Loading your solutions…" />
      ) : !data || data.mySolutions.length === 0 ? (
        <Empty title="You have no solutions yet.">
          <p>
            <Link to="/partner/solutions/new">Create your first solution</Link>: it starts as a draft with the platform’s
            default tiers, and goes live once an admin approves it.
          </p>
        </Empty>
      ) : (
        <DataTable caption="Your solutions" columns={columns} rows={data.mySolutions} rowKey={(row) => row.id} />
      )}
    </>
  );
}
