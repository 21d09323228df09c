import { generateKeyPairSync } from 'node:crypto';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import {
  type Caller,
  createErrorFormatter,
  createLogger,
  createMailer,
  ensureTable,
  ManualClock,
  randomToken,
  tableName,
} from '@marketplace/shared';
import { graphql, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { testDb, testTablePrefix } from '../../../../test/support/dynamo.ts';
import { linkIn, startTestSmtp, type TestSmtp } from '../../../../test/support/smtp.ts';
import { verifyAccessToken } from '../public/access-token.ts';
import { buildIdentitySchema, createIdentityContext, type IdentityDeps } from '../index.ts';

export const PUBLIC_URL = 'http://localhost:4000';

export interface Result<T = Record<string, any>> {
  data?: T | null;
  errors?: GraphQLFormattedError[];
}

export interface Session {
  accessToken: string;
  refreshToken: string;
  userId: string;
  /** The caller the gateway would forward for this session's access token. */
  caller: Caller;
}

/**
 * The identity subgraph with real parts: its schema executed in-process, a table of its own on the run's
 * DynamoDB Local, a real SMTP server, fresh Ed25519 keys and a manual clock. Errors come back as the subgraph
 * server would format them.
 */
export interface IdentityHarness {
  deps: IdentityDeps;
  clock: ManualClock;
  smtp: TestSmtp;
  schema: GraphQLSchema;
  /** Runs an operation as `caller` (default: anonymous, from client `test-client`). */
  run<T = Record<string, any>>(source: string, variables?: Record<string, unknown>, caller?: Caller): Promise<Result<T>>;
  /** The caller a gateway would derive from an access token (null when the token does not verify). */
  callerOf(accessToken: string, clientId?: string): Promise<Caller | null>;
  /** Registers, follows the emailed link and signs in. */
  signUp(email: string, password?: string, name?: string): Promise<Session>;
  signIn(email: string, password: string, clientId?: string): Promise<Session>;
  /** The token of the newest link to `email` whose path is `path` (e.g. `/verify-email`). */
  tokenFromMail(email: string, path: '/verify-email' | '/reset-password'): Promise<string>;
  /** Every item in the table (tests look for what a refused operation must not have written). */
  scan(): Promise<Record<string, any>[]>;
  close(): Promise<void>;
}

export const DEFAULT_PASSWORD = 'correct-horse-battery';

export async function startIdentityHarness(label = 'id'): Promise<IdentityHarness> {
  const db = testDb();
  const table = tableName(testTablePrefix(label), 'identity');
  await ensureTable(db, table);
  const clock = new ManualClock('2026-03-01T09:00:00.000Z');
  const logger = createLogger('identity-test', 'silent');
  const smtp = await startTestSmtp();
  const keys = generateKeyPairSync('ed25519', {
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  const deps: IdentityDeps = {
    db,
    table,
    clock,
    logger,
    mailer: createMailer({ smtpUrl: smtp.url, mailDir: '/nonexistent', from: 'Marketplace <no-reply@test.local>', logger }),
    jwtPrivateKey: keys.privateKey,
    jwtPublicKey: keys.publicKey,
    fingerprintSecret: randomToken(32),
    publicUrl: PUBLIC_URL,
    production: false,
  };
  const schema = await buildIdentitySchema();
  const format = createErrorFormatter({ production: false, logger });

  const harness: IdentityHarness = {
    deps,
    clock,
    smtp,
    schema,
    async run(source, variables, caller = { roles: [], clientId: 'test-client' }) {
      const result = await graphql({
        schema,
        source,
        variableValues: variables,
        contextValue: createIdentityContext(deps, { caller, requestId: randomToken(8) }),
      });
      return {
        data: result.data as never,
        errors: result.errors?.map((error) => format(error.toJSON(), error)),
      };
    },
    async callerOf(accessToken, clientId = 'test-client') {
      const claims = await verifyAccessToken(deps.jwtPublicKey, accessToken, clock.now());
      return claims ? { userId: claims.userId, roles: claims.roles, sessionId: claims.sessionId, clientId } : null;
    },
    async signUp(email, password = DEFAULT_PASSWORD, name = 'Test User') {
      const registered = await harness.run(REGISTER, { input: { email, password, name } });
      if (registered.errors) throw new Error(`register ${email}: ${JSON.stringify(registered.errors)}`);
      const token = await harness.tokenFromMail(email, '/verify-email');
      const verified = await harness.run(VERIFY_EMAIL, { token });
      if (verified.errors) throw new Error(`verify ${email}: ${JSON.stringify(verified.errors)}`);
      return harness.signIn(email, password);
    },
    async signIn(email, password, clientId = 'test-client') {
      const res = await harness.run<{ login: AuthPayloadShape }>(LOGIN, { input: { email, password } }, { roles: [], clientId });
      if (res.errors || !res.data) throw new Error(`login ${email}: ${JSON.stringify(res.errors)}`);
      const caller = await harness.callerOf(res.data.login.accessToken, clientId);
      if (!caller?.userId) throw new Error('login returned an access token that does not verify');
      return { accessToken: res.data.login.accessToken, refreshToken: res.data.login.refreshToken, userId: caller.userId, caller };
    },
    async tokenFromMail(email, path) {
      const mail = await smtp.waitFor(email, path === '/verify-email' ? /verify/i : /reset/i);
      const token = linkIn(mail, `${PUBLIC_URL}${path}?token=`).searchParams.get('token');
      if (!token) throw new Error(`no token in the mail to ${email}`);
      return token;
    },
    async scan() {
      const items: Record<string, any>[] = [];
      let startKey: Record<string, unknown> | undefined;
      do {
        const out = await db.send(new ScanCommand({ TableName: table, ExclusiveStartKey: startKey, ConsistentRead: true }));
        items.push(...(out.Items ?? []));
        startKey = out.LastEvaluatedKey;
      } while (startKey);
      return items;
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
  mutation Register($input: RegisterInput!) {
    register(input: $input) { id email name roles status emailVerified createdAt }
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

/** The `extensions.code` of each error, in order. */
export function codes(result: Result): string[] {
  return (result.errors ?? []).map((e) => String(e.extensions?.code));
}
