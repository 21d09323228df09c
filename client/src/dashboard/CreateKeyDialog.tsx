import { useMutation } from '@apollo/client/react';
import { endDayRange, endOfDayUtc, latestFutureEnd } from '@marketplace/contracts';
import { useState, type FormEvent, type ReactNode } from 'react';
import { formErrors, type FormErrors } from '../errors';
import { graphql } from '../gql';
import { Alert } from '../ui/Alert';
import { Dialog } from '../ui/Dialog';
import { TextField } from '../ui/Field';
import { PlaintextKey } from './PlaintextKey';

const CreateKeyDialog_CreateApiKey = graphql(`
  mutation CreateKeyDialog_CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      plaintext
      key {
        id
        name
        prefix
        status
      }
    }
  }
`);

export interface NewKeyInput {
  name: string;
  /** ISO instant, or null for a key that never expires. */
  expiresAt: string | null;
}

/** Creates a key for one solution and resolves to its plaintext; refreshes the pages that list keys. */
export function useCreateApiKey(solutionId: string): (input: NewKeyInput) => Promise<string> {
  const [create] = useMutation(CreateKeyDialog_CreateApiKey, { refetchQueries: 'active' });
  return async (input) => {
    const { data } = await create({ variables: { input: { solutionId, ...input } } });
    if (!data) throw new Error('The server sent no key.');
    return data.createApiKey.plaintext;
  };
}

export interface CreateKeyDialogProps {
  open: boolean;
  solutionName: string;
  onClose: () => void;
  onCreate: (input: NewKeyInput) => Promise<string>;
  /** Shown under the new key, e.g. a link to the dashboard. */
  afterCreate?: ReactNode;
}

/** Asks for a name and an optional expiry, then shows the new key once. Closing forgets the plaintext. */
export function CreateKeyDialog({ open, solutionName, onClose, onCreate, afterCreate }: CreateKeyDialogProps) {
  return (
    <Dialog open={open} title={`New API key for ${solutionName}`} onClose={onClose}>
      <CreateKeyContent onClose={onClose} onCreate={onCreate} afterCreate={afterCreate} />
    </Dialog>
  );
}

function CreateKeyContent({ onClose, onCreate, afterCreate }: Omit<CreateKeyDialogProps, 'open' | 'solutionName'>) {
  const [name, setName] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [errors, setErrors] = useState<FormErrors<'name' | 'expiresAt'>>({ fields: {} });
  const [plaintext, setPlaintext] = useState<string>();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors({ fields: {} });
    setSubmitting(true);
    try {
      setPlaintext(await onCreate({ name: name.trim(), expiresAt: expiresOn ? endOfDayUtc(expiresOn) : null }));
    } catch (error) {
      setErrors(formErrors(error, ['name', 'expiresAt'] as const));
    } finally {
      setSubmitting(false);
    }
  }

  if (plaintext) {
    return (
      <>
        <PlaintextKey plaintext={plaintext} />
        {afterCreate}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            I have copied it
          </button>
        </div>
      </>
    );
  }

  // The days the server accepts (its rule, from contracts): the last one's end is within the bound, not hours past it.
  const now = new Date();
  const days = endDayRange(now, latestFutureEnd(now));
  return (
    <form className="form" onSubmit={submit}>
      {errors.form && <Alert tone="error">{errors.form}</Alert>}
      <TextField
        label="Name"
        name="name"
        required
        maxLength={60}
        hint="Where the key is used, e.g. “production server”."
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={errors.fields.name}
      />
      <TextField
        label="Expires on (optional)"
        name="expiresOn"
        type="date"
        min={days.min}
        max={days.max}
        hint="Leave empty for a key that does not expire. Expires at the end of the day (UTC)."
        value={expiresOn}
        onChange={(event) => setExpiresOn(event.target.value)}
        error={errors.fields.expiresAt}
      />
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="button" disabled={submitting}>
          {submitting ? 'Creating…' : 'Create key'}
        </button>
      </div>
    </form>
  );
}
