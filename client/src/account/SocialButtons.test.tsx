// @vitest-environment jsdom
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { of } from 'rxjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SocialButtons } from './SocialButtons';
import { socialErrorMessage } from './social-errors';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const PROVIDERS = [
  { __typename: 'SignInProvider', id: 'google', name: 'Google', kind: 'OIDC' },
  { __typename: 'SignInProvider', id: 'cognito', name: 'AWS Cognito', kind: 'OIDC' },
];

function renderButtons(start: Record<string, unknown>, providers = PROVIDERS, props: Parameters<typeof SocialButtons>[0] = {}) {
  const sent: Array<{ operationName: string | undefined; variables: Record<string, unknown> }> = [];
  const link = new ApolloLink((operation) => {
    sent.push({ operationName: operation.operationName, variables: operation.variables });
    if (operation.operationName === 'SocialButtons_Providers') return of({ data: { signInProviders: providers } });
    return of({ data: { startSocialSignIn: { __typename: 'SocialSignInStart', authorizationUrl: null, state: null, code: null, message: null, ...start } } });
  });
  render(
    <ApolloProvider client={new ApolloClient({ link, cache: new InMemoryCache() })}>
      <SocialButtons {...props} />
    </ApolloProvider>,
  );
  return sent;
}

describe('SocialButtons', () => {
  it('shows one button per configured provider and nothing when none is configured', async () => {
    renderButtons({});
    expect(await screen.findByRole('button', { name: 'Continue with Google' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Continue with AWS Cognito' })).toBeTruthy();
    // A first sign-in creates the account: the buttons say that it accepts the terms (identity records the acceptance).
    expect(screen.getByText(/Continuing with a provider creates your account, and with it you accept the terms of use/)).toBeTruthy();
    cleanup();
    renderButtons({}, []);
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryAllByRole('button')).toEqual([]);
  });

  it('says so when the provider cannot be reached, and stays on the page', async () => {
    const sent = renderButtons({ code: 'PROVIDER_UNAVAILABLE', message: 'Google cannot be reached right now. Try again shortly, or sign in with your password.' }, PROVIDERS, {
      next: '/solutions/x',
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Continue with Google' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Google cannot be reached right now. Try again shortly, or sign in with your password.');
    expect(sent.at(-1)).toEqual({ operationName: 'SocialButtons_Start', variables: { provider: 'google', next: '/solutions/x', link: false } });
    expect(screen.getByRole('button', { name: 'Continue with Google' })).toHaveProperty('disabled', false);
  });

  it('offers to link the providers not linked yet', async () => {
    renderButtons({}, PROVIDERS, { link: true, exclude: ['google'] });
    expect(await screen.findByRole('button', { name: 'Link AWS Cognito' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Google/ })).toBeNull();
    expect(screen.queryByText(/accept the terms/)).toBeNull();
  });
});

describe('social sign-in error messages', () => {
  it('names the provider and explains every refusal the gateway reports, with a generic fallback', () => {
    expect(socialErrorMessage('EMAIL_NOT_VERIFIED', 'Google')).toBe('Your email address is not verified at Google. Verify it there, or sign up with a password.');
    expect(socialErrorMessage('STATE_MISMATCH', 'Google')).toMatch(/started in another browser or tab/);
    expect(socialErrorMessage('PROVIDER_UNAVAILABLE', undefined)).toBe('The provider cannot be reached right now. Try again shortly, or sign in with your password.');
    expect(socialErrorMessage('SOMETHING_NEW', null)).toBe('The answer from the provider could not be verified, so nobody was signed in. Start again.');
  });
});
