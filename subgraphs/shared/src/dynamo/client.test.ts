import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createErrorFormatter } from '../graphql-errors.ts';
import { createLogger } from '../logger.ts';
import { createDocumentClient, DEFAULT_DYNAMO_TIMEOUTS, isStoreUnavailable } from './client.ts';

/** A store stand-in that counts requests and never answers them (like DynamoDB Local under SIGSTOP). */
async function silentStore(): Promise<{ endpoint: string; requests: () => number; server: Server }> {
  let requests = 0;
  const server = createServer(() => {
    requests++; // never answered
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests: () => requests, server };
}

async function closedPort(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

const get = new GetCommand({ TableName: 'anything', Key: { pk: 'a', sk: 'b' } });
const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

describe('a document client on a store that does not answer', () => {
  it('fails after the request timeout, once, without retrying the request', async () => {
    const store = await silentStore();
    servers.push(store.server);
    const db = createDocumentClient({
      endpoint: store.endpoint,
      region: 'us-east-1',
      timeouts: { requestTimeoutMs: 300, maxAttempts: 3 },
    });
    const started = performance.now();
    const error = await db.send(get).then(
      () => undefined,
      (e: unknown) => e,
    );
    const ms = performance.now() - started;
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('TimeoutError');
    expect(isStoreUnavailable(error)).toBe(true);
    expect(ms).toBeGreaterThanOrEqual(290);
    expect(ms).toBeLessThan(1500);
    // A retried write might be applied twice once the store wakes up: one attempt only.
    expect(store.requests()).toBe(1);
    db.destroy();
  });

  it('retries a refused connection with short backoff, then reports the store unavailable', async () => {
    const db = createDocumentClient({ endpoint: await closedPort(), region: 'us-east-1', timeouts: { maxAttempts: 3 } });
    const started = performance.now();
    const error = (await db.send(get).catch((e: unknown) => e)) as Error & { $metadata?: { attempts?: number } };
    expect(isStoreUnavailable(error)).toBe(true);
    expect(error.$metadata?.attempts).toBe(3);
    expect(performance.now() - started).toBeLessThan(1500);
    db.destroy();
  });
});

describe('a document client between calls', () => {
  it('closes an idle connection itself, before the store would, and the next call opens a fresh one', async () => {
    const closedBy: string[] = [];
    let connections = 0;
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' }).end('{}'));
    });
    // Like DynamoDB Local's Jetty, which closes a connection idle for 30 s (here 5 s, Node's default).
    server.keepAliveTimeout = 5_000;
    server.on('connection', (socket) => {
      connections++;
      socket.on('end', () => closedBy.push('client'));
      socket.on('timeout', () => closedBy.push('store'));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
    const db = createDocumentClient({ endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, region: 'us-east-1', timeouts: { idleSocketMs: 200 } });
    expect((await db.send(get)).Item).toBeUndefined();
    await vi.waitFor(() => expect(closedBy).toEqual(['client']), { timeout: 2_000, interval: 50 });
    await db.send(get);
    expect(connections).toBe(2);
    db.destroy();
  });

  it('keeps an idle connection for less than DynamoDB Local keeps it (30 s) by default', () => {
    expect(DEFAULT_DYNAMO_TIMEOUTS.idleSocketMs).toBeLessThan(30_000);
  });
});

describe('isStoreUnavailable', () => {
  it('finds a timeout or a refused connection inside the errors GraphQL wraps it in, and nothing else', () => {
    const timeout = Object.assign(new Error('timed out'), { name: 'TimeoutError' });
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    expect(isStoreUnavailable(new GraphQLError('Context creation failed', { originalError: timeout }))).toBe(true);
    expect(isStoreUnavailable(new Error('wrapped', { cause: refused }))).toBe(true);
    expect(isStoreUnavailable(new Error('ConditionalCheckFailed'))).toBe(false);
    expect(isStoreUnavailable(Object.assign(new Error('x'), { code: 'ENOENT' }))).toBe(false);
    expect(isStoreUnavailable(undefined)).toBe(false);
  });

  it('turns into SERVICE_UNAVAILABLE in GraphQL, without internals', () => {
    const format = createErrorFormatter({ production: true, logger: createLogger('test', 'silent') });
    const timeout = Object.assign(new Error('@smithy/node-http-handler - [ERROR] a request has exceeded 1000 ms'), { name: 'TimeoutError' });
    const raw = new GraphQLError(timeout.message, { path: ['solutions'], originalError: timeout });
    const formatted = format({ message: timeout.message, path: ['solutions'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, raw);
    expect(formatted).toEqual({
      message: 'The data store did not answer in time; retry shortly.',
      path: ['solutions'],
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
  });
});
