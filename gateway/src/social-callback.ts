import { randomUUID, timingSafeEqual } from 'node:crypto';
import type { ApolloServer } from '@apollo/server';
import { type Request, type Response, Router } from 'express';
import type { BaseContext } from '@marketplace/shared';
import { type CallerResolver, resolveCaller } from './caller.ts';
import { clearedSocialStateCookie, type CookieOptions, cookieOf, refreshCookie, SOCIAL_STATE_COOKIE } from './session-cookie.ts';

const COMPLETE = /* GraphQL */ `
  mutation GatewaySocialCallback($provider: ID!, $query: String!, $state: String!) {
    completeSocialSignIn(provider: $provider, query: $query, state: $state) {
      outcome linkToken next code linking
      session { refreshToken refreshTokenExpiresAt }
    }
  }
`;

interface Completion {
  outcome: 'SIGNED_IN' | 'LINKED' | 'LINK_REQUIRED' | 'REFUSED';
  linkToken: string | null;
  next: string | null;
  code: string | null;
  linking: boolean;
  session: { refreshToken: string; refreshTokenExpiresAt: string } | null;
}

const sameText = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * `GET /auth/oidc/<provider>/callback`: where every provider sends the browser back (register this URL at the
 * provider). The flow's `state` must match the HttpOnly cookie set when this browser started it, so nobody can
 * finish a sign-in in someone else's browser; identity then exchanges the code and decides. The browser always ends
 * on a page of the web app: signed in (refresh cookie set, as after a password sign-in), asked to prove control of
 * an existing account (a single-use link token in the URL), or on the sign-in page with an error code it explains.
 */
export function socialCallbackRoutes(apollo: ApolloServer<BaseContext>, options: CookieOptions & CallerResolver): Router {
  const router = Router();
  router.get('/:provider/callback', async (req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-store');
    const provider = String(req.params.provider);
    const cookies = [clearedSocialStateCookie(options, req.headers.host)];
    const redirect = (path: string) => {
      res.setHeader('Set-Cookie', cookies);
      res.redirect(303, path);
    };
    const refused = (code: string, linking = false) =>
      redirect(`${linking ? '/account/sign-in-methods' : '/login'}?${new URLSearchParams({ error: code, provider })}`);

    const state = typeof req.query.state === 'string' ? req.query.state : '';
    const bound = cookieOf(req.headers.cookie, SOCIAL_STATE_COOKIE);
    if (!/^[a-z0-9-]{1,32}$/.test(provider) || !state || !bound || !sameText(state, bound)) return refused('STATE_MISMATCH');

    const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?') + 1) : '';
    const contextValue = { caller: await resolveCaller(req, options), requestId: randomUUID() };
    const response = await apollo.executeOperation({ query: COMPLETE, variables: { provider, query, state } }, { contextValue });
    const result = response.body.kind === 'single' ? response.body.singleResult : null;
    const done = (result?.data as { completeSocialSignIn?: Completion } | null | undefined)?.completeSocialSignIn;
    if (!done) return refused(result?.errors?.[0]?.extensions?.code === 'BAD_USER_INPUT' ? 'SIGN_IN_INVALID' : 'UNAVAILABLE');

    const next = done.next && done.next.startsWith('/') && !done.next.startsWith('//') ? done.next : '/dashboard';
    switch (done.outcome) {
      case 'SIGNED_IN':
        cookies.push(refreshCookie(done.session!.refreshToken, done.session!.refreshTokenExpiresAt, options, req.headers.host));
        return redirect(`/login/complete?${new URLSearchParams({ next })}`);
      case 'LINKED':
        return redirect(`/account/sign-in-methods?${new URLSearchParams({ linked: provider })}`);
      case 'LINK_REQUIRED':
        return redirect(`/link-account?${new URLSearchParams({ token: done.linkToken! })}`);
      default:
        return refused(done.code ?? 'SIGN_IN_INVALID', done.linking);
    }
  });
  return router;
}
