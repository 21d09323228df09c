import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { errorMessage } from '../errors';
import { formatDate } from '../format/format';
import { getFragmentData, graphql } from '../gql';
import type { AdminSolutionsPage_SolutionFragment as SolutionRow, SolutionStatus } from '../gql/graphql';
import { Alert } from '../ui/Alert';
import { StatusBadge } from '../ui/Badge';
import { DataTable, type Column } from '../ui/DataTable';
import { SelectField } from '../ui/Field';
import { Empty, ErrorState, Loading } from '../ui/States';
import { appendPage, LoadMoreButton } from '../ui/LoadMoreButton';
import { ReasonDialog } from './ReasonDialog';

export const AdminSolutionsPage_SolutionFragment = graphql(`
  fragment AdminSolutionsPage_Solution on Solution {
    id
    slug
    name
    summary
    category
    status
    publisherName
    partnerId
    updatedAt
    publishedAt
    reviewReason
  }
`);

const AdminSolutionsPage_Query = graphql(`
  query AdminSolutionsPage_Query($inReview: Boolean!, $status: SolutionStatus, $first: Int, $after: String) {
    reviewQueue(first: $first, after: $after) @include(if: $inReview) {
      nodes {
        ...AdminSolutionsPage_Solution
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
    adminSolutions(status: $status, first: $first, after: $after) @skip(if: $inReview) {
      nodes {
        ...AdminSolutionsPage_Solution
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const AdminSolutionsPage_Approve = graphql(`
  mutation AdminSolutionsPage_Approve($id: ID!) {
    approveSolution(id: $id) {
      ...AdminSolutionsPage_Solution
    }
  }
`);

const AdminSolutionsPage_Reject = graphql(`
  mutation AdminSolutionsPage_Reject($id: ID!, $reason: String!) {
    rejectSolution(id: $id, reason: $reason) {
      ...AdminSolutionsPage_Solution
    }
  }
`);

const AdminSolutionsPage_Suspend = graphql(`
  mutation AdminSolutionsPage_Suspend($id: ID!, $reason: String!) {
    suspendSolution(id: $id, reason: $reason) {
      ...AdminSolutionsPage_Solution
    }
  }
`);

const AdminSolutionsPage_Reinstate = graphql(`
  mutation AdminSolutionsPage_Reinstate($id: ID!) {
    reinstateSolution(id: $id) {
      ...AdminSolutionsPage_Solution
    }
  }
`);

const PAGE_SIZE = 20;
/** `review` is the review queue (oldest submission first); the others filter `adminSolutions`. */
const FILTERS = [
  { value: 'review', label: 'Review queue' },
  { value: 'PUBLISHED', label: 'Published' },
  { value: 'UNPUBLISHED', label: 'Unpublished' },
  { value: 'SUSPENDED', label: 'Suspended' },
  { value: 'REJECTED', label: 'Rejected' },
  { value: 'DRAFT', label: 'Draft' },
  { value: 'ALL', label: 'All' },
];

type Pending = { kind: 'reject' | 'suspend'; solution: SolutionRow };

/** `/admin/solutions`: the review queue first; approve or reject, suspend or reinstate published solutions. */
export default function AdminSolutionsPage() {
  const [params, setParams] = useSearchParams();
  const filter = params.get('status') ?? 'review';
  const inReview = filter === 'review';
  const { data, loading, error, refetch, fetchMore } = useQuery(AdminSolutionsPage_Query, {
    variables: { inReview, status: inReview || filter === 'ALL' ? null : (filter as SolutionStatus), first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const options = { refetchQueries: 'active' as const };
  const [approve] = useMutation(AdminSolutionsPage_Approve, options);
  const [reject] = useMutation(AdminSolutionsPage_Reject, options);
  const [suspend] = useMutation(AdminSolutionsPage_Suspend, options);
  const [reinstate] = useMutation(AdminSolutionsPage_Reinstate, options);
  const [pending, setPending] = useState<Pending>();
  const [busy, setBusy] = useState<string>();
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; message: string }>();

  const connection = inReview ? data?.reviewQueue : data?.adminSolutions;
  const rows = connection ? getFragmentData(AdminSolutionsPage_SolutionFragment, connection.nodes) : [];

  async function run(solution: SolutionRow, action: () => Promise<unknown>, done: string) {
    setBusy(solution.id);
    setNotice(undefined);
    try {
      await action();
      setNotice({ tone: 'success', message: done });
    } catch (failure) {
      setNotice({ tone: 'error', message: `${solution.name}: ${errorMessage(failure)}` });
    } finally {
      setBusy(undefined);
    }
  }

  const columns: Column<SolutionRow>[] = [
    {
      key: 'name',
      header: 'Solution',
      cell: (solution) => (
        <div className="admin-solution-cell">
          <Link to={`/solutions/${solution.slug}`}>
            <strong>{solution.name}</strong>
          </Link>
          <span className="admin-muted">{solution.summary}</span>
        </div>
      ),
    },
    {
      key: 'publisher',
      header: 'Publisher',
      cell: (solution) => <Link to={`/admin/users/${solution.partnerId}`}>{solution.publisherName ?? 'Partner'}</Link>,
    },
    { key: 'category', header: 'Category', cell: (solution) => solution.category },
    {
      key: 'status',
      header: 'Status',
      cell: (solution) => (
        <div className="admin-solution-cell">
          <StatusBadge status={solution.status} />
          {solution.reviewReason && <span className="admin-muted">{solution.reviewReason}</span>}
        </div>
      ),
    },
    {
      key: 'updated',
      header: inReview ? 'Submitted' : 'Updated',
      cell: (solution) => <span className="admin-nowrap">{formatDate(solution.updatedAt)}</span>,
    },
    {
      key: 'actions',
      header: 'Actions',
      align: 'end',
      cell: (solution) => {
        const disabled = busy === solution.id;
        const hidden = <span className="visually-hidden"> {solution.name}</span>;
        if (solution.status === 'IN_REVIEW')
          return (
            <span className="row-actions">
              <button
                type="button"
                className="button button-small"
                disabled={disabled}
                onClick={() =>
                  void run(solution, () => approve({ variables: { id: solution.id } }), `${solution.name} is published.`)
                }
              >
                Approve{hidden}
              </button>
              <button
                type="button"
                className="button button-small button-danger-outline"
                disabled={disabled}
                onClick={() => setPending({ kind: 'reject', solution })}
              >
                Reject{hidden}
              </button>
            </span>
          );
        if (solution.status === 'PUBLISHED' || solution.status === 'UNPUBLISHED')
          return (
            <button
              type="button"
              className="button button-small button-danger-outline"
              disabled={disabled}
              onClick={() => setPending({ kind: 'suspend', solution })}
            >
              Suspend{hidden}
            </button>
          );
        if (solution.status === 'SUSPENDED')
          return (
            <button
              type="button"
              className="button button-small button-secondary"
              disabled={disabled}
              onClick={() =>
                void run(solution, () => reinstate({ variables: { id: solution.id } }), `${solution.name} is reinstated.`)
              }
            >
              Reinstate{hidden}
            </button>
          );
        return null;
      },
    },
  ];

  return (
    <main className="page">
      <title>Solutions · Admin · Marketplace</title>
      <div className="page-header">
        <h1>Solutions</h1>
        <p className="lead">Review submitted solutions; suspend a live one that breaks the rules.</p>
      </div>
      <div className="admin-filters">
        <SelectField
          label="Show"
          name="status"
          value={filter}
          options={FILTERS}
          onChange={(event) => setParams(event.target.value === 'review' ? {} : { status: event.target.value }, { replace: true })}
        />
      </div>
      <div aria-live="polite">{notice && <Alert tone={notice.tone}>{notice.message}</Alert>}</div>
      {error && !connection ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !connection ? (
        loading ? <Loading label="Loading solutions…" /> : null
      ) : rows.length === 0 ? (
        <Empty title={inReview ? 'Nothing is waiting for review.' : 'No solutions in this status.'} />
      ) : (
        <>
          <DataTable caption="Solutions" columns={columns} rows={rows} rowKey={(solution) => solution.id} />
          {connection.pageInfo.hasNextPage && (
            <LoadMoreButton
              onLoadMore={() =>
                fetchMore({
                  variables: { after: connection.pageInfo.endCursor },
                  updateQuery: (shown, { fetchMoreResult }) =>
                    inReview
                      ? { reviewQueue: appendPage(shown.reviewQueue!, fetchMoreResult.reviewQueue!) }
                      : { adminSolutions: appendPage(shown.adminSolutions!, fetchMoreResult.adminSolutions!) },
                })
              }
            />
          )}
        </>
      )}
      <ReasonDialog
        open={pending?.kind === 'reject'}
        title={`Reject ${pending?.solution.name ?? 'solution'}?`}
        confirmLabel="Reject solution"
        onClose={() => setPending(undefined)}
        onConfirm={async (reason) => {
          if (!pending) return;
          await reject({ variables: { id: pending.solution.id, reason } });
          setNotice({ tone: 'success', message: `${pending.solution.name} is rejected; the partner was mailed the reason.` });
        }}
      >
        <p>The partner can edit it and submit it again.</p>
      </ReasonDialog>
      <ReasonDialog
        open={pending?.kind === 'suspend'}
        title={`Suspend ${pending?.solution.name ?? 'solution'}?`}
        confirmLabel="Suspend solution"
        onClose={() => setPending(undefined)}
        onConfirm={async (reason) => {
          if (!pending) return;
          await suspend({ variables: { id: pending.solution.id, reason } });
          setNotice({ tone: 'success', message: `${pending.solution.name} is suspended and out of the catalog.` });
        }}
      >
        <p>It leaves the catalog until you reinstate it; the partner is mailed the reason.</p>
      </ReasonDialog>
    </main>
  );
}
