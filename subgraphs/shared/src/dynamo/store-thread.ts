import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import * as ddb from '@aws-sdk/client-dynamodb';
import * as lib from '@aws-sdk/lib-dynamodb';
import { createDocumentClient, type DynamoConnection } from './client.ts';

/** Marks a worker started by {@link createThreadedDocumentClient}. */
const STORE_THREAD = 'marketplace.storeThread';

interface Call {
  id: number;
  command: string;
  input: unknown;
}
type Answer = { id: number; output: unknown } | { id: number; error: { name: string; message: string; props: Record<string, unknown> } };

/**
 * A DynamoDB document client whose calls run on a worker thread: the AWS SDK's serde, SigV4 signing and socket
 * writes (0.6–1 ms of CPU a call on a small machine) leave the calling thread's event loop, which only posts the
 * command and resolves its answer. Commands and answers are plain data (structured clone); a refusal comes back as
 * the SDK's own exception class (`instanceof ConditionalCheckFailedException` holds), with its fields. For a process
 * whose loop must answer fast while it writes in the background (the quota shim).
 */
export function createThreadedDocumentClient(connection: DynamoConnection): lib.DynamoDBDocumentClient & { closeThread(): Promise<void> } {
  // The returned client keeps the SDK's config and types; only `send` goes to the thread.
  const db = createDocumentClient(connection) as lib.DynamoDBDocumentClient & { closeThread(): Promise<void> };
  const url = new URL(import.meta.url);
  const options = { workerData: { [STORE_THREAD]: connection } };
  // From TypeScript sources (npm start, tests; run from the repository, where tsx resolves) the thread registers tsx
  // before it loads this file (Node 20 does not pass a parent's loader hooks on to its workers); a bundle is plain JS
  // and loads itself.
  const worker = url.pathname.endsWith('.ts')
    ? new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`, { ...options, eval: true })
    : new Worker(url, options);
  worker.unref();
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: unknown) => void }>();
  let next = 0;
  worker.on('message', (answer: Answer) => {
    const call = pending.get(answer.id);
    if (!call) return;
    pending.delete(answer.id);
    if ('output' in answer) call.resolve(answer.output);
    else call.reject(errorOf(answer.error));
  });
  const failAll = (error: unknown) => {
    for (const call of pending.values()) call.reject(error);
    pending.clear();
  };
  worker.on('error', failAll);
  worker.on('exit', () => failAll(Object.assign(new Error('The store thread stopped.'), { code: 'ECONNRESET' })));
  db.send = ((command: { constructor: { name: string }; input: unknown }) =>
    new Promise((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ id, command: command.constructor.name, input: command.input } satisfies Call);
    }).finally(() => {
      if (pending.size === 0) worker.unref();
    })) as typeof db.send;
  db.closeThread = async () => {
    await worker.terminate();
  };
  return db;
}

/** The SDK's exception class of that name (so `instanceof` holds on this side), else a plain Error with its name. */
function errorOf(error: { name: string; message: string; props: Record<string, unknown> }): Error {
  const Exception = (ddb as unknown as Record<string, unknown>)[error.name];
  if (typeof Exception === 'function' && Exception.prototype instanceof ddb.DynamoDBServiceException) {
    const Ctor = Exception as new (options: Record<string, unknown>) => Error;
    return Object.assign(new Ctor({ ...error.props, message: error.message }), error.props);
  }
  return Object.assign(new Error(error.message), { ...error.props, name: error.name });
}

/** The fields of a refusal that callers read (plain data, so they survive the clone). */
const ERROR_FIELDS = ['$fault', '$metadata', 'code', 'CancellationReasons', 'Item', '__type'] as const;

/** The thread's side: one real client; each call runs the named command and posts its output or refusal back. */
function serveStoreThread(connection: DynamoConnection): void {
  const db = createDocumentClient(connection);
  const commands = { ...(ddb as unknown as Record<string, unknown>), ...(lib as unknown as Record<string, unknown>) };
  parentPort!.on('message', (call: Call) => {
    const Command = commands[call.command] as (new (input: unknown) => Parameters<typeof db.send>[0]) | undefined;
    if (typeof Command !== 'function') {
      parentPort!.postMessage({ id: call.id, error: { name: 'Error', message: `Unknown store command ${call.command}.`, props: {} } } satisfies Answer);
      return;
    }
    db.send(new Command(call.input)).then(
      (output) => parentPort!.postMessage({ id: call.id, output } satisfies Answer),
      (error: unknown) => {
        const e = error instanceof Error ? error : new Error(String(error));
        const props: Record<string, unknown> = {};
        for (const key of ERROR_FIELDS) if ((e as unknown as Record<string, unknown>)[key] !== undefined) props[key] = (e as unknown as Record<string, unknown>)[key];
        parentPort!.postMessage({ id: call.id, error: { name: e.name, message: e.message, props } } satisfies Answer);
      },
    );
  });
}

if (!isMainThread && (workerData as Record<string, unknown> | null)?.[STORE_THREAD]) {
  serveStoreThread((workerData as Record<string, DynamoConnection>)[STORE_THREAD]!);
}
