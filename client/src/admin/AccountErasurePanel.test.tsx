// @vitest-environment jsdom
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDate } from '../format/format';
import { AccountErasurePanel, AccountErasurePanel_Cancel as Cancel, AccountErasurePanel_Query as Query, AccountErasurePanel_Schedule as Schedule } from './AccountErasurePanel';

afterEach(cleanup);

const userId = 'usr_1';
const DUE = '2026-12-15T10:00:00.000Z';
const deletion = { __typename: 'AccountDeletion' as const, state: 'SCHEDULED' as const, dueAt: DUE, byAdmin: true };
const read = (accountErasure: typeof deletion | null): MockLink.MockedResponse => ({ request: { query: Query, variables: { userId } }, result: { data: { accountErasure } } });

function renderPanel(mocks: MockLink.MockedResponse[]) {
  render(
    // No simulated network latency (MockLink's default is a random 20–50 ms a response): the dialogs wait on a
    // mutation and its refetch, and under a loaded machine those timers stretch towards waitFor's 1 s limit.
    <MockedProvider mocks={mocks} mockLinkDefaultOptions={{ delay: 0 }}>
      <AccountErasurePanel userId={userId} name="Ada" />
    </MockedProvider>,
  );
}

// The first test pays the file's cold start (first render, Apollo and the role queries warming up): ~2 s of its
// 0.7–4 s alone, more on a loaded machine, where it once passed the default 5 s. 20 s, like the other jsdom files.
describe('AccountErasurePanel', { timeout: 20_000 }, () => {
  it('schedules the deletion with the required reason, shows the grace period and the due date, and gives focus back to its button', async () => {
    renderPanel([
      read(null),
      { request: { query: Schedule, variables: { userId, reason: 'Email of 1 Dec, ticket 42' } }, result: { data: { scheduleAccountErasure: deletion } } },
      read(deletion),
    ]);
    const opener = await screen.findByRole('button', { name: "Erase this user's data" });
    expect(screen.getByText(/14-day grace period/)).toBeTruthy();
    opener.focus();
    fireEvent.click(opener);
    const dialog = screen.getByRole('dialog', { name: "Erase Ada's data?" });
    expect(within(dialog).getByText(/14-day grace period/)).toBeTruthy();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Schedule the deletion' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe('Give a reason.');

    fireEvent.change(within(dialog).getByLabelText('Reason'), { target: { value: '  Email of 1 Dec, ticket 42 ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Schedule the deletion' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getAllByText(new RegExp(`erased on ${formatDate(DUE)}`)).length).toBeGreaterThan(0);
    const cancel = screen.getByRole('button', { name: 'Cancel the deletion' });
    expect(document.activeElement).toBe(cancel);
  });

  it('cancels a pending deletion after asking, and shows the server refusing in its own words', async () => {
    renderPanel([
      read(deletion),
      { request: { query: Cancel, variables: { userId } }, result: { errors: [new GraphQLError('a scheduled account deletion was not found.', { extensions: { code: 'NOT_FOUND' } })] } },
      { request: { query: Cancel, variables: { userId } }, result: { data: { cancelAccountErasure: true } } },
      read(null),
    ]);
    expect((await screen.findByText(/Deletion scheduled/)).parentElement!.textContent).toContain(formatDate(DUE));
    const opener = screen.getByRole('button', { name: 'Cancel the deletion' });
    opener.focus();
    fireEvent.click(opener);
    let dialog = screen.getByRole('dialog', { name: "Cancel the deletion of Ada's account?" });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep it scheduled' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(opener);

    fireEvent.click(opener);
    dialog = screen.getByRole('dialog', { name: "Cancel the deletion of Ada's account?" });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel the deletion' }));
    const failure = await within(dialog).findByRole('alert');
    expect(failure.textContent).toMatch(/^A scheduled account deletion was not found/);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel the deletion' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText("The deletion is cancelled: Ada's account stays as it is.")).toBeTruthy();
    expect(screen.getByRole('button', { name: "Erase this user's data" })).toBe(document.activeElement);
  });
});
