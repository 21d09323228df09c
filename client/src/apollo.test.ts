// @vitest-environment jsdom
import { ApolloClient, ApolloLink, InMemoryCache, ServerError } from '@apollo/client';
import { parse } from 'graphql';
import { firstValueFrom, of, throwError } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAuthLink } from './apollo';
import { readSession, writeSession, type StoredSession } from './auth/session-store';

const QUERY = parse('query Me { me { id } }');
const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
const session = (accessToken: string, expiresInMinutes: number): StoredSession => ({
  accessToken,
  accessTokenExpiresAt: inMinutes(expiresInMinutes),
});

/** The gateway: answers with `answer(authorization)`; records every authorization header it saw. */
function fakeServer(answer: (authorization: string | undefined) => ApolloLink.Result) {
  const seen: Array<string | undefined> = [];
  const link = new ApolloLink((operation) => {
    const authorization = (operation.getContext()['headers'] as Record<string, string> | undefined)?.['authorization'];
    seen.push(authorization);
    return of(answer(authorization));
  });
  return { link, seen };
}

/** The gateway's POST /auth/refresh (the HttpOnly cookie travels by itself): succeeds with `next` or is refused. */
function mockRefresh(next: StoredSession | 'refused') {
  const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) =>
    next === 'refused'
      ? new Response(JSON.stringify({ type: '/docs/errors#unauthenticated', title: 'Authentication is required', status: 401, detail: 'No session: sign in again.', code: 'UNAUTHENTICATED', requestId: 'r1', field: 'cookie.mp_refresh' }), { status: 401, headers: { 'content-type': 'application/problem+json' } })
      : Response.json({ ...next, refreshTokenExpiresAt: inMinutes(60 * 24) }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function run(link: ApolloLink) {
  const client = new ApolloClient({ link, cache: new InMemoryCache() });
  return firstValueFrom(ApolloLink.execute(link, { query: QUERY }, { client }));
}

const ok: ApolloLink.Result = { data: { me: { id: 'usr_1' } } };
const unauthenticated: ApolloLink.Result = {
  errors: [{ message: 'Sign in.', extensions: { code: 'UNAUTHENTICATED' } }],
};

beforeEach(() => localStorage.clear());
afterEach(() => vi.unstubAllGlobals());

describe('auth link', () => {
  it('sends no Authorization header when signed out', async () => {
    const server = fakeServer(() => ok);
    await run(ApolloLink.from([createAuthLink({ onSessionExpired: vi.fn() }), server.link]));
    expect(server.seen).toEqual([undefined]);
  });

  it('sends the stored access token', async () => {
    writeSession(session('tok-1', 10));
    const server = fakeServer(() => ok);
    await run(ApolloLink.from([createAuthLink({ onSessionExpired: vi.fn() }), server.link]));
    expect(server.seen).toEqual(['Bearer tok-1']);
  });

  it('refreshes first when the token is about to expire', async () => {
    writeSession(session('tok-1', 0.5));
    const fetchMock = mockRefresh(session('tok-2', 15));
    const server = fakeServer(() => ok);
    await run(ApolloLink.from([createAuthLink({ onSessionExpired: vi.fn() }), server.link]));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0]![0]).toBe('/auth/refresh');
    expect(fetchMock.mock.calls[0]![1]).toMatchObject({ method: 'POST' });
    expect(server.seen).toEqual(['Bearer tok-2']);
    expect(Object.keys(readSession()!).sort()).toEqual(['accessToken', 'accessTokenExpiresAt']);
    expect(readSession()?.accessToken).toBe('tok-2');
    expect(JSON.stringify(localStorage)).not.toMatch(/refresh/i);
  });

  it('on UNAUTHENTICATED refreshes once and retries the operation', async () => {
    writeSession(session('tok-1', 10));
    mockRefresh(session('tok-2', 15));
    const server = fakeServer((authorization) => (authorization === 'Bearer tok-2' ? ok : unauthenticated));
    const result = await run(ApolloLink.from([createAuthLink({ onSessionExpired: vi.fn() }), server.link]));
    expect(server.seen).toEqual(['Bearer tok-1', 'Bearer tok-2']);
    expect(result).toEqual(ok);
  });

  it('clears the session and reports it when the refresh is refused', async () => {
    writeSession(session('tok-1', 10));
    mockRefresh('refused');
    const onSessionExpired = vi.fn();
    const server = fakeServer(() => unauthenticated);
    const result = await run(ApolloLink.from([createAuthLink({ onSessionExpired }), server.link]));
    expect(server.seen).toEqual(['Bearer tok-1']);
    expect(result).toEqual(unauthenticated);
    expect(onSessionExpired).toHaveBeenCalledTimes(1);
    expect(readSession()).toBeNull();
  });
  it('refreshes at most once per operation', async () => {
    writeSession(session('tok-1', 10));
    const fetchMock = mockRefresh(session('tok-2', 15));
    const server = fakeServer(() => unauthenticated);
    const result = await run(ApolloLink.from([createAuthLink({ onSessionExpired: vi.fn() }), server.link]));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(server.seen).toEqual(['Bearer tok-1', 'Bearer tok-2']);
    expect(result).toEqual(unauthenticated);
  });

  it('also refreshes and retries on a bare HTTP 401', async () => {
    writeSession(session('tok-1', 10));
    mockRefresh(session('tok-2', 15));
    const seen: Array<string | undefined> = [];
    const server = new ApolloLink((operation) => {
      const authorization = (operation.getContext()['headers'] as Record<string, string>)['authorization'];
      seen.push(authorization);
      if (authorization === 'Bearer tok-2') return of(ok);
      return throwError(
        () => new ServerError('Unauthorized', { response: new Response('', { status: 401 }), bodyText: '' }),
      );
    });
    const result = await run(ApolloLink.from([createAuthLink({ onSessionExpired: vi.fn() }), server]));
    expect(seen).toEqual(['Bearer tok-1', 'Bearer tok-2']);
    expect(result).toEqual(ok);
  });
});
