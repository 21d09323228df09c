import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { type Api, createHttpApi } from '../../support/http-api.ts';
import { waitForVerificationToken } from '../../support/mail-dir.ts';
import { freePorts } from '../../support/ports.ts';
import { commandOf, descendants, isRunning, refsOf } from '../../support/processes.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;

export interface LaunchedPlatform {
  /** The gateway, e.g. http://localhost:39123: the app, /graphql, /explorer. */
  url: string;
  shimUrl: string;
  dataDir: string;
  admin: { email: string; password: string };
  /** GraphQL, sign-in and verified sign-up over HTTP, for `seedSolution`/`seedCustomer`. */
  api: Api;
  /** The token of the newest verification link mailed to `email` (mail goes to DATA_DIR/mail). */
  verificationToken(email: string): Promise<string>;
  /** Everything the launcher printed so far. */
  output(): string;
  /** SIGTERM to the launcher; resolves once it and every process it started have ended, else throws. */
  stop(): Promise<void>;
}

/**
 * The platform exactly as `npm start` starts it (gateway/src/platform/start.ts with its own DynamoDB Local),
 * on free ports, with a temporary DATA_DIR and no SMTP_URL so mail is written to DATA_DIR/mail.
 */
export async function launchPlatform(options: LaunchOptions = {}): Promise<LaunchedPlatform> {
  return (await beginLaunch(options)).up;
}

export interface LaunchOptions {
  /** Ports chosen beforehand (e.g. the gateway's, to register its callback URL at a test provider). */
  ports?: Record<string, number>;
  /** More settings for every process (e.g. AUTH_PROVIDERS). */
  env?: Record<string, string>;
}

/**
 * `launchPlatform` for a launch that goes on in the background: where the platform will answer is known at once,
 * `up` settles once it is up (or could not start, and was stopped).
 */
export async function beginLaunch(options: LaunchOptions = {}): Promise<{ address: PlatformAddress; up: Promise<LaunchedPlatform> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'mp-e2e-'));
  const ports: Record<string, number> = { ...options.ports };
  const names = ['GATEWAY_PORT', 'IDENTITY_PORT', 'CATALOG_PORT', 'KEYS_PORT', 'QUOTAS_PORT', 'BILLING_PORT', 'ANALYTICS_PORT', 'SHIM_PORT', 'RAZORPAY_SIMULATOR_PORT', 'DYNAMODB_PORT'];
  const free = await freePorts(names.length + 1);
  // A journey's own ports (e.g. the gateway's, fixed for its OpenID callbacks) are never handed out twice.
  const spare = free.filter((port) => !Object.values(ports).includes(port));
  for (const name of names) ports[name] ??= spare.shift()!;
  const address = { url: `http://localhost:${ports.GATEWAY_PORT}`, shimUrl: `http://localhost:${ports.SHIM_PORT}`, dataDir };
  return { address, up: launch(address, ports, options) };
}

