import { createHmac } from 'node:crypto';
import * as oidc from 'openid-client';
import type { Clock } from '@marketplace/shared';
import type { SocialProfile } from './link-rules.ts';
import type { SocialProvider } from './providers.ts';

/** Why a flow with a provider failed; the web app shows a message for each. */
export type SocialFlowFailure =
  /** The provider could not be reached or answered with a server error. */
  | 'PROVIDER_UNAVAILABLE'
  /** The user cancelled at the provider, or the provider refused the request. */
  | 'PROVIDER_DENIED'
  /** The answer did not check out: state, nonce, ID token, a spent or replayed code. */
  | 'SIGN_IN_INVALID';

export class SocialFlowError extends Error {
  constructor(
    readonly failure: SocialFlowFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'SocialFlowError';
  }
}

/** The per-flow secrets of one sign-in; derived from its `state`, so none of them is stored. */
export interface FlowChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** Derives the flow's nonce and PKCE verifier from its random state with a server secret (HMAC). */
export function flowChecks(secret: string, state: string): FlowChecks {
  const derive = (purpose: string) => createHmac('sha256', secret).update(`social-${purpose}|${state}`).digest('base64url');
  // 43 base64url characters: a PKCE verifier of the minimum length with 256 bits of entropy.
  return { state, nonce: derive('nonce'), codeVerifier: derive('pkce') };
}

/** Speaks to providers: builds authorization URLs and turns their callbacks into checked profiles. */
export interface RelyingParty {
  authorizationUrl(provider: SocialProvider, checks: FlowChecks, redirectUri: string): Promise<string>;
  /** Exchanges the code (PKCE), validates the ID token against the provider's JWKS, `state` and `nonce`. */
  complete(provider: SocialProvider, callbackUrl: URL, checks: FlowChecks): Promise<SocialProfile>;
}

/** How long a discovered provider configuration (and its JWKS cache) is reused. */
const DISCOVERY_TTL_MS = 10 * 60_000;
/** Seconds each request to a provider may take. */
const PROVIDER_TIMEOUT_S = 5;

/** `openid-client` 6 as the relying party of every configured provider. */
export function createRelyingParty(clock: Clock): RelyingParty {
  const configurations = new Map<string, { at: number; config: Promise<oidc.Configuration> }>();

  const configurationOf = (provider: SocialProvider): Promise<oidc.Configuration> => {
    const cached = configurations.get(provider.id);
    const now = clock.now().getTime();
    if (cached && now - cached.at < DISCOVERY_TTL_MS) return cached.config;
    const config = discover(provider);
    configurations.set(provider.id, { at: now, config });
    // A failed discovery is not kept: the next sign-in asks again.
    config.catch(() => {
      if (configurations.get(provider.id)?.config === config) configurations.delete(provider.id);
    });
    return config;
  };

  return {
    async authorizationUrl(provider, checks, redirectUri) {
      const config = await guard(configurationOf(provider));
      const parameters: Record<string, string> = {
        redirect_uri: redirectUri,
        scope: provider.scopes.join(' '),
        state: checks.state,
        code_challenge: await oidc.calculatePKCECodeChallenge(checks.codeVerifier),
        code_challenge_method: 'S256',
      };
      if (provider.kind === 'oidc') parameters.nonce = checks.nonce;
      return oidc.buildAuthorizationUrl(config, parameters).href;
    },

    async complete(provider, callbackUrl, checks) {
      const config = await guard(configurationOf(provider));
      if (provider.kind === 'github') {
        const tokens = await guard(oidc.authorizationCodeGrant(config, callbackUrl, { expectedState: checks.state, pkceCodeVerifier: checks.codeVerifier }));
        return guard(githubProfile(provider, tokens.access_token));
      }
      const tokens = await guard(
        oidc.authorizationCodeGrant(config, callbackUrl, {
          expectedState: checks.state,
          expectedNonce: checks.nonce,
          pkceCodeVerifier: checks.codeVerifier,
          idTokenExpected: true,
        }),
      );
      const claims = tokens.claims();
      if (!claims) throw new SocialFlowError('SIGN_IN_INVALID', 'The provider returned no ID token.');
      // Some providers put the email only in the userinfo answer (the ID token then carries just `sub`).
      const userinfo = typeof claims.email === 'string' ? {} : await guard(oidc.fetchUserInfo(config, tokens.access_token, claims.sub));
      const merged: Record<string, unknown> = { ...userinfo, ...claims };
      return oidcProfile(provider, merged);
    },
  };
}

