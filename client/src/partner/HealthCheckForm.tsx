import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { formErrors, type FormErrors } from '../errors';
import { graphql } from '../gql';
import { Alert } from '../ui/Alert';
import { TextField } from '../ui/Field';
import { useFocusFirstInvalid } from '../ui/focus-first-invalid';

const HealthCheckForm_Set = graphql(`
  mutation HealthCheckForm_Set($solutionId: ID!, $url: String) {
    setHealthCheckUrl(solutionId: $solutionId, url: $url) {
      id
      healthCheckUrl
    }
  }
`);

/** The one URL the platform polls to see that the solution is up; empty removes it. */
export function HealthCheckForm({ solutionId, url }: { solutionId: string; url: string | null }) {
  const [value, setValue] = useState(url ?? '');
  // The readiness checklist counts the URL: it is read again after a save.
  const [save] = useMutation(HealthCheckForm_Set, { refetchQueries: 'active' });
  const [errors, setErrors] = useState<FormErrors<'url'>>({ fields: {} });
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors({ fields: {} });
    setSaved(false);
    setSaving(true);
    try {
      await save({ variables: { solutionId, url: value.trim() || null } });
      setSaved(true);
    } catch (error) {
      setErrors(formErrors(error, ['url'] as const));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form ref={form} className="partner-form health-form" onSubmit={submit} aria-labelledby="health-heading">
      <h3 id="health-heading">Health check</h3>
      {errors.form && <Alert tone="error">{errors.form}</Alert>}
      <div className="inline-form">
        <TextField
          label="Health-check URL"
          type="url"
          placeholder="https://api.example.com/health"
          value={value}
          onChange={(event) => {
            setSaved(false);
            setValue(event.target.value);
          }}
          hint="The platform polls it to see that the solution is up. Empty: no health check."
          error={errors.fields.url}
        />
        <button type="submit" className="button" disabled={saving}>
          {saving ? 'Saving…' : 'Save URL'}
        </button>
      </div>
      {saved && <Alert tone="success">{value.trim() ? 'Health-check URL saved.' : 'Health check removed.'}</Alert>}
    </form>
  );
}
