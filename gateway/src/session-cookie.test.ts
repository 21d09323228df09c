import { ApolloServer, HeaderMap } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCookiePlugin } from './session-cookie.ts';

// The gateway's plugin over a stand-in of the API's sign-in types (no platform): a browser that asks for the
// cookie (X-Session-Cookie: 1) gets it whatever its login selects, and never the token in the body.
const typeDefs = /* GraphQL */ `
  type User { id: ID! }
  type AuthPayload { accessToken: String! accessTokenExpiresAt: String! refreshToken: String! refreshTokenExpiresAt: String! user: User! }
  type SocialSignInResult { outcome: String! session: AuthPayload }
  type Query { me: User }
  type Mutation { login(email: String!): AuthPayload! confirmSocialLinkByEmail(token: String!): SocialSignInResult! }
`;
const EXPIRES = '2027-01-02T03:04:05.000Z';
let issued = 0;
const payload = () => ({ accessToken: 'access', accessTokenExpiresAt: EXPIRES, refreshToken: `refresh-${++issued}`, refreshTokenExpiresAt: EXPIRES, user: { id: 'u1' } });
const seen: string[] = [];
const server = new ApolloServer({
  typeDefs,
  resolvers: {
    Query: { me: () => ({ id: 'u1' }) },
    Mutation: { login: () => payload(), confirmSocialLinkByEmail: () => ({ outcome: 'SIGNED_IN', session: payload() }) },
  },
  plugins: [sessionCookiePlugin({ production: false }), { async requestDidStart({ request }) { seen.push(request.query ?? ''); } }],
});
beforeAll(() => server.start());
afterAll(() => server.stop());

async function post(query: string, browser = true) {
  const headers = new HeaderMap([['content-type', 'application/json'], ['host', 'localhost:4000']]);
  if (browser) headers.set('x-session-cookie', '1');
  const response = await server.executeHTTPGraphQLRequest({ httpGraphQLRequest: { method: 'POST', headers, search: '', body: { query } }, context: async () => ({}) as never });
  if (response.body.kind !== 'complete') throw new Error('expected a complete answer');
  return { cookie: response.headers.get('set-cookie'), body: JSON.parse(response.body.string) as { data?: Record<string, any>; errors?: { message: string; locations?: unknown }[] } };
}

describe('a browser sign-in gets its refresh cookie whatever it selects', () => {
  it('sets the cookie, with the token\'s expiry, for a login that selects neither refreshToken nor its expiry, and answers only what was selected', async () => {
    const { cookie, body } = await post('mutation { login(email: "a@example.com") { accessToken user { id } } }');
    expect(cookie).toMatch(new RegExp(`^mp_refresh=refresh-\\d+; Path=/auth; Expires=${new Date(EXPIRES).toUTCString()}; HttpOnly; SameSite=Strict; Secure$`));
    expect(body).toEqual({ data: { login: { accessToken: 'access', user: { id: 'u1' } } } });
  });

  it('blanks the token however it is selected (an alias, a fragment) and finds a session nested in the answer', async () => {
    const aliased = await post('mutation { login(email: "a@example.com") { ...Tokens } } fragment Tokens on AuthPayload { rt: refreshToken accessToken }');
    expect(aliased.cookie).toMatch(/^mp_refresh=refresh-\d+;/);
    expect(aliased.body).toEqual({ data: { login: { rt: '', accessToken: 'access' } } });
    const nested = await post('mutation { confirmSocialLinkByEmail(token: "t") { outcome session { refreshToken } } }');
    expect(nested.cookie).toMatch(/^mp_refresh=refresh-\d+;/);
    expect(nested.body).toEqual({ data: { confirmSocialLinkByEmail: { outcome: 'SIGNED_IN', session: { refreshToken: '' } } } });
  });

  it('leaves API clients (no header) and operations without a sign-in as they were sent', async () => {
    seen.length = 0;
    const api = await post('mutation { login(email: "a@example.com") { refreshToken } }', false);
    expect(api.cookie).toBeUndefined();
    expect(api.body.data!.login.refreshToken).toMatch(/^refresh-\d+$/);
    const me = await post('{ me { id } }');
    expect(me.cookie).toBeUndefined();
    expect(seen).toEqual(['mutation { login(email: "a@example.com") { refreshToken } }', '{ me { id } }']);
  });

  it('keeps the lines of what the browser sent: an error in its login points where it was', async () => {
    const { cookie, body } = await post('mutation {\n  login(email: "a@example.com") {\n    accessToken\n    nope\n  }\n}');
    expect(cookie).toBeUndefined();
    expect(body.errors?.[0]?.locations).toEqual([{ line: 4, column: 5 }]);
  });
});
