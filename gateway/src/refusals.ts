import { type DomainError, ERRORS } from '@marketplace/shared';

/** GraphQL's body for a request refused before it runs: `errors`, the refusal's message and its GraphQL code. */
export interface GraphQLRefusalBody {
  errors: { message: string; extensions: { code: string } }[];
}

/** The answer GraphQL clients read for `refusal` (a body past the limit, malformed JSON, a query too deep, a failure). */
export function graphqlRefusal(refusal: DomainError): GraphQLRefusalBody {
  return { errors: [{ message: refusal.message, extensions: { code: ERRORS[refusal.code].graphql } }] };
}
