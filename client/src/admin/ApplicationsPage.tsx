import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { errorMessage } from '../errors';
import { formatDate } from '../format/format';
import { graphql } from '../gql';
import type { ApplicationStatus, ApplicationsPage_QueryQuery } from '../gql/graphql';
import { Alert } from '../ui/Alert';
import { StatusBadge } from '../ui/Badge';
import { SelectField } from '../ui/Field';
import { Empty, ErrorState, Loading } from '../ui/States';
import { appendPage, LoadMoreButton } from '../ui/LoadMoreButton';
import { ReasonDialog } from './ReasonDialog';

const ApplicationsPage_Query = graphql(`
  query ApplicationsPage_Query($status: ApplicationStatus, $first: Int, $after: String) {
    partnerApplications(status: $status, first: $first, after: $after) {
      nodes {
        id
        applicantId
        companyName
        website
        contactName
        contactEmail
        description
        status
        decisionReason
        createdAt
        decidedAt
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const ApplicationsPage_Approve = graphql(`
  mutation ApplicationsPage_Approve($id: ID!) {
    approvePartnerApplication(id: $id) {
      id
      status
      decidedAt
    }
  }
`);

const ApplicationsPage_Reject = graphql(`
  mutation ApplicationsPage_Reject($id: ID!, $reason: String!) {
    rejectPartnerApplication(id: $id, reason: $reason) {
      id
      status
      decisionReason
      decidedAt
    }
  }
`);

type Application = ApplicationsPage_QueryQuery['partnerApplications']['nodes'][number];

const PAGE_SIZE = 20;
const STATUS_OPTIONS = [
  { value: 'PENDING', label: 'Pending' },
  { value: 'APPROVED', label: 'Approved' },
  { value: 'REJECTED', label: 'Rejected' },
  { value: 'ALL', label: 'All' },
];

/** `/admin/applications`: partner applications, pending first by default; approve, or reject with a reason. */
export default function ApplicationsPage() {
  const [params, setParams] = useSearchParams();
  const filter = params.get('status') ?? 'PENDING';
  const status = filter === 'ALL' ? null : (filter as ApplicationStatus);
  const { data, loading, error, refetch, fetchMore } = useQuery(ApplicationsPage_Query, {
    variables: { status, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const [approve] = useMutation(ApplicationsPage_Approve, { refetchQueries: 'active' });
  const [reject] = useMutation(ApplicationsPage_Reject, { refetchQueries: 'active' });
  const [rejecting, setRejecting] = useState<Application>();
  const [busy, setBusy] = useState<string>();
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; message: string }>();
  const connection = data?.partnerApplications;

  async function onApprove(application: Application) {
    setBusy(application.id);
    setNotice(undefined);
    try {
      await approve({ variables: { id: application.id } });
      setNotice({ tone: 'success', message: `${application.companyName} is approved; the applicant can act as a partner within a few seconds.` });
    } catch (failure) {
      setNotice({ tone: 'error', message: errorMessage(failure) });
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <main className="page">
      <title>Partner applications · Admin · Marketplace</title>
      <div className="page-header">
        <h1>Partner applications</h1>
        <p className="lead">Approve a company to let it list solutions, or reject it with a reason the applicant receives.</p>
      </div>
      <div className="admin-filters">
        <SelectField
          label="Status"
          name="status"
          value={filter}
          options={STATUS_OPTIONS}
          onChange={(event) => setParams(event.target.value === 'PENDING' ? {} : { status: event.target.value }, { replace: true })}
        />
      </div>
      <div aria-live="polite">{notice && <Alert tone={notice.tone}>{notice.message}</Alert>}</div>
      {error && !connection ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !connection ? (
        loading ? <Loading label="Loading applications…" /> : null
      ) : connection.nodes.length === 0 ? (
        <Empty title={filter === 'PENDING' ? 'No applications are waiting.' : 'No applications in this status.'} />
      ) : (
        <>
          <ul className="admin-cards">
            {connection.nodes.map((application) => (
              <li key={application.id}>
                <ApplicationCard
                  application={application}
                  busy={busy === application.id}
                  onApprove={() => void onApprove(application)}
                  onReject={() => setRejecting(application)}
                />
              </li>
            ))}
          </ul>
          {connection.pageInfo.hasNextPage && (
            <LoadMoreButton
              onLoadMore={() =>
                fetchMore({
                  variables: { after: connection.pageInfo.endCursor },
                  updateQuery: (shown, { fetchMoreResult }) => ({
                    partnerApplications: appendPage(shown.partnerApplications, fetchMoreResult.partnerApplications),
                  }),
                })
              }
            />
          )}
        </>
      )}
      <ReasonDialog
        open={Boolean(rejecting)}
        title={`Reject ${rejecting?.companyName ?? 'application'}?`}
        confirmLabel="Reject application"
        onClose={() => setRejecting(undefined)}
        onConfirm={async (reason) => {
          if (!rejecting) return;
          await reject({ variables: { id: rejecting.id, reason } });
          setNotice({ tone: 'success', message: `${rejecting.companyName} is rejected; the reason was mailed to ${rejecting.contactEmail}.` });
        }}
      >
        <p>The applicant stays a customer and can apply again.</p>
      </ReasonDialog>
    </main>
  );
}

function ApplicationCard({ application, busy, onApprove, onReject }: {
  application: Application;
  busy: boolean;
  onApprove: () => void;
  onReject: () => void;
}) {
  return (
    <article className="admin-card" aria-labelledby={`app-${application.id}`}>
      <div className="admin-card-head">
        <h2 id={`app-${application.id}`}>{application.companyName}</h2>
        <StatusBadge status={application.status} />
      </div>
      <dl className="admin-facts">
        <div>
          <dt>Website</dt>
          <dd>
            <a href={application.website} target="_blank" rel="noreferrer noopener">
              {application.website}
            </a>
          </dd>
        </div>
        <div>
          <dt>Contact</dt>
          <dd>
            {application.contactName} · <a href={`mailto:${application.contactEmail}`}>{application.contactEmail}</a>
          </dd>
        </div>
        <div>
          <dt>Applied</dt>
          <dd>
            {formatDate(application.createdAt)} · <Link to={`/admin/users/${application.applicantId}`}>applicant’s account</Link>
          </dd>
        </div>
        {application.decidedAt && (
          <div>
            <dt>Decided</dt>
            <dd>{formatDate(application.decidedAt)}</dd>
          </div>
        )}
      </dl>
      <p className="admin-description">{application.description}</p>
      {application.decisionReason && (
        <p className="admin-reason">
          <strong>Reason:</strong> {application.decisionReason}
        </p>
      )}
      {application.status === 'PENDING' && (
        <div className="row-actions admin-card-actions">
          <button type="button" className="button" disabled={busy} onClick={onApprove}>
            {busy ? 'Approving…' : 'Approve'}
            <span className="visually-hidden"> {application.companyName}</span>
          </button>
          <button type="button" className="button button-danger-outline" disabled={busy} onClick={onReject}>
            Reject<span className="visually-hidden"> {application.companyName}</span>
          </button>
        </div>
      )}
    </article>
  );
}
