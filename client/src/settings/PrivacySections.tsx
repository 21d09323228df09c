import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ACCOUNT_DELETION_GRACE_DAYS } from '@marketplace/contracts';
import { formErrors } from '../errors';
import { formatDate } from '../format/format';
import { graphql } from '../gql';
import { Alert } from '../ui/Alert';
import { TextField } from '../ui/Field';
import { ErrorState, Loading } from '../ui/States';

export const PrivacySections_Consents = graphql(`
  query PrivacySections_Consents {
    myConsents {
      kind
      granted
      version
      at
    }
  }
`);

const PrivacySections_RecordConsent = graphql(`
  mutation PrivacySections_RecordConsent($input: RecordConsentInput!) {
    recordConsent(input: $input) {
      kind
      granted
      version
      at
    }
  }
`);

export const PrivacySections_Deletion = graphql(`
  query PrivacySections_Deletion {
    myAccountDeletion {
      state
      dueAt
      byAdmin
    }
  }
`);

const PrivacySections_RequestDeletion = graphql(`
  mutation PrivacySections_RequestDeletion($input: RequestAccountDeletionInput!) {
    requestAccountDeletion(input: $input) {
      state
      dueAt
      byAdmin
    }
  }
`);

const PrivacySections_ConfirmDeletion = graphql(`
  mutation PrivacySections_ConfirmDeletion($token: String!) {
    confirmAccountDeletion(token: $token) {
      state
      dueAt
      byAdmin
    }
  }
`);

const PrivacySections_CancelDeletion = graphql(`
  mutation PrivacySections_CancelDeletion {
    cancelAccountDeletion
  }
`);

/** Marketing emails: the user's current choice, recorded with the time and the version of the text. */
export function ConsentSection() {
  const { data, loading, error, refetch } = useQuery(PrivacySections_Consents);
  const [record, saving] = useMutation(PrivacySections_RecordConsent, { refetchQueries: [PrivacySections_Consents] });
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string }>();
  const consents = data?.myConsents ?? [];
  const marketing = consents.find((c) => c.kind === 'MARKETING');
  const terms = consents.find((c) => c.kind === 'TERMS' && c.granted);

  async function choose(granted: boolean) {
    setMessage(undefined);
    try {
      await record({ variables: { input: { kind: 'MARKETING', granted } } });
      setMessage({ tone: 'success', text: granted ? 'You will get marketing emails.' : 'You will not get marketing emails.' });
    } catch (failure) {
      setMessage({ tone: 'error', text: formErrors(failure, []).form ?? 'Your choice could not be saved.' });
    }
  }

  return (
    <section className="settings-section" aria-labelledby="settings-consents">
      <h2 id="settings-consents">Consents</h2>
      {loading && !data ? (
        <Loading label="Loading consents…" />
      ) : error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : (
        <>
          <p>
            {terms ? `You accepted the terms (version ${terms.version}) on ${formatDate(terms.at)}.` : 'No acceptance of the terms is on record.'}{' '}
            See the <Link to="/privacy">privacy page</Link> for what we store and for how long.
          </p>
          <label className="consent-check">
            <input type="checkbox" checked={marketing?.granted ?? false} disabled={saving.loading} onChange={(event) => void choose(event.target.checked)} />
            <span>Send me emails about new solutions and offers</span>
          </label>
          <div aria-live="polite">{message && <Alert tone={message.tone}>{message.text}</Alert>}</div>
        </>
      )}
    </section>
  );
}

/**
 * Deleting the account: re-enter the password (accounts without one confirm by an emailed link, which comes
 * back here with `?token=`), then a grace period in which the deletion can be cancelled.
 */
export function DeleteAccountSection() {
  const { data, loading, error, refetch } = useQuery(PrivacySections_Deletion, { fetchPolicy: 'cache-and-network' });
  const [request, requesting] = useMutation(PrivacySections_RequestDeletion, { refetchQueries: [PrivacySections_Deletion] });
  const [confirm] = useMutation(PrivacySections_ConfirmDeletion, { refetchQueries: [PrivacySections_Deletion] });
  const [cancel, cancelling] = useMutation(PrivacySections_CancelDeletion, { refetchQueries: [PrivacySections_Deletion] });
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ password?: string; form?: string }>({});
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string }>();
  const [params, setParams] = useSearchParams();
  const passwordInput = useRef<HTMLInputElement>(null);
  const token = params.get('token');

  useEffect(() => {
    if (!token) return;
    setParams({}, { replace: true });
    confirm({ variables: { token } })
      .then(() => setNotice({ tone: 'success', text: 'The deletion of your account is scheduled.' }))
      .catch((failure: unknown) => setNotice({ tone: 'error', text: formErrors(failure, []).form ?? 'This link could not be used.' }));
  }, [token, confirm, setParams]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors({});
    setNotice(undefined);
    try {
      const result = await request({ variables: { input: { password: password || null } } });
      setPassword('');
      if (result.data?.requestAccountDeletion.state === 'CONFIRM_BY_EMAIL') setNotice({ tone: 'success', text: 'We sent you an email: follow its link to confirm the deletion.' });
    } catch (failure) {
      const found = formErrors(failure, ['password'] as const);
      setErrors({ ...found.fields, form: found.form });
      if (found.fields.password) passwordInput.current?.focus();
    }
  }

  async function undo() {
    setNotice(undefined);
    try {
      await cancel();
      setNotice({ tone: 'success', text: 'The deletion is cancelled. Your account stays as it is.' });
    } catch (failure) {
      setNotice({ tone: 'error', text: formErrors(failure, []).form ?? 'The deletion could not be cancelled.' });
    }
  }

  const pending = data?.myAccountDeletion;
  return (
    <section className="settings-section" aria-labelledby="settings-delete">
      <h2 id="settings-delete">Delete your account</h2>
      {loading && !data ? (
        <Loading label="Loading…" />
      ) : error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : pending?.dueAt ? (
        <>
          <Alert tone="error">
            Your account will be deleted on <strong>{formatDate(pending.dueAt)}</strong>
            {pending.byAdmin ? ', as requested by email' : ''}. Until then you can cancel and everything stays as it is.
          </Alert>
          <div aria-live="polite">{notice && <Alert tone={notice.tone}>{notice.text}</Alert>}</div>
          <button type="button" className="button" onClick={() => void undo()} disabled={cancelling.loading}>
            {cancelling.loading ? 'Cancelling…' : 'Cancel the deletion'}
          </button>
        </>
      ) : (
        <>
          <p>
            Your keys are revoked, your subscriptions cancelled and your personal data erased {ACCOUNT_DELETION_GRACE_DAYS} days after you ask; until then
            you can cancel. Tax invoices are kept with the minimum fields the law requires. We email you a confirmation.
          </p>
          <form className="form" onSubmit={submit} noValidate>
            <TextField
              label="Your password"
              hint="Accounts that sign in only through a provider leave this empty and confirm by email."
              type="password"
              autoComplete="current-password"
              value={password}
              error={errors.password}
              inputRef={passwordInput}
              onChange={(e) => setPassword(e.target.value)}
            />
            {errors.form && <Alert tone="error">{errors.form}</Alert>}
            <div aria-live="polite">{notice && <Alert tone={notice.tone}>{notice.text}</Alert>}</div>
            <button type="submit" className="button button-danger" disabled={requesting.loading}>
              {requesting.loading ? 'Scheduling…' : 'Delete my account'}
            </button>
          </form>
        </>
      )}
    </section>
  );
}
