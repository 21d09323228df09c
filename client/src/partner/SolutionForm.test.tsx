// @vitest-environment jsdom
import { CombinedGraphQLErrors } from '@apollo/client';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SolutionForm, type ListingValues } from './SolutionForm';

afterEach(cleanup);

const refused = (problems: { field: string; message: string }[]) =>
  new CombinedGraphQLErrors({ errors: [{ message: problems[0]!.message, extensions: { code: 'BAD_USER_INPUT', field: problems[0]!.field, problems } }] });

/** The error shown beside the field labelled `label` (what its `aria-describedby` points at). */
const errorBeside = (label: string) =>
  screen.getByLabelText(label).getAttribute('aria-describedby')?.split(' ').filter((id) => id.endsWith('-error')).map((id) => document.getElementById(id)?.textContent)[0];

function renderForm(onSubmit: (values: ListingValues) => Promise<void>) {
  render(<SolutionForm categories={['Media', 'Other']} submitLabel="Create solution" onSubmit={onSubmit} />);
  fireEvent.change(screen.getByLabelText(/^Name/), { target: { value: 'Text Tools' } });
  fireEvent.change(screen.getByLabelText(/^Tags/), { target: { value: 'nlp, Bad_Tag!' } });
  // Submitted as the browser would once its own required-field checks pass (jsdom stops at them).
  fireEvent.submit(screen.getByRole('form', { name: 'Listing' }));
}

describe('the listing form', { timeout: 20_000 }, () => {
  it('shows the server refusing a tag beside the tags field, with the other fields\' problems on theirs', async () => {
    const onSubmit = vi.fn(() =>
      Promise.reject(
        refused([
          { field: 'input.summary', message: 'Enter a summary.' },
          { field: 'input.tags[1]', message: '"bad_tag!" is not a tag.' },
        ]),
      ),
    );
    renderForm(onSubmit);
    await waitFor(() => expect(errorBeside('Tags')).toBe('"bad_tag!" is not a tag.'));
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ tags: ['nlp', 'bad_tag!'] }));
    expect(errorBeside('Summary')).toBe('Enter a summary.');
    expect(screen.getByLabelText(/^Tags/).getAttribute('aria-invalid')).toBe('true');
    // Nothing at form level: every alert is a field's.
    expect(screen.getAllByRole('alert').map((alert) => alert.className)).toEqual(['field-error', 'field-error']);
  });

  it('shows a single refusal of the whole list (too many tags) beside the tags field too', async () => {
    renderForm(() => Promise.reject(new CombinedGraphQLErrors({ errors: [{ message: 'At most 10 tags.', extensions: { code: 'BAD_USER_INPUT', field: 'input.tags' } }] })));
    await waitFor(() => expect(errorBeside('Tags')).toBe('At most 10 tags.'));
    expect(screen.getAllByRole('alert')).toHaveLength(1);
  });
});
