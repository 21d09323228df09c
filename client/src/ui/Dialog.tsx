import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface DialogProps {
  open: boolean;
  title: ReactNode;
  /** Escape, the close button, or a click on the backdrop. */
  onClose: () => void;
  children: ReactNode;
}

/**
 * A modal on the native `<dialog>`: the browser traps focus, closes on Escape and restores focus on close.
 * Rendered only while open, so its content (a key shown once) leaves the DOM when it closes.
 */
export function Dialog({ open, title, onClose, children }: DialogProps) {
  if (!open) return null;
  return (
    <OpenDialog title={title} onClose={onClose}>
      {children}
    </OpenDialog>
  );
}

function OpenDialog({ title, onClose, children }: Omit<DialogProps, 'open'>) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // The dialog leaves the DOM when it closes, before the browser could restore focus: do it here.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // jsdom (tests) lacks showModal; the open attribute is enough there.
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else dialog.setAttribute('open', '');
    const onCancel = (event: Event) => {
      event.preventDefault();
      onCloseRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onClick={(event) => {
        if (event.target === ref.current) onClose();
      }}
    >
      <div className="dialog-body">
        <div className="dialog-header">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="button-icon" aria-label="Close" onClick={onClose}>
            ×
          </button>
        </div>
        {children}
      </div>
    </dialog>
  );
}
