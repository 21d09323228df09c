import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { formErrors, type FormErrors } from '../errors';
import { graphql } from '../gql';
import { Alert } from '../ui/Alert';
import { TextField } from '../ui/Field';
import { isLocalRun, rememberAfterVerify } from './safe-next';
import { SocialButtons } from './SocialButtons';

const SignupPage_Register = graphql(`
  mutation SignupPage_Register($input: RegisterInput!) {
    register(input: $input) {
      id
      email
    }
  }
`);

/** The identity service's rule; the server checks it again and has the last word. */
const PASSWORD_MIN = 10;

type Field = 'name' | 'email' | 'password';

/** Create an account; `?solution=<slug>` brings the user back to that solution after signing in. */
export default function SignupPage() {
  const [params] = useSearchParams();
  const solution = params.get('solution');
  const returnTo = solution && /^[a-z0-9-]+$/.test(solution) ? `/solutions/${solution}` : undefined;
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [marketingEmails, setMarketingEmails] = useState(false);
  const [errors, setErrors] = useState<FormErrors<Field>>({ fields: {} });
  const [registeredEmail, setRegisteredEmail] = useState<string>();
  const [register, { loading }] = useMutation(SignupPage_Register);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors({ fields: {} });
    try {
      const { data } = await register({ variables: { input: { name, email, password, acceptTerms: true, marketingEmails } } });
      if (data) {
        rememberAfterVerify(returnTo);
        setRegisteredEmail(data.register.email ?? email);
      }
    } catch (error) {
      setErrors(formErrors(error, ['name', 'email', 'password'] as const));
    }
  }

  const loginLink = returnTo ? `/login?next=${encodeURIComponent(returnTo)}` : '/login';

  if (registeredEmail) {
    return (
      <main className="card">
        <title>Check your email · Marketplace</title>
        <h1>Check your email</h1>
        <div className="card-status">
          <Alert tone="success">
            We sent a verification link to <strong>{registeredEmail}</strong>. Follow it, then sign in
            {returnTo ? ' and you will come back to the solution to get your API key.' : '.'}
          </Alert>
          {isLocalRun() && (
            <p className="field-hint">
              Running locally? The link is printed in the server log and saved as an .eml file in <code>.data/mail</code>.
            </p>
          )}
          <p>
            <Link to={loginLink}>Go to sign in</Link>
          </p>
        </div>
      </main>
    );
  }

  return (
    <main className="card">
      <title>Create an account · Marketplace</title>
      <h1>Create an account</h1>
      {returnTo && <p className="card-lead">Free: your own API key and more calls on every solution.</p>}
      <div className="card-status" aria-live="polite">
        {errors.form && <Alert tone="error">{errors.form}</Alert>}
      </div>
      <form className="form" onSubmit={submit}>
        <TextField
          label="Name"
          name="name"
          autoComplete="name"
          required
          maxLength={100}
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={errors.fields.name}
        />
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
          autoComplete="new-password"
          required
          minLength={PASSWORD_MIN}
          maxLength={200}
          hint={`At least ${PASSWORD_MIN} characters, not your email address.`}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={errors.fields.password}
        />
        <label className="consent-check">
          <input type="checkbox" name="marketingEmails" checked={marketingEmails} onChange={(event) => setMarketingEmails(event.target.checked)} />
          <span>Send me emails about new solutions and offers (optional)</span>
        </label>
        <p className="field-hint">
          By creating an account you accept the terms of use. See the <Link to="/privacy">privacy page</Link> for what we store and for how long.
        </p>
        <button type="submit" className="button" disabled={loading}>
          {loading ? 'Creating account…' : 'Create account'}
        </button>
      </form>
      <SocialButtons next={returnTo} />
      <p className="card-footer">
        <span>
          Already have an account? <Link to={loginLink}>Sign in</Link>
        </span>
      </p>
    </main>
  );
}
