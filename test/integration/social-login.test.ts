import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRelyingParty, parseSocialProviders } from '@marketplace/identity';
import { systemClock } from '@marketplace/shared';
import { startTestOpenIdProvider, type TestOpenIdProvider } from '../support/openid-provider.ts';
import { codes, startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { freePort } from '../support/ports.ts';
import { linkIn } from '../support/smtp.ts';

/**
 * Social sign-in through the gateway against two real OpenID providers (oidc-provider), one shaped like Google and
 * one like a Cognito user pool, driven the way a browser drives it: cookies kept per host, redirects followed, the
 * provider's own login form submitted. Identity's PUBLIC_URL is http://localhost:4000, so the providers send the
 * "browser" there; the test delivers those callbacks to the gateway under test.
 */
const PUBLIC_URL = 'http://localhost:4000';
let platform: TestPlatform;
let google: TestOpenIdProvider;
let cognito: TestOpenIdProvider;
let adminToken: string;

beforeAll(async () => {
  const callback = (id: string) => `${PUBLIC_URL}/auth/oidc/${id}/callback`;
  google = await startTestOpenIdProvider({ flavour: 'google', redirectUris: [callback('google')] });
  cognito = await startTestOpenIdProvider({ flavour: 'cognito', redirectUris: [callback('cognito')] });
  const nowhere = `http://127.0.0.1:${await freePort()}`;
  const { providers, problems } = parseSocialProviders(
    JSON.stringify([
      google.entry('google'),
      cognito.entry('cognito'),
      { id: 'offline', name: 'Offline IdP', issuer: nowhere, clientId: 'x', clientSecret: 'y' },
    ]),
    false,
  );
  expect(problems).toEqual([]);
  platform = await startTestPlatform({}, { social: { providers, relyingParty: createRelyingParty(systemClock) } });
  adminToken = (await platform.login(platform.admin.email, platform.admin.password)).accessToken;
});
afterAll(async () => {
  await platform?.close();
  await google?.stop();
  await cognito?.stop();
});

/** A browser's cookies, per host:port (enough here: no two sites share a host:port). */
class Browser {
  private readonly jar = new Map<string, Map<string, string>>();

  cookie(url: string, name: string): string | undefined {
    return this.jar.get(new URL(url).host)?.get(name);
  }

  setCookie(url: string, name: string, value: string): void {
    const host = new URL(url).host;
    if (!this.jar.has(host)) this.jar.set(host, new Map());
    this.jar.get(host)!.set(name, value);
  }

  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const host = new URL(url).host;
    const cookies = [...(this.jar.get(host) ?? new Map()).entries()].map(([k, v]) => `${k}=${v}`).join('; ');
    const headers = new Headers(init.headers);
    if (cookies) headers.set('cookie', cookies);
    const res = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      const name = pair!.slice(0, at).trim();
      const value = pair!.slice(at + 1);
      const cleared = !value || /max-age=0|expires=thu, 01 jan 1970/i.test(line);
      if (cleared) this.jar.get(host)?.delete(name);
      else this.setCookie(url, name, value);
    }
    return res;
  }
}

const START = `mutation($provider: ID!, $link: Boolean) { startSocialSignIn(provider: $provider, link: $link) { authorizationUrl state code message } }`;
const ME = `{ me { id email name emailVerified roles hasPassword linkedSignInMethods { providerId providerName email username } } }`;

