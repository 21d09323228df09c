import { useMutation, useQuery } from '@apollo/client/react';
import { ACCOUNT_DELETION_GRACE_DAYS } from '@marketplace/contracts';
import { useState } from 'react';
import { formatDate } from '../format/format';
import { graphql } from '../gql';
import { Alert } from '../ui/Alert';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErrorState, Loading } from '../ui/States';
import { ReasonDialog } from './ReasonDialog';

export const AccountErasurePanel_Query = graphql(`
  query AccountErasurePanel_Query($userId: ID!) {
    accountErasure(userId: $userId) {
      state
      dueAt
      byAdmin
    }
  }
`);

export const AccountErasurePanel_Schedule = graphql(`
  mutation AccountErasurePanel_Schedule($userId: ID!, $reason: String!) {
    scheduleAccountErasure(userId: $userId, reason: $reason) {
      state
      dueAt
      byAdmin
    }
  }
`);

export const AccountErasurePanel_Cancel = graphql(`
  mutation AccountErasurePanel_Cancel($userId: ID!) {
    cancelAccountErasure(userId: $userId)
  }
`);

/**
 * The admin user page's erasure of a user's data for a request received by email: scheduled with a reason after the
 * grace period (the holder is mailed and may cancel), and cancelled here while it is pending. One button opens
 * either dialog, so focus comes back to it whichever way the dialog closes.
 */
export function AccountErasurePanel({ userId, name }: { userId: string; name: string }) {
  const { data, loading, error, refetch } = useQuery(AccountErasurePanel_Query, { variables: { userId }, fetchPolicy: 'cache-and-network' });
  const after = { refetchQueries: [{ query: AccountErasurePanel_Query, variables: { userId } }], awaitRefetchQueries: true };
  const [schedule] = useMutation(AccountErasurePanel_Schedule, after);
  const [cancel] = useMutation(AccountErasurePanel_Cancel, after);
  const [open, setOpen] = useState<'schedule' | 'cancel'>();
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; message: string }>();

  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return loading ? <Loading label="Loading the account deletion…" /> : null;
  const pending = data.accountErasure?.state === 'SCHEDULED' ? data.accountErasure : null;

  return (
    <div className="admin-erasure">
      <div aria-live="polite">{notice && <Alert tone={notice.tone}>{notice.message}</Alert>}</div>
      {pending ? (
        <Alert tone="warning">
          <p>
            <strong>Deletion scheduled.</strong> {name}'s data is erased on {formatDate(pending.dueAt)} unless the deletion is cancelled before
            {pending.byAdmin ? ' (scheduled by an admin).' : ' (requested by the user).'}
          </p>
        </Alert>
      ) : (
        <p>
          For a request received by email: the account is deleted after a {ACCOUNT_DELETION_GRACE_DAYS}-day grace period. {name} is mailed and may
          cancel until then.
        </p>
      )}
      <button
        type="button"
        className={pending ? 'button button-secondary' : 'button button-danger-outline'}
        onClick={() => {
          setNotice(undefined);
          setOpen(pending ? 'cancel' : 'schedule');
        }}
      >
        {pending ? 'Cancel the deletion' : "Erase this user's data"}
      </button>

      <ReasonDialog
        open={open === 'schedule'}
        title={`Erase ${name}'s data?`}
        confirmLabel="Schedule the deletion"
        reasonHint="Kept in the audit trail (e.g. the email's date and ticket)"
        onClose={() => setOpen(undefined)}
        onConfirm={async (reason) => {
          const result = await schedule({ variables: { userId, reason } });
          const dueAt = result.data?.scheduleAccountErasure.dueAt;
          setNotice({ tone: 'success', message: `Deletion scheduled: ${name}'s data is erased on ${formatDate(dueAt)}. They are mailed and may cancel until then.` });
        }}
      >
        <p>
          Their keys are revoked, their subscriptions cancelled and their personal data erased after a {ACCOUNT_DELETION_GRACE_DAYS}-day grace period,
          during which they or an admin may cancel.
        </p>
      </ReasonDialog>

      <ConfirmDialog
        open={open === 'cancel'}
        title={`Cancel the deletion of ${name}'s account?`}
        confirmLabel="Cancel the deletion"
        busyLabel="Cancelling…"
        cancelLabel="Keep it scheduled"
        onClose={() => setOpen(undefined)}
        onConfirm={async () => {
          await cancel({ variables: { userId } });
          setNotice({ tone: 'success', message: `The deletion is cancelled: ${name}'s account stays as it is.` });
        }}
      >
        Nothing is erased; the account stays as it is.
      </ConfirmDialog>
    </div>
  );
}
