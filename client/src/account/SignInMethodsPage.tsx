import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { errorMessage } from '../errors';
import { formatDate } from '../format/format';
import { graphql } from '../gql';
import { Alert } from '../ui/Alert';
import { SocialButtons, useSignInProviders } from './SocialButtons';
import { socialErrorMessage } from './social-errors';

const SignInMethodsPage_Query = graphql(`
  query SignInMethodsPage_Query {
    me {
      id
      email
      hasPassword
      linkedSignInMethods {
        providerId
        providerName
        email
        username
        linkedAt
      }
    }
  }
`);

const SignInMethodsPage_Unlink = graphql(`
  mutation SignInMethodsPage_Unlink($provider: ID!) {
    unlinkSignInMethod(provider: $provider) {
      providerId
    }
  }
`);

/** "Linked sign-in methods": the password and the providers that sign in to this account; link and unlink them. */
export default function SignInMethodsPage() {
  const [params] = useSearchParams();
  const { providers } = useSignInProviders();
  const { data, loading, error, refetch } = useQuery(SignInMethodsPage_Query, { fetchPolicy: 'cache-and-network' });
  const [unlink, unlinkState] = useMutation(SignInMethodsPage_Unlink);
  const [unlinkError, setUnlinkError] = useState<string>();
  const [unlinked, setUnlinked] = useState<string>();
  const me = data?.me;
  const linked = me?.linkedSignInMethods ?? [];
  const nameOf = (id: string | null) => providers.find((p) => p.id === id)?.name ?? id;
  const linkedNow = params.get('linked');
  const failed = params.get('error');

  return (
    <main className="page">
      <title>Sign-in methods · Marketplace</title>
      <h1>Linked sign-in methods</h1>
      <div aria-live="polite">
        {linkedNow && <Alert tone="success">{nameOf(linkedNow)} is linked: you can sign in with it now.</Alert>}
        {failed && <Alert tone="error">{socialErrorMessage(failed, nameOf(params.get('provider')))}</Alert>}
        {unlinked && <Alert tone="success">{unlinked} is unlinked.</Alert>}
        {unlinkError && <Alert tone="error">{unlinkError}</Alert>}
        {error && <Alert tone="error">{errorMessage(error)}</Alert>}
      </div>
      {loading && !me ? (
        <p>Loading…</p>
      ) : me ? (
        <>
          <ul className="sign-in-methods" aria-label="Sign-in methods">
            <li>
              <strong>Password</strong>{' '}
              {me.hasPassword ? (
                <span>for {me.email}</span>
              ) : (
                <span>
                  none yet — <Link to="/forgot-password">set one</Link> to sign in without a provider
                </span>
              )}
            </li>
            {linked.map((method) => (
              <li key={method.providerId}>
                <strong>{method.providerName}</strong> <span>{method.username ?? method.email ?? ''}</span>{' '}
                <span className="muted">linked {formatDate(method.linkedAt)}</span>{' '}
                <button
                  type="button"
                  className="button button-secondary"
                  disabled={unlinkState.loading}
                  onClick={async () => {
                    setUnlinkError(undefined);
                    setUnlinked(undefined);
                    try {
                      await unlink({ variables: { provider: method.providerId } });
                      setUnlinked(method.providerName);
                      await refetch();
                    } catch (e) {
                      setUnlinkError(errorMessage(e));
                    }
                  }}
                >
                  Unlink {method.providerName}
                </button>
              </li>
            ))}
          </ul>
          {providers.some((p) => !linked.some((l) => l.providerId === p.id)) && (
            <section>
              <h2>Link another provider</h2>
              <SocialButtons link next="/account/sign-in-methods" exclude={linked.map((l) => l.providerId)} />
            </section>
          )}
        </>
      ) : null}
    </main>
  );
}
