import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useAuth } from '../auth/AuthContext';
import { formErrors, type FormErrors } from '../errors';
import { graphql } from '../gql';
import { formatDate } from '../format/format';
import { Alert } from '../ui/Alert';
import { StatusBadge } from '../ui/Badge';
import { TextField } from '../ui/Field';
import { ErrorState, Loading } from '../ui/States';
import { TextAreaField } from '../ui/TextAreaField';
import { useFocusFirstInvalid } from '../ui/focus-first-invalid';

const PartnerApplication_Query = graphql(`
  query PartnerApplication_Query {
    myPartnerApplication {
      id
      companyName
      website
      contactName
      contactEmail
      description
      status
      decisionReason
      createdAt
      decidedAt
    }
  }
`);

const PartnerApplication_Apply = graphql(`
  mutation PartnerApplication_Apply($input: ApplyForPartnershipInput!) {
    applyForPartnership(input: $input) {
      id
      status
    }
  }
`);

const FIELDS = ['companyName', 'website', 'contactName', 'contactEmail', 'description'] as const;

/** For users who are not partners yet: their application's status, or the form to apply (again, after a rejection). */
export function PartnerApplication() {
  const { data, loading, error, refetch } = useQuery(PartnerApplication_Query);
  const [reapply, setReapply] = useState(false);
  const application = data?.myPartnerApplication;

  return (
    <>
      <div className="page-header">
        <h1>Become a partner</h1>
        <p className="lead">List your APIs in the marketplace: set up tiers and prices, and see who calls them.</p>
      </div>
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <Loading label="Loading your application…" />
      ) : application && !(application.status === 'REJECTED' && reapply) ? (
        <section className="panel" aria-labelledby="application-heading">
          <div className="panel-header">
            <h2 id="application-heading">Your application</h2>
            <StatusBadge status={application.status} />
          </div>
          {application.status === 'PENDING' && (
            <Alert tone="info">
              We are reviewing your application and will email {application.contactEmail} with the decision.
            </Alert>
          )}
          {application.status === 'APPROVED' && (
            <Alert tone="success">
              <p>Approved{application.decidedAt ? ` on ${formatDate(application.decidedAt)}` : ''}. Welcome aboard!</p>
              <p>Your partner access takes effect within a few seconds.</p>
              <button type="button" className="button" onClick={() => window.location.reload()}>
                Open the partner portal
              </button>
            </Alert>
          )}
          {application.status === 'REJECTED' && (
            <Alert tone="error">
              <p>
                Not approved{application.decidedAt ? ` on ${formatDate(application.decidedAt)}` : ''}.
                {application.decisionReason ? ` Reason: ${application.decisionReason}` : ''}
              </p>
              <button type="button" className="button button-secondary" onClick={() => setReapply(true)}>
                Apply again
              </button>
            </Alert>
          )}
          <dl className="facts">
            <div>
              <dt>Company</dt>
              <dd>{application.companyName}</dd>
            </div>
            <div>
              <dt>Website</dt>
              <dd>{application.website}</dd>
            </div>
            <div>
              <dt>Contact</dt>
              <dd>
                {application.contactName} · {application.contactEmail}
              </dd>
            </div>
            <div>
              <dt>Applied</dt>
              <dd>{formatDate(application.createdAt)}</dd>
            </div>
          </dl>
          <p className="prose">{application.description}</p>
        </section>
      ) : (
        <ApplicationForm
          initial={application ?? undefined}
          onApplied={() => {
            setReapply(false);
            void refetch();
          }}
        />
      )}
    </>
  );
}

function ApplicationForm({ initial, onApplied }: {
  initial?: { companyName: string; website: string; contactName: string; contactEmail: string; description: string } | undefined;
  onApplied: () => void;
}) {
  const { me } = useAuth();
  const [apply] = useMutation(PartnerApplication_Apply);
  const [values, setValues] = useState({
    companyName: initial?.companyName ?? '',
    website: initial?.website ?? '',
    contactName: initial?.contactName ?? me?.name ?? '',
    contactEmail: initial?.contactEmail ?? me?.email ?? '',
    description: initial?.description ?? '',
  });
  const [errors, setErrors] = useState<FormErrors<(typeof FIELDS)[number]>>({ fields: {} });
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);
  const [submitting, setSubmitting] = useState(false);
  const set = (field: keyof typeof values) => (event: { target: { value: string } }) => {
    // Read now: by the time React runs the update, a controlled input may hold its previous value again.
    const { value } = event.target;
    setValues((current) => ({ ...current, [field]: value }));
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors({ fields: {} });
    setSubmitting(true);
    try {
      const trimmed = Object.fromEntries(Object.entries(values).map(([key, value]) => [key, value.trim()])) as typeof values;
      await apply({ variables: { input: trimmed } });
      onApplied();
    } catch (error) {
      setErrors(formErrors(error, FIELDS));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="apply-heading">
      <h2 id="apply-heading">Apply</h2>
      <form ref={form} className="partner-form" onSubmit={submit}>
        {errors.form && <Alert tone="error">{errors.form}</Alert>}
        <div className="form-grid">
          <TextField label="Company name" required value={values.companyName} onChange={set('companyName')} hint="Shown as the publisher of your solutions." error={errors.fields.companyName} />
          <TextField label="Website" type="url" required placeholder="https://example.com" value={values.website} onChange={set('website')} error={errors.fields.website} />
          <TextField label="Contact name" required value={values.contactName} onChange={set('contactName')} error={errors.fields.contactName} />
          <TextField label="Contact email" type="email" required value={values.contactEmail} onChange={set('contactEmail')} hint="The decision and your solutions’ reviews are mailed here." error={errors.fields.contactEmail} />
        </div>
        <TextAreaField label="What you plan to offer" required rows={5} maxLength={2000} value={values.description} onChange={set('description')} hint="Up to 2,000 characters." error={errors.fields.description} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={submitting}>
            {submitting ? 'Sending…' : 'Send application'}
          </button>
        </div>
      </form>
    </section>
  );
}
