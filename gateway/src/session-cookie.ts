import { randomUUID } from 'node:crypto';
import type { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import express, { type Request, type Response, Router } from 'express';
import { type BaseContext, createProblemSender, DomainError, type Logger, notJsonBody } from '@marketplace/shared';
import { type CallerResolver, resolveRestCaller } from './caller.ts';

/**
 * Keeps the web app's refresh token out of JavaScript: in an `HttpOnly; SameSite=Strict` cookie scoped to `/auth`,
 * the only path that spends it. A browser asks for this by sending `X-Session-Cookie: 1` with a mutation that
 * returns an `AuthPayload` (login); the token then goes into the cookie and the body carries an empty string.
 * API clients without the header get the token in the body, as the schema documents.
 */
export const REFRESH_COOKIE = 'mp_refresh';
/**
 * Binds a social sign-in to the browser that started it: the flow's `state`, checked against the provider's
 * callback. `SameSite=Lax`, because the callback is a top-level navigation from the provider's site.
 */
export const SOCIAL_STATE_COOKIE = 'mp_oidc';
const SOCIAL_STATE_PATH = '/auth/oidc';
const SOCIAL_STATE_MAX_AGE_S = 600;
export const SESSION_COOKIE_HEADER = 'x-session-cookie';
const COOKIE_PATH = '/auth';

const REFRESH = /* GraphQL */ `
  mutation GatewayRefresh($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) { accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt }
  }
`;
const LOGOUT = /* GraphQL */ `mutation GatewayLogout($refreshToken: String) { logout(refreshToken: $refreshToken) }`;

export interface CookieOptions {
  production: boolean;
}

/** `Secure` in production; in development only on loopback hosts, which browsers treat as secure over http. */
function secureFlag(production: boolean, host: string | undefined): string {
  const hostname = (host ?? '').replace(/:\d+$/, '');
  return production || hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]' ? '; Secure' : '';
}

/** The refresh cookie; without `expiresAt` (a sign-in that did not select it) a session cookie, which the token's own expiry bounds anyway. */
export function refreshCookie(token: string, expiresAt: string | Date | undefined, options: CookieOptions, host: string | undefined): string {
  const expires = expiresAt === undefined ? '' : `; Expires=${new Date(expiresAt).toUTCString()}`;
  return `${REFRESH_COOKIE}=${token}; Path=${COOKIE_PATH}${expires}; HttpOnly; SameSite=Strict${secureFlag(options.production, host)}`;
}

function clearedCookie(options: CookieOptions, host: string | undefined): string {
  return `${REFRESH_COOKIE}=; Path=${COOKIE_PATH}; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Strict${secureFlag(options.production, host)}`;
}

export function socialStateCookie(state: string, options: CookieOptions, host: string | undefined): string {
  return `${SOCIAL_STATE_COOKIE}=${state}; Path=${SOCIAL_STATE_PATH}; Max-Age=${SOCIAL_STATE_MAX_AGE_S}; HttpOnly; SameSite=Lax${secureFlag(options.production, host)}`;
}

export function clearedSocialStateCookie(options: CookieOptions, host: string | undefined): string {
  return `${SOCIAL_STATE_COOKIE}=; Path=${SOCIAL_STATE_PATH}; Max-Age=0; HttpOnly; SameSite=Lax${secureFlag(options.production, host)}`;
}

/** A cookie's value from the request's cookie header, if any. */
export function cookieOf(cookieHeader: string | undefined, cookie: string): string | undefined {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === cookie) return value.join('=') || undefined;
  }
  return undefined;
}

/** The refresh token from the request's cookie header, if any. */
export function refreshTokenOf(cookieHeader: string | undefined): string | undefined {
  return cookieOf(cookieHeader, REFRESH_COOKIE);
}


interface TokenPair {
  refreshToken?: unknown;
  refreshTokenExpiresAt?: unknown;
}

