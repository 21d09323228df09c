import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { graphql } from '../gql';
import type { UsageNoticeKind } from '../gql/graphql';
import { errorMessage } from '../errors';
import { Alert } from '../ui/Alert';

export const UpgradeNotices_Query = graphql(`
  query UpgradeNotices_Query($solutionId: ID) {
    myNotices(solutionId: $solutionId) {
      id
      kind
      title
      message
      actionLabel
      actionPath
    }
  }
`);

export const UpgradeNotices_Dismiss = graphql(`
  mutation UpgradeNotices_Dismiss($id: ID!) {
    dismissNotice(id: $id) {
      id
      dismissedAt
    }
  }
`);

/**
 * How loud a notice is: a refused call or a key that may have leaked is an error; a limit or a suspension coming
 * near is a warning; news that changes nothing for the key (unpublished, reinstated) is information or good news.
 */
export function noticeTone(kind: UsageNoticeKind): 'info' | 'success' | 'warning' | 'error' {
  switch (kind) {
    case 'USAGE_100':
    case 'UNUSUAL_NETWORKS':
      return 'error';
    case 'USAGE_80':
    case 'TRIAL_ENDING':
    case 'SOLUTION_SUSPENDED':
      return 'warning';
    case 'SOLUTION_REINSTATED':
      return 'success';
    default:
      return 'info';
  }
}

/**
 * The customer's notices (80 %, 100 % of an allowance, a trial about to end, a key used from unusual networks, a
 * solution suspended, unpublished or reinstated), newest first, each styled by its tone with its next step and a
 * Dismiss button; of one solution when `solutionId` is given. Renders nothing without any.
 */
export function UpgradeNotices({ solutionId }: { solutionId?: string }) {
  const { data } = useQuery(UpgradeNotices_Query, { variables: { solutionId: solutionId ?? null } });
  const [dismiss, { loading }] = useMutation(UpgradeNotices_Dismiss, { refetchQueries: [UpgradeNotices_Query] });
  const [problem, setProblem] = useState<string>();
  const notices = data?.myNotices ?? [];
  if (notices.length === 0 && !problem) return null;
  return (
    <section className="upgrade-notices" aria-label="Notices">
      {problem && <Alert tone="error">{problem}</Alert>}
      <ul className="upgrade-notice-list">
        {notices.map((notice) => (
          <li key={notice.id} className={`notice notice-${noticeTone(notice.kind)} upgrade-notice`} role="status">
            <div>
              <strong>{notice.title}</strong>
              <p>{notice.message}</p>
            </div>
            <div className="upgrade-notice-actions">
              <Link className="button" to={notice.actionPath}>
                {notice.actionLabel}
              </Link>
              <button
                type="button"
                className="button button-secondary"
                disabled={loading}
                onClick={() => {
                  setProblem(undefined);
                  dismiss({ variables: { id: notice.id } }).catch((error: unknown) => setProblem(errorMessage(error)));
                }}
              >
                Dismiss<span className="visually-hidden">: {notice.title}</span>
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

export const NoticeEmails_Query = graphql(`
  query NoticeEmails_Query($solutionId: ID!) {
    myNoticePreference(solutionId: $solutionId) {
      solutionId
      emails
    }
  }
`);

export const NoticeEmails_Set = graphql(`
  mutation NoticeEmails_Set($input: SetNoticeEmailsInput!) {
    setNoticeEmails(input: $input) {
      solutionId
      emails
    }
  }
`);

/** The customer's choice whether a solution's upgrade notices also come by email (the in-app ones stay). */
export function NoticeEmails({ solutionId, solutionName }: { solutionId: string; solutionName: string }) {
  const { data } = useQuery(NoticeEmails_Query, { variables: { solutionId } });
  // A preference has no id of its own: the answer is written over the query's, so the box shows what was saved.
  const [save, { loading, error }] = useMutation(NoticeEmails_Set, {
    update: (cache, { data: saved }) => {
      if (saved) cache.writeQuery({ query: NoticeEmails_Query, variables: { solutionId }, data: { myNoticePreference: saved.setNoticeEmails } });
    },
  });
  const emails = data?.myNoticePreference.emails;
  return (
    <section className="panel" id="notices" aria-labelledby="notices-heading">
      <h2 id="notices-heading">Notices</h2>
      <label className="checkbox-field">
        <input
          type="checkbox"
          checked={emails ?? true}
          disabled={emails === undefined || loading}
          onChange={(event) => void save({ variables: { input: { solutionId, emails: event.target.checked } } }).catch(() => undefined)}
        />
        Email me when I have used 80 % and 100 % of my {solutionName} allowance, and three days before my trial ends
      </label>
      <p className="notice-hint">The notices on your dashboard stay either way.</p>
      {error && <Alert tone="error">{errorMessage(error)}</Alert>}
    </section>
  );
}
