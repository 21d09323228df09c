// @vitest-environment jsdom
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { of } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { ResetPasswordPage } from './ResetPasswordPage';
import { VerifyEmailPage } from './VerifyEmailPage';

afterEach(cleanup);

/** The gateway: answers every operation with `answer(variables)`, and records what it was sent. */
function fakeGateway(answer: (variables: Record<string, unknown>) => ApolloLink.Result) {
  const sent: Array<{ operationName: string | undefined; variables: Record<string, unknown> }> = [];
  const link = new ApolloLink((operation) => {
    sent.push({ operationName: operation.operationName, variables: operation.variables });
    return of(answer(operation.variables));
  });
  return { client: new ApolloClient({ link, cache: new InMemoryCache() }), sent };
}

const refusal = (message: string, field?: string) => ({ data: null, errors: [{ message, extensions: { code: 'BAD_USER_INPUT', field } }] });

describe('VerifyEmailPage', () => {
  it('spends the token once, even when StrictMode runs the effect twice, and says the email is verified', async () => {
    const gateway = fakeGateway(() => ({ data: { verifyEmail: { __typename: 'User', id: 'usr_1', email: 'ada@example.com', emailVerified: true } } }));
    render(
      <StrictMode>
        <ApolloProvider client={gateway.client}>
          <VerifyEmailPage token="tok-1" />
        </ApolloProvider>
      </StrictMode>,
    );
    expect(await screen.findByText('ada@example.com')).toBeTruthy();
    expect(screen.getByText(/is verified/)).toBeTruthy();
    expect(gateway.sent).toEqual([{ operationName: 'VerifyEmailPage_Verify', variables: { token: 'tok-1' } }]);
  });

  it('shows the server’s reason when the link is spent or expired', async () => {
    const gateway = fakeGateway(() => refusal('This link has expired. Ask for a new one.', 'token'));
    render(
      <ApolloProvider client={gateway.client}>
        <VerifyEmailPage token="old" />
      </ApolloProvider>,
    );
    expect(await screen.findByText('This link has expired. Ask for a new one.')).toBeTruthy();
  });
});

describe('ResetPasswordPage', () => {
  function renderPage(answer: Parameters<typeof fakeGateway>[0]) {
    const gateway = fakeGateway(answer);
    render(
      <ApolloProvider client={gateway.client}>
        <ResetPasswordPage token="tok-2" />
      </ApolloProvider>,
    );
    const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
    return { gateway, type, submit: () => fireEvent.click(screen.getByRole('button', { name: 'Change password' })) };
  }

  it('sets the new password with the link’s token', async () => {
    const { gateway, type, submit } = renderPage(() => ({ data: { resetPassword: true } }));
    type('New password', 'a-long-passphrase');
    type('Repeat password', 'a-long-passphrase');
    submit();
    expect(await screen.findByText(/Password changed/)).toBeTruthy();
    expect(gateway.sent).toEqual([{ operationName: 'ResetPasswordPage_Reset', variables: { token: 'tok-2', newPassword: 'a-long-passphrase' } }]);
  });

  it('sends nothing when the two passwords differ', async () => {
    const { gateway, type, submit } = renderPage(() => ({ data: { resetPassword: true } }));
    type('New password', 'a-long-passphrase');
    type('Repeat password', 'another-passphrase');
    submit();
    expect((await screen.findByRole('alert')).textContent).toBe('The passwords do not match.');
    expect(gateway.sent).toEqual([]);
  });

  it('puts the server’s password problem on the field, and other problems above the form', async () => {
    let answer = refusal('The password must not be your email.', 'newPassword');
    const { type, submit } = renderPage(() => answer);
    type('New password', 'a-long-passphrase');
    type('Repeat password', 'a-long-passphrase');
    submit();
    expect((await screen.findByRole('alert')).textContent).toBe('The password must not be your email.');
    expect(screen.getByLabelText('New password').getAttribute('aria-invalid')).toBe('true');

    answer = refusal('This link has expired. Ask for a new one.', 'token');
    submit();
    await waitFor(() => expect(screen.getByText('This link has expired. Ask for a new one.')).toBeTruthy());
    expect(screen.getByLabelText('New password').getAttribute('aria-invalid')).toBeNull();
  });
});
