import { proofOfWorkFor } from '@marketplace/identity/testing';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

/** A signed-in user of the API. */
export interface SignedIn {
  accessToken: string;
  refreshToken: string;
  userId: string;
  roles: string[];
}

/** What seed helpers need of a platform: GraphQL, sign-in, sign-up with a verified email, the admin. */
export interface Api {
  admin: { email: string; password: string };
  /** Posts an operation to the gateway's /graphql, with an access token when given. */
  graphql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  /** Signs in through the gateway; throws unless it succeeds. */
  login(email: string, password: string): Promise<SignedIn>;
  /** Registers through the gateway, follows the emailed verification link and signs in. */
  signUp(email: string, password: string, name?: string): Promise<SignedIn>;
}

/**
 * An `Api` over a gateway reached by URL (a platform started as `npm start` starts it), for seed helpers and
 * scripts. `verificationToken` finds the token of the newest verification link mailed to an address.
 */
export function createHttpApi(options: {
  url: string;
  admin: { email: string; password: string };
  verificationToken: (email: string) => Promise<string>;
}): Api {
  const base = options.url.replace(/\/+$/, '');
  const api: Api = {
    admin: options.admin,
    async graphql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>> {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, ...((await res.json()) as object) };
    },
    async login(email, password) {
      const res = await api.graphql<{ login: { accessToken: string; refreshToken: string; user: { id: string; roles: string[] } } }>(
        `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken user { id roles } } }`,
        { input: { email, password } },
      );
      if (!res.data?.login) throw new Error(`login ${email}: ${JSON.stringify(res.errors)}`);
      const { accessToken, refreshToken, user } = res.data.login;
      return { accessToken, refreshToken, userId: user.id, roles: user.roles };
    },
    async signUp(email, password, name = 'Test User') {
      const pow = await proofOfWorkFor((query, variables) => api.graphql(query, variables), 'SIGN_UP');
      const registered = await api.graphql(`mutation($input: RegisterInput!, $pow: String) { register(input: $input, proofOfWork: $pow) { id } }`, { input: { email, password, name, acceptTerms: true }, pow });
      if (registered.errors) throw new Error(`register ${email}: ${JSON.stringify(registered.errors)}`);
      const verified = await api.graphql(`mutation($t: String!) { verifyEmail(token: $t) { id } }`, { t: await options.verificationToken(email) });
      if (verified.errors) throw new Error(`verify ${email}: ${JSON.stringify(verified.errors)}`);
      return api.login(email, password);
    },
  };
  return api;
}