async function launch(address: PlatformAddress, ports: Record<string, number>, options: LaunchOptions): Promise<LaunchedPlatform> {
  const { url, dataDir } = address;
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'gateway/src/platform/start.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      LOG_LEVEL: 'info',
      DATA_DIR: dataDir,
      ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])),
      PUBLIC_URL: url,
      TABLE_PREFIX: 'e2e-',
      DYNAMODB_ENDPOINT: '',
      SMTP_URL: '',
      RAZORPAY_KEY_ID: '',
      RAZORPAY_KEY_SECRET: '',
      RAZORPAY_WEBHOOK_SECRET: '',
      RAZORPAY_API_URL: '',
      ADMIN_EMAIL: '',
      ADMIN_PASSWORD: '',
      AUTH_PROVIDERS: '',
      // Proof of work stays on (the browser solves it for real), just cheap.
      PROOF_OF_WORK_MAX_COUNTER: '1000',
      // A journey's own settings (e.g. a short health-check interval, AUTH_PROVIDERS).
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  // Also on disk, for the journeys that share this platform from other processes (`sharedPlatform`).
  const capture = (d: Buffer) => {
    output += d;
    appendFileSync(join(dataDir, LAUNCHER_LOG), d);
  };
  child.stdout!.on('data', capture);
  child.stderr!.on('data', capture);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const stop = async () => {
    const processes = refsOf(descendants(child.pid!));
    if (child.exitCode === null) child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    const code = await exited;
    clearTimeout(timer);
    // Grandchildren (tsx's esbuild service) end when their parent's pipes close: give them a moment.
    for (let i = 0; i < 50 && processes.some(isRunning); i++) await new Promise((r) => setTimeout(r, 100));
    const orphans = processes.filter(isRunning).map((ref) => ref.pid);
    for (const pid of orphans) process.kill(pid, 'SIGKILL');
    if (code !== 0 || orphans.length) {
      throw new Error(`the platform did not stop cleanly (exit ${code}); left running: ${JSON.stringify(orphans.map(commandOf))}`);
    }
  };

  const deadline = Date.now() + 200_000; // past the launcher's own STARTUP_TIMEOUT_S, which names the slow part
  while (!output.includes('Marketplace is up')) {
    if (Date.now() > deadline || child.exitCode !== null) {
      await stop().catch(() => {});
      const error = new Error(`the platform did not come up:\n${output}`);
      writeFileSync(join(dataDir, LAUNCH_FAILED), error.message);
      throw error;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return reach(address, () => output, stop);
}

const LAUNCHER_LOG = 'launcher.log';
/** Written beside the log when a launch gives up, for the journeys waiting on it from other processes. */
const LAUNCH_FAILED = 'launch-failed.txt';

/** Where a launched platform answers: all another process needs to reach it. */
export type PlatformAddress = Pick<LaunchedPlatform, 'url' | 'shimUrl' | 'dataDir'>;

declare module 'vitest' {
  export interface ProvidedContext {
    e2ePlatform: PlatformAddress;
    /** The shared platform's test OpenID providers (AUTH_PROVIDERS ids `google`, `cognito`), by `controlUrl`. */
    e2eOpenIdProviders: { google: string; cognito: string };
  }
}

/**
 * The e2e project's one platform (launched by test/e2e/support/global-platform.ts with `SHARED_PLATFORM_ENV` and
 * social providers), for every journey that needs no settings of its own: one launch instead of one per file.
 * Journeys share its data, so each seeds its own solutions and accounts under names of its own. The launch goes on
 * while the other projects' tests run; this waits until it is up. `stop` is the global teardown's.
 */
export async function sharedPlatform(): Promise<LaunchedPlatform> {
  const address = inject('e2ePlatform');
  const read = (file: string) => (existsSync(join(address.dataDir, file)) ? readFileSync(join(address.dataDir, file), 'utf8') : '');
  for (const deadline = Date.now() + 220_000; !read(LAUNCHER_LOG).includes('Marketplace is up'); await new Promise((r) => setTimeout(r, 200))) {
    if (read(LAUNCH_FAILED)) throw new Error(read(LAUNCH_FAILED));
    if (Date.now() > deadline) throw new Error(`the shared platform is not up yet:\n${read(LAUNCHER_LOG)}`);
  }
  return reach(address, () => read(LAUNCHER_LOG), async () => {});
}

/** Settings of the shared platform: the health journey needs checks every 2 s; notice journeys, notices made within seconds. */
export const SHARED_PLATFORM_ENV = { HEALTH_CHECK_INTERVAL_MS: '2000', HEALTH_CHECK_TIMEOUT_MS: '1000', NOTICE_JOBS_INTERVAL_MS: '2000' };

function reach(address: PlatformAddress, output: () => string, stop: () => Promise<void>): LaunchedPlatform {
  const admin = { email: 'admin@marketplace.local', password: readFileSync(join(address.dataDir, 'admin-password.txt'), 'utf8').trim() };
  const verificationToken = (email: string) => waitForVerificationToken(address.dataDir, email);
  return { ...address, admin, api: createHttpApi({ url: address.url, admin, verificationToken }), verificationToken, output, stop };
}
