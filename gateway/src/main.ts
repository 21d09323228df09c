import { fileURLToPath } from 'node:url';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { createSessionChecker } from '@marketplace/identity/public';
import { verifyAccessToken } from '@marketplace/identity/public';
import {
  createDocumentClient,
  dynamoConnection,
  createLogger,
  loadSecrets,
  runService,
  systemClock,
  tableName,
} from '@marketplace/shared';
import { readCommittedSupergraph } from './compose/compose.ts';
import { loadGatewayConfig } from './config.ts';
import { startGateway } from './gateway-server.ts';
import { defaultSubgraphUrl, SERVICES, serviceHealthUrl, SUBGRAPHS } from './subgraphs.ts';

await runService('gateway', async () => {
  const config = loadGatewayConfig();
  const secrets = loadSecrets({
    nodeEnv: config.NODE_ENV,
    dataDir: config.DATA_DIR,
    need: ['internalSecret', 'jwtPublicKey', 'fingerprintSecret'],
  });
  const logger = createLogger('gateway', config.LOG_LEVEL);
  const clock = systemClock;
  const db = createDocumentClient(dynamoConnection(config));
  // One second: a logout, suspension or role change applies that fast, for two reads per active session a second.
  const sessions = createSessionChecker({ db, table: tableName(config.TABLE_PREFIX, 'identity'), clock }, { cacheMs: 1000 });
  const server = await startGateway(
    {
      supergraphSdl: await readCommittedSupergraph(),
      subgraphUrls: Object.fromEntries(SUBGRAPHS.map((s) => [s.name, defaultSubgraphUrl(s)])),
      serviceHealthUrls: Object.fromEntries(SERVICES.map((s) => [s.name, serviceHealthUrl(s)])),
      internalSecret: secrets.internalSecret,
      fingerprintSecret: secrets.fingerprintSecret,
      verifyToken: (token) => verifyAccessToken(secrets.jwtPublicKey, token, clock.now()),
      sessionStatus: (sessionId, userId) => sessions.status(sessionId, userId),
      trustProxyHops: config.TRUST_PROXY_HOPS,
      checkDatabase: async (signal) => {
        await db.send(new ListTablesCommand({ Limit: 1 }), { abortSignal: signal });
      },
      healthTimeoutMs: config.HEALTH_TIMEOUT_MS,
      logger,
      clock,
      production: config.production,
      introspection: config.introspection,
      explorer: config.explorer,
      maxBodyBytes: config.MAX_BODY_BYTES,
      maxDepth: config.MAX_QUERY_DEPTH,
      maxCost: config.MAX_QUERY_COST,
      clientDist: fileURLToPath(new URL('../../client/dist/', import.meta.url)),
    },
    { port: config.GATEWAY_PORT, host: config.HOST },
  );
  logger.info({ url: server.url }, 'gateway listening');
  return server;
});
