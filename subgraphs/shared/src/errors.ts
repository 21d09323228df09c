/**
 * The platform's one error model. Services throw a DomainError with a machine code; each transport maps the
 * code through ERRORS: GraphQL to `extensions.code` (graphql-errors.ts), HTTP to a status and a problem+json
 * body (http/problem.ts). The README's "Errors" table and the served `/docs/errors` page are this table.
 */
export const ERRORS = {
  BAD_USER_INPUT: {
    status: 400,
    graphql: 'BAD_USER_INPUT',
    title: 'The input is not valid',
    meaning: 'An input the caller must fix. `field` names it (e.g. `client.ip`, `input.email`); `problems` lists every one when there are several.',
  },
  BAD_REQUEST: {
    status: 400,
    graphql: 'BAD_REQUEST',
    title: 'The body is not valid JSON',
    meaning: 'The request body could not be read or parsed as JSON (`field` is `body`), or (GraphQL) names no operation that can run: several and no or an unknown `operationName` (`field: operationName`), a subscription, a persisted query\'s hash that does not match.',
  },
  QUERY_TOO_DEEP: {
    status: 400,
    graphql: 'QUERY_TOO_DEEP',
    title: 'The query is nested too deeply',
    meaning: 'A GraphQL query deeper than `MAX_QUERY_DEPTH`; refused by the gateway before planning.',
  },
  QUERY_TOO_COSTLY: {
    status: 400,
    graphql: 'QUERY_TOO_COSTLY',
    title: 'The query asks for too much',
    meaning: 'A GraphQL query costlier than `MAX_QUERY_COST`; refused by the gateway before planning.',
  },
  GRAPHQL_PARSE_FAILED: {
    status: 400,
    graphql: 'GRAPHQL_PARSE_FAILED',
    title: 'The query is not valid GraphQL',
    meaning: 'The GraphQL document does not parse.',
  },
  GRAPHQL_VALIDATION_FAILED: {
    status: 400,
    graphql: 'GRAPHQL_VALIDATION_FAILED',
    title: 'The query does not fit the schema',
    meaning: 'The GraphQL document asks for fields or arguments the schema does not have, or variables of the wrong type.',
  },
  UNAUTHENTICATED: {
    status: 401,
    graphql: 'UNAUTHENTICATED',
    title: 'Authentication is required',
    meaning: 'Sign in (GraphQL), or send a valid solution secret as `Authorization: Bearer <secret>` (quota API); also a wrong password or an ended session.',
  },
  FORBIDDEN: {
    status: 403,
    graphql: 'FORBIDDEN',
    title: 'Not allowed',
    meaning: 'Signed in, but without the role or ownership this needs.',
  },
  EMAIL_NOT_VERIFIED: {
    status: 403,
    graphql: 'FORBIDDEN',
    title: 'The email address is not verified',
    meaning: 'Sign-in refused until the email address is verified; GraphQL adds `reason: EMAIL_NOT_VERIFIED`.',
  },
  ACCOUNT_SUSPENDED: {
    status: 403,
    graphql: 'FORBIDDEN',
    title: 'The account is suspended',
    meaning: 'An admin suspended the account; GraphQL adds `reason: ACCOUNT_SUSPENDED`.',
  },
  NOT_FOUND: {
    status: 404,
    graphql: 'NOT_FOUND',
    title: 'Not found',
    meaning: 'No such thing (or route), or not one the caller may see.',
  },
  METHOD_NOT_ALLOWED: {
    status: 405,
    graphql: 'BAD_REQUEST',
    title: 'Method not allowed',
    meaning: 'The route exists but not for this HTTP method; `Allow` names the one it takes.',
  },
  CONFLICT: {
    status: 409,
    graphql: 'CONFLICT',
    title: 'Conflict with the current state',
    meaning: 'The change conflicts with what is stored (a taken slug or email, a state that no longer allows it); `field` names the input when there is one.',
  },
  PAYLOAD_TOO_LARGE: {
    status: 413,
    graphql: 'PAYLOAD_TOO_LARGE',
    title: 'The request body is too large',
    meaning: 'The body is over the limit (`MAX_BODY_BYTES` on the gateway, 16 KiB on the quota API); `field` is `body`.',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    graphql: 'BAD_REQUEST',
    title: 'The body must be JSON',
    meaning: 'Send `Content-Type: application/json` (`field` is `content-type`), uncompressed where a route reads the bytes as sent (`field` is `content-encoding`).',
  },
  RATE_LIMITED: {
    status: 429,
    graphql: 'RATE_LIMITED',
    title: 'Too many attempts',
    meaning: 'Too many attempts (e.g. sign-ins); `retryAfterSeconds` (and `Retry-After` over HTTP) says when to retry.',
  },
  INTERNAL: {
    status: 500,
    graphql: 'INTERNAL',
    title: 'Internal error',
    meaning: 'A bug on our side; logged with its `requestId`, no internals in the answer.',
  },
  UNAVAILABLE: {
    status: 503,
    graphql: 'SERVICE_UNAVAILABLE',
    title: 'Temporarily unavailable',
    meaning: 'The data store, or a part of the platform behind the gateway, did not answer in time (about a second); retry shortly (`Retry-After` over HTTP). The quota API answers this instead of deciding.',
  },
} as const satisfies Record<string, { status: number; graphql: string; title: string; meaning: string }>;

