import { fileURLToPath } from 'node:url';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { createSessionChecker, verifyAccessToken } from '@marketplace/identity/public';
import { createDocumentClient, createLogger, dynamoConnection, loadSecrets, type Logger, systemClock, tableName } from '@marketplace/shared';
import { readCommittedSupergraph, SCHEMA_DIR } from './compose/compose.ts';
import { gatewayProcess, loadGatewayConfig } from './config.ts';
import type { GatewayOptions } from './gateway-server.ts';
import { defaultSubgraphUrl, SERVICES, serviceHealthUrl, SUBGRAPHS } from './subgraphs.ts';

/**
 * Builds the gateway's options from the environment, for `main.ts` (listens) and `lambda.ts` (answers HTTP API
 * events). `schemaDir`: where the committed supergraph is (a Lambda bundle carries its own copy).
 */
export async function setupGateway(
  where: { schemaDir?: string } = {},
): Promise<{ options: GatewayOptions; listen: { port: number; host: string }; logger: Logger }> {
  const config = loadGatewayConfig();
  const secrets = loadSecrets({ nodeEnv: config.NODE_ENV, dataDir: config.DATA_DIR, need: gatewayProcess.need });
  const logger = createLogger(gatewayProcess.name, config.LOG_LEVEL);
  const clock = systemClock;
  const db = createDocumentClient(dynamoConnection(config));
  // One second: a logout, suspension or role change applies that fast, for two reads per active session a second.
  const sessions = createSessionChecker({ db, table: tableName(config.TABLE_PREFIX, 'identity'), clock }, { cacheMs: 1000 });
  const options: GatewayOptions = {
    supergraphSdl: await readCommittedSupergraph(where.schemaDir ?? SCHEMA_DIR),
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
    publicConfig: { quotaUrl: config.quotaUrl },
  };
  return { options, listen: { port: config.GATEWAY_PORT, host: config.HOST }, logger };
}
