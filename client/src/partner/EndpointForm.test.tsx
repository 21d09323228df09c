// @vitest-environment jsdom
import { CombinedGraphQLErrors } from '@apollo/client';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EndpointForm } from './EndpointsEditor';

afterEach(cleanup);

describe('the endpoint form', () => {
  it('puts a refusal under its field and moves focus there, off the busy button', async () => {
    const message = 'Describe the endpoint in a line: this solution is published, so its endpoints show on its catalog page at once.';
    const onSave = vi.fn(() => Promise.reject(new CombinedGraphQLErrors({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT', field: 'input.description' } }] })));
    render(<EndpointForm onSave={onSave} onCancel={() => {}} />);
    fireEvent.change(screen.getByLabelText('Path'), { target: { value: '/v1/new' } });
    const submit = screen.getByRole('button', { name: 'Add endpoint' });
    submit.focus();
    fireEvent.click(submit);
    const description = screen.getByLabelText('Description');
    await waitFor(() => expect(description.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText(message)).toBeTruthy();
    expect(document.activeElement).toBe(description);
  });
});
