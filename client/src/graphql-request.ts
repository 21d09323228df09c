/** One GraphQL error as the gateway formats it: `extensions.field` names the input a `BAD_USER_INPUT` is about. */
export interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string; field?: string };
}

export type GraphQLResult<TData> = { ok: true; data: TData } | { ok: false; error: GraphQLErrorBody };

/**
 * Posts one operation to the same-origin `/graphql` and returns its data or its first error.
 * Never throws: a network failure or a non-GraphQL answer becomes an error result the page can show.
 * Variables are sent only in the body, never logged.
 */
export async function postGraphQL<TData>(query: string, variables: Record<string, unknown>): Promise<GraphQLResult<TData>> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    return failure('Could not reach the server. Check your connection and try again.');
  }

  // Validation and input errors arrive with a 4xx status but a normal GraphQL body, so read the body first.
  let body: { data?: TData | null; errors?: GraphQLErrorBody[] };
  try {
    body = await response.json();
  } catch {
    return failure(`The server answered with HTTP ${response.status}. Please try again later.`);
  }
  const [error] = body.errors ?? [];
  if (error) return { ok: false, error };
  if (body.data == null) return failure('The server sent an empty answer. Please try again later.');
  return { ok: true, data: body.data };
}

function failure(message: string): { ok: false; error: GraphQLErrorBody } {
  return { ok: false, error: { message } };
}
