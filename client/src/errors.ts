import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client';

interface ErrorLike {
  message: string;
  extensions?: Record<string, unknown> | undefined;
}

/** A request the app gave up on after waiting `timeoutMs` (see `createTimeoutLink`). */
export class RequestTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`No answer within ${timeoutMs / 1000} s.`);
    this.name = 'RequestTimeoutError';
  }
}

export const UNREACHABLE = 'The marketplace is not reachable right now. Try again in a moment.';
export const TIMED_OUT = 'The marketplace took too long to answer. Try again in a moment.';
export const FAILED = 'Something went wrong on our side. Try again in a moment.';
const GENERIC = 'Something went wrong. Please try again.';

/** What people read for an error code whose server message is missing, a bare code, or internals. */
const MESSAGE_FOR_CODE: Record<string, string> = {
  INTERNAL: FAILED,
  INTERNAL_SERVER_ERROR: FAILED,
  UNAUTHENTICATED: 'Your session has ended. Sign in again to continue.',
  FORBIDDEN: 'You are not allowed to do this.',
  NOT_FOUND: 'This was not found. It may have been removed.',
  RATE_LIMITED: 'Too many requests. Wait a moment and try again.',
  PAYLOAD_TOO_LARGE: 'That is more than the marketplace accepts in one request.',
};

/** Codes whose server message is never shown: it may carry internals (a stack, a subgraph's address). */
const HIDDEN_MESSAGE_CODES = new Set(['INTERNAL', 'INTERNAL_SERVER_ERROR']);

/** HTTP statuses a proxy or a restarting gateway answers with while the platform is away. */
const UNAVAILABLE_STATUSES = new Set([502, 503, 504]);

/** The GraphQL errors of a failed operation: from a GraphQL answer, or from the JSON body of a non-2xx HTTP answer. */
export function graphQLErrors(error: unknown): readonly ErrorLike[] {
  if (CombinedGraphQLErrors.is(error)) return error.errors;
  if (ServerError.is(error) && error.bodyText) {
    try {
      const body: unknown = JSON.parse(error.bodyText);
      const errors = (body as { errors?: unknown } | null)?.errors;
      if (Array.isArray(errors)) return errors.filter((each): each is ErrorLike => typeof each?.message === 'string');
    } catch {
      /* not JSON: a proxy's page */
    }
  }
  return [];
}

/** "KEY_REVOKED" → "Key revoked." */
function humanizeCode(code: string): string {
  const words = code.toLowerCase().replace(/_/g, ' ');
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}.`;
}

/** A server's message as a sentence: starts with a capital, ends with punctuation; a bare code becomes words. */
export function asSentence(message: string): string {
  const text = message.trim();
  if (!text) return GENERIC;
  if (/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/.test(text) || /^[A-Z]{4,}$/.test(text)) return MESSAGE_FOR_CODE[text] ?? humanizeCode(text);
  const capitalised = `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
  return /[.!?…)]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

function messageOf(error: ErrorLike): string {
  const code = error.extensions?.['code'];
  if (typeof code === 'string' && HIDDEN_MESSAGE_CODES.has(code)) return MESSAGE_FOR_CODE[code]!;
  if (!error.message.trim() && typeof code === 'string') return MESSAGE_FOR_CODE[code] ?? humanizeCode(code);
  return asSentence(error.message);
}

/**
 * The one place that turns whatever a request failed with into a sentence for people: the server's own message when
 * it sent one (in sentence case, never internals), otherwise what went wrong in words — never a raw code or
 * "Received status code 503".
 */
export function errorMessage(error: unknown): string {
  if (error instanceof RequestTimeoutError) return TIMED_OUT;
  const [first] = graphQLErrors(error);
  if (first) return messageOf(first);
  if (ServerError.is(error) || ServerParseError.is(error)) {
    const status = error.statusCode;
    if (UNAVAILABLE_STATUSES.has(status)) return UNREACHABLE;
    if (status === 429) return MESSAGE_FOR_CODE['RATE_LIMITED']!;
    if (status === 401) return MESSAGE_FOR_CODE['UNAUTHENTICATED']!;
    if (status === 403) return MESSAGE_FOR_CODE['FORBIDDEN']!;
    if (status === 413) return MESSAGE_FOR_CODE['PAYLOAD_TOO_LARGE']!;
    return FAILED;
  }
  if (error instanceof Error && error.message) {
    // fetch's own failures: "Failed to fetch" (Chromium), "NetworkError when attempting…" (Firefox), "Load failed" (Safari).
    if (error.name === 'TypeError' && /fetch|network|load failed/i.test(error.message)) return UNREACHABLE;
    return asSentence(error.message);
  }
  return GENERIC;
}

