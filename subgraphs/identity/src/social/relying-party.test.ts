import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '@marketplace/shared';
import { parseSocialProviders, type SocialProvider } from './providers.ts';
import { createRelyingParty, flowChecks, SocialFlowError } from './relying-party.ts';

/**
 * GitHub has no OpenID side, so there is no real provider to run: this stands in for its three endpoints (token,
 * `/user`, `/user/emails`) with the answers GitHub documents, to pin what the relying party asks and concludes.
 */
let server: Server;
let base: string;
let github: SocialProvider;
const seen: { path: string; body: string; authorization?: string }[] = [];
let emails: unknown = [];
let tokenStatus = 200;

const bodyOf = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => resolve(body));
  });

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const body = await bodyOf(req);
    seen.push({ path: req.url!, body, authorization: req.headers.authorization });
    res.setHeader('content-type', 'application/json');
    if (req.url === '/login/oauth/access_token') {
      res.statusCode = tokenStatus;
      res.end(JSON.stringify(tokenStatus === 200 ? { access_token: 'gho_test', token_type: 'bearer', scope: 'read:user,user:email' } : { error: 'server_error' }));
    } else if (req.url === '/api/user') res.end(JSON.stringify({ id: 583231, login: 'octocat', name: 'The Octocat' }));
    else if (req.url === '/api/user/emails') res.end(JSON.stringify(emails));
    else {
      res.statusCode = 404;
      res.end('{}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const parsed = parseSocialProviders(
    JSON.stringify([
      {
        id: 'github',
        preset: 'github',
        clientId: 'gh-client',
        clientSecret: 'gh-secret',
        authorizationUrl: `${base}/login/oauth/authorize`,
        tokenUrl: `${base}/login/oauth/access_token`,
        apiUrl: `${base}/api`,
      },
    ]),
    false,
  );
  expect(parsed.problems).toEqual([]);
  github = parsed.providers[0]!;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const rp = createRelyingParty(systemClock);
const checks = flowChecks('server-secret-of-at-least-32-chars!!', 'state-123');
const callback = (query: string) => new URL(`http://localhost:4000/auth/oidc/github/callback?${query}`);

describe('GitHub through OAuth 2.0', () => {
  it('asks for the scopes with state and PKCE, and no nonce (there is no ID token)', async () => {
    const url = new URL(await rp.authorizationUrl(github, checks, 'http://localhost:4000/auth/oidc/github/callback'));
    expect(url.origin + url.pathname).toBe(`${base}/login/oauth/authorize`);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      client_id: 'gh-client',
      response_type: 'code',
      scope: 'read:user user:email',
      state: 'state-123',
      code_challenge_method: 'S256',
    });
    expect(url.searchParams.has('nonce')).toBe(false);
  });

  it('takes the verified primary email from the emails API and the stable numeric id as the subject', async () => {
    emails = [
      { email: 'old@example.com', primary: false, verified: true },
      { email: 'Octo@Example.com', primary: true, verified: true },
    ];
    const profile = await rp.complete(github, callback('code=abc&state=state-123'), checks);
    expect(profile).toEqual({ subject: '583231', email: 'octo@example.com', emailVerified: true, name: 'The Octocat', username: 'octocat' });
    const token = seen.find((s) => s.path === '/login/oauth/access_token')!;
    expect(new URLSearchParams(token.body).get('code_verifier')).toBe(checks.codeVerifier);
    expect(seen.find((s) => s.path === '/api/user')!.authorization).toBe('Bearer gho_test');
  });

  it('reports an unverified primary email as unverified (the rules then refuse it)', async () => {
    emails = [{ email: 'octo@example.com', primary: true, verified: false }];
    expect((await rp.complete(github, callback('code=abc&state=state-123'), checks)).emailVerified).toBe(false);
  });

  it('turns a cancelled authorization, a foreign state and a failing GitHub into the three failures', async () => {
    const failure = (query: string) =>
      rp.complete(github, callback(query), checks).then(
        () => 'signed in',
        (error: unknown) => (error instanceof SocialFlowError ? error.failure : String(error)),
      );
    expect(await failure('error=access_denied&state=state-123')).toBe('PROVIDER_DENIED');
    expect(await failure('code=abc&state=someone-elses')).toBe('SIGN_IN_INVALID');
    tokenStatus = 502;
    expect(await failure('code=abc&state=state-123')).toBe('PROVIDER_UNAVAILABLE');
    tokenStatus = 200;
  });
});
