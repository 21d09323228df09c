import { z } from 'zod';
import { commonEnv, createDocumentClient, describeChainReport, dynamoConnection, loadConfig, platformDynamoEndpoint, port, verifyAuditStreams } from '@marketplace/shared';

/**
 * `npm run audit:verify`: checks the hash chain of every audit stream and prints the first broken link of each.
 * Reads the store the platform uses (DYNAMODB_ENDPOINT, else the embedded one `npm start` runs) and TABLE_PREFIX.
 * Exit 0: every chain holds; 1: a chain is broken; 2: the store could not be read.
 */
const config = loadConfig(z.object({ ...commonEnv, DYNAMODB_PORT: port(8000) }));
const endpoint = platformDynamoEndpoint(config, config.DATA_DIR);
const db = createDocumentClient(dynamoConnection({ ...config, DYNAMODB_ENDPOINT: endpoint }));
try {
  const reports = await verifyAuditStreams(db, config.TABLE_PREFIX);
  if (!reports.length) console.log(`No audit streams found under the table prefix "${config.TABLE_PREFIX}" at ${endpoint}.`);
  for (const report of reports) console.log(describeChainReport(report));
  process.exit(reports.every((report) => report.ok) ? 0 : 1);
} catch (error) {
  console.error(`The audit trail could not be read at ${endpoint}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
