import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../errors';
import { graphql } from '../gql';
import { loginAfterVerify } from './safe-next';

const VerifyEmailPage_Verify = graphql(`
  mutation VerifyEmailPage_Verify($token: String!) {
    verifyEmail(token: $token) {
      id
      email
      emailVerified
    }
  }
`);

type State = { status: 'verifying' } | { status: 'verified'; email: string | null } | { status: 'failed'; message: string };

/** Follows the emailed verification link: spends the token once on load and says how it went. */
export function VerifyEmailPage({ token }: { token: string | undefined }) {
  const [state, setState] = useState<State>({ status: 'verifying' });
  const [verify] = useMutation(VerifyEmailPage_Verify);
  // The token works once: StrictMode runs effects twice in development, so both runs share one request.
  const request = useRef<Promise<State>>(undefined);

  useEffect(() => {
    if (!token) return;
    request.current ??= verify({ variables: { token } }).then(
      ({ data }): State =>
        data ? { status: 'verified', email: data.verifyEmail.email ?? null } : { status: 'failed', message: errorMessage(undefined) },
      (error: unknown): State => ({ status: 'failed', message: errorMessage(error) }),
    );
    let current = true;
    void request.current.then((next) => {
      if (current) setState(next);
    });
    return () => {
      current = false;
    };
  }, [token, verify]);

  return (
    <main className="card">
      {/* React 19 hoists <title> into <head>. */}
      <title>Verify your email · Marketplace</title>
      <h1>Verify your email</h1>
      <div className="card-status" aria-live="polite">
        {!token ? (
          <p className="notice notice-error">
            This link has no verification token. Open the link from the email exactly as it was sent, or ask for a new
            one.
          </p>
        ) : state.status === 'verifying' ? (
          <p>Verifying…</p>
        ) : state.status === 'verified' ? (
          <>
            <p className="notice notice-success">
              {state.email ? (
                <>
                  Your email <strong>{state.email}</strong> is verified.
                </>
              ) : (
                'Your email is verified.'
              )}{' '}
              You can sign in now.
            </p>
            <p>
              <a href={loginAfterVerify()}>Sign in</a>
            </p>
          </>
        ) : (
          <>
            <p className="notice notice-error">{state.message}</p>
            <p>
              <a href="/">Back to Marketplace</a>
            </p>
          </>
        )}
      </div>
    </main>
  );
}
