import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { formErrors, type FormErrors } from '../errors';
import { graphql } from '../gql';
import { Alert } from '../ui/Alert';
import { TextField } from '../ui/Field';
import { safeNext } from './safe-next';

const LinkAccountPage_Pending = graphql(`
  query LinkAccountPage_Pending($token: String!) {
    pendingSocialLink(token: $token) {
      email
      viaEmail
      next
      provider {
        id
        name
      }
    }
  }
`);

const LinkAccountPage_ConfirmWithPassword = graphql(`
  mutation LinkAccountPage_ConfirmWithPassword($token: String!, $password: String!) {
    confirmSocialLink(token: $token, password: $password) {
      accessToken
      accessTokenExpiresAt
    }
  }
`);

const LinkAccountPage_SendEmail = graphql(`
  mutation LinkAccountPage_SendEmail($token: String!) {
    sendSocialLinkEmail(token: $token)
  }
`);

const LinkAccountPage_ConfirmByEmail = graphql(`
  mutation LinkAccountPage_ConfirmByEmail($token: String!) {
    confirmSocialLinkByEmail(token: $token) {
      accessToken
      accessTokenExpiresAt
    }
  }
`);

/**
 * A provider vouched for an email that already has an account: nothing is linked until the owner proves control,
 * with the account's password here or with the link we email to the account.
 */
export default function LinkAccountPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const navigate = useNavigate();
  const auth = useAuth();
  const pending = useQuery(LinkAccountPage_Pending, { variables: { token }, skip: !token, fetchPolicy: 'network-only' });
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors<'password' | 'token'>>({ fields: {} });
  const [mailed, setMailed] = useState(false);
  const [confirm, confirmState] = useMutation(LinkAccountPage_ConfirmWithPassword);
  const [sendEmail, sendState] = useMutation(LinkAccountPage_SendEmail);
  const [confirmByEmail, byEmailState] = useMutation(LinkAccountPage_ConfirmByEmail);
  const link = pending.data?.pendingSocialLink;

  async function signedIn(session: { accessToken: string; accessTokenExpiresAt: string } | undefined) {
    if (!session) return;
    await auth.signIn(session);
    navigate(safeNext(link?.next), { replace: true });
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors({ fields: {} });
    try {
      const { data } = await confirm({ variables: { token, password } });
      await signedIn(data?.confirmSocialLink);
    } catch (error) {
      setErrors(formErrors(error, ['password', 'token'] as const));
    }
  }

  if (pending.loading) return <main className="card"><p>Loading…</p></main>;
  if (!token || !link) {
    return (
      <main className="card">
        <title>Link your account · Marketplace</title>
        <h1>Link your account</h1>
        <Alert tone="error">
          This link is invalid, was already used or has expired. <Link to="/login">Sign in with the provider again</Link>.
        </Alert>
      </main>
    );
  }

  const provider = link.provider.name;
  return (
    <main className="card">
      <title>{`Link ${provider} · Marketplace`}</title>
      <h1>Link {provider} to your account</h1>
      <p>
        {provider} says you are <strong>{link.email}</strong>, which already has a Marketplace account. To keep that account safe,
        confirm that it is yours before {provider} can sign in to it.
      </p>
      <div className="card-status" aria-live="polite">
        {errors.form && <Alert tone="error">{errors.form}</Alert>}
        {errors.fields.token && <Alert tone="error">{errors.fields.token}</Alert>}
        {mailed && <Alert tone="success">We emailed a link to {link.email}. Follow it within 30 minutes to link {provider} and sign in.</Alert>}
      </div>
      {link.viaEmail ? (
        <button
          type="button"
          className="button"
          disabled={byEmailState.loading}
          onClick={async () => {
            setErrors({ fields: {} });
            try {
              const { data } = await confirmByEmail({ variables: { token } });
              await signedIn(data?.confirmSocialLinkByEmail);
            } catch (error) {
              setErrors(formErrors(error, ['password', 'token'] as const));
            }
          }}
        >
          {byEmailState.loading ? 'Linking…' : `Link ${provider} and sign in`}
        </button>
      ) : (
        <>
          <form className="form" onSubmit={submit}>
            <TextField
              label="Your Marketplace password"
              type="password"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              error={errors.fields.password}
            />
            <button type="submit" className="button" disabled={confirmState.loading}>
              {confirmState.loading ? 'Linking…' : `Link ${provider} and sign in`}
            </button>
          </form>
          <p className="card-footer">
            <button
              type="button"
              className="button button-secondary"
              disabled={sendState.loading || mailed}
              onClick={async () => {
                setErrors({ fields: {} });
                try {
                  await sendEmail({ variables: { token } });
                  setMailed(true);
                } catch (error) {
                  setErrors(formErrors(error, ['password', 'token'] as const));
                }
              }}
            >
              No password? Email me a link instead
            </button>
          </p>
        </>
      )}
    </main>
  );
}
