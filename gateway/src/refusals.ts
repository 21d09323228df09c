import { DomainError, ERRORS } from '@marketplace/shared';

/** GraphQL's body for a request refused before it runs: `errors`, the refusal's message and its GraphQL code. */
export interface GraphQLRefusalBody {
  errors: { message: string; extensions: { code: string } }[];
}

/** The answer GraphQL clients read for `refusal` (a body past the limit, malformed JSON, a query too deep, a failure). */
export function graphqlRefusal(refusal: DomainError): GraphQLRefusalBody {
  return { errors: [{ message: refusal.message, extensions: { code: ERRORS[refusal.code].graphql } }] };
}

/** A request body longer than the gateway takes (`limit` bytes), on every route. */
export function bodyTooLarge(limit: number): DomainError {
  return new DomainError('PAYLOAD_TOO_LARGE', `The request body is larger than ${limit} bytes.`);
}

/** A request body that does not parse as a JSON object or array. */
export function malformedBody(): DomainError {
  return new DomainError('BAD_REQUEST', 'The request body is not valid JSON.');
}
