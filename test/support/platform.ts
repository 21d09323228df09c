import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import {
  buildIdentitySchema,
  createIdentityContext,
  ensureBootstrapAdmin,
  type IdentityDeps,
} from '@marketplace/identity';
import { verifyAccessToken } from '@marketplace/identity/access-token';
import { createSessionChecker } from '@marketplace/identity/session-status';
import {
  createLogger,
  createMailer,
  ensureTable,
  ManualClock,
  type RunningServer,
  startSubgraphServer,
  tableName,
} from '@marketplace/shared';
import { readCommittedSupergraph } from '../../gateway/src/compose/compose.ts';
import { startGateway, type GatewayOptions } from '../../gateway/src/gateway-server.ts';
import { testDb, testTablePrefix } from './dynamo.ts';
import { startTestSmtp, type TestSmtp } from './smtp.ts';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export interface TestPlatform {
  /** The gateway's base URL, e.g. http://127.0.0.1:39123. */
  url: string;
  clock: ManualClock;
  smtp: TestSmtp;
  admin: { email: string; password: string };
  internalSecret: string;
  subgraphUrls: Record<string, string>;
  /** Posts an operation to the gateway's /graphql, with an access token when given. */
  graphql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/**
 * The platform as a client sees it, inside the test process: every subgraph and the real gateway on
 * 127.0.0.1 port 0, over the run's DynamoDB Local with a table prefix of its own, a real SMTP server and a
 * manual clock. Tests talk to it over HTTP only.
 */
export async function startTestPlatform(overrides: Partial<GatewayOptions> = {}): Promise<TestPlatform> {
  const clock = new ManualClock(new Date());
  const prefix = testTablePrefix('it');
  const db = testDb();
  const logger = createLogger('test', 'silent');
  const smtp = await startTestSmtp();
  const { privateKey, publicKey } = generateKeyPairSync('ed25519', {
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  const internalSecret = randomBytes(32).toString('base64url');
  const fingerprintSecret = randomBytes(32).toString('base64url');
  const identityTable = tableName(prefix, 'identity');
  await ensureTable(db, identityTable);

  const identityDeps: IdentityDeps = {
    db,
    table: identityTable,
    clock,
    logger,
    mailer: createMailer({ smtpUrl: smtp.url, mailDir: '/nonexistent', from: 'Marketplace <no-reply@test.local>', logger }),
    jwtPrivateKey: privateKey,
    jwtPublicKey: publicKey,
    fingerprintSecret,
    publicUrl: 'http://localhost:4000',
    production: false,
  };
  const admin = { email: `admin-${prefix}@test.local`, password: 'admin-password-123' };
  await ensureBootstrapAdmin(identityDeps, { ...admin, dataDir: '/nonexistent' });

  const servers: RunningServer[] = [];
  const identity = await startSubgraphServer(
    {
      name: 'identity',
      schema: await buildIdentitySchema(),
      internalSecret,
      logger,
      clock,
      production: false,
      createContext: (base) => createIdentityContext(identityDeps, base),
    },
    { port: 0, host: '127.0.0.1' },
  );
  servers.push(identity);
  const subgraphUrls = { identity: identity.url };

  const sessions = createSessionChecker({ db, table: identityTable, clock }, { cacheMs: 0 });
  const gateway = await startGateway(
    {
      supergraphSdl: await readCommittedSupergraph(),
      subgraphUrls,
      internalSecret,
      fingerprintSecret,
      verifyToken: (token) => verifyAccessToken(publicKey, token, clock.now()),
      isSessionActive: (sessionId, userId) => sessions.isActive(sessionId, userId),
      trustProxyHops: 0,
      checkDatabase: async () => {
        await db.send(new ListTablesCommand({ Limit: 1 }));
      },
      logger,
      clock,
      production: false,
      introspection: true,
      explorer: true,
      maxBodyBytes: 100_000,
      maxDepth: 12,
      maxCost: 5_000,
      ...overrides,
    },
    { port: 0, host: '127.0.0.1' },
  );
  servers.push(gateway);

  return {
    url: gateway.url,
    clock,
    smtp,
    admin,
    internalSecret,
    subgraphUrls,
    async graphql(query, variables, token) {
      const res = await fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, ...((await res.json()) as object) };
    },
    async close() {
      for (const server of servers.reverse()) await server.close();
      await smtp.close();
    },
  };
}

/** The error codes of a response, in order. */
export function codes(response: GraphQLResponse): string[] {
  return (response.errors ?? []).map((e) => String(e.extensions?.code));
}
