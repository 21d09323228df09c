import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { downloadWithSession } from '../billing/download';
import { formErrors } from '../errors';
import { graphql } from '../gql';
import { formatDateTime, plural } from '../format/format';
import { Alert } from '../ui/Alert';
import { TextField } from '../ui/Field';
import { ErrorState, Loading } from '../ui/States';
import { ConsentSection, DeleteAccountSection } from './PrivacySections';

const SettingsPage_Me = graphql(`
  query SettingsPage_Me {
    me {
      id
      name
      email
      emailVerified
      hasPassword
    }
  }
`);

const SettingsPage_UpdateProfile = graphql(`
  mutation SettingsPage_UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      id
      name
    }
  }
`);

export const SettingsPage_RequestEmailChange = graphql(`
  mutation SettingsPage_RequestEmailChange($input: RequestEmailChangeInput!) {
    requestEmailChange(input: $input)
  }
`);

export const SettingsPage_ChangePassword = graphql(`
  mutation SettingsPage_ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

export const SettingsPage_Sessions = graphql(`
  query SettingsPage_Sessions {
    mySessions {
      id
      createdAt
      lastActiveAt
      expiresAt
      current
    }
  }
`);

export const SettingsPage_EndSession = graphql(`
  mutation SettingsPage_EndSession($id: ID!) {
    endSession(id: $id)
  }
`);

export const SettingsPage_EndOtherSessions = graphql(`
  mutation SettingsPage_EndOtherSessions {
    endOtherSessions
  }
`);

/** `/settings`: the signed-in user's profile, email address, password and sessions. */
export default function SettingsPage() {
  const { signOut } = useAuth();
  const { data, loading, error, refetch } = useQuery(SettingsPage_Me);
  const me = data?.me;
  return (
    <main className="page settings-page">
      <title>Account settings · Marketplace</title>
      <h1>Account settings</h1>
      {loading && !me ? (
        <Loading />
      ) : error || !me ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : (
        <>
          <ProfileSection name={me.name} />
          <EmailSection email={me.email ?? ''} verified={me.emailVerified} />
          {me.hasPassword === false ? <SetPasswordSection email={me.email ?? ''} /> : <PasswordSection />}
          <SignInMethodsSection />
          <SessionsSection onSignedOut={signOut} />
          <DataSection />
          <NoticesSection />
          <ConsentSection />
          <DeleteAccountSection />
        </>
      )}
    </main>
  );
}

function ProfileSection({ name: saved }: { name: string }) {
  const [name, setName] = useState(saved);
  const [error, setError] = useState<string>();
  const [formError, setFormError] = useState<string>();
  const [done, setDone] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const [update, { loading }] = useMutation(SettingsPage_UpdateProfile);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    setError(undefined);
    setFormError(undefined);
    try {
      await update({ variables: { input: { name } } });
      setDone(true);
    } catch (failure) {
      const errors = formErrors(failure, ['name'] as const);
      setError(errors.fields.name);
      setFormError(errors.form);
      if (errors.fields.name) input.current?.focus();
    }
  }

  return (
    <section className="settings-section" aria-labelledby="settings-profile">
      <h2 id="settings-profile">Profile</h2>
      <form className="form" onSubmit={submit} noValidate>
        <TextField label="Name" hint="Shown to partners whose solutions you use, and on your invoices." value={name} maxLength={100} autoComplete="name" error={error} inputRef={input} onChange={(e) => setName(e.target.value)} />
        {formError && <Alert tone="error">{formError}</Alert>}
        <div aria-live="polite">{done && <Alert tone="success">Name saved.</Alert>}</div>
        <button type="submit" disabled={loading || name.trim() === saved}>
          {loading ? 'Saving…' : 'Save name'}
        </button>
      </form>
    </section>
  );
}

export function EmailSection({ email, verified }: { email: string; verified: boolean }) {
  const [newEmail, setNewEmail] = useState('');
  const [currentPassword, setCurrentPassword] = useState('');
  const [errors, setErrors] = useState<{ newEmail?: string; currentPassword?: string; form?: string }>({});
  const [sentTo, setSentTo] = useState<string>();
  const emailInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);
  const [request, { loading }] = useMutation(SettingsPage_RequestEmailChange);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSentTo(undefined);
    setErrors({});
    try {
      await request({ variables: { input: { newEmail, currentPassword } } });
      setSentTo(newEmail.trim());
      setNewEmail('');
      setCurrentPassword('');
    } catch (failure) {
      const found = formErrors(failure, ['newEmail', 'currentPassword'] as const);
      setErrors({ ...found.fields, form: found.form });
      if (found.fields.newEmail) emailInput.current?.focus();
      else if (found.fields.currentPassword) passwordInput.current?.focus();
    }
  }

  return (
    <section className="settings-section" aria-labelledby="settings-email">
      <h2 id="settings-email">Email address</h2>
      <p>
        You sign in with <strong>{email}</strong>
        {verified ? ' (verified).' : ' (not verified yet).'} To change it, enter the new address: we send a link there,
        and your account keeps its current address until you follow it.
      </p>
      <form className="form" onSubmit={submit} noValidate>
        <TextField label="New email address" type="email" autoComplete="email" value={newEmail} error={errors.newEmail} inputRef={emailInput} onChange={(e) => setNewEmail(e.target.value)} />
        <TextField label="Current password" type="password" autoComplete="current-password" value={currentPassword} error={errors.currentPassword} inputRef={passwordInput} onChange={(e) => setCurrentPassword(e.target.value)} />
        {errors.form && <Alert tone="error">{errors.form}</Alert>}
        <div aria-live="polite">
          {sentTo && (
            <Alert tone="success">
              We sent a confirmation link to <strong>{sentTo}</strong>. It works for 24 hours.
            </Alert>
          )}
        </div>
        <button type="submit" disabled={loading || !newEmail || !currentPassword}>
          {loading ? 'Sending…' : 'Send confirmation link'}
        </button>
      </form>
    </section>
  );
}

export const SettingsPage_RequestPasswordSetup = graphql(`
  mutation SettingsPage_RequestPasswordSetup {
    requestPasswordSetup
  }
`);

/** An account without a password (a social sign-up) gets its first one through an emailed link. */
export function SetPasswordSection({ email }: { email: string }) {
  const [request, { loading }] = useMutation(SettingsPage_RequestPasswordSetup);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string>();

  async function send() {
    setError(undefined);
    try {
      await request();
      setSent(true);
    } catch (failure) {
      setError(formErrors(failure, []).form ?? 'The email could not be sent.');
    }
  }

  return (
    <section className="settings-section" aria-labelledby="settings-password">
      <h2 id="settings-password">Password</h2>
      <p>You sign in with a linked provider and have no password yet. Add one to sign in with your email address too.</p>
      <div aria-live="polite">
        {sent && (
          <Alert tone="success">
            We sent a link to <strong>{email}</strong>. Follow it within an hour to choose your password; you will then sign in again.
          </Alert>
        )}
        {error && <Alert tone="error">{error}</Alert>}
      </div>
      <button type="button" className="button" onClick={() => void send()} disabled={loading}>
        {loading ? 'Sending…' : sent ? 'Send the link again' : 'Email me a link to set a password'}
      </button>
    </section>
  );
}

/** The identity service's rule (PASSWORD_MIN); the server checks it again and has the last word. */
const PASSWORD_MIN = 10;

export function PasswordSection() {
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<{ currentPassword?: string; newPassword?: string; repeat?: string; form?: string }>({});
  const [done, setDone] = useState(false);
  const inputs = { currentPassword: useRef<HTMLInputElement>(null), newPassword: useRef<HTMLInputElement>(null), repeat: useRef<HTMLInputElement>(null) };
  const [change, { loading, client }] = useMutation(SettingsPage_ChangePassword);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    if (newPassword !== repeat) {
      setErrors({ repeat: 'The passwords do not match.' });
      inputs.repeat.current?.focus();
      return;
    }
    setErrors({});
    try {
      await change({ variables: { currentPassword, newPassword } });
      setDone(true);
      setCurrentPassword('');
      setNewPassword('');
      setRepeat('');
      // Every other session ended with the change.
      await client.refetchQueries({ include: [SettingsPage_Sessions] });
    } catch (failure) {
      const found = formErrors(failure, ['currentPassword', 'newPassword'] as const);
      setErrors({ ...found.fields, form: found.form });
      const first = found.fields.currentPassword ? 'currentPassword' : found.fields.newPassword ? 'newPassword' : undefined;
      if (first) inputs[first].current?.focus();
    }
  }

  return (
    <section className="settings-section" aria-labelledby="settings-password">
      <h2 id="settings-password">Password</h2>
      <form className="form" onSubmit={submit} noValidate>
        <TextField label="Current password" type="password" autoComplete="current-password" value={currentPassword} error={errors.currentPassword} inputRef={inputs.currentPassword} onChange={(e) => setCurrentPassword(e.target.value)} />
        <TextField label="New password" type="password" autoComplete="new-password" hint={`At least ${PASSWORD_MIN} characters, not your email address nor the current one.`} value={newPassword} error={errors.newPassword} inputRef={inputs.newPassword} onChange={(e) => setNewPassword(e.target.value)} />
        <TextField label="Repeat the new password" type="password" autoComplete="new-password" value={repeat} error={errors.repeat} inputRef={inputs.repeat} onChange={(e) => setRepeat(e.target.value)} />
        {errors.form && <Alert tone="error">{errors.form}</Alert>}
        <div aria-live="polite">{done && <Alert tone="success">Password changed. Your other sessions were signed out.</Alert>}</div>
        <button type="submit" disabled={loading || !currentPassword || !newPassword || !repeat}>
          {loading ? 'Changing…' : 'Change password'}
        </button>
      </form>
    </section>
  );
}

/** `onSignedOut`: what ending the current session leads to (the app signs out). */
export function SessionsSection({ onSignedOut }: { onSignedOut: () => Promise<void> }) {
  const { data, loading, error, refetch } = useQuery(SettingsPage_Sessions, { fetchPolicy: 'cache-and-network' });
  const [endSession] = useMutation(SettingsPage_EndSession);
  const [endOthers, ending] = useMutation(SettingsPage_EndOtherSessions);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string }>();
  const sessions = data?.mySessions ?? [];
  const others = sessions.filter((s) => !s.current).length;

  async function end(id: string, current: boolean) {
    setMessage(undefined);
    try {
      await endSession({ variables: { id } });
      if (current) return void (await onSignedOut());
      setMessage({ tone: 'success', text: 'Session signed out.' });
      await refetch();
    } catch (failure) {
      setMessage({ tone: 'error', text: formErrors(failure, []).form ?? 'The session could not be signed out.' });
    }
  }

  async function endAllOthers() {
    setMessage(undefined);
    try {
      const result = await endOthers();
      const count = result.data?.endOtherSessions ?? 0;
      setMessage({ tone: 'success', text: `${plural(count, 'other session')} signed out.` });
      await refetch();
    } catch (failure) {
      setMessage({ tone: 'error', text: formErrors(failure, []).form ?? 'The sessions could not be signed out.' });
    }
  }

  return (
    <section className="settings-section" aria-labelledby="settings-sessions">
      <h2 id="settings-sessions">Where you are signed in</h2>
      <p>Each sign-in is a session; it stays signed in for 30 days after its last use. Sign out any you do not recognise.</p>
      {loading && !data ? (
        <Loading label="Loading sessions…" />
      ) : error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : (
        <>
          <ul className="session-list">
            {sessions.map((session) => (
              <li key={session.id} className="session-item">
                <div>
                  <strong>{session.current ? 'This browser' : 'Another sign-in'}</strong>
                  <span className="session-times">
                    Signed in {formatDateTime(session.createdAt)} · last active {formatDateTime(session.lastActiveAt)}
                  </span>
                </div>
                <button type="button" className="button button-secondary button-small" onClick={() => void end(session.id, session.current)}>
                  {session.current ? 'Sign out' : 'Sign out this session'}
                </button>
              </li>
            ))}
          </ul>
          <div aria-live="polite">{message && <Alert tone={message.tone}>{message.text}</Alert>}</div>
          <button type="button" className="button button-secondary" onClick={() => void endAllOthers()} disabled={others === 0 || ending.loading}>
            {others === 0 ? 'No other sessions' : `Sign out ${plural(others, 'other session')}`}
          </button>
        </>
      )}
    </section>
  );
}

/** Upgrade-notice emails are chosen per solution, on its dashboard; this says where. */
function NoticesSection() {
  return (
    <section className="settings-section" aria-labelledby="settings-notices">
      <h2 id="settings-notices">Usage notices</h2>
      <p>
        You get an email and a notice on your dashboard when you have used 80 % and 100 % of a solution's allowance, and three days before a trial
        ends. Turn the emails off for a solution under Notices on its page of your <Link to="/dashboard">dashboard</Link>.
      </p>
    </section>
  );
}

/** The right of access: everything the platform holds about the user, as one JSON file. */
export function DataSection() {
  const [state, setState] = useState<{ status: 'idle' | 'working' | 'done' } | { status: 'failed'; message: string }>({ status: 'idle' });
  async function download() {
    setState({ status: 'working' });
    try {
      await downloadWithSession('/account/export', 'marketplace-data.json');
      setState({ status: 'done' });
    } catch (failure) {
      setState({ status: 'failed', message: failure instanceof Error ? failure.message : 'The download failed. Please try again.' });
    }
  }
  return (
    <section className="settings-section" aria-labelledby="settings-data">
      <h2 id="settings-data">Your data</h2>
      <p>
        Download everything Marketplace holds about you as one JSON file: your account, sessions, keys (by prefix; their
        secrets are never stored), usage, subscriptions and invoices.
      </p>
      <div aria-live="polite">
        {state.status === 'failed' && <Alert tone="error">{state.message}</Alert>}
        {state.status === 'done' && <Alert tone="success">Your data was downloaded.</Alert>}
      </div>
      <button type="button" className="button button-secondary" onClick={() => void download()} disabled={state.status === 'working'}>
        {state.status === 'working' ? 'Preparing your data…' : 'Download your data'}
      </button>
    </section>
  );
}

/** Social sign-in lives on its own page (providers, link, unlink); settings point there. */
function SignInMethodsSection() {
  return (
    <section className="settings-section" aria-labelledby="settings-sign-in-methods">
      <h2 id="settings-sign-in-methods">Linked sign-in methods</h2>
      <p>
        The providers (such as Google) that sign in to this account besides your password.{' '}
        <Link to="/account/sign-in-methods">Manage linked sign-in methods</Link>
      </p>
    </section>
  );
}
