import { generateKeyPairSync } from 'node:crypto';
import { type Caller, createMailer, randomToken } from '@marketplace/shared';
import { ANONYMOUS, startSubgraphHarness, type SubgraphHarness } from '@marketplace/shared/testing';
import { linkIn, startTestSmtp, type TestSmtp } from '../../../../test/support/smtp.ts';
import { buildIdentitySchema, createIdentityContext, type IdentityDeps } from '../index.ts';
import type { ProofOfWorkPurpose } from '../services/proof-of-work.ts';
import { verifyAccessToken } from '../public/access-token.ts';
import { proofOfWorkFor, testProofOfWorkSettings } from './proof-of-work.ts';

export { codes, type Result } from '@marketplace/shared/testing';
import type { Result } from '@marketplace/shared/testing';

export const PUBLIC_URL = 'http://localhost:4000';

export interface Session {
  accessToken: string;
  refreshToken: string;
  userId: string;
  /** The caller the gateway would forward for this session's access token. */
  caller: Caller;
}

/**
 * The identity subgraph on a table of its own (see `startSubgraphHarness`), with a real SMTP server and fresh
 * Ed25519 keys.
 */
export interface IdentityHarness extends SubgraphHarness<IdentityDeps> {
  smtp: TestSmtp;
  /** The caller a gateway would derive from an access token (null when the token does not verify). */
  callerOf(accessToken: string, clientId?: string): Promise<Caller | null>;
  /** A solved proof of work for `purpose` (cheap here, but solved for real). */
  proofOfWork(purpose: ProofOfWorkPurpose): Promise<string>;
  /** The `register` mutation with a freshly solved proof of work; the terms accepted unless `acceptTerms` says otherwise. */
  register(input: { email: string; password: string; name: string; acceptTerms?: boolean | null }): Promise<Result<{ register: { id: string } & Record<string, unknown> }>>;
  /** Registers, follows the emailed link and signs in. */
  signUp(email: string, password?: string, name?: string): Promise<Session>;
  signIn(email: string, password: string, clientId?: string): Promise<Session>;
  /** The token of the newest link to `email` whose path is `path` (e.g. `/verify-email`). */
  tokenFromMail(email: string, path: '/verify-email' | '/reset-password' | '/confirm-email'): Promise<string>;
  close(): Promise<void>;
}

export const DEFAULT_PASSWORD = 'correct-horse-battery';

export async function startIdentityHarness(label = 'id'): Promise<IdentityHarness> {
  const smtp = await startTestSmtp();
  const keys = generateKeyPairSync('ed25519', {
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  const base = await startSubgraphHarness<IdentityDeps>({
    subgraph: 'identity',
    label,
    deps: (b) => ({
      ...b,
      mailer: createMailer({ smtpUrl: smtp.url, mailDir: '/nonexistent', from: 'Marketplace <no-reply@test.local>', logger: b.logger }),
      jwtPrivateKey: keys.privateKey,
      jwtPublicKey: keys.publicKey,
      fingerprintSecret: randomToken(32),
      publicUrl: PUBLIC_URL,
      production: false,
      proofOfWork: testProofOfWorkSettings(),
    }),
    buildSchema: buildIdentitySchema,
    createContext: createIdentityContext,
  });
  const { deps, clock } = base;

  const harness: IdentityHarness = {
    ...base,
    smtp,
    async callerOf(accessToken, clientId = ANONYMOUS.clientId) {
      const claims = await verifyAccessToken(deps.jwtPublicKey, accessToken, clock.now());
      return claims ? { userId: claims.userId, roles: claims.roles, sessionId: claims.sessionId, clientId } : null;
    },
    proofOfWork: (purpose) => proofOfWorkFor((query, variables) => harness.run(query, variables), purpose),
    register: async (input) => harness.run(REGISTER, { input: { acceptTerms: true, ...input }, proofOfWork: await harness.proofOfWork('SIGN_UP') }),
    async signUp(email, password = DEFAULT_PASSWORD, name = 'Test User') {
      const registered = await harness.register({ email, password, name });
      if (registered.errors) throw new Error(`register ${email}: ${JSON.stringify(registered.errors)}`);
      const token = await harness.tokenFromMail(email, '/verify-email');
      const verified = await harness.run(VERIFY_EMAIL, { token });
      if (verified.errors) throw new Error(`verify ${email}: ${JSON.stringify(verified.errors)}`);
      return harness.signIn(email, password);
    },
    async signIn(email, password, clientId = ANONYMOUS.clientId) {
      const res = await harness.run<{ login: AuthPayloadShape }>(LOGIN, { input: { email, password } }, { roles: [], clientId });
      if (res.errors || !res.data) throw new Error(`login ${email}: ${JSON.stringify(res.errors)}`);
      const caller = await harness.callerOf(res.data.login.accessToken, clientId);
      if (!caller?.userId) throw new Error('login returned an access token that does not verify');
      return { accessToken: res.data.login.accessToken, refreshToken: res.data.login.refreshToken, userId: caller.userId, caller };
    },
    async tokenFromMail(email, path) {
      const subject = { '/verify-email': /verify/i, '/reset-password': /reset/i, '/confirm-email': /confirm your new/i }[path];
      const mail = await smtp.waitFor(email, subject);
      const token = linkIn(mail, `${PUBLIC_URL}${path}?token=`).searchParams.get('token');
      if (!token) throw new Error(`no token in the mail to ${email}`);
      return token;
    },
    close: () => smtp.close(),
  };
  return harness;
}

interface AuthPayloadShape {
  accessToken: string;
  refreshToken: string;
}

export const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterInput!, $proofOfWork: String) {
    register(input: $input, proofOfWork: $proofOfWork) { id email name roles status emailVerified createdAt }
  }
`;
export const VERIFY_EMAIL = /* GraphQL */ `
  mutation Verify($token: String!) { verifyEmail(token: $token) { id email emailVerified } }
`;
export const LOGIN = /* GraphQL */ `
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt
      user { id email roles status emailVerified }
    }
  }
`;
export const REFRESH = /* GraphQL */ `
  mutation Refresh($token: String!) {
    refreshSession(refreshToken: $token) { accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt user { id } }
  }
`;
