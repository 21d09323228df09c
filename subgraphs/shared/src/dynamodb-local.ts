/**
 * Embedded DynamoDB Local: AWS's own DynamoDB implementation (the jar shipped inside the npm package
 * `amplify-dynamodb-simulator`, `emulator/DynamoDBLocal.jar`), run as a child process with the machine's Java 17+.
 *
 * What this module owns:
 * - Finding the jar and its native sqlite4java libraries (`DynamoDBLocal_lib`), and the Java to run them with
 *   (`javaCommand`, else `$JAVA_HOME/bin/java`, else `java` on the PATH). Java that is missing or older than 17 is
 *   reported as a {@link JavaMissingError}.
 * - The launch flags: a small heap, serial GC and C1-only JIT (the C1-only JIT gave the fastest start-up measured
 *   here, with no loss of throughput at the rates the SDK reaches), `-sharedDb` (every credential/region sees the same tables), `-disableTelemetry`,
 *   and either `-inMemory` (default, for tests) or `-dbPath <dir>` (persistent; the directory is created).
 * - The port: a free one is picked when none is given (another is tried if it was taken in between); a given port
 *   must be free on every interface, or the start is refused (another server there would answer the probe).
 * - Readiness: a real `ListTables` through `@aws-sdk/client-dynamodb` every ~100 ms until it answers, the child
 *   exits (the error carries its last output lines) or `startTimeoutMs` passes.
 * - The child's lifetime: `stop()` (SIGTERM, SIGKILL after 5 s, idempotent), `exited` (how it ended, so a supervisor
 *   can restart it), and a once-per-module
 *   `process.on('exit')` hook that SIGKILLs every child still running, so none outlives this process when it exits
 *   normally or through `process.exit()`. The child stays in our process group (never `detached`), so a terminal's
 *   Ctrl-C reaches it too. While children run, SIGTERM/SIGINT/SIGHUP listeners act only when they are the process's
 *   sole listener for that signal (e.g. a test worker killed by its runner): they SIGKILL the children and re-raise
 *   the signal, so the default "die" still happens. A host with its own signal handlers owns its shutdown and
 *   should call `stop()` (or `process.exit()`, which triggers the exit hook).
 *
 * It does not own tables, item shapes or the SDK clients the services use: those belong to each subgraph.
 * Note: DynamoDB Local has no bind-address option; it listens on every interface. `host` only shapes `endpoint`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { silenceAwsNodeVersionWarning } from './dynamo/client.ts';

export interface StartDynamoDbLocalOptions {
  /** Port to listen on; 0 or undefined picks a free one. */
  port?: number;
  /** Directory of the persistent database (created if missing). Without it the database is in memory. */
  dbPath?: string;
  /** Run in memory (the default when no `dbPath` is given). Cannot be combined with `dbPath`. */
  inMemory?: boolean;
  /** Host used in the returned endpoint; default `127.0.0.1`. */
  host?: string;
  /** Java executable; default `$JAVA_HOME/bin/java` when JAVA_HOME is set, else `java`. */
  javaCommand?: string;
  /** How long to wait for the first answered `ListTables`; default 30000. */
  startTimeoutMs?: number;
  /** Receives every line DynamoDB Local writes to stdout or stderr. */
  log?: (line: string) => void;
}

export interface DynamoDbLocal {
  /** e.g. `http://127.0.0.1:41234`; give it to the SDK client as `endpoint`. */
  endpoint: string;
  port: number;
  pid: number;
  /** SIGTERM, then SIGKILL after 5 s; resolves once the process has exited. Idempotent. */
  stop(): Promise<void>;
  /** Resolves when the process exits for any reason (after `stop()` too), with how it ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * The file under DATA_DIR where `npm start` writes the endpoint of the DynamoDB Local it runs (its port may be picked
 * at start: `DYNAMODB_PORT=0`), so tools run beside it (`npm run demo`, `npm run audit:verify`) find it.
 */
export const DYNAMODB_ENDPOINT_FILE = 'dynamodb-endpoint';

/**
 * The store tools use: DYNAMODB_ENDPOINT, else the endpoint the running launcher wrote under `dataDir`, else
 * DynamoDB Local on DYNAMODB_PORT (8000).
 */
export function platformDynamoEndpoint(env: { DYNAMODB_ENDPOINT?: string | undefined; DYNAMODB_PORT?: string | number | undefined }, dataDir: string): string {
  if (env.DYNAMODB_ENDPOINT) return env.DYNAMODB_ENDPOINT;
  const launched = path.join(dataDir, DYNAMODB_ENDPOINT_FILE);
  if (existsSync(launched)) return readFileSync(launched, 'utf8').trim();
  return `http://127.0.0.1:${env.DYNAMODB_PORT ?? 8000}`;
}

export const JAVA_MISSING_MESSAGE =
  'Java 17+ is needed to run the embedded DynamoDB Local; install it (Debian: `apt-get install -y openjdk-17-jre-headless`), or set DYNAMODB_ENDPOINT to an existing DynamoDB endpoint.';

/** Java could not be run, or is older than 17. `reason` says which (the message is always the same advice). */
export class JavaMissingError extends Error {
  readonly reason: string;

