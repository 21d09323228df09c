import { useEffect, useRef, useState } from 'react';
import { postGraphQL, type GraphQLResult } from '../graphql-request';
import { loginAfterVerify } from './safe-next';

const VerifyEmailPage_Mutation = /* GraphQL */ `
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token) {
      id
      email
      emailVerified
    }
  }
`;

interface VerifyEmailData {
  verifyEmail: { id: string; email: string; emailVerified: boolean };
}

type State = { status: 'verifying' } | { status: 'verified'; email: string } | { status: 'failed'; message: string };

/** Follows the emailed verification link: spends the token once on load and says how it went. */
export function VerifyEmailPage({ token }: { token: string | undefined }) {
  const [state, setState] = useState<State>({ status: 'verifying' });
  // The token works once: StrictMode runs effects twice in development, so both runs share one request.
  const request = useRef<Promise<GraphQLResult<VerifyEmailData>>>(undefined);

  useEffect(() => {
    if (!token) return;
    request.current ??= postGraphQL<VerifyEmailData>(VerifyEmailPage_Mutation, { token });
    let current = true;
    void request.current.then((result) => {
      if (!current) return;
      setState(
        result.ok
          ? { status: 'verified', email: result.data.verifyEmail.email }
          : { status: 'failed', message: result.error.message },
      );
    });
    return () => {
      current = false;
    };
  }, [token]);

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
              Your email <strong>{state.email}</strong> is verified. You can sign in now.
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
