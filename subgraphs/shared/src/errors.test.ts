import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, graphql, GraphQLError } from 'graphql';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { checkFields, conflict, refuseControlCharacters, DomainError, ERROR_CODES, ERRORS, forbidden, InputError, invalidInput, notFound, rateLimited, STORE_UNAVAILABLE_MESSAGE, unauthenticated } from './errors.ts';
import { createErrorFormatter, graphqlExtensions } from './graphql-errors.ts';
import { errorTableMarkdown } from './http/error-docs.ts';
import { problemBody } from './http/problem.ts';

/** A resolver's error as Apollo hands it to the formatter: wrapped in a GraphQLError with a path. */
function asResolverError(error: Error): [{ message: string; path: string[]; extensions: Record<string, unknown> }, GraphQLError] {
  const wrapped = new GraphQLError(error.message, { path: ['field'], originalError: error });
  return [{ message: error.message, path: ['field'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at secret.ts:1'] } }, wrapped];
}

describe('the error table', () => {
  it('maps every code to an HTTP status and a GraphQL code, and the helpers keep the codes clients know', () => {
    for (const code of ERROR_CODES) {
      expect(ERRORS[code].status).toBeGreaterThanOrEqual(400);
      expect(ERRORS[code].graphql).toMatch(/^[A-Z_]+$/);
    }
    expect([unauthenticated(), forbidden(), notFound('Solution'), conflict('Taken.'), rateLimited('Slow down.', 30), new InputError('input.email', 'Bad.')].map((e) => [e.code, e.status])).toEqual([
      ['UNAUTHENTICATED', 401],
      ['FORBIDDEN', 403],
      ['NOT_FOUND', 404],
      ['CONFLICT', 409],
      ['RATE_LIMITED', 429],
      ['BAD_USER_INPUT', 400],
    ]);
  });

  it('is the README’s "Errors" table, row for row', () => {
    const readme = readFileSync(path.resolve(import.meta.dirname, '../../../README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Errors'));
    expect(section).toContain(errorTableMarkdown());
  });
});

describe('refuseControlCharacters', () => {
  it('lets tabs and line breaks through and refuses every other control character, naming the field', () => {
    expect(() => refuseControlCharacters('input.description', 'Line one\n\tLine two\r\n', 'A description')).not.toThrow();
    expect(() => refuseControlCharacters('input.name', 'Zoë 😀 \u202e', 'A name')).not.toThrow();
    for (const bad of ['\u0000', '\u0007', '\u001b[31m', '\u007f', '\u0085']) {
      expect(() => refuseControlCharacters('input.name', `x${bad}y`, 'A name')).toThrow(
        expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.name', message: 'A name cannot contain control characters.' }),
      );
    }
  });
});

describe('GraphQL', () => {
  it('gets the table’s code, the domain code as reason where they differ, and field, problems and retry time', () => {
    expect(graphqlExtensions(new DomainError('EMAIL_NOT_VERIFIED', 'Verify first.'))).toEqual({ code: 'FORBIDDEN', reason: 'EMAIL_NOT_VERIFIED' });
    expect(graphqlExtensions(invalidInput([{ field: 'tiers[1].trialDays', message: 'a' }, { field: 'tiers', message: 'b' }]))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'tiers[1].trialDays',
      problems: [{ field: 'tiers[1].trialDays', message: 'a' }, { field: 'tiers', message: 'b' }],
    });
    expect(graphqlExtensions(rateLimited('Slow down.', 30))).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: 30 });
  });

  it('formats a domain error thrown in a resolver as its code, without a stack trace, and hides our own failures', () => {
    const logged: Record<string, any>[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void logged.push(JSON.parse(line)) });
    const format = createErrorFormatter({ production: true, logger });
    expect(format(...asResolverError(invalidInput([{ field: 'input.name', message: 'Enter a name.' }])))).toEqual({
      message: 'Enter a name.',
      path: ['field'],
      locations: undefined,
      extensions: { code: 'BAD_USER_INPUT', field: 'input.name', problems: [{ field: 'input.name', message: 'Enter a name.' }] },
    });
    expect(logged).toEqual([]);
    const outage = format(...asResolverError(new DomainError('UNAVAILABLE', 'Table down at 10.0.0.1', { cause: new Error('ECONNREFUSED') })));
    expect(outage).toMatchObject({ message: STORE_UNAVAILABLE_MESSAGE, extensions: { code: 'SERVICE_UNAVAILABLE' } });
    expect(JSON.stringify(outage)).not.toContain('10.0.0.1');
    expect(logged[0]).toMatchObject({ level: 40 });
    expect(format(...asResolverError(new TypeError('x is undefined')))).toMatchObject({ message: 'Internal error.', extensions: { code: 'INTERNAL' } });
  });

  it('names the variable (and the place inside it) that variable coercion refused, as the field', async () => {
    const schema = buildSchema(`
      enum Tier { FREE PAID }
      input TierInput { tier: Tier!, allowance: Int! }
      type Query { tiers(input: [TierInput!]!, first: Int, id: ID!): Int }
    `);
    const format = createErrorFormatter({ production: true, logger: pino({ level: 'silent' }) });
    const fieldOf = async (variables: Record<string, unknown>) => {
      const result = await graphql({ schema, source: 'query($input: [TierInput!]!, $first: Int, $id: ID!) { tiers(input: $input, first: $first, id: $id) }', variableValues: variables });
      // Apollo Server gives variable coercion errors the code BAD_USER_INPUT before formatting them.
      return result.errors!.map((error) => format({ message: error.message, extensions: { code: 'BAD_USER_INPUT' } }, error).extensions);
    };
    expect(await fieldOf({ input: [{ tier: 'NOPE', allowance: 1 }], id: 'x' })).toEqual([{ code: 'BAD_USER_INPUT', field: 'input[0].tier' }]);
    expect(await fieldOf({ input: [{ tier: 'FREE', allowance: 1.5 }], first: 1.5, id: 'x' })).toEqual([
      { code: 'BAD_USER_INPUT', field: 'input[0].allowance' },
      { code: 'BAD_USER_INPUT', field: 'first' },
    ]);
    expect(await fieldOf({ input: [] })).toEqual([{ code: 'BAD_USER_INPUT', field: 'id' }]);
    expect(await fieldOf({ input: [], id: null })).toEqual([{ code: 'BAD_USER_INPUT', field: 'id' }]);
    // A long value is not repeated back whole.
    const long = await graphql({ schema, source: 'query($input: [TierInput!]!, $id: ID!) { tiers(input: $input, id: $id) }', variableValues: { input: [{ tier: 'x'.repeat(10_000), allowance: 1 }], id: 'x' } });
    const formattedLong = format({ message: long.errors![0]!.message, extensions: { code: 'BAD_USER_INPUT' } }, long.errors![0]!);
    expect(formattedLong.message.length).toBeLessThanOrEqual(501);
    expect(formattedLong.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input[0].tier' });
    // A value that itself looks like a path does not fool it.
    expect(await fieldOf({ input: [{ tier: 'x" at "evil"; ', allowance: 1 }], id: 'x' })).toEqual([{ code: 'BAD_USER_INPUT', field: 'input[0].tier' }]);
  });
});

