import { z } from 'zod';

/**
 * Social sign-in providers, configured by one JSON setting (`AUTH_PROVIDERS`, an array). Each entry is an OpenID
 * Connect provider (any issuer), or a preset that fills in what is fixed for Google, an AWS Cognito user pool or
 * GitHub (which speaks OAuth 2.0 only: no ID token, the user and emails API instead).
 */
export type SocialProviderKind = 'oidc' | 'github';

/** A provider as the identity process uses it, after presets are applied. */
export interface SocialProvider {
  /** Lower-case slug: part of the callback URL (`/auth/oidc/<id>/callback`) and of stored links. */
  id: string;
  /** What the sign-in button says after "Continue with". */
  name: string;
  kind: SocialProviderKind;
  /** OIDC: the issuer, discovered at `<issuer>/.well-known/openid-configuration`. */
  issuer?: string;
  clientId: string;
  clientSecret: string;
  scopes: string[];
  /** The claim that names the user at the provider, shown beside the link (e.g. Cognito's `cognito:username`). */
  usernameClaim?: string;
  /** GitHub: where its OAuth and REST endpoints are (overridable for tests). */
  github?: { authorizationUrl: string; tokenUrl: string; apiUrl: string };
  /** Plain-http issuer on a loopback host: allowed only outside production (tests, local runs). */
  allowInsecureRequests: boolean;
}

export const PRESETS = ['google', 'cognito', 'github'] as const;

const GITHUB_DEFAULTS = {
  authorizationUrl: 'https://github.com/login/oauth/authorize',
  tokenUrl: 'https://github.com/login/oauth/access_token',
  apiUrl: 'https://api.github.com',
};

const slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,31}$/, 'lower-case letters, digits and "-", at most 32 characters');

const providerEntry = z
  .object({
    id: slug,
    preset: z.enum(PRESETS).optional(),
    name: z.string().trim().min(1).max(40).optional(),
    issuer: z.url().optional(),
    /** Cognito: instead of `issuer`, the pool's region and id. */
    region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'an AWS region such as ap-south-1').optional(),
    userPoolId: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d_[A-Za-z0-9]+$/, 'a user pool id such as ap-south-1_AbC123').optional(),
    clientId: z.string().min(1),
    clientSecret: z.string().min(1),
    scopes: z.array(z.string().regex(/^[\x21\x23-\x5b\x5d-\x7e]+$/, 'one scope token, no spaces')).min(1).optional(),
    usernameClaim: z.string().min(1).optional(),
    /** GitHub Enterprise or a test double: override the three endpoints. */
    authorizationUrl: z.url().optional(),
    tokenUrl: z.url().optional(),
    apiUrl: z.url().optional(),
  })
  .strict();

type ProviderEntry = z.infer<typeof providerEntry>;

const isLoopback = (url: string) => ['localhost', '127.0.0.1', '[::1]'].includes(new URL(url).hostname);

/** Problems of one entry that the shape alone cannot tell; reported beside every other problem. */
function entryProblems(entry: ProviderEntry, production: boolean): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const urls: [string, string | undefined][] = [
    ['issuer', entry.issuer],
    ['authorizationUrl', entry.authorizationUrl],
    ['tokenUrl', entry.tokenUrl],
    ['apiUrl', entry.apiUrl],
  ];
  for (const [path, url] of urls) {
    if (!url) continue;
    const protocol = new URL(url).protocol;
    if (protocol === 'https:') continue;
    if (protocol === 'http:' && !production && isLoopback(url)) continue;
    problems.push({ path, message: production ? 'must be https in production' : 'must be https (http only on localhost)' });
  }
  if (entry.preset === 'github') {
    if (entry.issuer) problems.push({ path: 'issuer', message: 'GitHub is not an OpenID provider: leave issuer out' });
  } else {
    for (const path of ['authorizationUrl', 'tokenUrl', 'apiUrl'] as const) {
      if (entry[path]) problems.push({ path, message: 'only for the github preset' });
    }
  }
  if (entry.preset === 'cognito') {
    if (!entry.issuer && !(entry.region && entry.userPoolId)) {
      problems.push({ path: 'issuer', message: 'the cognito preset needs issuer, or region and userPoolId' });
    }
    if (entry.region && entry.userPoolId && !entry.userPoolId.startsWith(`${entry.region}_`)) {
      problems.push({ path: 'userPoolId', message: `must start with the region (${entry.region}_)` });
    }
  } else {
    if (entry.region) problems.push({ path: 'region', message: 'only for the cognito preset' });
    if (entry.userPoolId) problems.push({ path: 'userPoolId', message: 'only for the cognito preset' });
  }
  if (!entry.preset && !entry.issuer) problems.push({ path: 'issuer', message: 'required without a preset' });
  if (!entry.preset && !entry.name) problems.push({ path: 'name', message: 'required without a preset' });
  return problems;
}

