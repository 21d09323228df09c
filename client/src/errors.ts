import { CombinedGraphQLErrors } from '@apollo/client';

interface ErrorLike {
  message: string;
  extensions?: Record<string, unknown> | undefined;
}

/** The GraphQL errors inside whatever a query or mutation failed with (none for a network failure). */
function graphQLErrors(error: unknown): readonly ErrorLike[] {
  return CombinedGraphQLErrors.is(error) ? error.errors : [];
}

/** A message for people: the server's own message when it sent one. */
export function errorMessage(error: unknown): string {
  const [first] = graphQLErrors(error);
  if (first) return first.message;
  if (error instanceof Error && error.message) {
    return /fetch|network/i.test(error.message) ? 'Could not reach the server. Check your connection and try again.' : error.message;
  }
  return 'Something went wrong. Please try again.';
}

/** The `extensions.code` of the first GraphQL error, e.g. `UNAUTHENTICATED`. */
export function errorCode(error: unknown): string | undefined {
  const code = graphQLErrors(error)[0]?.extensions?.['code'];
  return typeof code === 'string' ? code : undefined;
}

export interface FormErrors<Field extends string> {
  fields: Partial<Record<Field, string>>;
  /** Errors that name no field of this form. */
  form?: string;
}

/**
 * Splits a failed mutation's errors over a form: an error whose `extensions.field` ends in one of `fields`
 * (`input.password` → `password`) goes to that field, everything else to the form's alert.
 */
export function formErrors<Field extends string>(error: unknown, fields: readonly Field[]): FormErrors<Field> {
  const result: FormErrors<Field> = { fields: {} };
  const errors = graphQLErrors(error);
  if (errors.length === 0) return { fields: {}, form: errorMessage(error) };
  const rest: string[] = [];
  for (const each of errors) {
    const path = each.extensions?.['field'];
    const name = typeof path === 'string' ? path.split('.').pop() : undefined;
    const field = fields.find((candidate) => candidate === name);
    if (field && !result.fields[field]) result.fields[field] = each.message;
    else rest.push(each.message);
  }
  if (rest.length) result.form = rest.join(' ');
  return result;
}
