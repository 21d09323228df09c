// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfirmDialog } from './ConfirmDialog';

afterEach(cleanup);

/** The dialog as a page uses it: a button opens it, closing it hides it. */
function Page({ onConfirm }: { onConfirm: () => Promise<void> }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      <ConfirmDialog
        open={open}
        title="Revoke “laptop”?"
        confirmLabel="Revoke key"
        busyLabel="Revoking…"
        cancelLabel="Keep key"
        onClose={() => setOpen(false)}
        onConfirm={onConfirm}
      >
        Calls with this key are refused within seconds. This cannot be undone.
      </ConfirmDialog>
    </>
  );
}

describe('ConfirmDialog', () => {
  it('runs the action only on the danger button, then closes', async () => {
    const onConfirm = vi.fn(async () => {});
    render(<Page onConfirm={onConfirm} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(screen.getByRole('dialog', { name: 'Revoke “laptop”?' })).toBeTruthy();
    expect(screen.getByText(/cannot be undone/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Keep key' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onConfirm).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    fireEvent.click(screen.getByRole('button', { name: 'Revoke key' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });

  it('is busy while the action runs, so a second click sends nothing', async () => {
    let finish = () => {};
    const onConfirm = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    render(<Page onConfirm={onConfirm} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    fireEvent.click(screen.getByRole('button', { name: 'Revoke key' }));
    const busy = await screen.findByRole('button', { name: 'Revoking…' });
    expect((busy as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(busy);
    expect(onConfirm).toHaveBeenCalledTimes(1);
    finish();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('shows a failure, stays open to retry, and forgets the failure when opened again', async () => {
    const onConfirm = vi.fn(async () => Promise.reject(new Error('This key is already revoked.')));
    render(<Page onConfirm={onConfirm} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    fireEvent.click(screen.getByRole('button', { name: 'Revoke key' }));
    expect((await screen.findByRole('alert')).textContent).toBe('This key is already revoked.');
    expect((screen.getByRole('button', { name: 'Revoke key' }) as HTMLButtonElement).disabled).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Keep key' }));
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
