import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { expectProblem } from '../support/problem.ts';

/** The web app's refresh token lives in an HttpOnly cookie scoped to /auth, never in the page's JavaScript. */
let platform: TestPlatform;
const email = 'cookie-jar@example.com';
const password = 'cookie-password-123';
beforeAll(async () => {
  platform = await startTestPlatform();
  await platform.signUp(email, password, 'Cookie Jar');
});
afterAll(() => platform?.close());

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken refreshTokenExpiresAt user { id } } }`;

async function browserLogin(query = LOGIN) {
  const res = await fetch(`${platform.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-session-cookie': '1' },
    body: JSON.stringify({ query, variables: { input: { email, password } } }),
  });
  return { res, body: (await res.json()) as { data: { login: { accessToken: string; refreshToken: string } } } };
}

const cookieValue = (setCookie: string | null) => setCookie?.match(/^mp_refresh=([^;]*)/)?.[1] ?? '';

function post(path: 'refresh' | 'logout', cookie?: string, contentType = 'application/json', extra: RequestInit = {}) {
  return fetch(`${platform.url}/auth/${path}`, {
    method: 'POST',
    body: '{}',
    ...extra,
    headers: { 'content-type': contentType, ...(cookie ? { cookie: `theme=dark; mp_refresh=${cookie}` } : {}), ...(extra.headers as Record<string, string>) },
  });
}

async function auth(path: 'refresh' | 'logout', cookie?: string, contentType = 'application/json') {
  const res = await post(path, cookie, contentType);
  return { res, body: (await res.json()) as Record<string, any> };
}

describe('the refresh cookie', () => {
  it('is set HttpOnly, SameSite=Strict and scoped to /auth at a browser sign-in, and kept out of the body', async () => {
    const { res, body } = await browserLogin();
    expect(body.data.login.accessToken).toMatch(/^ey/);
    expect(body.data.login.refreshToken).toBe('');
    const setCookie = res.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^mp_refresh=[^;]{20,};/);
    expect(setCookie).toContain('Path=/auth');
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    // Secure: browsers treat loopback http as secure, so the flag holds locally too (always in production).
    expect(setCookie).toMatch(/; Secure(;|$)/);
  });

  it('is set, with the token\'s expiry, whatever the sign-in selects: no expiry, or no refresh token at all', async () => {
    const noExpiry = await browserLogin(`mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }`);
    expect(noExpiry.body.data.login).toEqual({ accessToken: expect.stringMatching(/^ey/), refreshToken: '' });
    const noToken = await browserLogin(`mutation($input: LoginInput!) { login(input: $input) { accessToken } }`);
    expect(noToken.body.data.login).toEqual({ accessToken: expect.stringMatching(/^ey/) });
    for (const { res } of [noExpiry, noToken]) {
      const setCookie = res.headers.get('set-cookie')!;
      expect(setCookie).toMatch(/^mp_refresh=[^;]{20,}; Path=\/auth; Expires=[^;]+ GMT; HttpOnly; SameSite=Strict/);
      expect((await auth('refresh', cookieValue(setCookie))).res.status).toBe(200);
    }
  });

  it('is not used for API clients, which get the token in the body as documented', async () => {
    const res = await platform.graphql(LOGIN, { input: { email, password } });
    expect(res.data!.login.refreshToken).toMatch(/.{20,}/);
  });

  it('renews the access token at /auth/refresh, rotating the cookie; the spent cookie ends the session', async () => {
    const first = cookieValue((await browserLogin()).res.headers.get('set-cookie'));
    const renewed = await auth('refresh', first);
    expect(renewed.res.status).toBe(200);
    expect(renewed.body.accessToken).toMatch(/^ey/);
    expect(renewed.body).not.toHaveProperty('refreshToken');
    const second = cookieValue(renewed.res.headers.get('set-cookie'));
    expect(second).not.toBe(first);
    expect(second.length).toBeGreaterThan(20);
    const me = await platform.graphql('{ me { email } }', {}, renewed.body.accessToken);
    expect(me.data).toEqual({ me: { email } });

    // A replayed (stolen) cookie is refused and ends the whole family, the current cookie included.
    const replay = await post('refresh', first);
    expect(replay.headers.get('set-cookie')).toMatch(/^mp_refresh=;.*Expires=Thu, 01 Jan 1970/);
    expect(await expectProblem(replay, 401, 'UNAUTHENTICATED', 'cookie.mp_refresh')).toMatchObject({ detail: 'The session has ended: sign in again.' });
    expect((await auth('refresh', second)).res.status).toBe(401);
  });

  it('is required, and must come with a JSON request; each refusal is problem+json naming what to fix', async () => {
    expect(await expectProblem(await post('refresh'), 401, 'UNAUTHENTICATED', 'cookie.mp_refresh')).toMatchObject({ detail: 'No session: sign in again.' });
    await expectProblem(await post('refresh', 'garbage-token'), 401, 'UNAUTHENTICATED', 'cookie.mp_refresh');
    const cookie = cookieValue((await browserLogin()).res.headers.get('set-cookie'));
    await expectProblem(await post('refresh', cookie, 'application/x-www-form-urlencoded'), 415, 'UNSUPPORTED_MEDIA_TYPE', 'content-type');
    const get = await fetch(`${platform.url}/auth/refresh`);
    expect(get.headers.get('allow')).toBe('POST');
    await expectProblem(get, 405, 'METHOD_NOT_ALLOWED');
    // Bad input is never a 500: a broken body, an oversized one, a malformed access token.
    await expectProblem(await post('refresh', cookie, 'application/json', { body: '{"a":' }), 400, 'BAD_REQUEST', 'body');
    await expectProblem(await post('refresh', cookie, 'application/json', { body: JSON.stringify({ pad: 'x'.repeat(2000) }) }), 413, 'PAYLOAD_TOO_LARGE', 'body');
    await expectProblem(await post('refresh', cookie, 'application/json', { headers: { authorization: 'Bearer not-a-token' } }), 401, 'UNAUTHENTICATED', 'authorization');
    // None of those spent the cookie.
    expect((await auth('refresh', cookie)).res.status).toBe(200);
  });

  it('is cleared at /auth/logout, which ends the session', async () => {
    const cookie = cookieValue((await browserLogin()).res.headers.get('set-cookie'));
    const out = await auth('logout', cookie);
    expect(out.res.status).toBe(200);
    expect(out.res.headers.get('set-cookie')).toMatch(/^mp_refresh=;/);
    expect((await auth('refresh', cookie)).res.status).toBe(401);
    expect(codes(await platform.graphql('mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }', { t: cookie }))).toEqual(['UNAUTHENTICATED']);
  });
});
