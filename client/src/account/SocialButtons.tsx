import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../gql';
import { Alert } from '../ui/Alert';

const SocialButtons_Providers = graphql(`
  query SocialButtons_Providers {
    signInProviders {
      id
      name
      kind
    }
  }
`);

const SocialButtons_Start = graphql(`
  mutation SocialButtons_Start($provider: ID!, $next: String, $link: Boolean) {
    startSocialSignIn(provider: $provider, next: $next, link: $link) {
      authorizationUrl
      state
      code
      message
    }
  }
`);

/** The configured providers by id → name, for messages that name one. */
export function useSignInProviders() {
  const { data, loading } = useQuery(SocialButtons_Providers);
  return { providers: data?.signInProviders ?? [], loading };
}

/**
 * "Continue with …" for every provider the platform has configured (learnt at run time; nothing when none is).
 * Starting goes through GraphQL, so the gateway can bind the flow to this browser in a cookie; then the browser
 * leaves for the provider. With `link`, a signed-in user links the provider instead of signing in. A first sign-in
 * with a provider creates the account, so the buttons say that continuing accepts the terms (identity records it).
 */
export function SocialButtons({ next, link = false, exclude = [] }: { next?: string; link?: boolean; exclude?: readonly string[] }) {
  const { providers } = useSignInProviders();
  const [start] = useMutation(SocialButtons_Start);
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<string>();
  const shown = providers.filter((p) => !exclude.includes(p.id));
  if (shown.length === 0) return null;

  async function go(provider: string) {
    setError(undefined);
    setBusy(provider);
    try {
      const { data } = await start({ variables: { provider, next: next ?? null, link } });
      const started = data?.startSocialSignIn;
      if (started?.authorizationUrl) {
        window.location.assign(started.authorizationUrl);
        return;
      }
      setError(started?.message ?? 'Signing in is not possible right now. Try again shortly.');
    } catch {
      setError('Signing in is not possible right now. Try again shortly.');
    }
    setBusy(undefined);
  }

  return (
    <div className="social-sign-in">
      {error && <Alert tone="error">{error}</Alert>}
      {shown.map((provider) => (
        <button key={provider.id} type="button" className="button button-secondary" disabled={busy !== undefined} onClick={() => void go(provider.id)}>
          {busy === provider.id ? `Opening ${provider.name}…` : link ? `Link ${provider.name}` : `Continue with ${provider.name}`}
        </button>
      ))}
      {!link && <p className="field-hint">New here? Continuing with a provider creates your account, and with it you accept the terms of use.</p>}
    </div>
  );
}
