import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isStoreUnavailable } from './dynamo/client.ts';
import { DomainError, ERRORS, STORE_UNAVAILABLE_MESSAGE } from './errors.ts';
import type { Logger } from './logger.ts';

/**
 * A DomainError's GraphQL `extensions`: the table's GraphQL code, and the domain code as `reason` when the two
 * differ (FORBIDDEN with `reason: EMAIL_NOT_VERIFIED`), plus `field`, `problems` and `retryAfterSeconds`.
 */
export function graphqlExtensions(error: DomainError): Record<string, unknown> {
  const code = ERRORS[error.code].graphql;
  return {
    code,
    ...(code !== error.code ? { reason: error.code } : {}),
    ...(error.field !== undefined ? { field: error.field } : {}),
    ...(error.problems !== undefined ? { problems: error.problems } : {}),
    ...(error.retryAfterSeconds !== undefined ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
  };
}

/**
 * The variable (and the place inside it) that graphql-js's variable coercion refused, as `field`:
 * `Variable "$input" got invalid value 1.5 at "input.tiers[0].callAllowance"; …` names `input.tiers[0].callAllowance`,
 * `Variable "$first" got invalid value 1.5; …` and `Variable "$id" of required type "ID!" was not provided.` the variable.
 */
export function variableField(message: string): string | undefined {
  const at = /^Variable "\$[_A-Za-z][_0-9A-Za-z]*" got invalid value .*? at "([^"]+)"; /s.exec(message);
  if (at) return at[1];
  return /^Variable "\$([_A-Za-z][_0-9A-Za-z]*)" (?:got invalid value|of required type|of non-null type)/.exec(message)?.[1];
}

/** graphql-js repeats a refused variable's value whole: a 10 000-character value is not sent back in full. */
const MESSAGE_MAX = 500;
const cut = (message: string) => (message.length > MESSAGE_MAX ? `${message.slice(0, MESSAGE_MAX)}…` : message);

/**
 * One error policy for every GraphQL process: domain errors get their code from the error table; other errors
 * that already carry a code (GraphQL validation, the gateway's refusals) keep it; anything unexpected is logged
 * with its stack and leaves the process as `INTERNAL` with no internals.
 */
export function createErrorFormatter(options: {
  production: boolean;
  logger: Logger;
  /**
   * Who did not answer, for the caller and the log: a subgraph's is its data store (the default); the gateway's are
   * its subgraphs, whose own store outages reach it already worded.
   */
  unavailable?: { message: string; logged: string };
}) {
  const unavailable = options.unavailable ?? { message: STORE_UNAVAILABLE_MESSAGE, logged: 'the data store did not answer' };
  return (formatted: GraphQLFormattedError, raw: unknown): GraphQLFormattedError => {
    const error = unwrapResolverError(raw);
    if (error instanceof DomainError && error.status < 500) {
      return { message: error.message, locations: formatted.locations, path: formatted.path, extensions: graphqlExtensions(error) };
    }
    if (isStoreUnavailable(error) || (error instanceof DomainError && error.code === 'UNAVAILABLE')) {
      options.logger.warn({ err: error, path: formatted.path }, unavailable.logged);
      return {
        message: unavailable.message,
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      };
    }
    const code = formatted.extensions?.code;
    if (!(error instanceof DomainError) && (error instanceof GraphQLError || typeof code === 'string')) {
      if (code === 'UNAUTHORIZED') {
        // type-graphql's name for a signed-in caller without the role.
        return { ...formatted, message: 'You are not allowed to do this.', extensions: { code: 'FORBIDDEN' } };
      }
      if (code && code !== 'INTERNAL_SERVER_ERROR') {
        if (code === 'BAD_USER_INPUT' && formatted.extensions?.['field'] === undefined) {
          const field = variableField(formatted.message);
          if (field) formatted = { ...formatted, message: cut(formatted.message), extensions: { ...formatted.extensions, field } };
        }
        if (!options.production) return formatted;
        const { stacktrace: _omit, ...extensions } = formatted.extensions ?? {};
        return { ...formatted, extensions };
      }
    }
    options.logger.error({ err: error instanceof DomainError && error.cause ? error.cause : error, path: formatted.path }, 'unexpected error in a resolver');
    const extensions = error instanceof DomainError ? graphqlExtensions(error) : { code: 'INTERNAL' };
    return {
      message: options.production ? 'Internal error.' : `Internal error: ${formatted.message}`,
      path: formatted.path,
      locations: formatted.locations,
      extensions,
    };
  };
}

/** The store timed out or refused, where GraphQL itself must answer (e.g. the gateway's context): HTTP 503. */
export const storeUnavailable = () =>
  new GraphQLError(STORE_UNAVAILABLE_MESSAGE, { extensions: { code: ERRORS.UNAVAILABLE.graphql, http: { status: 503 } } });
