import { DAY, MINUTE, SECOND } from '@marketplace/shared';
import { decodeJwt, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAccessToken } from '../public/access-token.ts';
import { createSessionChecker, type SessionChecker } from '../public/session-status.ts';
import { codes, DEFAULT_PASSWORD, type IdentityHarness, LOGIN, REFRESH, startIdentityHarness } from '../testing/identity-harness.ts';

let h: IdentityHarness;
let sessions: SessionChecker;
beforeAll(async () => {
  h = await startIdentityHarness('ses');
  sessions = createSessionChecker(h.deps, { cacheMs: 0 });
});
afterAll(() => h?.close());

const LOGOUT = `mutation($token: String) { logout(refreshToken: $token) }`;

describe('sign-in', () => {
  it('issues a 15-minute EdDSA access token and a 30-day refresh token for the session', async () => {
    const { userId } = await h.signUp('linus@example.com');
    const res = await h.run(LOGIN, { input: { email: 'Linus@Example.com ', password: DEFAULT_PASSWORD } });
    expect(res.errors).toBeUndefined();
    const login = res.data!.login;
    const now = h.clock.now().getTime();
    expect(login.accessTokenExpiresAt).toBe(new Date(now + 15 * MINUTE).toISOString());
    expect(login.refreshTokenExpiresAt).toBe(new Date(now + 30 * DAY).toISOString());
    expect(login.user).toEqual({ id: userId, email: 'linus@example.com', roles: ['CUSTOMER'], status: 'ACTIVE', emailVerified: true });

    const claims = decodeJwt(login.accessToken);
    expect(claims).toMatchObject({ iss: 'marketplace-identity', aud: 'marketplace', sub: userId, roles: ['customer'], iat: now / 1000 });
    expect(claims.exp).toBe(now / 1000 + 15 * 60);
    expect(claims.sid).toMatch(/^ses_/);
    expect(await verifyAccessToken(h.deps.jwtPublicKey, login.accessToken, h.clock.now())).toEqual({
      userId,
      roles: ['customer'],
      sessionId: claims.sid,
    });
    expect(await sessions.isActive(claims.sid as string, userId)).toBe(true);
  });

  it('lets the signed-in caller see themself through `me`; anonymous callers get null', async () => {
    const session = await h.signIn('linus@example.com', DEFAULT_PASSWORD);
    const me = await h.run(`{ me { id email name } }`, {}, session.caller);
    expect(me.data!.me).toEqual({ id: session.userId, email: 'linus@example.com', name: 'Test User' });
    expect((await h.run(`{ me { id } }`)).data).toEqual({ me: null });
  });

  it('expires the access token after 15 minutes of the clock', async () => {
    const session = await h.signIn('linus@example.com', DEFAULT_PASSWORD);
    h.clock.advance(15 * MINUTE - SECOND);
    expect(await verifyAccessToken(h.deps.jwtPublicKey, session.accessToken, h.clock.now())).not.toBeNull();
    h.clock.advance(SECOND);
    expect(await verifyAccessToken(h.deps.jwtPublicKey, session.accessToken, h.clock.now())).toBeNull();
  });

  it('rejects access tokens that are forged, tampered with or meant for someone else', async () => {
    const session = await h.signIn('linus@example.com', DEFAULT_PASSWORD);
    const now = h.clock.now();
    const [head, body, signature] = session.accessToken.split('.');
    const elevated = Buffer.from(JSON.stringify({ ...decodeJwt(session.accessToken), roles: ['customer', 'admin'] })).toString('base64url');
    expect(await verifyAccessToken(h.deps.jwtPublicKey, `${head}.${elevated}.${signature}`, now)).toBeNull();
    expect(await verifyAccessToken(h.deps.jwtPublicKey, `${head}.${body}.${signature!.slice(0, -4)}AAAA`, now)).toBeNull();
    expect(await verifyAccessToken(h.deps.jwtPublicKey, 'not.a.token', now)).toBeNull();

    const stranger = await generateKeyPair('EdDSA');
    const forged = await new SignJWT({ roles: ['admin'], sid: 'ses_x' })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setIssuer('marketplace-identity')
      .setAudience('marketplace')
      .setSubject(session.userId)
      .setIssuedAt(Math.floor(now.getTime() / 1000))
      .setExpirationTime(Math.floor(now.getTime() / 1000) + 60)
      .sign(stranger.privateKey);
    expect(await verifyAccessToken(h.deps.jwtPublicKey, forged, now)).toBeNull();
  });
});

