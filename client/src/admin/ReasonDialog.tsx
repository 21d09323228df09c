import { useState, type FormEvent, type ReactNode } from 'react';
import { formErrors } from '../errors';
import { TextAreaField } from '../ui/TextAreaField';
import { Alert } from '../ui/Alert';
import { Dialog } from '../ui/Dialog';

/** The most the API keeps of a reason (it is mailed to the user or partner). */
export const REASON_MAX_CHARS = 500;

export interface ReasonDialogProps {
  open: boolean;
  title: string;
  /** What happens, shown above the reason. */
  children?: ReactNode;
  /** The destructive button's label, e.g. "Reject application". */
  confirmLabel: string;
  /** Under the reason; default: it is sent by email. */
  reasonHint?: string;
  onClose: () => void;
  /** Called with the trimmed, non-empty reason; a rejection is shown in the dialog. */
  onConfirm: (reason: string) => Promise<void>;
}

/** Asks for a reason before a reject or suspend; the action runs only with a non-empty reason. */
export function ReasonDialog({ open, title, children, confirmLabel, reasonHint, onClose, onConfirm }: ReasonDialogProps) {
  return (
    <Dialog open={open} title={title} onClose={onClose}>
      <ReasonForm confirmLabel={confirmLabel} reasonHint={reasonHint} onClose={onClose} onConfirm={onConfirm}>
        {children}
      </ReasonForm>
    </Dialog>
  );
}

function ReasonForm({ children, confirmLabel, reasonHint, onClose, onConfirm }: Omit<ReasonDialogProps, 'open' | 'title'>) {
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [failure, setFailure] = useState<string>();
  /** The server's refusal of the reason itself, shown beside it. */
  const [refused, setRefused] = useState<string>();
  const [submitting, setSubmitting] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = reason.trim();
    if (!trimmed) {
      setMissing(true);
      return;
    }
    setSubmitting(true);
    setFailure(undefined);
    setRefused(undefined);
    try {
      await onConfirm(trimmed);
      onClose();
    } catch (error) {
      const found = formErrors(error, ['reason'] as const);
      setRefused(found.fields.reason);
      setFailure(found.form);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <form className="admin-dialog-form" onSubmit={submit} noValidate>
      {children}
      {failure && <Alert tone="error">{failure}</Alert>}
      <TextAreaField
        label="Reason"
        className="admin-textarea"
        rows={4}
        maxLength={REASON_MAX_CHARS}
        required
        value={reason}
        onChange={(event) => {
          setReason(event.target.value);
          if (event.target.value.trim()) setMissing(false);
          setRefused(undefined);
        }}
        hint={`${reasonHint ?? 'Sent by email'}; up to ${REASON_MAX_CHARS} characters.`}
        error={missing ? 'Give a reason.' : refused}
      />
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="button button-danger" disabled={submitting}>
          {submitting ? 'Working…' : confirmLabel}
        </button>
      </div>
    </form>
  );
}
