import { GraphQLError } from 'graphql';

/** The codes every GraphQL error of the platform carries in `extensions.code`. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  /** The data store did not answer in time; the same request may succeed shortly. */
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL';

function error(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

export const unauthenticated = (message = 'Sign in to do this.') => error('UNAUTHENTICATED', message);
export const forbidden = (message = 'You are not allowed to do this.') => error('FORBIDDEN', message);
export const notFound = (what: string) => error('NOT_FOUND', `${what} was not found.`);
/** A conflict with existing state; `field` names the input at fault when there is one. */
export const conflict = (message: string, field?: string) =>
  error('CONFLICT', message, field ? { field } : {});
/** Input the caller must fix: `field` is the argument path at fault, e.g. `input.email`. */
export const badInput = (field: string, message: string) => error('BAD_USER_INPUT', message, { field });
export const rateLimited = (message: string, retryAfterSeconds: number) =>
  error('RATE_LIMITED', message, { retryAfterSeconds });
export const STORE_UNAVAILABLE_MESSAGE = 'The data store did not answer in time; retry shortly.';
/** The store timed out or refused (see isStoreUnavailable); HTTP 503 where the transport decides the status. */
export const storeUnavailable = () => error('SERVICE_UNAVAILABLE', STORE_UNAVAILABLE_MESSAGE, { http: { status: 503 } });

/** Thrown by services for an input problem; resolvers and the error formatter turn it into BAD_USER_INPUT. */
export class InputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}
