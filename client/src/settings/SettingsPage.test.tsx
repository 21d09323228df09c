// @vitest-environment jsdom
import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  EmailSection,
  PasswordSection,
  SessionsSection,
  SettingsPage_ChangePassword as ChangePassword,
  SettingsPage_EndOtherSessions as EndOthers,
  SettingsPage_EndSession as EndSession,
  SettingsPage_RequestEmailChange as RequestEmailChange,
  SettingsPage_Sessions as Sessions,
  SetPasswordSection,
  SettingsPage_RequestPasswordSetup as RequestPasswordSetup,
} from './SettingsPage';

afterEach(cleanup);

const fill = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
/** The error shown beside the field labelled `label` (what its `aria-describedby` points at). */
const errorBeside = (label: string) =>
  input(label).getAttribute('aria-describedby')?.split(' ').filter((id) => id.endsWith('-error')).map((id) => document.getElementById(id)?.textContent)[0] ?? undefined;
const badInput = (field: string, message: string) => ({ errors: [new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } })] });

describe('the email section', { timeout: 20_000 }, () => {
  it('shows a wrong password on its field with focus there, then says where the link went', async () => {
    const sent = vi.fn(() => ({ data: { requestEmailChange: true } }));
    render(
      <MockedProvider
        mocks={[
          { request: { query: RequestEmailChange, variables: { input: { newEmail: 'new@example.com', currentPassword: 'wrong-one!' } } }, result: badInput('input.currentPassword', 'The current password is not correct.') },
          { request: { query: RequestEmailChange, variables: { input: { newEmail: 'new@example.com', currentPassword: 'the-right-one' } } }, result: sent },
        ]}
      >
        <EmailSection email="old@example.com" verified />
      </MockedProvider>,
    );
    expect(screen.getByText('old@example.com')).toBeTruthy();
    fill('New email address', 'new@example.com');
    fill('Current password', 'wrong-one!');
    fireEvent.click(screen.getByRole('button', { name: 'Send confirmation link' }));
    await screen.findByText('The current password is not correct.');
    expect(input('Current password').getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(input('Current password')));
    expect(input('New email address').value).toBe('new@example.com');

    fill('Current password', 'the-right-one');
    fireEvent.click(screen.getByRole('button', { name: 'Send confirmation link' }));
    await screen.findByText(/We sent a confirmation link to/);
    expect(screen.getByText('new@example.com')).toBeTruthy();
    expect(sent).toHaveBeenCalledTimes(1);
    expect(input('Current password').value).toBe('');
  });
});

describe('setting a first password (an account from a social sign-in)', { timeout: 20_000 }, () => {
  it('emails the link that sets it and says where it went; a refusal is shown', async () => {
    const sent = vi.fn(() => ({ data: { requestPasswordSetup: true } }));
    render(
      <MockedProvider
        mocks={[
          { request: { query: RequestPasswordSetup }, result: { errors: [new GraphQLError('Too many password emails for this account: try again later.', { extensions: { code: 'RATE_LIMITED' } })] } },
          { request: { query: RequestPasswordSetup }, result: sent },
        ]}
      >
        <SetPasswordSection email="social@example.com" />
      </MockedProvider>,
    );
    expect(screen.queryByLabelText('Current password')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Email me a link to set a password' }));
    await screen.findByText('Too many password emails for this account: try again later.');
    fireEvent.click(screen.getByRole('button', { name: 'Email me a link to set a password' }));
    await screen.findByText(/We sent a link to/);
    expect(screen.getByText('social@example.com')).toBeTruthy();
    expect(sent).toHaveBeenCalledTimes(1);
  });
});

describe('the password section', { timeout: 20_000 }, () => {
  it('refuses a repeat that does not match before sending anything, and shows the server rule on the new password', async () => {
    const change = vi.fn(() => ({ data: { changePassword: true } }));
    render(
      <MockedProvider
        mocks={[
          { request: { query: ChangePassword, variables: { currentPassword: 'current-secret', newPassword: 'short' } }, result: badInput('newPassword', 'The password must be at least 10 characters.') },
          { request: { query: ChangePassword, variables: { currentPassword: 'current-secret', newPassword: 'long-enough-now' } }, result: change },
          { request: { query: Sessions }, result: { data: { mySessions: [] } } },
        ]}
      >
        <PasswordSection />
      </MockedProvider>,
    );
    fill('Current password', 'current-secret');
    fill('New password', 'short');
    fill('Repeat the new password', 'shorter');
    fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
    await screen.findByText('The passwords do not match.');
    expect(document.activeElement).toBe(input('Repeat the new password'));

    fill('Repeat the new password', 'short');
    fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
    await screen.findByText('The password must be at least 10 characters.');
    expect(input('New password').getAttribute('aria-invalid')).toBe('true');

    fill('New password', 'long-enough-now');
    fill('Repeat the new password', 'long-enough-now');
    fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
    await screen.findByText('Password changed. Your other sessions were signed out.');
    expect(change).toHaveBeenCalledTimes(1);
  });
});

describe('the password section, after too many wrong current passwords', { timeout: 20_000 }, () => {
  it("shows the server's wait as the form's error, as sign-in does, marks no field and keeps what was typed", async () => {
    const message = 'Too many attempts at your current password. Try again in 11 minutes (after 2026-12-02T08:00:00.000Z).';
    render(
      <MockedProvider
        mocks={[
          {
            request: { query: ChangePassword, variables: { currentPassword: 'current-secret', newPassword: 'long-enough-now' } },
            result: { errors: [new GraphQLError(message, { extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 660 } })] },
          },
        ]}
      >
        <PasswordSection />
      </MockedProvider>,
    );
    fill('Current password', 'current-secret');
    fill('New password', 'long-enough-now');
    fill('Repeat the new password', 'long-enough-now');
    fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
    expect((await screen.findByRole('alert')).textContent).toBe(message);
    expect(input('Current password').getAttribute('aria-invalid')).not.toBe('true');
    expect(errorBeside('Current password')).toBeUndefined();
    expect(input('Current password').value).toBe('current-secret');
  });
});

