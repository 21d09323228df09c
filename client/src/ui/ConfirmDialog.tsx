import { useState, type ReactNode } from 'react';
import { errorMessage } from '../errors';
import { Alert } from './Alert';
import { Dialog } from './Dialog';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  /** What happens, e.g. "Calls with this key are refused within seconds. This cannot be undone." */
  children: ReactNode;
  /** The destructive button, e.g. "Revoke key", and its label while the action runs ("Revoking…"). */
  confirmLabel: string;
  busyLabel: string;
  /** The safe button, e.g. "Keep key". */
  cancelLabel: string;
  onClose: () => void;
  /** The action: the dialog closes when it resolves and shows why when it rejects. */
  onConfirm: () => Promise<void>;
}

/** Asks before something that cannot be undone (revoke, remove); the action runs only on the danger button. */
export function ConfirmDialog({ open, title, onClose, ...rest }: ConfirmDialogProps) {
  return (
    <Dialog open={open} title={title} onClose={onClose}>
      <Confirm onClose={onClose} {...rest} />
    </Dialog>
  );
}

/** Inside the dialog, so each opening starts without the last one's error. */
function Confirm({ children, confirmLabel, busyLabel, cancelLabel, onClose, onConfirm }: Omit<ConfirmDialogProps, 'open' | 'title'>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  return (
    <>
      {typeof children === 'string' ? <p>{children}</p> : children}
      {error && <Alert tone="error">{error}</Alert>}
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onClose}>
          {cancelLabel}
        </button>
        <button
          type="button"
          className="button button-danger"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            setError(undefined);
            try {
              await onConfirm();
              onClose();
            } catch (failure) {
              setError(errorMessage(failure));
              setBusy(false);
            }
          }}
        >
          {busy ? busyLabel : confirmLabel}
        </button>
      </div>
    </>
  );
}
