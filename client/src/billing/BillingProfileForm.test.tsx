// @vitest-environment jsdom
import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BillingProfileForm, BillingProfileForm_Update as Update } from './BillingProfileForm';

afterEach(cleanup);

const saved = {
  __typename: 'BillingProfile' as const,
  legalName: 'Meera Labs Pvt Ltd',
  email: 'billing@meeralabs.in',
  gstin: '29ABCDE1234F1ZW',
  state: 'Karnataka',
  stateCode: '29',
  address: '12 MG Road\nBengaluru 560001',
};

const fill = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

describe('BillingProfileForm', { timeout: 20_000 }, () => {
  it('shows each server problem on the field it names, keeps what was typed, and saves once fixed', async () => {
    const first = {
      legalName: 'Meera Labs Pvt Ltd',
      email: 'billing@meeralabs.in',
      gstin: '29ABCDE1234F1Z5',
      state: 'Kerala',
      address: null,
    };
    const update = vi.fn(() => ({ data: { updateBillingProfile: saved } }));
    render(
      <MockedProvider
        mocks={[
          {
            request: { query: Update, variables: { input: first } },
            result: {
              errors: [
                new GraphQLError('The GSTIN’s check character is wrong: expected W.', { extensions: { code: 'BAD_USER_INPUT', field: 'input.gstin' } }),
                new GraphQLError('The GSTIN is registered in Karnataka, not Kerala.', { extensions: { code: 'BAD_USER_INPUT', field: 'input.state' } }),
              ],
            },
          },
          { request: { query: Update, variables: { input: { ...first, gstin: '29ABCDE1234F1ZW', state: 'Karnataka', address: '12 MG Road\nBengaluru 560001' } } }, result: update },
        ]}
      >
        <BillingProfileForm profile={null} fallback={{ name: 'Meera Iyer', email: 'meera@example.com' }} />
      </MockedProvider>,
    );
    // Without a saved profile the account's name and email are offered.
    expect(input('Legal name').value).toBe('Meera Iyer');
    expect(input('Billing email').value).toBe('meera@example.com');

    fill('Legal name', '  Meera Labs Pvt Ltd ');
    fill('Billing email', 'billing@meeralabs.in');
    fill('GSTIN (optional)', '29abcde1234f1z5');
    fill('State or union territory', 'Kerala');
    fireEvent.click(screen.getByRole('button', { name: 'Save billing profile' }));

    await screen.findByText('The GSTIN’s check character is wrong: expected W.');
    expect(input('GSTIN (optional)').getAttribute('aria-invalid')).toBe('true');
    expect(input('GSTIN (optional)').getAttribute('aria-describedby')).toContain(screen.getByText(/check character is wrong/).id);
    expect(input('State or union territory').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('The GSTIN is registered in Karnataka, not Kerala.')).toBeTruthy();
    expect(input('Legal name').getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByText('The profile was not saved; see the marked fields.')).toBeTruthy();
    expect(input('GSTIN (optional)').value).toBe('29abcde1234f1z5');

    fill('GSTIN (optional)', '29ABCDE1234F1ZW');
    fill('State or union territory', 'Karnataka');
    fill('Address (optional)', '12 MG Road\nBengaluru 560001');
    fireEvent.click(screen.getByRole('button', { name: 'Save billing profile' }));
    await screen.findByText('Saved. Invoices issued from now on use these details.');
    expect(update).toHaveBeenCalledTimes(1);
    expect(input('GSTIN (optional)').getAttribute('aria-invalid')).toBeNull();
  });

  it('asks for the legal name and email before sending anything', async () => {
    const update = vi.fn(() => ({ data: { updateBillingProfile: saved } }));
    render(
      <MockedProvider mocks={[{ request: { query: Update, variables: () => true }, result: update }]}>
        <BillingProfileForm profile={saved} fallback={{}} />
      </MockedProvider>,
    );
    expect(input('GSTIN (optional)').value).toBe('29ABCDE1234F1ZW');
    fill('Legal name', '  ');
    fill('Billing email', '');
    fireEvent.click(screen.getByRole('button', { name: 'Save billing profile' }));
    expect(await screen.findByText('Enter the name invoices are made out to.')).toBeTruthy();
    expect(screen.getByText('Enter the email invoices are sent to.')).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(update).not.toHaveBeenCalled();
  });

  it('an error naming no field of the form goes to the form', async () => {
    render(
      <MockedProvider
        mocks={[{ request: { query: Update, variables: () => true }, result: { errors: [new GraphQLError('Billing is not available right now.', { extensions: { code: 'CONFLICT' } })] } }]}
      >
        <BillingProfileForm profile={saved} fallback={{}} />
      </MockedProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save billing profile' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Billing is not available right now.'));
  });
});
