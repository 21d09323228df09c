import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { formErrors } from '../errors';
import { graphql } from '../gql';

const ResetPasswordPage_Reset = graphql(`
  mutation ResetPasswordPage_Reset($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword)
  }
`);

/** The identity service's rule (PASSWORD_MIN); the server checks it again and has the last word. */
const PASSWORD_MIN = 10;

type Status = 'editing' | 'submitting' | 'done';

/** Once the form is gone, focus goes to the message rather than dropping to <body>. */
const focusOnMount = (element: HTMLElement | null) => element?.focus();

/** Follows the emailed reset link: asks for a new password twice and sets it with the link's token. */
export function ResetPasswordPage({ token }: { token: string | undefined }) {
  const [newPassword, setNewPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [status, setStatus] = useState<Status>('editing');
  const [newPasswordError, setNewPasswordError] = useState<string>();
  const [repeatError, setRepeatError] = useState<string>();
  const [formError, setFormError] = useState<string>();
  const newPasswordInput = useRef<HTMLInputElement>(null);
  const repeatInput = useRef<HTMLInputElement>(null);
  const [reset] = useMutation(ResetPasswordPage_Reset);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!token || status === 'submitting') return;
    setFormError(undefined);
    setNewPasswordError(undefined);
    if (newPassword !== repeat) {
      setRepeatError('The passwords do not match.');
      repeatInput.current?.focus();
      return;
    }
    setRepeatError(undefined);
    setStatus('submitting');
    try {
      await reset({ variables: { token, newPassword } });
      setStatus('done');
    } catch (error) {
      setStatus('editing');
      const errors = formErrors(error, ['newPassword'] as const);
      if (errors.fields.newPassword) {
        setNewPasswordError(errors.fields.newPassword);
        newPasswordInput.current?.focus();
      }
      setFormError(errors.form);
    }
  }

  return (
    <main className="card">
      <title>Choose a new password · Marketplace</title>
      <h1>Choose a new password</h1>
      <div className="card-status" aria-live="polite">
        {!token ? (
          <p className="notice notice-error">
            This link has no reset token. Open the link from the email exactly as it was sent, or ask for a new one.
          </p>
        ) : status === 'done' ? (
          <>
            <p className="notice notice-success" tabIndex={-1} ref={focusOnMount}>
              Password changed. Sign in with your new password.
            </p>
            <p>
              <a href="/login">Sign in</a>
            </p>
          </>
        ) : (
          formError && <p className="notice notice-error">{formError}</p>
        )}
      </div>
      {token && status !== 'done' && (
        <form className="form" onSubmit={submit}>
          <div className="field">
            <label htmlFor="new-password">New password</label>
            <input
              ref={newPasswordInput}
              id="new-password"
              name="new-password"
              type="password"
              autoComplete="new-password"
              required
              minLength={PASSWORD_MIN}
              value={newPassword}
              onChange={(event) => {
                setNewPassword(event.target.value);
                setNewPasswordError(undefined);
              }}
              aria-invalid={newPasswordError ? true : undefined}
              aria-describedby={newPasswordError ? 'new-password-hint new-password-error' : 'new-password-hint'}
            />
            <p id="new-password-hint" className="field-hint">
              At least {PASSWORD_MIN} characters.
            </p>
            {newPasswordError && (
              <p id="new-password-error" className="field-error" role="alert">
                {newPasswordError}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor="repeat-password">Repeat password</label>
            <input
              ref={repeatInput}
              id="repeat-password"
              name="repeat-password"
              type="password"
              autoComplete="new-password"
              required
              value={repeat}
              onChange={(event) => {
                setRepeat(event.target.value);
                setRepeatError(undefined);
              }}
              aria-invalid={repeatError ? true : undefined}
              aria-describedby={repeatError ? 'repeat-password-error' : undefined}
            />
            {repeatError && (
              <p id="repeat-password-error" className="field-error" role="alert">
                {repeatError}
              </p>
            )}
          </div>
          <button type="submit" disabled={status === 'submitting'}>
            {status === 'submitting' ? 'Changing password…' : 'Change password'}
          </button>
        </form>
      )}
    </main>
  );
}