  constructor(reason: string, options?: { cause?: unknown }) {
    super(JAVA_MISSING_MESSAGE, options);
    this.name = 'JavaMissingError';
    this.reason = reason;
  }
}

/**
 * JVM flags kept after measuring spawn-to-ready on this kind of machine (2 cores, JDK 17, 4 runs each, ms):
 * defaults ~2150 in memory / ~1880 on disk; `-Xmx512m -XX:+UseSerialGC` alone no better (noise); with C1-only JIT
 * (`-XX:TieredStopAtLevel=1`) ~1530 / ~1550. Sustained conditional `UpdateItem` throughput through the SDK was the
 * same or better with C1 only (~900-1100/s, 8 concurrent callers). Serial GC is kept for the smaller footprint.
 */
const JVM_FLAGS = ['-Xmx512m', '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1'];
const MIN_JAVA_MAJOR = 17;
const POLL_INTERVAL_MS = 100;
const STOP_GRACE_MS = 5000;
const OUTPUT_LINES_KEPT = 20;
const PORT_RETRIES = 3;

let emulatorDirCache: string | undefined;

/** The `emulator` directory inside `amplify-dynamodb-simulator` (holds the jar and `DynamoDBLocal_lib`). */
export function dynamoDbLocalEmulatorDir(): string {
  if (!emulatorDirCache) {
    const pkg = createRequire(import.meta.url).resolve('amplify-dynamodb-simulator/package.json');
    emulatorDirCache = path.join(path.dirname(pkg), 'emulator');
  }
  return emulatorDirCache;
}

// ---------------------------------------------------------------------------------------------------------------
// Child bookkeeping

const running = new Set<ChildProcess>();
let exitHookInstalled = false;
const FATAL_SIGNALS: NodeJS.Signals[] = ['SIGTERM', 'SIGINT', 'SIGHUP'];
let signalHooksInstalled = false;

function killAllSync(): void {
  for (const child of running) {
    try {
      child.kill('SIGKILL');
    } catch {
      // already gone
    }
  }
  running.clear();
}

/**
 * Safety net for a process that would die of a signal without running 'exit' hooks (e.g. a vitest fork killed
 * with SIGTERM): when this module's listener is the only one, kill the children and re-raise the signal so the
 * default action still happens. When the host has its own listener, that listener owns shutdown; we do nothing.
 */
function onFatalSignal(signal: NodeJS.Signals): void {
  if (process.listenerCount(signal) > 1) return;
  killAllSync();
  removeSignalHooks();
  process.kill(process.pid, signal);
}

function installSignalHooks(): void {
  if (signalHooksInstalled) return;
  signalHooksInstalled = true;
  for (const signal of FATAL_SIGNALS) process.on(signal, onFatalSignal);
}

function removeSignalHooks(): void {
  if (!signalHooksInstalled) return;
  signalHooksInstalled = false;
  for (const signal of FATAL_SIGNALS) process.off(signal, onFatalSignal);
}

function track(child: ChildProcess): void {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', killAllSync);
  }
  running.add(child);
  installSignalHooks();
  child.once('exit', () => {
    running.delete(child);
    if (running.size === 0) removeSignalHooks();
  });
}

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (hasExited(child)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.off('exit', onExit);
      resolve(false);
    }, timeoutMs);
    const onExit = () => {
      clearTimeout(timer);
      resolve(true);
    };
    child.once('exit', onExit);
  });
}

async function terminate(child: ChildProcess): Promise<void> {
  if (hasExited(child)) return;
  child.kill('SIGTERM');
  if (await waitForExit(child, STOP_GRACE_MS)) return;
  child.kill('SIGKILL');
  await waitForExit(child, STOP_GRACE_MS);
}

