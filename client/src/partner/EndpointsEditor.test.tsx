// @vitest-environment jsdom
import { CombinedGraphQLErrors } from '@apollo/client';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EndpointsEditor_EndpointFragment as EndpointRow } from '../gql/graphql';
import { EndpointForm } from './EndpointsEditor';

afterEach(cleanup);

const ENDPOINT: EndpointRow = {
  __typename: 'Endpoint',
  id: 'ep_1',
  method: 'GET',
  path: '/v1/items',
  description: null,
  costWeight: 1,
  tiers: ['ANONYMOUS', 'REGISTERED', 'PRO', 'ENTERPRISE'],
  parameters: [{ __typename: 'EndpointParameter', name: 'X-Forwarded-For', in: 'HEADER', type: 'STRING', required: false, description: null, example: null }],
  requestExample: null,
  responseExample: null,
};
const refused = (problems: { field: string; message: string }[]) =>
  new CombinedGraphQLErrors({ errors: [{ message: problems[0]!.message, extensions: { code: 'BAD_USER_INPUT', field: problems[0]!.field, ...(problems.length > 1 ? { problems } : {}) } }] });
/** The error shown beside `control` (what its `aria-describedby` points at). */
const errorBeside = (control: HTMLElement) =>
  control.getAttribute('aria-describedby')?.split(' ').filter((id) => id.endsWith('-error')).map((id) => document.getElementById(id)?.textContent)[0];

function renderForm(onSave: () => Promise<void>) {
  render(<EndpointForm endpoint={ENDPOINT} onSave={onSave} onCancel={() => {}} />);
  fireEvent.submit(screen.getByLabelText('Path').closest('form')!);
  return within(screen.getByRole('group', { name: 'Parameter 1' }));
}

describe('the endpoint form', { timeout: 20_000 }, () => {
  it("puts every problem the server named beside its field: a parameter's on its row, several side by side", async () => {
    const row = renderForm(() =>
      Promise.reject(
        refused([
          { field: 'input.path', message: 'An endpoint path starts with "/".' },
          { field: 'input.parameters[0].name', message: 'The X-Forwarded-For header is set by the caller’s client.' },
          { field: 'input.parameters[0].name', message: 'The header parameter "x-forwarded-for" is listed twice.' },
        ]),
      ),
    );
    await waitFor(() => expect(errorBeside(screen.getByLabelText('Path'))).toBe('An endpoint path starts with "/".'));
    expect(errorBeside(row.getByLabelText('Name'))).toBe('The X-Forwarded-For header is set by the caller’s client. The header parameter "x-forwarded-for" is listed twice.');
    expect(screen.getAllByRole('alert').every((alert) => alert.className === 'field-error')).toBe(true);
  });

  it("puts a lone refusal of a parameter on its row, not at form level", async () => {
    const onSave = vi.fn(() => Promise.reject(refused([{ field: 'input.parameters[0].name', message: 'Enter the parameter’s name.' }])));
    const row = renderForm(onSave);
    await waitFor(() => expect(errorBeside(row.getByLabelText('Name'))).toBe('Enter the parameter’s name.'));
    expect(screen.getAllByRole('alert')).toHaveLength(1);
  });
});
