import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { formErrors, type FormErrors } from '../errors';
import { graphql } from '../gql';
import type { BillingProfileForm_ProfileFragment as Profile } from '../gql/graphql';
import { Alert } from '../ui/Alert';
import { TextField } from '../ui/Field';
import { TextAreaField } from '../ui/TextAreaField';
import { useFocusFirstInvalid } from '../ui/focus-first-invalid';

export const BillingProfileForm_ProfileFragment = graphql(`
  fragment BillingProfileForm_Profile on BillingProfile {
    legalName
    email
    gstin
    state
    stateCode
    address
  }
`);

export const BillingProfileForm_Update = graphql(`
  mutation BillingProfileForm_Update($input: BillingProfileInput!) {
    updateBillingProfile(input: $input) {
      ...BillingProfileForm_Profile
    }
  }
`);

const FIELDS = ['legalName', 'email', 'gstin', 'state', 'address'] as const;
type Field = (typeof FIELDS)[number];
type Draft = Record<Field, string>;

function draftFrom(profile: Profile | null | undefined, fallback: { name?: string; email?: string | null }): Draft {
  return {
    legalName: profile?.legalName ?? fallback.name ?? '',
    email: profile?.email ?? fallback.email ?? '',
    gstin: profile?.gstin ?? '',
    state: profile?.state ?? '',
    address: profile?.address ?? '',
  };
}

/** Empty optional fields are sent as null (cleared), never as "". */
const optional = (value: string) => (value.trim() ? value.trim() : null);

/**
 * Who invoices are made out to. The server checks every field (a GSTIN's check character, that its state matches)
 * and names the field it refuses; the message is shown on that field.
 */
export function BillingProfileForm({ profile, fallback }: {
  profile: Profile | null | undefined;
  /** The account's name and email, offered while no profile is saved. */
  fallback: { name?: string; email?: string | null };
}) {
  const [draft, setDraft] = useState<Draft>(() => draftFrom(profile, fallback));
  const [errors, setErrors] = useState<FormErrors<Field>>({ fields: {} });
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);
  const [saved, setSaved] = useState(false);
  const [update, { loading }] = useMutation(BillingProfileForm_Update, { refetchQueries: ['BillingPage_Query'] });

  const set = (field: Field) => (event: { target: { value: string } }) => {
    setSaved(false);
    // Read now: by the time React runs the update, a controlled input may hold its previous value again.
    const { value } = event.target;
    setDraft((current) => ({ ...current, [field]: value }));
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const missing: FormErrors<Field> = { fields: {} };
    if (!draft.legalName.trim()) missing.fields.legalName = 'Enter the name invoices are made out to.';
    if (!draft.email.trim()) missing.fields.email = 'Enter the email invoices are sent to.';
    if (missing.fields.legalName || missing.fields.email) return setErrors(missing);
    setErrors({ fields: {} });
    try {
      await update({
        variables: {
          input: {
            legalName: draft.legalName.trim(),
            email: draft.email.trim(),
            gstin: optional(draft.gstin.toUpperCase().replaceAll(/\s/g, '')),
            state: optional(draft.state),
            address: optional(draft.address),
          },
        },
      });
      setSaved(true);
    } catch (error) {
      const mapped = formErrors(error, FIELDS);
      setErrors(Object.keys(mapped.fields).length && !mapped.form ? { ...mapped, form: 'The profile was not saved; see the marked fields.' } : mapped);
    }
  }

  return (
    <form ref={form} className="form billing-profile" onSubmit={submit} noValidate aria-label="Billing profile">
      <div className="billing-profile-grid">
        <TextField label="Legal name" name="legalName" autoComplete="organization" value={draft.legalName} onChange={set('legalName')} error={errors.fields.legalName} />
        <TextField label="Billing email" name="email" type="email" autoComplete="email" value={draft.email} onChange={set('email')} error={errors.fields.email} />
        <TextField
          label="GSTIN (optional)"
          name="gstin"
          autoComplete="off"
          spellCheck={false}
          hint="Registered businesses: 15 characters, e.g. 29ABCDE1234F1ZW. Invoices then show it."
          value={draft.gstin}
          onChange={set('gstin')}
          error={errors.fields.gstin}
        />
        <TextField
          label="State or union territory"
          name="state"
          autoComplete="address-level1"
          hint="Name or GST state code, e.g. Karnataka or 29. It decides CGST + SGST or IGST."
          value={draft.state}
          onChange={set('state')}
          error={errors.fields.state}
        />
      </div>
      <TextAreaField label="Address (optional)" name="address" rows={3} hint="Up to 4 lines." value={draft.address} onChange={set('address')} error={errors.fields.address} />
      <div aria-live="polite" className="billing-profile-status">
        {errors.form && <Alert tone="error">{errors.form}</Alert>}
        {saved && <Alert tone="success">Saved. Invoices issued from now on use these details.</Alert>}
      </div>
      <div>
        <button type="submit" className="button" disabled={loading}>
          {loading ? 'Saving…' : 'Save billing profile'}
        </button>
      </div>
    </form>
  );
}