async function discover(provider: SocialProvider): Promise<oidc.Configuration> {
  const execute = provider.allowInsecureRequests ? [oidc.allowInsecureRequests] : [];
  let config: oidc.Configuration;
  if (provider.kind === 'github') {
    const endpoints = provider.github!;
    config = new oidc.Configuration(
      { issuer: 'https://github.com', authorization_endpoint: endpoints.authorizationUrl, token_endpoint: endpoints.tokenUrl },
      provider.clientId,
      provider.clientSecret,
    );
    for (const fn of execute) fn(config);
  } else {
    config = await oidc.discovery(new URL(provider.issuer!), provider.clientId, provider.clientSecret, undefined, {
      execute,
      timeout: PROVIDER_TIMEOUT_S,
    });
  }
  config.timeout = PROVIDER_TIMEOUT_S;
  return config;
}

/** The profile from an OIDC provider's claims; `email_verified` must be literally true (or "true", as Cognito once sent). */
function oidcProfile(provider: SocialProvider, claims: Record<string, unknown>): SocialProfile {
  const text = (name: string | undefined) => (name && typeof claims[name] === 'string' && (claims[name] as string).trim() ? (claims[name] as string).trim() : null);
  const email = text('email')?.toLowerCase() ?? null;
  const verified = claims.email_verified === true || claims.email_verified === 'true';
  const username = text(provider.usernameClaim) ?? text('preferred_username');
  return {
    subject: String(claims.sub),
    email,
    emailVerified: Boolean(email) && verified,
    name: text('name') ?? ([text('given_name'), text('family_name')].filter(Boolean).join(' ') || null),
    username,
  };
}

interface GithubEmail {
  email: string;
  primary: boolean;
  verified: boolean;
}

/** GitHub has no ID token: the user API names the person, the emails API says which address is verified. */
async function githubProfile(provider: SocialProvider, accessToken: string): Promise<SocialProfile> {
  const api = provider.github!.apiUrl.replace(/\/+$/, '');
  const get = async (path: string) => {
    const res = await fetch(`${api}${path}`, {
      headers: { authorization: `Bearer ${accessToken}`, accept: 'application/vnd.github+json', 'user-agent': 'marketplace' },
      signal: AbortSignal.timeout(PROVIDER_TIMEOUT_S * 1000),
    });
    if (res.status >= 500) throw new SocialFlowError('PROVIDER_UNAVAILABLE', `GitHub answered ${res.status}.`);
    if (!res.ok) throw new SocialFlowError('SIGN_IN_INVALID', `GitHub refused the token (${res.status}).`);
    return res.json() as Promise<unknown>;
  };
  const user = (await get('/user')) as { id?: unknown; login?: unknown; name?: unknown };
  const emails = (await get('/user/emails')) as GithubEmail[];
  if (typeof user.id !== 'number' && typeof user.id !== 'string') throw new SocialFlowError('SIGN_IN_INVALID', 'GitHub named no user.');
  const primary = Array.isArray(emails) ? emails.find((e) => e && e.primary) : undefined;
  return {
    subject: String(user.id),
    email: primary ? primary.email.trim().toLowerCase() : null,
    emailVerified: primary?.verified === true,
    name: typeof user.name === 'string' && user.name.trim() ? user.name.trim() : null,
    username: typeof user.login === 'string' ? user.login : null,
  };
}

/** Maps what openid-client (and fetch) throw onto the three failures a user can be told about. */
async function guard<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    throw toFlowError(error);
  }
}

export function toFlowError(error: unknown): SocialFlowError {
  if (error instanceof SocialFlowError) return error;
  if (error instanceof oidc.AuthorizationResponseError) {
    return new SocialFlowError('PROVIDER_DENIED', 'The provider did not authorize the sign-in.', { cause: error });
  }
  if (error instanceof oidc.ResponseBodyError) {
    const failure = error.status >= 500 ? 'PROVIDER_UNAVAILABLE' : 'SIGN_IN_INVALID';
    return new SocialFlowError(failure, `The provider refused the code (${error.error}).`, { cause: error });
  }
  const name = (error as { name?: unknown } | null)?.name;
  if (error instanceof TypeError || name === 'TimeoutError' || name === 'AbortError') {
    return new SocialFlowError('PROVIDER_UNAVAILABLE', 'The provider could not be reached.', { cause: error });
  }
  if (error instanceof oidc.ClientError && error.code === 'OAUTH_RESPONSE_IS_NOT_CONFORM') {
    return new SocialFlowError('PROVIDER_UNAVAILABLE', 'The provider answered with an error.', { cause: error });
  }
  return new SocialFlowError('SIGN_IN_INVALID', 'The provider’s answer did not check out.', { cause: error });
}