function resolveEntry(entry: ProviderEntry, production: boolean): SocialProvider {
  const insecure = (url: string | undefined) => Boolean(url) && !production && new URL(url!).protocol === 'http:';
  switch (entry.preset) {
    case 'google':
      return {
        id: entry.id,
        name: entry.name ?? 'Google',
        kind: 'oidc',
        issuer: entry.issuer ?? 'https://accounts.google.com',
        clientId: entry.clientId,
        clientSecret: entry.clientSecret,
        scopes: entry.scopes ?? ['openid', 'email', 'profile'],
        usernameClaim: entry.usernameClaim,
        allowInsecureRequests: insecure(entry.issuer),
      };
    case 'cognito': {
      const issuer = entry.issuer ?? `https://cognito-idp.${entry.region}.amazonaws.com/${entry.userPoolId}`;
      return {
        id: entry.id,
        name: entry.name ?? 'AWS Cognito',
        kind: 'oidc',
        issuer,
        clientId: entry.clientId,
        clientSecret: entry.clientSecret,
        scopes: entry.scopes ?? ['openid', 'email', 'profile'],
        usernameClaim: entry.usernameClaim ?? 'cognito:username',
        allowInsecureRequests: insecure(entry.issuer),
      };
    }
    case 'github': {
      const github = {
        authorizationUrl: entry.authorizationUrl ?? GITHUB_DEFAULTS.authorizationUrl,
        tokenUrl: entry.tokenUrl ?? GITHUB_DEFAULTS.tokenUrl,
        apiUrl: entry.apiUrl ?? GITHUB_DEFAULTS.apiUrl,
      };
      return {
        id: entry.id,
        name: entry.name ?? 'GitHub',
        kind: 'github',
        clientId: entry.clientId,
        clientSecret: entry.clientSecret,
        scopes: entry.scopes ?? ['read:user', 'user:email'],
        usernameClaim: entry.usernameClaim ?? 'login',
        github,
        allowInsecureRequests: Object.values(github).some(insecure),
      };
    }
    default:
      return {
        id: entry.id,
        name: entry.name!,
        kind: 'oidc',
        issuer: entry.issuer!,
        clientId: entry.clientId,
        clientSecret: entry.clientSecret,
        scopes: entry.scopes ?? ['openid', 'email', 'profile'],
        usernameClaim: entry.usernameClaim,
        allowInsecureRequests: insecure(entry.issuer),
      };
  }
}

export interface ProviderProblem {
  path: (string | number)[];
  message: string;
}

/**
 * The `AUTH_PROVIDERS` setting (a JSON array of provider entries), checked and resolved. Every problem is listed,
 * each under its entry's index and field, never only the first; with any problem there are no providers.
 */
export function parseSocialProviders(raw: string | undefined, production: boolean): { providers: SocialProvider[]; problems: ProviderProblem[] } {
  if (raw === undefined || raw.trim() === '') return { providers: [], problems: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { providers: [], problems: [{ path: [], message: 'must be a JSON array of providers (see the README)' }] };
  }
  const entries = z.array(providerEntry).max(10).safeParse(parsed);
  if (!entries.success) {
    return { providers: [], problems: entries.error.issues.map((issue) => ({ path: issue.path as (string | number)[], message: issue.message })) };
  }
  const problems: ProviderProblem[] = [];
  const seen = new Set<string>();
  entries.data.forEach((entry, index) => {
    if (seen.has(entry.id)) problems.push({ path: [index, 'id'], message: `"${entry.id}" is used twice` });
    seen.add(entry.id);
    for (const problem of entryProblems(entry, production)) problems.push({ path: [index, problem.path], message: problem.message });
  });
  if (problems.length) return { providers: [], problems };
  return { providers: entries.data.map((entry) => resolveEntry(entry, production)), problems };
}

/** The callback URL to register at a provider: the gateway's `/auth/oidc/<id>/callback` under PUBLIC_URL. */
export function callbackUrl(publicUrl: string, providerId: string): string {
  return new URL(`auth/oidc/${providerId}/callback`, publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`).toString();
}
