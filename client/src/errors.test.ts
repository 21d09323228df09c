import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { safeNext } from './account/safe-next';
import { errorMessage, formErrors } from './errors';

const failed = (...errors: Array<{ message: string; extensions?: Record<string, unknown> }>) =>
  new CombinedGraphQLErrors({ errors });

describe('formErrors', () => {
  it('puts an error on the field its extensions.field names, the rest in the alert', () => {
    const result = formErrors(
      failed(
        { message: 'Too short.', extensions: { code: 'BAD_USER_INPUT', field: 'input.password' } },
        { message: 'Slow down.', extensions: { code: 'RATE_LIMITED' } },
      ),
      ['email', 'password'] as const,
    );
    expect(result).toEqual({ fields: { password: 'Too short.' }, form: 'Slow down.' });
  });
  it('sends a field this form does not have to the alert', () => {
    expect(formErrors(failed({ message: 'Bad.', extensions: { field: 'input.other' } }), ['email'] as const)).toEqual({
      fields: {},
      form: 'Bad.',
    });
  });
  it('explains a network failure', () => {
    expect(formErrors(new TypeError('Failed to fetch'), ['email'] as const).form).toMatch(/Could not reach the server/);
    expect(errorMessage(failed({ message: 'Not found.' }))).toBe('Not found.');
  });
});

describe('safeNext', () => {
  it('keeps paths on this site only', () => {
    expect(safeNext('/dashboard/x?y=1')).toBe('/dashboard/x?y=1');
    expect(safeNext('//evil.example')).toBe('/dashboard');
    expect(safeNext('https://evil.example')).toBe('/dashboard');
    expect(safeNext(null)).toBe('/dashboard');
  });
});
