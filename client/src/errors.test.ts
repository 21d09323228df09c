import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { safeNext } from './account/safe-next';
import { asSentence, errorCode, errorMessage, fieldOfPath, formErrors, RequestTimeoutError, rowOfPath } from './errors';

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
  it('shows a state refusal (CONFLICT naming the id) where an input refusal of that field shows', () => {
    const message = 'Keys can only be created for published solutions.';
    const asInput = formErrors(failed({ message, extensions: { code: 'BAD_USER_INPUT', field: 'input.solutionId' } }), ['name', 'expiresAt'] as const);
    const asState = formErrors(failed({ message, extensions: { code: 'CONFLICT', field: 'input.solutionId' } }), ['name', 'expiresAt'] as const);
    expect(asState).toEqual(asInput);
    expect(asState).toEqual({ fields: {}, form: message });
  });
  it('sends a field this form does not have to the alert', () => {
    expect(formErrors(failed({ message: 'Bad.', extensions: { field: 'input.other' } }), ['email'] as const)).toEqual({
      fields: {},
      form: 'Bad.',
    });
  });
  it('explains a network failure', () => {
    expect(formErrors(new TypeError('Failed to fetch'), ['email'] as const).form).toBe(UNREACHABLE);
    expect(errorMessage(failed({ message: 'Not found.' }))).toBe('Not found.');
  });
  it('marks every field an input was refused for at once, from the problems listed', () => {
    const refused = failed({
      message: 'Enter a name. (and 2 more problems)',
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'input.name',
        problems: [
          { field: 'input.name', message: 'Enter a name.' },
          { field: 'input.baseUrl', message: 'Enter an absolute http:// or https:// URL.' },
          { field: 'input.tags[2]', message: 'A tag has 1 to 30 letters.' },
        ],
      },
    });
    expect(formErrors(refused, ['name', 'baseUrl'] as const)).toEqual({
      fields: { name: 'Enter a name.', baseUrl: 'Enter an absolute http:// or https:// URL.' },
      form: 'A tag has 1 to 30 letters.',
    });
  });
  it('puts a listed item\'s problem (`input.tags[2]`) on its list\'s field, and several problems of one field side by side', () => {
    const refused = failed({
      message: 'The current password is not correct. (and 3 more problems)',
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'currentPassword',
        problems: [
          { field: 'currentPassword', message: 'The current password is not correct.' },
          { field: 'newPassword', message: 'A password needs at least 10 characters.' },
          { field: 'newPassword', message: 'The new password must differ from the current one.' },
          { field: 'input.tags[2]', message: '"a b" is not a tag.' },
        ],
      },
    });
    expect(formErrors(refused, ['currentPassword', 'newPassword', 'tags'] as const)).toEqual({
      fields: {
        currentPassword: 'The current password is not correct.',
        newPassword: 'A password needs at least 10 characters. The new password must differ from the current one.',
        tags: '"a b" is not a tag.',
      },
    });
    expect(formErrors(failed({ message: 'At most 10 tags.', extensions: { code: 'BAD_USER_INPUT', field: 'input.tags' } }), ['tags'] as const)).toEqual({
      fields: { tags: 'At most 10 tags.' },
    });
  });
  it('leaves the problems a form claims (a table row\'s) to the form', () => {
    const refused = failed({
      message: 'Enter a name. (and 1 more problem)',
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'input.parameters[1].name',
        problems: [
          { field: 'input.parameters[1].name', message: 'Enter a name.' },
          { field: 'input.path', message: 'Start with /.' },
        ],
      },
    });
    const rows: string[] = [];
    const claim = (problem: { field: string }) => problem.field.includes('parameters[') && rows.push(problem.field) > 0;
    expect(formErrors(refused, ['name', 'path'] as const, claim)).toEqual({ fields: { path: 'Start with /.' } });
    expect(rows).toEqual(['input.parameters[1].name']);
  });
  it('reads a path as a form field, or as a row of a list and the field within it', () => {
    expect(['input.password', 'input.tags[2]', 'tiers[1].monthlyPricePaise', 'email'].map(fieldOfPath)).toEqual(['password', 'tags', 'monthlyPricePaise', 'email']);
    expect(rowOfPath('input.tiers[2].features[0].key', 'tiers')).toEqual({ index: 2, field: 'features[0].key' });
    expect(rowOfPath('tiers[0].callAllowance', 'tiers')).toEqual({ index: 0, field: 'callAllowance' });
    expect(rowOfPath('input.parameters[1].name', 'tiers')).toBeUndefined();
    expect(rowOfPath('input.subtiers[1].name', 'tiers')).toBeUndefined();
    expect(rowOfPath('input.tiers', 'tiers')).toBeUndefined();
  });
  it('puts field messages in sentence case too', () => {
    expect(formErrors(failed({ message: 'must be at least 10 characters', extensions: { field: 'input.password' } }), ['password'] as const)).toEqual({
      fields: { password: 'Must be at least 10 characters.' },
    });
  });
});