describe('HTTP', () => {
  it('gets a problem body with the stable code, the request id and a type on the served error page', () => {
    expect(problemBody(new InputError('cost', 'cost must be a whole number.'), 'req-1')).toEqual({
      type: '/docs/errors#bad_user_input',
      title: 'The input is not valid',
      status: 400,
      detail: 'cost must be a whole number.',
      code: 'BAD_USER_INPUT',
      requestId: 'req-1',
      field: 'cost',
    });
  });
});

describe('checkFields', () => {
  it('returns every checked value, or refuses every field at fault at once; other failures pass through', () => {
    expect(checkFields({ a: () => 1, b: () => 'x' })).toEqual({ a: 1, b: 'x' });
    const refusal = (() => {
      try {
        checkFields({
          a: () => { throw new InputError('input.a', 'Enter an a.'); },
          ok: () => 2,
          b: () => { throw invalidInput([{ field: 'input.b[0]', message: 'A b is short.' }, { field: 'input.b[1]', message: 'A b is long.' }]); },
        });
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(InputError);
    expect((refusal as InputError).field).toBe('input.a');
    expect((refusal as InputError).problems!.map((p) => p.field)).toEqual(['input.a', 'input.b[0]', 'input.b[1]']);
    expect(() => checkFields({ a: () => { throw new Error('disk on fire'); } })).toThrow('disk on fire');
  });
});
