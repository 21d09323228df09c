// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { endOfDayUtc } from '@marketplace/contracts';
import { CreateKeyDialog, type NewKeyInput } from './CreateKeyDialog';
import { DEFAULT_GRACE_HOURS, GRACE_OPTIONS, RotateKeyDialog } from './RotateKeyDialog';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const PLAINTEXT = 'mk_live_abcd1234secretsecret';

/** The dialog as a page uses it: a button opens it, closing it hides it. */
function CreateHarness({ onCreate }: { onCreate: (input: NewKeyInput) => Promise<string> }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      <CreateKeyDialog open={open} solutionName="Summarizer" onClose={() => setOpen(false)} onCreate={onCreate} />
    </>
  );
}

describe('CreateKeyDialog', () => {
  it('creates a key with a name and shows the plaintext once, with a warning', async () => {
    const onCreate = vi.fn(async () => PLAINTEXT);
    render(<CreateHarness onCreate={onCreate} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: '  laptop ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create key' }));

    const key = await screen.findByDisplayValue(PLAINTEXT);
    expect(onCreate).toHaveBeenCalledWith({ name: 'laptop', expiresAt: null });
    expect(key.hasAttribute('readonly')).toBe(true);
    expect(screen.getByText(/will not be shown again/i)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy key' })).toBeTruthy();

    // Closed and reopened: a fresh form, the plaintext is gone for good.
    fireEvent.click(screen.getByRole('button', { name: 'I have copied it' }));
    expect(screen.queryByDisplayValue(PLAINTEXT)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(screen.queryByDisplayValue(PLAINTEXT)).toBeNull();
    expect(screen.getByLabelText('Name')).toBeTruthy();
  });

  it('sends an optional expiry as the end of the chosen day (UTC)', async () => {
    const onCreate = vi.fn(async () => PLAINTEXT);
    render(<CreateHarness onCreate={onCreate} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'ci' } });
    fireEvent.change(screen.getByLabelText('Expires on (optional)'), { target: { value: '2027-05-04' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create key' }));
    await screen.findByDisplayValue(PLAINTEXT);
    expect(onCreate).toHaveBeenCalledWith({ name: 'ci', expiresAt: '2027-05-04T23:59:59.999Z' });
  });

  it('offers only the days the server accepts: from today to the last day that ends within two years', async () => {
    // 14:00 UTC: two years on is 2028-12-02 14:00, so 2028-12-02 (ending at 23:59:59.999) would be refused.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-02T14:00:00.000Z'));
    const onCreate = vi.fn(async () => PLAINTEXT);
    render(<CreateHarness onCreate={onCreate} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    const picker = screen.getByLabelText('Expires on (optional)') as HTMLInputElement;
    expect([picker.min, picker.max]).toEqual(['2026-12-02', '2028-12-01']);
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'last day' } });
    fireEvent.change(picker, { target: { value: picker.max } });
    fireEvent.click(screen.getByRole('button', { name: 'Create key' }));
    await screen.findByDisplayValue(PLAINTEXT);
    expect(onCreate).toHaveBeenCalledWith({ name: 'last day', expiresAt: endOfDayUtc('2028-12-01') });
  });

  it('shows a failure in an alert and keeps the form', async () => {
    render(<CreateHarness onCreate={async () => Promise.reject(new Error('At most 10 active keys per solution.'))} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create key' }));
    expect((await screen.findByRole('alert')).textContent).toContain('At most 10 active keys');
    expect(screen.getByLabelText('Name')).toBeTruthy();
  });
});

describe('RotateKeyDialog', () => {
  it('offers 0, 1, 24, 72 and 168 hours of grace, 24 by default', () => {
    render(<RotateKeyDialog open keyName="laptop" onClose={() => {}} onRotate={async () => PLAINTEXT} />);
    const select = screen.getByLabelText('Keep the old key working for') as HTMLSelectElement;
    expect([...select.options].map((option) => Number(option.value))).toEqual([0, 1, 24, 72, 168]);
    expect(GRACE_OPTIONS.map((option) => option.hours)).toEqual([0, 1, 24, 72, 168]);
    expect(select.value).toBe(String(DEFAULT_GRACE_HOURS));
  });

  it('rotates with the chosen grace and shows the new key once', async () => {
    const onRotate = vi.fn(async () => PLAINTEXT);
    const onClose = vi.fn();
    render(<RotateKeyDialog open keyName="laptop" onClose={onClose} onRotate={onRotate} />);
    fireEvent.change(screen.getByLabelText('Keep the old key working for'), { target: { value: '72' } });
    fireEvent.click(screen.getByRole('button', { name: 'Rotate key' }));
    expect(await screen.findByDisplayValue(PLAINTEXT)).toBeTruthy();
    expect(onRotate).toHaveBeenCalledWith(72);
    expect(screen.getByText(/will not be shown again/i)).toBeTruthy();
    expect(screen.getByText(/old key keeps working for 3 days/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'I have copied it' }));
    expect(onClose).toHaveBeenCalled();
  });
});