export type ErrorCode = keyof typeof ERRORS;
export const ERROR_CODES = Object.keys(ERRORS) as ErrorCode[];

/** One thing wrong with an input: the path of the field at fault (`tiers[2].monthlyPricePaise`) and a sentence. */
export interface FieldProblem {
  field: string;
  message: string;
}

export interface ErrorDetails {
  /** The input path at fault, e.g. `input.email` or `client.ip`. */
  field?: string;
  /** Every problem when there are several (the first is `field` and the message). */
  problems?: readonly FieldProblem[];
  /** When retrying can succeed. */
  retryAfterSeconds?: number;
  /** The unexpected error behind an INTERNAL or UNAVAILABLE: logged, never sent. */
  cause?: unknown;
}

/** A transport-neutral error with a machine code; services throw these, transports map them through ERRORS. */
export class DomainError extends Error {
  readonly field?: string;
  readonly problems?: readonly FieldProblem[];
  readonly retryAfterSeconds?: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    details: ErrorDetails = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'DomainError';
    if (details.field !== undefined) this.field = details.field;
    if (details.problems !== undefined) this.problems = details.problems;
    if (details.retryAfterSeconds !== undefined) this.retryAfterSeconds = details.retryAfterSeconds;
  }

  get status(): number {
    return ERRORS[this.code].status;
  }
}

/** BAD_USER_INPUT naming `field` (the argument path at fault, e.g. `input.email`). */
export class InputError extends DomainError {
  constructor(field: string, message: string, problems?: readonly FieldProblem[]) {
    super('BAD_USER_INPUT', message, problems ? { field, problems } : { field });
    this.name = 'InputError';
  }
}

/** BAD_USER_INPUT for several problems at once: the message and `field` are the first, `problems` all of them. */
export function invalidInput(problems: readonly FieldProblem[], intro = ''): InputError {
  const first = problems[0]!;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
  return new InputError(first.field, `${intro}${first.message}${more}`, problems);
}

// C0 and C1 control characters other than tab and line breaks: invisible on a page, and a NUL or an ESC in an
// email, a PDF, a CSV cell or a log line is trouble.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** Throws an InputError on `field` ("A name cannot contain control characters.") when `text` holds any but tab and line breaks. */
export function refuseControlCharacters(field: string, text: string, what: string): void {
  if (CONTROL_CHARACTERS.test(text)) throw new InputError(field, `${what} cannot contain control characters.`);
}

/**
 * Runs every field's check (each throws an InputError naming its field, in words people read) and refuses them all at once (`problems` lists each), so a form marks every field at
 * fault in one answer instead of one per attempt. Returns the normalised values.
 */
export function checkFields<T extends Record<string, () => unknown>>(checks: T): { [K in keyof T]: ReturnType<T[K]> } {
  const problems: FieldProblem[] = [];
  const values: Record<string, unknown> = {};
  for (const [key, check] of Object.entries(checks)) {
    try {
      values[key] = check();
    } catch (error) {
      if (!(error instanceof InputError) || error.field === undefined) throw error;
      problems.push(...(error.problems ?? [{ field: error.field, message: error.message }]));
    }
  }
  if (problems.length) throw invalidInput(problems);
  return values as { [K in keyof T]: ReturnType<T[K]> };
}


export const unauthenticated = (message = 'Sign in to do this.') => new DomainError('UNAUTHENTICATED', message);
export const forbidden = (message = 'You are not allowed to do this.') => new DomainError('FORBIDDEN', message);
/** NOT_FOUND ("Invoice was not found."); `field` names the id argument of the thing acted on when there is one. */
export const notFound = (what: string, field?: string) => new DomainError('NOT_FOUND', `${what} was not found.`, field ? { field } : {});
/** A conflict with existing state; `field` names the input at fault when there is one. */
export const conflict = (message: string, field?: string) => new DomainError('CONFLICT', message, field ? { field } : {});
export const rateLimited = (message: string, retryAfterSeconds: number) => new DomainError('RATE_LIMITED', message, { retryAfterSeconds });

/** What a caller hears when the data store did not answer in time (see `isStoreUnavailable`). */
export const STORE_UNAVAILABLE_MESSAGE = 'The data store did not answer in time; retry shortly.';
