// @vitest-environment jsdom
import { CombinedGraphQLErrors } from '@apollo/client';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { changedFields } from './AuditTable';
import { ReasonDialog } from './ReasonDialog';
import { RolesEditor, rolesToSave } from './RolesEditor';
import { paiseToRupees } from '../format/format';
import { rupeesToPaise, serverErrors, toDraft, toInput } from './tier-settings-form';

afterEach(cleanup);

describe('ReasonDialog', () => {
  for (const [title, confirmLabel] of [
    ['Reject Ada Labs?', 'Reject application'],
    ['Suspend Summarizer?', 'Suspend solution'],
    ['Suspend Bob?', 'Suspend account'],
  ] as const) {
    it(`${confirmLabel}: refuses an empty or blank reason, then sends the trimmed one`, async () => {
      const onConfirm = vi.fn(async () => {});
      const onClose = vi.fn();
      render(<ReasonDialog open title={title} confirmLabel={confirmLabel} onClose={onClose} onConfirm={onConfirm} />);
      expect(screen.getByRole('heading', { name: title })).toBeTruthy();

      fireEvent.click(screen.getByRole('button', { name: confirmLabel }));
      expect((await screen.findByRole('alert')).textContent).toBe('Give a reason.');
      expect(screen.getByLabelText('Reason').getAttribute('aria-invalid')).toBe('true');

      fireEvent.change(screen.getByLabelText('Reason'), { target: { value: '   ' } });
      fireEvent.click(screen.getByRole('button', { name: confirmLabel }));
      expect(onConfirm).not.toHaveBeenCalled();

      fireEvent.change(screen.getByLabelText('Reason'), { target: { value: '  Spam listing  ' } });
      fireEvent.click(screen.getByRole('button', { name: confirmLabel }));
      await waitFor(() => expect(onConfirm).toHaveBeenCalledWith('Spam listing'));
      await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    });
  }

  it('cancels without acting', () => {
    const onConfirm = vi.fn(async () => {});
    const onClose = vi.fn();
    render(<ReasonDialog open title="Reject?" confirmLabel="Reject solution" onClose={onClose} onConfirm={onConfirm} />);
    fireEvent.change(screen.getByLabelText('Reason'), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalled();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it("shows the server's message and stays open when the action fails", async () => {
    const onClose = vi.fn();
    const failure = new CombinedGraphQLErrors({ errors: [{ message: 'Only IN_REVIEW solutions can be rejected.' }] });
    render(<ReasonDialog open title="Reject?" confirmLabel="Reject solution" onClose={onClose} onConfirm={() => Promise.reject(failure)} />);
    fireEvent.change(screen.getByLabelText('Reason'), { target: { value: 'Broken docs' } });
    fireEvent.click(screen.getByRole('button', { name: 'Reject solution' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Only IN_REVIEW solutions can be rejected.');
    expect(onClose).not.toHaveBeenCalled();
  });
  it("shows the server's refusal of the reason beside it, not above the form", async () => {
    const failure = new CombinedGraphQLErrors({ errors: [{ message: 'Give the reason (3 to 500 characters).', extensions: { code: 'BAD_USER_INPUT', field: 'reason' } }] });
    render(<ReasonDialog open title="Delete?" confirmLabel="Delete account" onClose={() => {}} onConfirm={() => Promise.reject(failure)} />);
    fireEvent.change(screen.getByLabelText('Reason'), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Delete account' }));
    expect((await screen.findByRole('alert')).className).toBe('field-error');
    expect(screen.getByRole('alert').textContent).toBe('Give the reason (3 to 500 characters).');
    expect(screen.getByLabelText('Reason').getAttribute('aria-invalid')).toBe('true');
  });
});

describe('RolesEditor', () => {
  it('keeps CUSTOMER checked and fixed, and always sends it', async () => {
    const onSave = vi.fn(async () => {});
    render(<RolesEditor roles={['CUSTOMER']} onSave={onSave} />);
    const customer = screen.getByRole('checkbox', { name: /Customer/ }) as HTMLInputElement;
    expect(customer.checked).toBe(true);
    expect(customer.disabled).toBe(true);
    const save = screen.getByRole('button', { name: 'Save roles' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true); // nothing changed yet

    fireEvent.click(screen.getByRole('checkbox', { name: /Partner/ }));
    fireEvent.click(save);
    await waitFor(() => expect(onSave).toHaveBeenCalledWith(['CUSTOMER', 'PARTNER']));
    expect(rolesToSave(new Set())).toEqual(['CUSTOMER']);
  });

  it('removes a role and shows the server refusing to drop your own ADMIN', async () => {
    const failure = new CombinedGraphQLErrors({ errors: [{ message: 'You cannot remove your own ADMIN role.' }] });
    const onSave = vi.fn(() => Promise.reject(failure));
    render(<RolesEditor roles={['CUSTOMER', 'ADMIN']} onSave={onSave} />);
    fireEvent.click(screen.getByRole('checkbox', { name: /Admin/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Save roles' }));
    expect((await screen.findByRole('alert')).textContent).toContain('You cannot remove your own ADMIN role.');
    expect(onSave).toHaveBeenCalledWith(['CUSTOMER']);
    expect((screen.getByRole('checkbox', { name: /Customer/ }) as HTMLInputElement).checked).toBe(true);
  });
});

describe('tier settings form', () => {
  it('shows paise as rupees and reads rupees back as paise', () => {
    expect(paiseToRupees(99_900)).toBe('999');
    expect(paiseToRupees(5)).toBe('0.05');
    expect(paiseToRupees(null)).toBe('');
    expect(rupeesToPaise('999.5')).toBe(99_950);
    expect(rupeesToPaise('1,00,000')).toBe(10_000_000);
    expect(rupeesToPaise('9.999')).toBeUndefined();
    expect(rupeesToPaise('abc')).toBeUndefined();
  });

  it('marks non-numbers before sending', () => {
    const draft = toDraft({ tier: 'PRO', defaultCallAllowance: 10, minCallAllowance: 1, maxCallAllowance: 100, defaultMonthlyPricePaise: 99_900 });
    const result = toInput([{ ...draft, maxCallAllowance: 'lots' }]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.PRO.maxCallAllowance).toBe('Enter a whole number.');
    const good = toInput([draft]);
    expect(good.ok && good.tiers[0]?.defaultMonthlyPricePaise).toBe(99_900);
  });

  it("puts the server's problems on the field of the right tier", () => {
    const problems = [
      { field: 'input.tiers[2].maxCallAllowance', message: 'Pro: the maximum call allowance (5) is below the default (10).' },
      { field: 'input.tiers[0].minTrialDays', message: 'Anonymous: the minimum trial days is at least 1.' },
    ];
    const mapped = serverErrors(problems, ['ANONYMOUS', 'REGISTERED', 'PRO', 'ENTERPRISE']);
    expect(mapped.fields.PRO.maxCallAllowance).toContain('below the default');
    expect(mapped.fields.ANONYMOUS.minTrialDays).toContain('at least 1');
    expect(mapped.form).toBeUndefined();
  });

  it('shows two problems of one field side by side on it, not one of them above the form', () => {
    const problems = [
      { field: 'input.tiers[2].maxCallAllowance', message: 'Pro: the maximum is below the default.' },
      { field: 'input.tiers[2].maxCallAllowance', message: 'Pro: the maximum is below Registered\'s.' },
    ];
    const mapped = serverErrors(problems, ['ANONYMOUS', 'REGISTERED', 'PRO', 'ENTERPRISE']);
    expect(mapped.fields.PRO.maxCallAllowance).toBe("Pro: the maximum is below the default. Pro: the maximum is below Registered's.");
    expect(mapped.form).toBeUndefined();
  });
});

describe('audit changes', () => {
  it('lists only changed fields, compactly', () => {
    expect(changedFields({ status: 'ACTIVE', name: 'Bob' }, { status: 'SUSPENDED', name: 'Bob' })).toEqual([
      { field: 'status', before: 'ACTIVE', after: 'SUSPENDED' },
    ]);
    expect(changedFields(null, { roles: ['CUSTOMER', 'ADMIN'] })).toEqual([{ field: 'roles', before: '—', after: 'CUSTOMER, ADMIN' }]);
  });

  it('says "none" for a field set to nothing, not JSON\'s null', () => {
    expect(changedFields(null, { expiresAt: null, name: 'my laptop' })).toEqual([
      { field: 'expiresAt', before: '—', after: 'none' },
      { field: 'name', before: '—', after: 'my laptop' },
    ]);
    expect(changedFields({ healthCheckUrl: 'https://a.example/health' }, { healthCheckUrl: null })).toEqual([
      { field: 'healthCheckUrl', before: 'https://a.example/health', after: 'none' },
    ]);
  });
});