/** Starts a flow as the web app does (GraphQL, the gateway sets the state cookie); returns the provider URL. */
async function start(browser: Browser, provider: string, token?: string): Promise<URL> {
  const res = await browser.fetch(`${platform.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-session-cookie': '1', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: START, variables: { provider, link: Boolean(token) } }),
  });
  const body = (await res.json()) as { data?: { startSocialSignIn: { authorizationUrl: string; state: string } }; errors?: unknown };
  if (!body.data?.startSocialSignIn.authorizationUrl) throw new Error(`startSocialSignIn: ${JSON.stringify(body)}`);
  expect(browser.cookie(platform.url, 'mp_oidc')).toBe(body.data.startSocialSignIn.state);
  return new URL(body.data.startSocialSignIn.authorizationUrl);
}

/** At the provider: follows its redirects, signs in on its login page as `login`; returns the callback URL it sends back to. */
async function authorizeAt(browser: Browser, authorizationUrl: URL, login: string): Promise<URL> {
  let url = authorizationUrl.href;
  for (let hop = 0; hop < 10; hop++) {
    const res = await browser.fetch(url);
    if (res.status >= 300 && res.status < 400) {
      const next = new URL(res.headers.get('location')!, url);
      if (next.href.startsWith(PUBLIC_URL)) return next;
      url = next.href;
      continue;
    }
    const html = await res.text();
    const action = html.match(/<form[^>]*action="([^"]+)"/)?.[1];
    if (res.status !== 200 || !action || !html.includes('name="login"')) throw new Error(`unexpected provider page ${res.status}: ${html.slice(0, 300)}`);
    const posted = await browser.fetch(new URL(action, url).href, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ prompt: 'login', login, password: 'any-password' }).toString(),
    });
    url = new URL(posted.headers.get('location')!, url).href;
  }
  throw new Error('the provider never sent the browser back');
}

/** Delivers the provider's callback to the gateway; returns where the gateway sends the browser. */
async function deliver(browser: Browser, callback: URL): Promise<URL> {
  const res = await browser.fetch(`${platform.url}${callback.pathname}${callback.search}`);
  expect(res.status).toBe(303);
  expect(res.headers.get('cache-control')).toBe('no-store');
  expect(browser.cookie(platform.url, 'mp_oidc')).toBeUndefined();
  return new URL(res.headers.get('location')!, platform.url);
}

async function signInWith(provider: string, login: string, browser = new Browser()): Promise<{ browser: Browser; landed: URL }> {
  const callback = await authorizeAt(browser, await start(browser, provider), login);
  return { browser, landed: await deliver(browser, callback) };
}

/** What the web app does on /login/complete: spends the refresh cookie for an access token. */
async function accessTokenOf(browser: Browser): Promise<string> {
  const res = await browser.fetch(`${platform.url}/auth/refresh`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  expect(res.status).toBe(200);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

async function me(token: string) {
  const res = await platform.graphql(ME, {}, token);
  expect(res.errors).toBeUndefined();
  return res.data!.me;
}

async function auditOf(userId: string): Promise<{ action: string; after: Record<string, unknown> | null; before: Record<string, unknown> | null }[]> {
  const res = await platform.graphql(
    `query($t: ID!) { auditTrail { identity(filter: { targetId: $t }) { nodes { action before after } } } }`,
    { t: userId },
    adminToken,
  );
  return res.data!.auditTrail.identity.nodes;
}

const refused = (landed: URL) => ({ path: landed.pathname, error: landed.searchParams.get('error') });

describe('Google-like provider', () => {
  it('creates an account with the verified email at the first sign-in, and signs the same account in later with the usual sessions', async () => {
    google.accounts.set('grace', { email: 'Grace@Example.test', name: 'Grace Hopper' });
    const first = await signInWith('google', 'grace');
    expect(first.landed.pathname).toBe('/login/complete');
    expect(first.landed.searchParams.get('next')).toBe('/dashboard');
    expect(first.browser.cookie(platform.url, 'mp_refresh')).toMatch(/.{20,}/);
    const token = await accessTokenOf(first.browser);
    const grace = await me(token);
    expect(grace).toMatchObject({
      email: 'grace@example.test',
      name: 'Grace Hopper',
      emailVerified: true,
      roles: ['CUSTOMER'],
      hasPassword: false,
      linkedSignInMethods: [{ providerId: 'google', providerName: 'Google', email: 'grace@example.test', username: null }],
    });
    // The pages say that continuing with a provider accepts the terms: recorded as a password sign-up records it.
    const consents = await platform.graphql(`{ myConsents { kind granted source } }`, {}, token);
    expect(consents.data!.myConsents).toEqual([{ kind: 'TERMS', granted: true, source: 'SIGN_UP' }]);
    // The refresh cookie rotates as after a password sign-in.
    const before = first.browser.cookie(platform.url, 'mp_refresh');
    await accessTokenOf(first.browser);
    expect(first.browser.cookie(platform.url, 'mp_refresh')).not.toBe(before);

    const again = await signInWith('google', 'grace');
    expect(again.landed.pathname).toBe('/login/complete');
    expect((await me(await accessTokenOf(again.browser))).id).toBe(grace.id);
    expect(await auditOf(grace.id)).toEqual([{ action: 'user.identity.link', before: null, after: { provider: 'google', method: 'sign-up' } }]);

    // No password was set, so none signs in.
    const login = await platform.graphql(`mutation { login(input: { email: "grace@example.test", password: "any-password" }) { accessToken } }`);
    expect(codes(login)).toEqual(['UNAUTHENTICATED']);
  });

  it('links an existing account only after its owner proves control with the password; never silently', async () => {
    const ada = await platform.signUp('ada@example.test', 'ada-password-123', 'Ada Lovelace');
    google.accounts.set('ada', { email: 'ada@example.test', name: 'Ada at Google' });
    const { browser, landed } = await signInWith('google', 'ada');
    expect(landed.pathname).toBe('/link-account');
    expect(browser.cookie(platform.url, 'mp_refresh')).toBeUndefined();
    const token = landed.searchParams.get('token')!;
    expect((await me(ada.accessToken)).linkedSignInMethods).toEqual([]);

    const pending = await platform.graphql(`query($t: String!) { pendingSocialLink(token: $t) { email viaEmail provider { id name kind } } }`, { t: token });
    expect(pending.data!.pendingSocialLink).toEqual({ email: 'ada@example.test', viaEmail: false, provider: { id: 'google', name: 'Google', kind: 'OIDC' } });

    const CONFIRM = `mutation($t: String!, $p: String!) { confirmSocialLink(token: $t, password: $p) { accessToken user { id } } }`;
    const wrong = await platform.graphql(CONFIRM, { t: token, p: 'not-her-password' });
    expect(codes(wrong)).toEqual(['BAD_USER_INPUT']);
    expect(wrong.errors![0]!.extensions!.field).toBe('password');
    expect((await me(ada.accessToken)).linkedSignInMethods).toEqual([]);

    const right = await platform.graphql(CONFIRM, { t: token, p: 'ada-password-123' });
    expect(right.data!.confirmSocialLink.user.id).toBe(ada.userId);
    expect(codes(await platform.graphql(CONFIRM, { t: token, p: 'ada-password-123' }))).toEqual(['BAD_USER_INPUT']);
    expect((await me(ada.accessToken)).linkedSignInMethods).toMatchObject([{ providerId: 'google' }]);
    expect(await auditOf(ada.userId)).toContainEqual({ action: 'user.identity.link', before: null, after: { provider: 'google', method: 'password' } });

    const later = await signInWith('google', 'ada');
    expect(later.landed.pathname).toBe('/login/complete');
    expect((await me(await accessTokenOf(later.browser))).id).toBe(ada.userId);
  });

  it('refuses an unverified email at the provider with a clear code, creating and linking nothing', async () => {
    google.accounts.set('mallory', { email: 'ada@example.test', email_verified: false });
    google.accounts.set('newbie', { email: 'newbie@example.test', email_verified: false });
    for (const login of ['mallory', 'newbie']) {
      const { browser, landed } = await signInWith('google', login);
      expect(refused(landed)).toEqual({ path: '/login', error: 'EMAIL_NOT_VERIFIED' });
      expect(browser.cookie(platform.url, 'mp_refresh')).toBeUndefined();
    }
    const users = await platform.graphql(`{ users(search: "newbie") { nodes { id } } }`, {}, adminToken);
    expect(users.data!.users.nodes).toEqual([]);
  });

  it('lets users unlink a provider only while another way to sign in remains, and audits it', async () => {
    const grace = await accessTokenOf((await signInWith('google', 'grace')).browser);
    const UNLINK = `mutation { unlinkSignInMethod(provider: "google") { providerId } }`;
    const refusedUnlink = await platform.graphql(UNLINK, {}, grace);
    expect(codes(refusedUnlink)).toEqual(['CONFLICT']);
    expect(refusedUnlink.errors![0]!.message).toMatch(/only way to sign in/);

    const ada = await platform.login('ada@example.test', 'ada-password-123');
    expect((await platform.graphql(UNLINK, {}, ada.accessToken)).data).toEqual({ unlinkSignInMethod: [] });
    expect(await auditOf(ada.userId)).toContainEqual({ action: 'user.identity.unlink', before: { provider: 'google' }, after: null });
    expect(codes(await platform.graphql(UNLINK, {}, ada.accessToken))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await platform.graphql(UNLINK))).toEqual(['UNAUTHENTICATED']);
  });

  it('links a provider to a signed-in user from the account page', async () => {
    const ada = await platform.login('ada@example.test', 'ada-password-123');
    google.accounts.set('ada-work', { email: 'ada@work.example', email_verified: false });
    const browser = new Browser();
    const callback = await authorizeAt(browser, await start(browser, 'google', ada.accessToken), 'ada-work');
    const landed = await deliver(browser, callback);
    expect(landed.pathname).toBe('/account/sign-in-methods');
    expect(landed.searchParams.get('linked')).toBe('google');
    expect((await me(ada.accessToken)).linkedSignInMethods).toMatchObject([{ providerId: 'google', email: 'ada@work.example' }]);
    expect(codes(await platform.graphql(START, { provider: 'google', link: true }))).toEqual(['UNAUTHENTICATED']);
  });

  it('keeps suspended users out, whichever provider account points at them', async () => {
    google.accounts.set('sus', { email: 'sus@example.test' });
    const token = await accessTokenOf((await signInWith('google', 'sus')).browser);
    const { id } = await me(token);
    const suspended = await platform.graphql(`mutation($u: ID!) { suspendUser(userId: $u, reason: "Testing") { status } }`, { u: id }, adminToken);
    expect(suspended.data).toEqual({ suspendUser: { status: 'SUSPENDED' } });
    const { browser, landed } = await signInWith('google', 'sus');
    expect(refused(landed)).toEqual({ path: '/login', error: 'ACCOUNT_SUSPENDED' });
    expect(browser.cookie(platform.url, 'mp_refresh')).toBeUndefined();
  });
});

describe('Cognito-like user pool', () => {
  it('brings an existing user into their marketplace account after the emailed link, keeping the pool user name', async () => {
    const lin = await platform.signUp('lin@example.test', 'lin-password-123', 'Lin');
    cognito.accounts.set('lin', { email: 'lin@example.test', username: 'lin.pool' });
    const { landed } = await signInWith('cognito', 'lin');
    expect(landed.pathname).toBe('/link-account');
    const token = landed.searchParams.get('token')!;
    expect((await platform.graphql(`mutation($t: String!) { sendSocialLinkEmail(token: $t) }`, { t: token })).data).toEqual({ sendSocialLinkEmail: true });
    const mail = await platform.smtp.waitFor('lin@example.test', /Link AWS Cognito/);
    const mailed = linkIn(mail, `${PUBLIC_URL}/link-account?token=`).searchParams.get('token')!;
    expect(mailed).not.toBe(token);
    // The browser's token does not stand in for the mailed one.
    const CONFIRM = `mutation($t: String!) { confirmSocialLinkByEmail(token: $t) { accessToken user { id } } }`;
    expect(codes(await platform.graphql(CONFIRM, { t: token }))).toEqual(['BAD_USER_INPUT']);
    expect((await platform.graphql(CONFIRM, { t: mailed })).data!.confirmSocialLinkByEmail.user.id).toBe(lin.userId);
    expect((await me(lin.accessToken)).linkedSignInMethods).toEqual([
      { providerId: 'cognito', providerName: 'AWS Cognito', email: 'lin@example.test', username: 'lin.pool' },
    ]);
    const later = await signInWith('cognito', 'lin');
    expect((await me(await accessTokenOf(later.browser))).id).toBe(lin.userId);
  });

  it('creates an account for a pool user the marketplace has not seen', async () => {
    cognito.accounts.set('newpool', { email: 'newpool@example.test', name: 'New Pool' });
    const token = await accessTokenOf((await signInWith('cognito', 'newpool')).browser);
    expect(await me(token)).toMatchObject({ email: 'newpool@example.test', linkedSignInMethods: [{ providerId: 'cognito', username: 'newpool' }] });
  });
});

describe('failure paths: each a clear error and no session', () => {
  it('refuses a callback whose state is not the one this browser started (or has no state cookie)', async () => {
    const victim = new Browser();
    const attacker = new Browser();
    google.accounts.set('csrf', { email: 'csrf@example.test' });
    await start(victim, 'google');
    const attackersCallback = await authorizeAt(attacker, await start(attacker, 'google'), 'csrf');
    expect(refused(await deliver(victim, attackersCallback))).toEqual({ path: '/login', error: 'STATE_MISMATCH' });
    expect(victim.cookie(platform.url, 'mp_refresh')).toBeUndefined();
    expect(refused(await deliver(new Browser(), attackersCallback))).toEqual({ path: '/login', error: 'STATE_MISMATCH' });
  });

  it('refuses a replayed callback (its code spent), and a code from another flow', async () => {
    google.accounts.set('replay', { email: 'replay@example.test' });
    const browser = new Browser();
    const callback = await authorizeAt(browser, await start(browser, 'google'), 'replay');
    const state = browser.cookie(platform.url, 'mp_oidc')!;
    expect((await deliver(browser, callback)).pathname).toBe('/login/complete');
    const replayer = new Browser();
    replayer.setCookie(platform.url, 'mp_oidc', state);
    expect(refused(await deliver(replayer, callback))).toEqual({ path: '/login', error: 'FLOW_EXPIRED' });
    expect(replayer.cookie(platform.url, 'mp_refresh')).toBeUndefined();

    // Flow B's state with flow A's code: the provider refuses the code (its PKCE verifier is A's).
    const other = new Browser();
    const codeOfA = await authorizeAt(other, await start(other, 'google'), 'replay');
    await start(other, 'google');
    const mixed = new URL(codeOfA);
    mixed.searchParams.set('state', other.cookie(platform.url, 'mp_oidc')!);
    expect(refused(await deliver(other, mixed))).toEqual({ path: '/login', error: 'SIGN_IN_INVALID' });
    expect(other.cookie(platform.url, 'mp_refresh')).toBeUndefined();
  });

  it('refuses an ID token whose nonce is not the one the flow sent', async () => {
    google.accounts.set('nonce', { email: 'nonce@example.test' });
    const browser = new Browser();
    const url = await start(browser, 'google');
    url.searchParams.set('nonce', 'a-nonce-somebody-else-chose');
    const landed = await deliver(browser, await authorizeAt(browser, url, 'nonce'));
    expect(refused(landed)).toEqual({ path: '/login', error: 'SIGN_IN_INVALID' });
    expect(browser.cookie(platform.url, 'mp_refresh')).toBeUndefined();
    const users = await platform.graphql(`{ users(search: "nonce@") { nodes { id } } }`, {}, adminToken);
    expect(users.data!.users.nodes).toEqual([]);
  });

  it('says when a provider cannot be reached, at the start and at the callback', async () => {
    const down = await platform.graphql(START, { provider: 'offline' });
    expect(down.data!.startSocialSignIn).toEqual({
      authorizationUrl: null,
      state: null,
      code: 'PROVIDER_UNAVAILABLE',
      message: 'Offline IdP cannot be reached right now. Try again shortly, or sign in with your password.',
    });
    expect(codes(await platform.graphql(START, { provider: 'nope' }))).toEqual(['BAD_USER_INPUT']);

    cognito.accounts.set('late', { email: 'late@example.test' });
    const browser = new Browser();
    const callback = await authorizeAt(browser, await start(browser, 'cognito'), 'late');
    await cognito.stop();
    const landed = await deliver(browser, callback);
    expect(refused(landed)).toEqual({ path: '/login', error: 'PROVIDER_UNAVAILABLE' });
    expect(browser.cookie(platform.url, 'mp_refresh')).toBeUndefined();
  });
});
