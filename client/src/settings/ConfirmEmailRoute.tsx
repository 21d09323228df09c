import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../errors';
import { graphql } from '../gql';

const ConfirmEmail_Confirm = graphql(`
  mutation ConfirmEmail_Confirm($token: String!) {
    confirmEmailChange(token: $token) {
      id
      email
      emailVerified
    }
  }
`);

type State = { status: 'confirming' } | { status: 'confirmed'; email: string | null } | { status: 'failed'; message: string };

/** `/confirm-email?token=…`, the link mailed to a new address: spends the token once on load and says how it went. */
export default function ConfirmEmailRoute() {
  const [params] = useSearchParams();
  const token = params.get('token') || undefined;
  const [state, setState] = useState<State>({ status: 'confirming' });
  const [confirm] = useMutation(ConfirmEmail_Confirm);
  // The token works once: StrictMode runs effects twice in development, so both runs share one request.
  const request = useRef<Promise<State>>(undefined);

  useEffect(() => {
    if (!token) return;
    request.current ??= confirm({ variables: { token } }).then(
      ({ data }): State => (data ? { status: 'confirmed', email: data.confirmEmailChange.email ?? null } : { status: 'failed', message: errorMessage(undefined) }),
      (error: unknown): State => ({ status: 'failed', message: errorMessage(error) }),
    );
    let current = true;
    void request.current.then((next) => {
      if (current) setState(next);
    });
    return () => {
      current = false;
    };
  }, [token, confirm]);

  return (
    <main className="card">
      <title>Confirm your new email · Marketplace</title>
      <h1>Confirm your new email</h1>
      <div className="card-status" aria-live="polite">
        {!token ? (
          <p className="notice notice-error">This link has no token. Open the link from the email exactly as it was sent, or ask for a new one in your account settings.</p>
        ) : state.status === 'confirming' ? (
          <p>Confirming…</p>
        ) : state.status === 'confirmed' ? (
          <>
            <p className="notice notice-success">
              Your account now uses <strong>{state.email}</strong>. Sign in with it from now on.
            </p>
            <p>
              <a href="/settings">Account settings</a>
            </p>
          </>
        ) : (
          <>
            <p className="notice notice-error">{state.message}</p>
            <p>
              <a href="/settings">Ask for a new link in your account settings</a>
            </p>
          </>
        )}
      </div>
    </main>
  );
}
