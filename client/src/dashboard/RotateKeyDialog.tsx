import { useState, type FormEvent } from 'react';
import { errorMessage } from '../errors';
import { Alert } from '../ui/Alert';
import { Dialog } from '../ui/Dialog';
import { SelectField } from '../ui/Field';
import { PlaintextKey } from './PlaintextKey';

/** How long the old key keeps working after a rotation (the API allows 0 to 168 hours). */
export const GRACE_OPTIONS: ReadonlyArray<{ hours: number; label: string }> = [
  { hours: 0, label: 'Stop it now (0 hours)' },
  { hours: 1, label: '1 hour' },
  { hours: 24, label: '24 hours' },
  { hours: 72, label: '3 days (72 hours)' },
  { hours: 168, label: '7 days (168 hours)' },
];
export const DEFAULT_GRACE_HOURS = 24;

export interface RotateKeyDialogProps {
  open: boolean;
  keyName: string;
  onClose: () => void;
  /** Rotates with the chosen grace period and resolves to the new key's plaintext. */
  onRotate: (graceHours: number) => Promise<string>;
}

/** Replaces a key: pick how long the old one keeps working, then see the new one once. */
export function RotateKeyDialog({ open, keyName, onClose, onRotate }: RotateKeyDialogProps) {
  return (
    <Dialog open={open} title={`Rotate “${keyName}”`} onClose={onClose}>
      <RotateKeyContent onClose={onClose} onRotate={onRotate} />
    </Dialog>
  );
}

function RotateKeyContent({ onClose, onRotate }: Pick<RotateKeyDialogProps, 'onClose' | 'onRotate'>) {
  const [graceHours, setGraceHours] = useState(DEFAULT_GRACE_HOURS);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string>();
  const [plaintext, setPlaintext] = useState<string>();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    setSubmitting(true);
    try {
      setPlaintext(await onRotate(graceHours));
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setSubmitting(false);
    }
  }

  if (plaintext) {
    return (
      <>
        <PlaintextKey plaintext={plaintext} />
        <p>
          {graceHours === 0
            ? 'The old key has stopped working.'
            : `The old key keeps working for ${GRACE_OPTIONS.find((option) => option.hours === graceHours)?.label ?? `${graceHours} hours`}.`}
        </p>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            I have copied it
          </button>
        </div>
      </>
    );
  }

  return (
    <form className="form" onSubmit={submit}>
      <p>You get a new key with the same name and expiry. Move your app to it before the old one stops.</p>
      {error && <Alert tone="error">{error}</Alert>}
      <SelectField
        label="Keep the old key working for"
        name="graceHours"
        value={String(graceHours)}
        onChange={(event) => setGraceHours(Number(event.target.value))}
        options={GRACE_OPTIONS.map((option) => ({ value: String(option.hours), label: option.label }))}
      />
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="button" disabled={submitting}>
          {submitting ? 'Rotating…' : 'Rotate key'}
        </button>
      </div>
    </form>
  );
}