const UNREACHABLE = 'The marketplace is not reachable right now. Try again in a moment.';
const httpError = (status: number, bodyText = '', contentType = 'text/plain') =>
  new ServerError(`Response not successful: Received status code ${status}`, {
    response: new Response(bodyText, { status, headers: { 'content-type': contentType } }),
    bodyText,
  });

describe('errorMessage', () => {
  it('says the marketplace is unreachable for a 502/503/504, a proxy page or a network failure — never the status code', () => {
    for (const status of [502, 503, 504]) expect(errorMessage(httpError(status))).toBe(UNREACHABLE);
    const proxyPage = '<html><body>502 Bad Gateway</body></html>';
    const parse = new ServerParseError(new SyntaxError('Unexpected token <'), {
      response: new Response(proxyPage, { status: 502 }),
      bodyText: proxyPage,
    });
    expect(errorMessage(parse)).toBe(UNREACHABLE);
    expect(errorMessage(new TypeError('Failed to fetch'))).toBe(UNREACHABLE);
    expect(errorMessage(new TypeError('NetworkError when attempting to fetch resource.'))).toBe(UNREACHABLE);
    expect(errorMessage(new TypeError('Load failed'))).toBe(UNREACHABLE);
    expect(errorMessage(httpError(503))).not.toMatch(/status code|503/);
  });

  it('says the request took too long after a timeout', () => {
    expect(errorMessage(new RequestTimeoutError(15_000))).toBe('The marketplace took too long to answer. Try again in a moment.');
  });

  it("shows the server's message from a non-2xx JSON answer, and its code", () => {
    const deep = httpError(
      400,
      JSON.stringify({ errors: [{ message: 'The query is nested deeper than this server accepts (maximum depth 12).', extensions: { code: 'QUERY_TOO_DEEP' } }] }),
      'application/json',
    );
    expect(errorMessage(deep)).toBe('The query is nested deeper than this server accepts (maximum depth 12).');
    expect(errorCode(deep)).toBe('QUERY_TOO_DEEP');
  });

  it('words other HTTP failures without numbers', () => {
    expect(errorMessage(httpError(429))).toBe('Too many requests. Wait a moment and try again.');
    expect(errorMessage(httpError(500))).toBe('Something went wrong on our side. Try again in a moment.');
    expect(errorMessage(httpError(413))).toBe('That is more than the marketplace accepts in one request.');
  });

  it('never shows internals of an INTERNAL error, even in development', () => {
    const internal = failed({ message: 'Internal error: connect ECONNREFUSED 127.0.0.1:4002', extensions: { code: 'INTERNAL' } });
    expect(errorMessage(internal)).toBe('Something went wrong on our side. Try again in a moment.');
  });

  it('turns a bare code or a lower-case message into a sentence', () => {
    expect(errorMessage(failed({ message: 'KEY_REVOKED' }))).toBe('Key revoked.');
    expect(errorMessage(failed({ message: 'FORBIDDEN', extensions: { code: 'FORBIDDEN' } }))).toBe('You are not allowed to do this.');
    expect(errorMessage(failed({ message: '', extensions: { code: 'RATE_LIMITED' } }))).toBe('Too many requests. Wait a moment and try again.');
    expect(errorMessage(failed({ message: 'solution not found' }))).toBe('Solution not found.');
    expect(asSentence('Slow down!')).toBe('Slow down!');
    expect(asSentence('Unknown tier "gold"')).toBe('Unknown tier "gold".');
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
