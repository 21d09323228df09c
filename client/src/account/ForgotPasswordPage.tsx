import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { formErrors, type FormErrors } from '../errors';
import { graphql } from '../gql';
import { Alert } from '../ui/Alert';
import { TextField } from '../ui/Field';
import { ProofOfWorkStatus, useProofOfWork } from './proof-of-work';
import { isLocalRun } from './safe-next';

const ForgotPasswordPage_Request = graphql(`
  mutation ForgotPasswordPage_Request($email: String!, $proofOfWork: String) {
    requestPasswordReset(email: $email, proofOfWork: $proofOfWork)
  }
`);

/** Asks for a reset link; the answer never says whether the address has an account. */
export default function ForgotPasswordPage() {
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const [errors, setErrors] = useState<FormErrors<'email'>>({ fields: {} });
  const [request, { loading }] = useMutation(ForgotPasswordPage_Request);
  const { withProofOfWork, solving } = useProofOfWork('PASSWORD_RESET');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors({ fields: {} });
    try {
      await withProofOfWork((proofOfWork) => request({ variables: { email, proofOfWork } }));
      setSent(true);
    } catch (error) {
      setErrors(formErrors(error, ['email'] as const));
    }
  }

  return (
    <main className="card">
      <title>Reset your password · Marketplace</title>
      <h1>Reset your password</h1>
      <div className="card-status" aria-live="polite">
        {sent && (
          <Alert tone="success">
            If <strong>{email}</strong> belongs to an account, a reset link is on its way. It works once, for an hour.
          </Alert>
        )}
        {sent && isLocalRun() && (
          <p className="field-hint">Running locally? The link is in the server log and in <code>.data/mail</code>.</p>
        )}
        {errors.form && <Alert tone="error">{errors.form}</Alert>}
      </div>
      {!sent && (
        <form className="form" onSubmit={submit}>
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
          <ProofOfWorkStatus solving={solving} />
          <button type="submit" className="button" disabled={loading || solving}>
            {loading || solving ? 'Sending…' : 'Send reset link'}
          </button>
        </form>
      )}
      <p className="card-footer">
        <Link to="/login">Back to sign in</Link>
      </p>
    </main>
  );
}