/** Moves the refresh token of an `AuthPayload` answer into the cookie when the browser asked for it. */
export function sessionCookiePlugin(options: CookieOptions): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart({ request }) {
      if (request.http?.headers.get(SESSION_COOKIE_HEADER) !== '1') return;
      const host = request.http.headers.get('host');
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const started = (response.body.singleResult.data as { startSocialSignIn?: { state?: unknown } } | null | undefined)?.startSocialSignIn;
          if (started && typeof started.state === 'string') {
            response.http.headers.set('set-cookie', socialStateCookie(started.state, options, host));
            return;
          }
          for (const value of Object.values(response.body.singleResult.data ?? {})) {
            const payload = value as TokenPair | null;
            if (!payload || typeof payload.refreshToken !== 'string' || !payload.refreshToken) continue;
            // The browser asked for the cookie: the token never stays in the body, whether or not its expiry was selected.
            const expiresAt = typeof payload.refreshTokenExpiresAt === 'string' ? payload.refreshTokenExpiresAt : undefined;
            response.http.headers.set('set-cookie', refreshCookie(payload.refreshToken, expiresAt, options, host));
            payload.refreshToken = '';
          }
        },
      };
    },
  };
}

/**
 * `POST /auth/refresh` spends the cookie's refresh token for a new access token (and rotates the cookie);
 * `POST /auth/logout` ends the session and clears the cookie. Both require a JSON request, which a cross-site form
 * cannot send, on top of the cookie's `SameSite=Strict`.
 */
export function sessionRoutes(apollo: ApolloServer<BaseContext>, options: CookieOptions & CallerResolver & { logger: Logger }): Router {
  const router = Router();
  const refuse = createProblemSender(options.logger);
  // The refresh cookie is the one input of both routes; a refusal for it names it.
  const cookieField = `cookie.${REFRESH_COOKIE}`;
  // Only the two routes: any other path under /auth is not one (404), whatever its method.
  router.all(['/refresh', '/logout'], (req, res, next) => {
    if (req.method !== 'POST') {
      refuse(req, res, new DomainError('METHOD_NOT_ALLOWED', `Use POST ${req.originalUrl.split('?')[0]}.`), { allow: 'POST' });
      return;
    }
    if (!req.is('application/json')) {
      refuse(req, res, notJsonBody());
      return;
    }
    res.setHeader('Cache-Control', 'no-store');
    next();
  }, express.json({ limit: 1024 }));

  // The result of `query` as the request's caller, or null when the caller was refused (the answer is then sent).
  const run = async (req: Request, res: Response, query: string, variables: Record<string, unknown>) => {
    const caller = await resolveRestCaller(req, options);
    if (caller instanceof DomainError) return refuse(req, res, caller), null;
    const response = await apollo.executeOperation({ query, variables }, { contextValue: { caller, requestId: randomUUID() } });
    return response.body.kind === 'single' ? response.body.singleResult : { errors: [{ message: 'unexpected incremental result' }] };
  };

  router.post('/refresh', async (req: Request, res: Response) => {
    const token = refreshTokenOf(req.headers.cookie);
    if (!token) {
      refuse(req, res, new DomainError('UNAUTHENTICATED', 'No session: sign in again.', { field: cookieField }));
      return;
    }
    const result = await run(req, res, REFRESH, { refreshToken: token });
    if (!result) return;
    const payload = (result.data as { refreshSession?: Record<string, string> } | null | undefined)?.refreshSession;
    if (payload) {
      res.setHeader('Set-Cookie', refreshCookie(payload.refreshToken!, payload.refreshTokenExpiresAt!, options, req.headers.host));
      res.json({ accessToken: payload.accessToken, accessTokenExpiresAt: payload.accessTokenExpiresAt, refreshTokenExpiresAt: payload.refreshTokenExpiresAt });
      return;
    }
    const code = result.errors?.[0]?.extensions?.code;
    if (code === 'UNAUTHENTICATED' || code === 'BAD_USER_INPUT') {
      res.setHeader('Set-Cookie', clearedCookie(options, req.headers.host));
      refuse(req, res, new DomainError('UNAUTHENTICATED', 'The session has ended: sign in again.', { field: cookieField }));
      return;
    }
    // The session may well be fine; identity could not be asked. Keep the cookie for the next try.
    const cause = new Error(`refreshSession failed: ${result.errors?.map((e) => e.message).join('; ') ?? 'no answer'}`);
    refuse(req, res, new DomainError('UNAVAILABLE', 'Could not renew the session right now; try again shortly.', { retryAfterSeconds: 1, cause }));
  });

  router.post('/logout', async (req: Request, res: Response) => {
    const token = refreshTokenOf(req.headers.cookie);
    // Cleared whatever happens next: signing out must not leave the browser holding the cookie.
    res.setHeader('Set-Cookie', clearedCookie(options, req.headers.host));
    const result = await run(req, res, LOGOUT, { refreshToken: token ?? null });
    if (!result) return;
    res.json({ signedOut: !result.errors?.length });
  });
  return router;
}
