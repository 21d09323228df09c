import { createGraphiQLFetcher, type Fetcher } from '@graphiql/toolkit';

/** Same-origin endpoint: the gateway serves both the Explorer and the API. */
const graphqlFetcher = createGraphiQLFetcher({ url: '/graphql' });

/**
 * A GraphiQL fetcher that posts to `/graphql` and, when a token is given, sends
 * `Authorization: Bearer <token>` on every request. The token bar wins over an
 * Authorization header typed into GraphiQL's headers editor, so what the bar shows is what is sent.
 */
export function createExplorerFetcher(token: string | undefined): Fetcher {
  if (!token) return graphqlFetcher;
  return (params, opts) =>
    graphqlFetcher(params, { ...opts, headers: withBearer(opts?.headers, token) });
}

function withBearer(headers: Record<string, unknown> | undefined, token: string): Record<string, unknown> {
  // Header names are case-insensitive: drop any editor-supplied variant so fetch doesn't join two values.
  const rest = Object.fromEntries(
    Object.entries(headers ?? {}).filter(([name]) => name.toLowerCase() !== 'authorization'),
  );
  return { ...rest, Authorization: `Bearer ${token}` };
}