/** The `extensions.code` of the first GraphQL error, e.g. `UNAUTHENTICATED`. */
export function errorCode(error: unknown): string | undefined {
  const code = graphQLErrors(error)[0]?.extensions?.['code'];
  return typeof code === 'string' ? code : undefined;
}

/** Every problem a refused input named (`extensions.problems` of the first error): field path and sentence. */
export function errorProblems(error: unknown): { field: string; message: string }[] {
  const first = graphQLErrors(error)[0];
  return first ? problemsOf(first) : [];
}

function problemsOf(error: ErrorLike): { field: string; message: string }[] {
  const problems = error.extensions?.['problems'];
  if (!Array.isArray(problems)) return [];
  return problems.filter(
    (p): p is { field: string; message: string } => typeof p === 'object' && p !== null && typeof p.field === 'string' && typeof p.message === 'string',
  ).map((p) => ({ field: p.field, message: asSentence(p.message) }));
}

export interface FormErrors<Field extends string> {
  fields: Partial<Record<Field, string>>;
  /** Errors that name no field of this form. */
  form?: string;
}

/**
 * The form field a server's field path names: its last part without an index — `input.password` → `password`,
 * `input.tags[2]` → `tags`, `tiers[1].monthlyPricePaise` → `monthlyPricePaise`.
 */
export function fieldOfPath(path: string): string {
  return (path.split('.').pop() ?? '').replace(/(\[\d+\])+$/, '');
}

/**
 * The row of a list a server's field path names, and the field within it: `input.tiers[2].monthlyPricePaise` in
 * `tiers` → `{ index: 2, field: 'monthlyPricePaise' }`; undefined for a path outside the list's rows.
 */
export function rowOfPath(path: string, list: string): { index: number; field: string } | undefined {
  const match = new RegExp(`(?:^|\\.)${list}\\[(\\d+)\\]\\.(.+)$`).exec(path);
  return match ? { index: Number(match[1]), field: match[2]! } : undefined;
}

/** What a field shows with one more of the server's messages: side by side, each once. */
export function withMessage(shown: string | undefined, message: string): string {
  return shown === undefined || shown === '' ? message : shown.includes(message) ? shown : `${shown} ${message}`;
}

/**
 * Splits a failed mutation's errors over a form: an error whose `extensions.field` names one of `fields` (see
 * `fieldOfPath`) goes beside that field — several for one field side by side — everything else to the form's alert.
 * `claim` takes the problems a form shows elsewhere (a row of a table) before they are placed.
 */
export function formErrors<Field extends string>(
  error: unknown,
  fields: readonly Field[],
  claim?: (problem: { field: string; message: string }) => boolean,
): FormErrors<Field> {
  const result: FormErrors<Field> = { fields: {} };
  const errors = graphQLErrors(error);
  if (errors.length === 0) return { fields: {}, form: errorMessage(error) };
  const rest: string[] = [];
  const place = (path: unknown, message: string) => {
    if (typeof path === 'string' && claim?.({ field: path, message })) return;
    const name = typeof path === 'string' ? fieldOfPath(path) : undefined;
    const field = fields.find((candidate) => candidate === name);
    if (field) result.fields[field] = withMessage(result.fields[field], message);
    else if (!rest.includes(message)) rest.push(message);
  };
  for (const each of errors) {
    // An input refused for several reasons lists each in `problems`: every field gets its own, in one go.
    const problems = each.extensions?.['code'] === 'BAD_USER_INPUT' ? problemsOf(each) : [];
    if (problems.length > 1) for (const problem of problems) place(problem.field, problem.message);
    else place(each.extensions?.['field'], messageOf(each));
  }
  if (rest.length) result.form = rest.join(' ');
  return result;
}