// ---------------------------------------------------------------------------------------------------------------
// Java

function defaultJavaCommand(): string {
  const home = process.env.JAVA_HOME;
  return home ? path.join(home, 'bin', 'java') : 'java';
}

function isSpawnMissing(error: unknown): error is NodeJS.ErrnoException {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'EACCES' || code === 'ENOTDIR';
}

/** Parses the major version out of `java -version` output: `17.0.15` → 17, `1.8.0_392` → 8. */
export function parseJavaMajorVersion(output: string): number | undefined {
  const match = /version "([^"]+)"/.exec(output);
  if (!match?.[1]) return undefined;
  const parts = match[1].split(/[.+_-]/);
  const first = Number(parts[0]);
  if (!Number.isInteger(first)) return undefined;
  if (first === 1) {
    const second = Number(parts[1]);
    return Number.isInteger(second) ? second : undefined;
  }
  return first;
}

const checkedJava = new Map<string, Promise<void>>();

/** Runs `java -version` once per command; rejects with JavaMissingError if it cannot run or is older than 17. */
function checkJava(javaCommand: string): Promise<void> {
  let pending = checkedJava.get(javaCommand);
  if (!pending) {
    pending = runJavaVersion(javaCommand);
    checkedJava.set(javaCommand, pending);
    // A failed check is not remembered: the user may install Java and retry in the same process.
    pending.catch(() => checkedJava.delete(javaCommand));
  }
  return pending;
}

function runJavaVersion(javaCommand: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    let child: ChildProcess;
    try {
      child = spawn(javaCommand, ['-version'], { stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      reject(isSpawnMissing(error) ? new JavaMissingError(`cannot run ${javaCommand}`, { cause: error }) : error);
      return;
    }
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', (error) => {
      reject(isSpawnMissing(error) ? new JavaMissingError(`cannot run ${javaCommand}`, { cause: error }) : error);
    });
    child.once('close', (code) => {
      const major = parseJavaMajorVersion(output);
      if (major === undefined) {
        if (code === 0) {
          resolve(); // unknown format but it runs: let the launch itself decide
        } else {
          reject(new JavaMissingError(`${javaCommand} -version exited with ${code}: ${output.trim().slice(0, 500)}`));
        }
        return;
      }
      if (major < MIN_JAVA_MAJOR) {
        reject(new JavaMissingError(`${javaCommand} is Java ${major}; DynamoDB Local needs ${MIN_JAVA_MAJOR}+`));
        return;
      }
      resolve();
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Start

/** A port that was free a moment ago on 127.0.0.1. */
function pickFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('could not pick a free port'))));
    });
  });
}

