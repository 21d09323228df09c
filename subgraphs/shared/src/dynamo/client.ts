import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { StandardRetryStrategy } from '@smithy/core/retry';
import { NodeHttpHandler } from '@smithy/node-http-handler';

/** How long one process waits for the store before it answers "unavailable" instead of hanging. */
export interface DynamoTimeouts {
  /** Opening a connection (including waiting for a free socket). */
  connectTimeoutMs: number;
  /** One request, from sending to the complete answer. */
  requestTimeoutMs: number;
  /** Attempts per call, retries included; a timed-out attempt is never retried. */
  maxAttempts: number;
  /**
   * How long an idle connection is kept before this process closes it. Shorter than the store's own idle limit
   * (DynamoDB Local's Jetty closes one after 30 s): a call sent on a connection the store is closing fails with
   * "socket hang up", which the SDK reports as a timeout and so is never retried (see `NoRetryAfterTimeout`).
   */
  idleSocketMs: number;
}

/**
 * A stalled store costs one timeout (about a second), then the caller answers 503 / SERVICE_UNAVAILABLE.
 * Refused connections and throttling are retried with short backoff (well under a second for 3 attempts).
 */
export const DEFAULT_DYNAMO_TIMEOUTS: DynamoTimeouts = { connectTimeoutMs: 1000, requestTimeoutMs: 1000, maxAttempts: 3, idleSocketMs: 20_000 };

export interface DynamoConnection {
  /** Absent: real AWS from the environment's credentials and region. */
  endpoint?: string;
  region: string;
  /** Default {@link DEFAULT_DYNAMO_TIMEOUTS}. */
  timeouts?: Partial<DynamoTimeouts>;
}

/** The connection a process's config describes (`DYNAMODB_*` and `AWS_REGION`, see commonEnv). */
export function dynamoConnection(config: {
  DYNAMODB_ENDPOINT?: string | undefined;
  AWS_REGION: string;
  DYNAMODB_CONNECT_TIMEOUT_MS: number;
  DYNAMODB_REQUEST_TIMEOUT_MS: number;
  DYNAMODB_MAX_ATTEMPTS: number;
}): DynamoConnection {
  return {
    endpoint: config.DYNAMODB_ENDPOINT,
    region: config.AWS_REGION,
    timeouts: {
      connectTimeoutMs: config.DYNAMODB_CONNECT_TIMEOUT_MS,
      requestTimeoutMs: config.DYNAMODB_REQUEST_TIMEOUT_MS,
      maxAttempts: config.DYNAMODB_MAX_ATTEMPTS,
    },
  };
}

/**
 * The SDK's standard retries, except after a timeout: the request may have reached the store (a conditional
 * counter update applied twice would count one call twice), and a stalled store would only delay the answer.
 */
class NoRetryAfterTimeout extends StandardRetryStrategy {
  override refreshRetryTokenForRetry(...[token, info]: Parameters<StandardRetryStrategy['refreshRetryTokenForRetry']>) {
    if (isStoreTimeout(info.error)) return Promise.reject(new Error('a timed-out request is not retried'));
    return super.refreshRetryTokenForRetry(token, info);
  }
}

function isStoreTimeout(error: unknown): boolean {
  return error instanceof Error && error.name === 'TimeoutError';
}

const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * Whether `error` (or what it wraps) says the store did not answer: a timeout or a refused/reset connection.
 * Transports turn these into "unavailable, retry shortly" (503, SERVICE_UNAVAILABLE) rather than "internal".
 */
export function isStoreUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    if (isStoreTimeout(e)) return true;
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
    e = (e as { originalError?: unknown; cause?: unknown }).originalError ?? (e as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * One document client per process (keep-alive on by default); local endpoints get dummy credentials. Every
 * call is bounded by the connection's timeouts, so a stalled store yields an error in about a second.
 */
export function createDocumentClient(connection: DynamoConnection): DynamoDBDocumentClient {
  silenceAwsNodeVersionWarning();
  const timeouts = { ...DEFAULT_DYNAMO_TIMEOUTS, ...connection.timeouts };
  const config: DynamoDBClientConfig = {
    region: connection.region,
    retryStrategy: new NoRetryAfterTimeout(timeouts.maxAttempts),
    requestHandler: new NodeHttpHandler({
      connectionTimeout: timeouts.connectTimeoutMs,
      requestTimeout: timeouts.requestTimeoutMs,
      throwOnRequestTimeout: true,
      // The SDK's own agent settings (keep-alive, 50 sockets) plus an idle limit, which Node's agent lacks by default.
      httpAgent: { keepAlive: true, maxSockets: 50, timeout: timeouts.idleSocketMs },
      httpsAgent: { keepAlive: true, maxSockets: 50, timeout: timeouts.idleSocketMs },
    }),
  };
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

