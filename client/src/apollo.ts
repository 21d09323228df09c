import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, ServerError } from '@apollo/client';
import { catchError, from, Observable, of, switchMap, throwError } from 'rxjs';
import { refreshSession } from './auth/refresh-session';
import { msUntilExpiry, readSession } from './auth/session-store';
import { RequestTimeoutError } from './errors';

/** Refresh this long before the access token expires, so a request never leaves with a token about to lapse. */
export const REFRESH_MARGIN_MS = 60_000;

/** An operation with no answer after this long fails with a {@link RequestTimeoutError}; the page shows its error state. */
export const REQUEST_TIMEOUT_MS = 15_000;

export interface ApolloOptions {
  /** Called when the session ended and could not be renewed (the refresh token was refused). */
  onSessionExpired: () => void;
}

/** The access token to send now: the stored one, refreshed first when it is about to expire. */
export async function currentAccessToken(onSessionExpired: () => void): Promise<string | undefined> {
  const session = readSession();
  if (!session) return undefined;
  if (msUntilExpiry(session) > REFRESH_MARGIN_MS) return session.accessToken;
  const outcome = await refreshSession();
  if (outcome.kind === 'refreshed') return outcome.session.accessToken;
  if (outcome.kind === 'refused') {
    onSessionExpired();
    return undefined;
  }
  return session.accessToken; // unreachable: try with what we have, the request will report the network error
}

function isUnauthenticated(result: ApolloLink.Result): boolean {
  return (result.errors ?? []).some((error) => error.extensions?.['code'] === 'UNAUTHENTICATED');
}

/**
 * Sends `Authorization: Bearer <accessToken>` and keeps the session alive: refreshes shortly before expiry, and on an
 * UNAUTHENTICATED answer refreshes once and retries the operation. When the refresh is refused the session is
 * cleared and `onSessionExpired` runs.
 */
export function createAuthLink({ onSessionExpired }: ApolloOptions): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const attempt = (token: string | undefined) => {
      operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => {
        const { authorization: _dropped, ...rest } = headers;
        return { headers: token ? { ...rest, authorization: `Bearer ${token}` } : rest };
      });
      return forward(operation);
    };
    /** Refreshes once, then retries; `fallback` is what the caller sees when the refresh does not succeed. */
    let retried = false;
    const refreshAndRetry = (fallback: () => Observable<ApolloLink.Result>): Observable<ApolloLink.Result> => {
      if (retried) return fallback();
      retried = true;
      return from(refreshSession()).pipe(
        switchMap((outcome) => {
          if (outcome.kind === 'refreshed') return attempt(outcome.session.accessToken);
          if (outcome.kind === 'refused') onSessionExpired();
          return fallback();
        }),
      );
    };
    return from(currentAccessToken(onSessionExpired)).pipe(
      switchMap((token) =>
        attempt(token).pipe(
          // The gateway answers a bad token with HTTP 401: a GraphQL body (a result) or, from a proxy, a bare error.
          catchError((error: unknown) =>
            token && ServerError.is(error) && error.statusCode === 401
              ? refreshAndRetry(() => throwError(() => error))
              : throwError(() => error),
          ),
          switchMap((result) => (token && isUnauthenticated(result) ? refreshAndRetry(() => of(result)) : of(result))),
        ),
      ),
    );
  });
}

/**
 * Gives up on an operation after `timeoutMs`, whole (a token refresh and a retry included): fails it with a
 * {@link RequestTimeoutError} and unsubscribes, which aborts the HttpLink's fetch. Without it a gateway that accepts
 * the connection but never answers leaves the page loading forever.
 */
export function createTimeoutLink(timeoutMs = REQUEST_TIMEOUT_MS): ApolloLink {
  return new ApolloLink(
    (operation, forward) =>
      new Observable<ApolloLink.Result>((observer) => {
        const subscription = forward(operation).subscribe(observer);
        const timer = setTimeout(() => {
          observer.error(new RequestTimeoutError(timeoutMs));
          subscription.unsubscribe();
        }, timeoutMs);
        return () => {
          clearTimeout(timer);
          subscription.unsubscribe();
        };
      }),
  );
}

/**
 * The app's one Apollo client: same-origin `/graphql` behind the auth link. `X-Session-Cookie: 1` asks the gateway to
 * keep a sign-in's refresh token in its HttpOnly cookie instead of the answer.
 */
export function createApolloClient(options: ApolloOptions): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([
      createTimeoutLink(),
      createAuthLink(options),
      new HttpLink({ uri: '/graphql', headers: { 'X-Session-Cookie': '1' } }),
    ]),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            // The catalog pages with a cursor: "Load more" appends to the list of the same filters.
            solutions: {
              keyArgs: ['search', 'category', 'tag'],
              merge(existing: { nodes: unknown[] } | undefined, incoming: { nodes: unknown[] }, { args }) {
                if (!args?.['after'] || !existing) return incoming;
                return { ...incoming, nodes: [...existing.nodes, ...incoming.nodes] };
              },
            },
          },
        },
      },
    }),
  });
}