/**
 * Whether nothing listens on `port` on any interface (DynamoDB Local binds them all). Without this check, a start on
 * a port some other server already answers on would look ready to the ListTables probe.
 */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE' || error.code === 'EACCES') resolve(false);
      else reject(error);
    });
    server.listen({ port, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

function formatEndpoint(host: string, port: number): string {
  const h = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  return `http://${h}:${port}`;
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

class PortInUseError extends Error {}

/**
 * Starts DynamoDB Local and resolves once it answers `ListTables`. In memory unless `dbPath` is given.
 * Rejects with {@link JavaMissingError} when Java 17+ cannot be run.
 */
export async function startDynamoDbLocal(options: StartDynamoDbLocalOptions = {}): Promise<DynamoDbLocal> {
  if (options.inMemory && options.dbPath) {
    throw new Error('startDynamoDbLocal: choose either inMemory or dbPath, not both');
  }
  silenceAwsNodeVersionWarning();
  const startedAt = Date.now();
  const timeoutMs = options.startTimeoutMs ?? 30_000;
  const javaCommand = options.javaCommand ?? defaultJavaCommand();
  const host = options.host ?? '127.0.0.1';
  const dbPath = options.dbPath ? path.resolve(options.dbPath) : undefined;

  await checkJava(javaCommand);
  if (dbPath) await mkdir(dbPath, { recursive: true });

  const autoPort = !options.port;
  for (let attempt = 1; ; attempt++) {
    const port = options.port || (await pickFreePort());
    if (!(await portIsFree(port))) {
      if (autoPort && attempt < PORT_RETRIES) continue;
      throw new Error(`DynamoDB Local cannot listen on port ${port}: it is already in use`);
    }
    try {
      return await launch({
        javaCommand,
        port,
        host,
        dbPath,
        deadline: startedAt + timeoutMs,
        timeoutMs,
        log: options.log,
      });
    } catch (error) {
      if (error instanceof PortInUseError && autoPort && attempt < PORT_RETRIES) continue;
      throw error;
    }
  }
}

interface LaunchOptions {
  javaCommand: string;
  port: number;
  host: string;
  dbPath: string | undefined;
  deadline: number;
  timeoutMs: number;
  log: ((line: string) => void) | undefined;
}

async function launch(o: LaunchOptions): Promise<DynamoDbLocal> {
  const emulator = dynamoDbLocalEmulatorDir();
  const args = [
    ...JVM_FLAGS,
    `-Djava.library.path=${path.join(emulator, 'DynamoDBLocal_lib')}`,
    '-jar',
    path.join(emulator, 'DynamoDBLocal.jar'),
    '-port',
    String(o.port),
    '-disableTelemetry',
    '-sharedDb',
    ...(o.dbPath ? ['-dbPath', o.dbPath] : ['-inMemory']),
  ];

  // DynamoDB Local writes a metadata file into its working directory: keep it out of the caller's.
  const cwd = o.dbPath ?? tmpdir();
  const child = spawn(o.javaCommand, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.pid !== undefined) track(child);

  // Last lines of combined output, for error messages; every line also goes to `log`.
  const lastLines: string[] = [];
  const collect = (stream: NodeJS.ReadableStream | null) => {
    if (!stream) return;
    let partial = '';
    const push = (line: string) => {
      lastLines.push(line);
      if (lastLines.length > OUTPUT_LINES_KEPT) lastLines.shift();
      o.log?.(line);
    };
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const lines = (partial + chunk).split(/\r?\n/);
      partial = lines.pop() ?? '';
      for (const line of lines) push(line);
    });
    stream.on('end', () => {
      if (partial) push(partial);
      partial = '';
    });
  };
  collect(child.stdout);
  collect(child.stderr);

  // Outcome of the child while we wait for readiness.
  let spawnError: Error | undefined;
  let exited = false;
  const exitedPromise = new Promise<void>((resolve) => {
    child.once('error', (error) => {
      spawnError = error;
      exited = true;
      resolve();
    });
    // 'close' (not 'exit') so the output of a failed start has been read in full.
    child.once('close', () => {
      exited = true;
      resolve();
    });
  });

  const endpoint = formatEndpoint(o.host, o.port);
  const client = new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
    // A cold JVM on a busy machine may take seconds to answer its first request: wait for it up to the deadline.
    requestHandler: { connectionTimeout: 1000, throwOnRequestTimeout: true },
  });
  const abort = new AbortController();
  void exitedPromise.then(() => abort.abort());

  const outputTail = () => (lastLines.length ? `\n--- last output of DynamoDB Local ---\n${lastLines.join('\n')}` : '');
  try {
    for (;;) {
      if (exited) break;
      const attemptStarted = Date.now();
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }), {
          abortSignal: abort.signal,
          requestTimeout: Math.max(1, o.deadline - Date.now()),
        });
        if (!exited) break;
      } catch {
        // not listening yet
      }
      if (exited) break;
      const now = Date.now();
      if (now >= o.deadline) {
        await terminate(child);
        throw new Error(
          `DynamoDB Local did not answer on ${endpoint} within ${o.timeoutMs} ms (pid ${child.pid})${outputTail()}`,
        );
      }
      await Promise.race([delay(Math.max(0, POLL_INTERVAL_MS - (now - attemptStarted))), exitedPromise]);
    }
  } finally {
    client.destroy();
  }

  if (exited) {
    await exitedPromise;
    if (spawnError) {
      if (isSpawnMissing(spawnError)) {
        throw new JavaMissingError(`cannot run ${o.javaCommand}`, { cause: spawnError });
      }
      throw spawnError;
    }
    const how = child.signalCode ? `signal ${child.signalCode}` : `code ${child.exitCode}`;
    const message = `DynamoDB Local exited during start-up (${how}) on port ${o.port}${outputTail()}`;
    if (lastLines.some((line) => /BindException|Address already in use/i.test(line))) {
      throw new PortInUseError(message);
    }
    throw new Error(message);
  }

  const pid = child.pid as number;
  let stopping: Promise<void> | undefined;
  const exitedAfterStart = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    if (hasExited(child)) resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  return {
    endpoint,
    port: o.port,
    pid,
    exited: exitedAfterStart,
    stop() {
      stopping ??= terminate(child);
      return stopping;
    },
  };
}