describe('refresh-token rotation', () => {
  it('spends the token and issues a successor in the same session', async () => {
    const session = await h.signIn('linus@example.com', DEFAULT_PASSWORD);
    h.clock.advance(MINUTE);
    const res = await h.run(REFRESH, { token: session.refreshToken });
    expect(res.errors).toBeUndefined();
    const next = res.data!.refreshSession;
    expect(next.refreshToken).not.toBe(session.refreshToken);
    expect(next.user.id).toBe(session.userId);
    expect(next.accessTokenExpiresAt).toBe(new Date(h.clock.now().getTime() + 15 * MINUTE).toISOString());
    const claims = await verifyAccessToken(h.deps.jwtPublicKey, next.accessToken, h.clock.now());
    expect(claims?.sessionId).toBe(session.caller.sessionId);

    const again = await h.run(REFRESH, { token: next.refreshToken });
    expect(again.errors).toBeUndefined();
  });

  it('treats a spent token presented again as theft: the whole session ends, newest token included', async () => {
    const session = await h.signIn('linus@example.com', DEFAULT_PASSWORD);
    const second = (await h.run(REFRESH, { token: session.refreshToken })).data!.refreshSession.refreshToken as string;
    const third = (await h.run(REFRESH, { token: second })).data!.refreshSession.refreshToken as string;

    const replay = await h.run(REFRESH, { token: session.refreshToken });
    expect(codes(replay)).toEqual(['UNAUTHENTICATED']);
    const newest = await h.run(REFRESH, { token: third });
    expect(codes(newest)).toEqual(['UNAUTHENTICATED']);
    expect(await sessions.isActive(session.caller.sessionId!, session.userId)).toBe(false);

    // Other sessions of the same user are untouched.
    const other = await h.signIn('linus@example.com', DEFAULT_PASSWORD);
    expect((await h.run(REFRESH, { token: other.refreshToken })).errors).toBeUndefined();
  });

  it('lets only one of two concurrent refreshes with one token win, and ends the session', async () => {
    const session = await h.signIn('linus@example.com', DEFAULT_PASSWORD);
    const results = await Promise.all([1, 2].map(() => h.run(REFRESH, { token: session.refreshToken })));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.flatMap(codes)).toEqual(['UNAUTHENTICATED']);
    expect(await sessions.isActive(session.caller.sessionId!, session.userId)).toBe(false);
  });

  it('refuses unknown and expired refresh tokens', async () => {
    expect(codes(await h.run(REFRESH, { token: 'x'.repeat(43) }))).toEqual(['UNAUTHENTICATED']);
    const session = await h.signIn('linus@example.com', DEFAULT_PASSWORD);
    h.clock.advance(30 * DAY);
    expect(codes(await h.run(REFRESH, { token: session.refreshToken }))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('sign-out', () => {
  it("ends the caller's current session only", async () => {
    const one = await h.signIn('linus@example.com', DEFAULT_PASSWORD);
    const two = await h.signIn('linus@example.com', DEFAULT_PASSWORD);
    const res = await h.run(LOGOUT, {}, one.caller);
    expect(res.data).toEqual({ logout: true });
    expect(await sessions.isActive(one.caller.sessionId!, one.userId)).toBe(false);
    expect(codes(await h.run(REFRESH, { token: one.refreshToken }))).toEqual(['UNAUTHENTICATED']);
    expect(await sessions.isActive(two.caller.sessionId!, two.userId)).toBe(true);
  });

  it('ends the session of a given refresh token, even when the access token has expired', async () => {
    const session = await h.signIn('linus@example.com', DEFAULT_PASSWORD);
    h.clock.advance(20 * MINUTE);
    const res = await h.run(LOGOUT, { token: session.refreshToken });
    expect(res.data).toEqual({ logout: true });
    expect(await sessions.isActive(session.caller.sessionId!, session.userId)).toBe(false);
    expect(codes(await h.run(REFRESH, { token: session.refreshToken }))).toEqual(['UNAUTHENTICATED']);
  });

  it('answers false when there is nothing to end', async () => {
    expect((await h.run(LOGOUT, {})).data).toEqual({ logout: false });
    expect((await h.run(LOGOUT, { token: 'unknown-token' })).data).toEqual({ logout: false });
  });
});

describe('sign-in throttling', () => {
  const email = 'throttled@example.com';
  const attempt = (password: string, who = email, clientId = 'client-a') =>
    h.run(LOGIN, { input: { email: who, password } }, { roles: [], clientId });

  beforeAll(async () => {
    await h.signUp(email);
  });

  it('answers an unknown email exactly like a wrong password', async () => {
    const wrong = await attempt('wrong-password', email, 'client-z');
    const unknown = await attempt('wrong-password', 'no.such.user@example.com', 'client-z');
    expect(codes(wrong)).toEqual(['UNAUTHENTICATED']);
    expect(wrong.errors![0]!.message).toBe('Email or password is incorrect.');
    expect(unknown.errors![0]).toEqual(wrong.errors![0]);
  });

  it('answers an email longer than any account has like an unknown one', async () => {
    const huge = await attempt('wrong-password', `${'a'.repeat(10_000)}@example.com`, 'client-huge');
    expect(codes(huge)).toEqual(['UNAUTHENTICATED']);
    expect(huge.errors![0]!.message).toBe('Email or password is incorrect.');
  });

  it('refuses the 6th attempt within 15 minutes, even with the right password, and says when to retry', async () => {
    for (let i = 0; i < 5; i++) {
      h.clock.advance(MINUTE);
      expect(codes(await attempt(`wrong-password-${i}`))).toEqual(['UNAUTHENTICATED']);
    }
    const limited = await attempt(DEFAULT_PASSWORD);
    expect(codes(limited)).toEqual(['RATE_LIMITED']);
    // The window opened at the first failure, 4 minutes ago: 11 minutes remain.
    expect(limited.errors![0]!.extensions!.retryAfterSeconds).toBe(11 * 60);
    expect(limited.errors![0]!.message).toMatch(/try again in 11 minutes/i);

    // Another client is not throttled by this one's failures.
    expect((await attempt(DEFAULT_PASSWORD, email, 'client-b')).errors).toBeUndefined();

    // The window ends 15 minutes after the first failure.
    h.clock.advance(11 * MINUTE - SECOND);
    expect(codes(await attempt(DEFAULT_PASSWORD))).toEqual(['RATE_LIMITED']);
    h.clock.advance(SECOND);
    expect((await attempt(DEFAULT_PASSWORD)).errors).toBeUndefined();
  });

  it('counts unknown emails too', async () => {
    for (let i = 0; i < 5; i++) expect(codes(await attempt('whatever-pass', 'ghost@example.com'))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await attempt('whatever-pass', 'ghost@example.com'))).toEqual(['RATE_LIMITED']);
  });

  it('starts over after a successful sign-in', async () => {
    for (let i = 0; i < 4; i++) await attempt('wrong-password', email, 'client-c');
    expect((await attempt(DEFAULT_PASSWORD, email, 'client-c')).errors).toBeUndefined();
    for (let i = 0; i < 5; i++) expect(codes(await attempt('wrong-password', email, 'client-c'))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await attempt('wrong-password', email, 'client-c'))).toEqual(['RATE_LIMITED']);
  });

  it('never lets concurrent guesses past the limit', async () => {
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => attempt(`parallel-guess-${i}`, email, 'client-d')),
    );
    const outcomes = results.flatMap(codes);
    expect(outcomes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(outcomes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(7);
  });

  it('stores neither the email nor the client id in its keys', async () => {
    const throttles = (await h.scan()).filter((i) => i.type === 'LoginThrottle');
    expect(throttles.length).toBeGreaterThan(0);
    for (const item of throttles) {
      expect(JSON.stringify(item)).not.toMatch(/example\.com|client-/);
      expect(item.ttl).toBeTypeOf('number');
    }
  });
});
