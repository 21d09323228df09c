import { currentAccessToken } from '../apollo';
import { refreshSession } from './refresh-session';

/**
 * `fetch` for the gateway's REST routes that act as the signed-in user (invoice PDFs, the payout report): sends the
 * access token as a bearer token, refreshed first when it is about to expire, and on a 401 refreshes once and retries,
 * as the GraphQL link does. A refused refresh clears the session, which sends the user to sign in.
 */
export async function fetchWithSession(url: string, init: RequestInit = {}): Promise<Response> {
  const send = (token: string | undefined) => {
    const headers = new Headers(init.headers);
    if (token) headers.set('authorization', `Bearer ${token}`);
    return fetch(url, { ...init, headers });
  };
  const token = await currentAccessToken(() => {});
  const response = await send(token);
  if (response.status !== 401 || !token) return response;
  const outcome = await refreshSession();
  return outcome.kind === 'refreshed' ? send(outcome.session.accessToken) : response;
}
