import { randomUUID } from 'node:crypto';
import type { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import express, { type Request, type Response, Router } from 'express';
import { type DocumentNode, getNamedType, type GraphQLOutputType, type GraphQLSchema, isObjectType, parse, TypeInfo, visit, visitWithTypeInfo } from 'graphql';
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

/** The type whose refresh token a browser sign-in keeps in the cookie. */
const SESSION_TYPE = 'AuthPayload';
/**
 * Response keys the gateway adds to every `AuthPayload` a browser's operation selects, so the cookie is set whatever
 * the operation itself selected; taken out of the answer before it is sent.
 */
const TOKEN_KEY = '_gatewayRefreshToken';
const EXPIRY_KEY = '_gatewayRefreshTokenExpiresAt';

/** What a browser's operation became: the document the gateway runs, and where it put the refresh token. */
interface SessionRewrite {
  query: string;
  /** Response keys the operation gave `refreshToken` itself (`refreshToken`, or its alias): answered `''`. */
  tokenKeys: Set<string>;
}

const sessionFieldsOf = new WeakMap<GraphQLSchema, readonly string[]>();

/** The mutation fields that answer an AuthPayload, directly or as a field of their answer (a social sign-in's `session`). */
function sessionFields(schema: GraphQLSchema): readonly string[] {
  let names = sessionFieldsOf.get(schema);
  if (!names) {
    const answersSession = (type: GraphQLOutputType) => {
      const named = getNamedType(type);
      return named.name === SESSION_TYPE || (isObjectType(named) && Object.values(named.getFields()).some((field) => getNamedType(field.type).name === SESSION_TYPE));
    };
    names = Object.values(schema.getMutationType()?.getFields() ?? {}).filter((field) => answersSession(field.type)).map((field) => field.name);
    sessionFieldsOf.set(schema, names);
  }
  return names;
}

/**
 * The browser's operation with the refresh token and its expiry selected (under the gateway's own keys) in every
 * AuthPayload it selects, so a sign-in gets its cookie whatever fields it asked for; null when it names no field
 * that answers one (the text is checked before anything is parsed) or does not parse (Apollo refuses it as usual).
 */
export function withSessionFields(query: string, schema: GraphQLSchema): SessionRewrite | null {
  if (!sessionFields(schema).some((name) => query.includes(name))) return null;
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch {
    return null;
  }
  const typeInfo = new TypeInfo(schema);
  const tokenKeys = new Set<string>();
  // Where each AuthPayload's selection set closes: the fields go in just before its `}`, on the same line, so the
  // lines of what the browser sent (and of any error in it) stay where they were.
  const closings: number[] = [];
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        if (node.name.value === 'refreshToken' && typeInfo.getParentType()?.name === SESSION_TYPE) tokenKeys.add(node.alias?.value ?? node.name.value);
        const type = typeInfo.getType();
        if (type && getNamedType(type).name === SESSION_TYPE && node.selectionSet?.loc) closings.push(node.selectionSet.loc.end - 1);
      },
    }),
  );
  if (closings.length === 0) return null;
  let rewritten = query;
  for (const at of closings.sort((a, b) => b - a)) {
    rewritten = `${rewritten.slice(0, at)} ${TOKEN_KEY}: refreshToken ${EXPIRY_KEY}: refreshTokenExpiresAt ${rewritten.slice(at)}`;
  }
  return { query: rewritten, tokenKeys };
}

/** Takes the refresh tokens the gateway selected out of an answer, blanking those the operation selected itself. */
function takeSessions(value: unknown, tokenKeys: Set<string>, found: { token: string; expiresAt: string | undefined }[]): void {
  if (Array.isArray(value)) {
    for (const item of value) takeSessions(item, tokenKeys, found);
    return;
  }
  if (!value || typeof value !== 'object') return;
  const object = value as Record<string, unknown>;
  if (TOKEN_KEY in object) {
    const token = object[TOKEN_KEY];
    const expiresAt = object[EXPIRY_KEY];
    delete object[TOKEN_KEY];
    delete object[EXPIRY_KEY];
    for (const key of tokenKeys) if (typeof object[key] === 'string') object[key] = '';
    if (typeof token === 'string' && token) found.push({ token, expiresAt: typeof expiresAt === 'string' ? expiresAt : undefined });
    return;
  }
  for (const child of Object.values(object)) takeSessions(child, tokenKeys, found);
}

/**
 * Moves the refresh token of every `AuthPayload` answer into the cookie when the browser asked for it
 * (`X-Session-Cookie: 1`), whatever the operation selected: the gateway selects the token itself.
 */
export function sessionCookiePlugin(options: CookieOptions): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart({ request, schema }) {
      if (request.http?.headers.get(SESSION_COOKIE_HEADER) !== '1') return;
      const host = request.http.headers.get('host');
      // A persisted query's hash must match its text, so one sent with its hash runs as it is (below).
      const rewrite = typeof request.query === 'string' && !request.extensions?.persistedQuery ? withSessionFields(request.query, schema) : null;
      if (rewrite) request.query = rewrite.query;
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const data = response.body.singleResult.data;
          const started = (data as { startSocialSignIn?: { state?: unknown } } | null | undefined)?.startSocialSignIn;
          if (started && typeof started.state === 'string') {
            response.http.headers.set('set-cookie', socialStateCookie(started.state, options, host));
            return;
          }
          const found: { token: string; expiresAt: string | undefined }[] = [];
          if (rewrite) takeSessions(data, rewrite.tokenKeys, found);
          else {
            // Not rewritten (a persisted query): what the operation selected itself.
            for (const value of Object.values(data ?? {})) {
              const payload = value as TokenPair | null;
              if (!payload || typeof payload.refreshToken !== 'string' || !payload.refreshToken) continue;
              found.push({ token: payload.refreshToken, expiresAt: typeof payload.refreshTokenExpiresAt === 'string' ? payload.refreshTokenExpiresAt : undefined });
              // The browser asked for the cookie: the token never stays in the body.
              payload.refreshToken = '';
            }
          }
          const session = found.at(-1);
          if (session) response.http.headers.set('set-cookie', refreshCookie(session.token, session.expiresAt, options, host));
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
