import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { errorCode, formErrors, type FormErrors } from '../errors';
import { graphql } from '../gql';
import { Alert } from '../ui/Alert';
import { TextField } from '../ui/Field';
import { ProofOfWorkStatus, useProofOfWork } from './proof-of-work';
import { safeNext } from './safe-next';
import { SocialButtons, useSignInProviders } from './SocialButtons';
import { socialErrorMessage } from './social-errors';

const LoginPage_Login = graphql(`
  mutation LoginPage_Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      accessTokenExpiresAt
    }
  }
`);

const LoginPage_ResendVerification = graphql(`
  mutation LoginPage_ResendVerification($email: String!, $proofOfWork: String) {
    resendVerification(email: $email, proofOfWork: $proofOfWork)
  }
`);

type Field = 'email' | 'password';

/** Sign in, then go to `?next=` (a path on this site) or the dashboard. */
export default function LoginPage() {
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const auth = useAuth();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors<Field>>({ fields: {} });
  const [unverified, setUnverified] = useState(false);
  const [resent, setResent] = useState(false);
  const [login, { loading }] = useMutation(LoginPage_Login);
  const [resend, resendState] = useMutation(LoginPage_ResendVerification);
  const { withProofOfWork, solving } = useProofOfWork('RESEND_VERIFICATION', { startNow: unverified });
  const { providers } = useSignInProviders();
  const socialError = params.get('error');
  const socialProvider = params.get('provider');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors({ fields: {} });
    setUnverified(false);
    try {
      const { data } = await login({ variables: { input: { email, password } } });
      if (!data) return;
      await auth.signIn(data.login);
      navigate(next, { replace: true });
    } catch (error) {
      setUnverified(errorCode(error) === 'FORBIDDEN' && /verif/i.test(JSON.stringify(error)));
      setErrors(formErrors(error, ['email', 'password'] as const));
    }
  }

  return (
    <main className="card">
      <title>Sign in · Marketplace</title>
      <h1>Sign in</h1>
      <div className="card-status" aria-live="polite">
        {socialError && <Alert tone="error">{socialErrorMessage(socialError, providers.find((p) => p.id === socialProvider)?.name ?? socialProvider)}</Alert>}
        {errors.form && <Alert tone="error">{errors.form}</Alert>}
        {unverified && (
          <div>
            {resent ? (
              <Alert tone="success">If the address has an unverified account, a new link is on its way.</Alert>
            ) : (
              <button
                type="button"
                className="button button-secondary"
                disabled={resendState.loading || solving}
                onClick={async () => {
                  await withProofOfWork((proofOfWork) => resend({ variables: { email, proofOfWork } })).catch(() => undefined);
                  setResent(true);
                }}
              >
                Send the verification email again
              </button>
            )}
            {!resent && <ProofOfWorkStatus solving={solving} />}
          </div>
        )}
      </div>
      <form className="form" onSubmit={submit} noValidate={false}>
        <TextField
          label="Email"
          type="email"
          name="email"
          autoComplete="email"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={errors.fields.email}
        />
        <TextField
          label="Password"
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={errors.fields.password}
        />
        <button type="submit" className="button" disabled={loading}>
          {loading ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <SocialButtons next={next} />
      <p className="card-footer">
        <Link to="/forgot-password">Forgot your password?</Link>
        <span>
          New here? <Link to="/signup">Create an account</Link>
        </span>
      </p>
    </main>
  );
}
