import { useState } from 'react';
import { errorMessage } from '../errors';
import { Alert } from '../ui/Alert';
import { Dialog } from '../ui/Dialog';

/** Asks before a key stops working for good. */
export function RevokeKeyDialog({ open, keyName, onClose, onRevoke }: {
  open: boolean;
  keyName: string;
  onClose: () => void;
  onRevoke: () => Promise<void>;
}) {
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string>();
  return (
    <Dialog
      open={open}
      title={`Revoke “${keyName}”?`}
      onClose={() => {
        setError(undefined);
        onClose();
      }}
    >
      <p>Calls with this key are refused within seconds. This cannot be undone.</p>
      {error && <Alert tone="error">{error}</Alert>}
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onClose}>
          Keep key
        </button>
        <button
          type="button"
          className="button button-danger"
          disabled={submitting}
          onClick={async () => {
            setSubmitting(true);
            setError(undefined);
            try {
              await onRevoke();
              onClose();
            } catch (failure) {
              setError(errorMessage(failure));
            } finally {
              setSubmitting(false);
            }
          }}
        >
          {submitting ? 'Revoking…' : 'Revoke key'}
        </button>
      </div>
    </Dialog>
  );
}
