// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import {
  ACCOUNT_COUNTER_MARGIN_DAYS,
  ACCOUNT_DELETION_GRACE_DAYS,
  ANONYMOUS_BLOCK_MARGIN_DAYS,
  ANONYMOUS_COUNTER_MARGIN_DAYS,
  KEY_NETWORK_MARGIN_DAYS,
  MAIL_FILE_DAYS,
  RETENTION_RULES,
  SESSION_DAYS,
  TAX_INVOICE_YEARS,
  THROTTLE_HOURS,
} from '@marketplace/contracts';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import PrivacyPage from './PrivacyPage';

afterEach(cleanup);

describe('the privacy page', () => {
  it('lists every retention setting the platform runs with, with its period', () => {
    render(
      <MemoryRouter>
        <PrivacyPage />
      </MemoryRouter>,
    );
    const row = (id: string) => {
      const found = document.querySelector(`[data-retention="${id}"]`);
      if (!(found instanceof HTMLElement)) throw new Error(`no row for ${id}`);
      return within(found);
    };
    expect(screen.getAllByRole('row')).toHaveLength(RETENTION_RULES.length + 1);
    // The numbers the code uses (the same constants) appear on the page, each on its row.
    row('account').getByText(new RegExp(`${ACCOUNT_DELETION_GRACE_DAYS}-day grace period`));
    row('sessions').getByText(`${SESSION_DAYS} days after last use`);
    row('throttles').getByText(`${THROTTLE_HOURS} hour`);
    row('anonymous-counters').getByText(`The trial window plus ${ANONYMOUS_COUNTER_MARGIN_DAYS} days`);
    row('anonymous-blocks').getByText(`The day plus ${ANONYMOUS_BLOCK_MARGIN_DAYS} days`);
    row('key-networks').getByText(`The day plus ${KEY_NETWORK_MARGIN_DAYS} days`);
    row('account-counters').getByText(`The quota window plus ${ACCOUNT_COUNTER_MARGIN_DAYS} days`);
    row('mail-files').getByText(`${MAIL_FILE_DAYS} days`);
    row('tax-invoices').getByText(`${TAX_INVOICE_YEARS} years`);
    row('tax-invoices').getByText(/keep only these fields/);
    row('payment-provider').getByText(/overwritten/);
    row('usage-aggregates').getByText(/detached from you/);
    row('audit-trail').getByText(/pseudonymous id/);
  });

  it('names the "why" and "how long" of each row for phones, where the header row is hidden', () => {
    render(
      <MemoryRouter>
        <PrivacyPage />
      </MemoryRouter>,
    );
    for (const row of document.querySelectorAll('tbody tr')) {
      expect([...row.querySelectorAll('td')].map((cell) => cell.getAttribute('data-label'))).toEqual([null, 'Why', 'How long']);
    }
  });
});

