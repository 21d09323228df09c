// @vitest-environment jsdom
import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NoticeEmails, NoticeEmails_Query, NoticeEmails_Set, noticeTone, UpgradeNotices, UpgradeNotices_Dismiss, UpgradeNotices_Query } from './UpgradeNotices';

afterEach(cleanup);

const notice = {
  __typename: 'UsageNotice' as const,
  id: 'ntc_01JD3X0000000000000000000A',
  kind: 'USAGE_80' as const,
  title: 'You have used 80 % of your Rates API allowance',
  message: 'You have used 80 of 100 calls of Rates API in your trial. Your trial ends in 12 days. Upgrade to Pro for a larger allowance.',
  actionLabel: 'Upgrade to Pro',
  actionPath: '/solutions/rates?upgrade=pro',
};

describe('UpgradeNotices', { timeout: 20_000 }, () => {
  it('shows each notice with its next step, and hides one once dismissed', async () => {
    const dismissed = vi.fn(() => ({ data: { dismissNotice: { __typename: 'UsageNotice' as const, id: notice.id, dismissedAt: '2026-12-01T10:00:00.000Z' } } }));
    render(
      <MockedProvider
        mocks={[
          { request: { query: UpgradeNotices_Query, variables: { solutionId: null } }, result: { data: { myNotices: [notice] } } },
          { request: { query: UpgradeNotices_Dismiss, variables: { id: notice.id } }, result: dismissed },
          { request: { query: UpgradeNotices_Query, variables: { solutionId: null } }, result: { data: { myNotices: [] } } },
        ]}
      >
        <MemoryRouter>
          <UpgradeNotices />
        </MemoryRouter>
      </MockedProvider>,
    );
    expect(await screen.findByText(notice.title)).toBeTruthy();
    expect(screen.getByText(notice.message)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Upgrade to Pro' }).getAttribute('href')).toBe('/solutions/rates?upgrade=pro');
    fireEvent.click(screen.getByRole('button', { name: `Dismiss: ${notice.title}` }));
    await waitFor(() => expect(screen.queryByText(notice.title)).toBeNull());
    expect(dismissed).toHaveBeenCalledTimes(1);
  });
});

describe('a notice’s style', { timeout: 20_000 }, () => {
  it('follows its severity: reinstated is good news, unpublished information, suspended a warning, a spent allowance an error', async () => {
    const kinds = ['SOLUTION_REINSTATED', 'SOLUTION_UNPUBLISHED', 'SOLUTION_SUSPENDED', 'USAGE_100'] as const;
    const notices = kinds.map((kind, i) => ({ ...notice, id: `ntc_${i}`, kind, title: `Notice ${kind}` }));
    render(
      <MockedProvider mocks={[{ request: { query: UpgradeNotices_Query, variables: { solutionId: null } }, result: { data: { myNotices: notices } } }]}>
        <MemoryRouter>
          <UpgradeNotices />
        </MemoryRouter>
      </MockedProvider>,
    );
    await screen.findByText('Notice SOLUTION_REINSTATED');
    const classOf = (kind: string) => screen.getByText(`Notice ${kind}`).closest('li')!.className;
    expect(classOf('SOLUTION_REINSTATED')).toContain('notice-success');
    expect(classOf('SOLUTION_UNPUBLISHED')).toContain('notice-info');
    expect(classOf('SOLUTION_SUSPENDED')).toContain('notice-warning');
    expect(classOf('USAGE_100')).toContain('notice-error');
    for (const kind of kinds.slice(0, 3)) expect(classOf(kind)).not.toContain('notice-error');
    expect(noticeTone('UNUSUAL_NETWORKS')).toBe('error');
    expect(noticeTone('TRIAL_ENDING')).toBe('warning');
  });
});

describe('NoticeEmails', { timeout: 20_000 }, () => {
  it('shows the saved choice and saves a change', async () => {
    const saved = vi.fn(() => ({ data: { setNoticeEmails: { __typename: 'NoticePreference' as const, solutionId: 'sol_1', emails: true } } }));
    render(
      <MockedProvider
        mocks={[
          { request: { query: NoticeEmails_Query, variables: { solutionId: 'sol_1' } }, result: { data: { myNoticePreference: { __typename: 'NoticePreference', solutionId: 'sol_1', emails: false } } } },
          { request: { query: NoticeEmails_Set, variables: { input: { solutionId: 'sol_1', emails: true } } }, result: saved },
        ]}
      >
        <NoticeEmails solutionId="sol_1" solutionName="Rates API" />
      </MockedProvider>,
    );
    const box = screen.getByRole('checkbox', { name: /Email me when I have used 80 % and 100 % of my Rates API allowance/ }) as HTMLInputElement;
    await waitFor(() => expect(box.disabled).toBe(false));
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(box.checked).toBe(true));
  });
});
