import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface DynamoConnection {
  /** Absent: real AWS from the environment's credentials and region. */
  endpoint?: string;
  region: string;
}

/** One document client per process (keep-alive on by default); local endpoints get dummy credentials. */
export function createDocumentClient(connection: DynamoConnection): DynamoDBDocumentClient {
  silenceAwsNodeVersionWarning();
  const config: DynamoDBClientConfig = { region: connection.region, maxAttempts: 5 };
  if (connection.endpoint) {
    config.endpoint = connection.endpoint;
    if (!process.env.AWS_ACCESS_KEY_ID) config.credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
  }
  return DynamoDBDocumentClient.from(new DynamoDBClient(config), {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
}

const awsWarningFilterInstalled = Symbol.for('marketplace.silenceAwsNodeVersionWarning');

function isAwsNodeVersionWarning(warning: unknown, rest: unknown[]): boolean {
  const first = rest[0];
  const type =
    typeof first === 'string' ? first : first && typeof first === 'object' ? (first as { type?: unknown }).type : undefined;
  if (type === 'NodeVersionSupportWarning') return true;
  if (typeof warning === 'string') return warning.startsWith('NodeVersionSupportWarning');
  if (warning instanceof Error) {
    return warning.name === 'NodeVersionSupportWarning' || warning.message.startsWith('NodeVersionSupportWarning');
  }
  return false;
}

/**
 * Drops the AWS SDK v3 `NodeVersionSupportWarning` ("... will require node >=22 ..."), which `@aws-sdk/core` emits
 * once per process through `process.emitWarning(message)` (type `Warning`, message starting with
 * `NodeVersionSupportWarning:`) when the first client is created on Node < 22. Every other warning passes through
 * untouched. Idempotent; call it early in each process (startDynamoDbLocal calls it too).
 */
export function silenceAwsNodeVersionWarning(): void {
  const proc = process as NodeJS.Process & { [awsWarningFilterInstalled]?: true };
  if (proc[awsWarningFilterInstalled]) return;
  proc[awsWarningFilterInstalled] = true;
  const original = process.emitWarning;
  const filtered = function (this: unknown, warning: string | Error, ...rest: unknown[]): void {
    if (isAwsNodeVersionWarning(warning, rest)) return;
    (original as (...args: unknown[]) => void).call(this, warning, ...rest);
  };
  process.emitWarning = filtered as typeof process.emitWarning;
}

