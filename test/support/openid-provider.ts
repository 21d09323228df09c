import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import Provider, { type ClaimsParameterMember, type KoaContextWithOIDC } from 'oidc-provider';

/**
 * A real OpenID provider (`oidc-provider`) on 127.0.0.1 for tests: discovery, JWKS, authorization with its own
 * login page (any login, any password: the login names the account), code + PKCE, ID tokens, userinfo.
 *
 * Flavours shape it like the providers the platform has presets for:
 * - `google`: issuer at the root, claims `email`, `email_verified`, `name`, `given_name`, `family_name`;
 * - `cognito`: issuer with a user-pool path (`/<region>_<pool>`), plus `cognito:username` in every ID token.
 */
export type ProviderFlavour = 'google' | 'cognito';

export interface TestAccount {
  email?: string;
  email_verified?: boolean;
  name?: string;
  /** Cognito flavour: the pool's user name (defaults to the login). */
  username?: string;
}

export interface TestOpenIdProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Claims by login; a login not listed gets `<login>@example.test`, verified. */
  accounts: Map<string, TestAccount>;
  /** Where `testOpenIdProviderAt` reaches this provider from another process (e.g. an e2e file's worker). */
  controlUrl: string;
  /** The `AUTH_PROVIDERS` entry that points the platform at this provider. */
  entry(id: string): Record<string, unknown>;
  /** Stops answering (every connection closed): "the provider is down". */
  stop(): Promise<void>;
}

const CONTROL_PATH = '/_test/accounts';

export async function startTestOpenIdProvider(options: {
  flavour: ProviderFlavour;
  /** Every callback URL the client may use (`<PUBLIC_URL>/auth/oidc/<id>/callback`). */
  redirectUris: string[];
  port?: number;
}): Promise<TestOpenIdProvider> {
  const app = express();
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const path = options.flavour === 'cognito' ? '/us-east-1_TestPool' : '';
  const issuer = `http://127.0.0.1:${port}${path}`;
  const clientId = `client-${options.flavour}`;
  const clientSecret = randomBytes(24).toString('base64url');
  const accounts = new Map<string, TestAccount>();
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });

  const claimsOf = (login: string): Record<string, unknown> => {
    const account = accounts.get(login) ?? {};
    const email = account.email ?? (login.includes('@') ? login : `${login}@example.test`);
    const name = account.name ?? login;
    const claims: Record<string, unknown> = {
      sub: `${options.flavour}-${Buffer.from(login).toString('hex')}`,
      email,
      email_verified: account.email_verified ?? true,
      name,
    };
    if (options.flavour === 'google') Object.assign(claims, { given_name: name.split(' ')[0], family_name: name.split(' ').slice(1).join(' ') || undefined });
    else claims['cognito:username'] = account.username ?? login;
    return claims;
  };

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    jwks: { keys: [{ ...signingKey, kid: `test-${options.flavour}`, use: 'sig', alg: 'RS256' } as never] },
    cookies: { keys: [randomBytes(16).toString('hex')] },
    claims: {
      openid: options.flavour === 'cognito' ? ['sub', 'cognito:username'] : ['sub'],
      email: ['email', 'email_verified'],
      profile: options.flavour === 'google' ? ['name', 'given_name', 'family_name'] : ['name'],
    },
    // Google and Cognito put the user's claims in the ID token of the code flow too.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    ttl: { AuthorizationCode: 60, AccessToken: 600, IdToken: 600, Interaction: 600, Grant: 600, Session: 600 },
    features: { devInteractions: { enabled: true } },
    async findAccount(_ctx: KoaContextWithOIDC, id: string) {
      return { accountId: id, claims: async () => claimsOf(id) as { sub: string } & Record<string, ClaimsParameterMember | unknown> };
    },
    // A first-party client: no consent screen, the grant covers what it asked for.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const { client, session, params } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope(String(params?.scope ?? 'openid'));
      grant.addOIDCClaims(['email', 'email_verified', 'name', 'given_name', 'family_name', 'cognito:username']);
      await grant.save();
      return grant;
    },
  });
  // Tests in another process (the e2e project's workers, against the provider the global setup started) set
  // claims here: `testOpenIdProviderAt(controlUrl).setAccount(...)`.
  app.put(`${CONTROL_PATH}/:login`, express.json(), (req, res) => {
    accounts.set(req.params.login, req.body as TestAccount);
    res.status(204).end();
  });
  app.use(path || '/', provider.callback());

  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    controlUrl: `http://127.0.0.1:${port}${CONTROL_PATH}`,
    entry: (id) => ({ id, preset: options.flavour, issuer, clientId, clientSecret }),
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}


/** A test OpenID provider started in another process, by its `controlUrl`: sets the claims a login gets there. */
export function testOpenIdProviderAt(controlUrl: string): { setAccount(login: string, account: TestAccount): Promise<void> } {
  return {
    async setAccount(login, account) {
      const res = await fetch(`${controlUrl}/${encodeURIComponent(login)}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(account),
      });
      if (res.status !== 204) throw new Error(`the test OpenID provider refused account ${login}: ${res.status}`);
    },
  };
}