describe('the password section, refused for several reasons at once', { timeout: 20_000 }, () => {
  it('shows each problem beside its own field, none at form level, with focus on the first', async () => {
    const problems = [
      { field: 'currentPassword', message: 'The current password is not correct.' },
      { field: 'newPassword', message: 'A password needs at least 10 characters.' },
      { field: 'newPassword', message: 'The new password must differ from the current one.' },
    ];
    const refused = { errors: [new GraphQLError('The current password is not correct. (and 2 more problems)', { extensions: { code: 'BAD_USER_INPUT', field: 'currentPassword', problems } })] };
    render(
      <MockedProvider mocks={[{ request: { query: ChangePassword, variables: { currentPassword: 'same-one', newPassword: 'same-one' } }, result: refused }]}>
        <PasswordSection />
      </MockedProvider>,
    );
    fill('Current password', 'same-one');
    fill('New password', 'same-one');
    fill('Repeat the new password', 'same-one');
    fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
    await waitFor(() => expect(errorBeside('Current password')).toBe('The current password is not correct.'));
    expect(errorBeside('New password')).toBe('A password needs at least 10 characters. The new password must differ from the current one.');
    expect(errorBeside('Repeat the new password')).toBeUndefined();
    expect(screen.getAllByRole('alert')).toHaveLength(2);
    await waitFor(() => expect(document.activeElement).toBe(input('Current password')));
  });
});

describe('the sessions section', { timeout: 20_000 }, () => {
  const session = (id: string, current: boolean) => ({
    __typename: 'AccountSession' as const,
    id,
    current,
    createdAt: '2026-09-20T10:00:00.000Z',
    lastActiveAt: '2026-11-30T09:30:00.000Z',
    expiresAt: '2026-12-30T09:30:00.000Z',
  });

  it('marks this browser, signs out the others in one go, and signing out this one signs the app out', async () => {
    const endOthers = vi.fn(() => ({ data: { endOtherSessions: 2 } }));
    const onSignedOut = vi.fn(async () => {});
    render(
      <MockedProvider
        mocks={[
          { request: { query: Sessions }, result: { data: { mySessions: [session('ses_here', true), session('ses_a', false), session('ses_b', false)] } } },
          { request: { query: EndOthers }, result: endOthers },
          { request: { query: Sessions }, result: { data: { mySessions: [session('ses_here', true)] } } },
          { request: { query: EndSession, variables: { id: 'ses_here' } }, result: { data: { endSession: true } } },
        ]}
      >
        <SessionsSection onSignedOut={onSignedOut} />
      </MockedProvider>,
    );
    expect(await screen.findByText('This browser')).toBeTruthy();
    expect(screen.getAllByText('Another sign-in')).toHaveLength(2);
    // Times by the app's one date rule ("Sep", not Intl's "Sept"), in UTC and saying so.
    expect(screen.getAllByText('Signed in 20 Sep 2026, 10:00 UTC · last active 30 Nov 2026, 09:30 UTC')).toHaveLength(3);
    // Styled like every other button of the app (they were bare browser buttons).
    for (const button of screen.getAllByRole('button')) expect(button.classList.contains('button'), button.textContent!).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Sign out 2 other sessions' }));
    await screen.findByText('2 other sessions signed out.');
    await waitFor(() => expect(screen.queryAllByText('Another sign-in')).toHaveLength(0));
    expect(endOthers).toHaveBeenCalledTimes(1);
    expect((screen.getByRole('button', { name: 'No other sessions' }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(onSignedOut).toHaveBeenCalledTimes(1));
  });
});
