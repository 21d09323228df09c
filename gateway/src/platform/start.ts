import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import {
  commonEnv,
  ConfigError,
  ensureDevSecrets,
  loadConfig,
  port,
  systemClock,
} from '@marketplace/shared';
import { DYNAMODB_ENDPOINT_FILE, JavaMissingError, startDynamoDbLocal, type DynamoDbLocal } from '@marketplace/shared';
import { loadGatewayConfig } from '../config.ts';
import { SIMULATOR_DEFAULTS } from '@marketplace/billing/public';
import { defaultSubgraphUrl, SERVICES, serviceHealthUrl, SUBGRAPHS } from '../subgraphs.ts';
import { formatLogLine } from './log-format.ts';
import { assertLauncherPortsUsable } from './port-preflight.ts';
import { createRestartBudget } from './restart-budget.ts';

/**
 * `npm start`: the whole platform on one machine. Starts DynamoDB Local (unless DYNAMODB_ENDPOINT points
 * elsewhere), then every other process side by side; prints where everything is once all answer; stops all of it
 * on Ctrl-C.
 * DynamoDB Local is restarted when it dies (a few times at most); any other process dying stops everything.
 */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const launcherSchema = z.object({
  ...commonEnv,
  DYNAMODB_PORT: port(8000),
  /** Restarts of a DynamoDB Local that died, allowed within DYNAMODB_RESTART_WINDOW_S before the platform stops. */
  DYNAMODB_MAX_RESTARTS: z.coerce.number().int().min(0).max(100).default(3),
  DYNAMODB_RESTART_WINDOW_S: z.coerce.number().int().min(1).max(86_400).default(300),
  GATEWAY_PORT: port(4000),
  /** How long each process may take to answer /healthz at start-up (a busy machine transpiles slowly). */
  STARTUP_TIMEOUT_S: z.coerce.number().int().min(5).max(3_600).default(180),
  ADMIN_EMAIL: z.string().optional(),
  PUBLIC_URL: z.string().optional(),
  /** Without Razorpay keys, billing talks to the Razorpay test-mode simulator, which the launcher starts. */
  RAZORPAY_KEY_ID: z.string().optional(),
  RAZORPAY_SIMULATOR_PORT: port(SIMULATOR_DEFAULTS.port),
});

const started = performance.now();
const children: { name: string; child: ChildProcess }[] = [];
let dynamo: DynamoDbLocal | undefined;
let stopping = false;

function say(line: string) {
  process.stdout.write(`${line}\n`);
}

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    say('\nStopping the platform…');
    // Gateway first, so nothing new arrives while the subgraphs drain.
    for (const { child } of [...children].sort((a, b) => Number(b.name === 'gateway') - Number(a.name === 'gateway'))) {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    }
    await Promise.all(
      children.map(
        ({ child }) =>
          new Promise<void>((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
            child.once('exit', () => {
              clearTimeout(timer);
              done();
            });
          }),
      ),
    );
    await dynamo?.stop();
    say('Stopped.');
  }
  process.exit(code);
}

function run(name: string, script: string, env: NodeJS.ProcessEnv): void {
  // Once stopping, shutdown() has already signalled the children it knows: a later one would be orphaned.
  if (stopping) return;
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, script)], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  children.push({ name, child });
  for (const stream of [child.stdout!, child.stderr!]) {
    let buffered = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      buffered += chunk;
      let newline: number;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        if (line.trim()) say(formatLogLine(name, line));
      }
    });
  }
  child.on('exit', (code, signal) => {
    if (stopping) return;
    say(`${name} exited (${signal ?? `code ${code}`}); stopping everything.`);
    void shutdown(1);
  });
}

/**
 * Restarts DynamoDB Local on the same port and data directory each time it dies, so the services (which only
 * see their requests fail meanwhile) carry on; past the restart budget, stops the platform with exit code 1.
 */
function superviseDynamo(instance: DynamoDbLocal, options: { port: number; dbPath: string; maxRestarts: number; windowS: number; startTimeoutMs: number }) {
  const budget = createRestartBudget({ limit: options.maxRestarts, windowMs: options.windowS * 1000, clock: systemClock });
  const window = options.windowS % 60 === 0 ? `${options.windowS / 60} min` : `${options.windowS} s`;
  const watch = (current: DynamoDbLocal) => {
    void current.exited.then(async ({ code, signal }) => {
      if (stopping) return;
      say(`DynamoDB Local (pid ${current.pid}) exited (${signal ?? `code ${code}`}).`);
      for (;;) {
        if (stopping) return;
        if (!budget.take()) {
          say(
            `DynamoDB Local keeps exiting: ${options.maxRestarts} restart(s) within ${window} already; stopping the platform.`,
          );
          await shutdown(1);
          return;
        }
        say(`Restarting DynamoDB Local (restart ${budget.used()} of at most ${options.maxRestarts} within ${window})…`);
        try {
          const next = await startDynamoDbLocal({ port: options.port, dbPath: options.dbPath, startTimeoutMs: options.startTimeoutMs });
          if (stopping) return void (await next.stop());
          dynamo = next;
          say(`DynamoDB Local restarted on ${next.endpoint} (pid ${next.pid}).`);
          watch(next);
          return;
        } catch (error) {
          say(`DynamoDB Local did not restart: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        }
      }
    });
  };
  watch(instance);
}

async function waitHealthy(name: string, url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (stopping) return;
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  say(`${name} did not become healthy within ${timeoutMs / 1000} s (${url}).`);
  await shutdown(1);
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
// When whatever started us (npm, a shell) is killed without passing the signal on, we are re-parented:
// stop too rather than leave the platform running headless.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) void shutdown(0);
}, 1000).unref();

try {
  // A busy or browser-blocked port is reported now, with the setting to change, not as a health timeout later.
  await assertLauncherPortsUsable(process.env);
  const config = loadConfig(launcherSchema);
  const dataDir = resolve(ROOT, config.DATA_DIR);
  const startupMs = config.STARTUP_TIMEOUT_S * 1000;
  if (config.NODE_ENV !== 'production') ensureDevSecrets(dataDir);
  const passwordFile = join(dataDir, 'admin-password.txt');
  const firstStart = !existsSync(passwordFile) && !config.ADMIN_EMAIL;

  let endpoint = config.DYNAMODB_ENDPOINT;
  if (!endpoint) {
    const dbPath = join(dataDir, 'dynamodb');
    dynamo = await startDynamoDbLocal({ port: config.DYNAMODB_PORT, dbPath, startTimeoutMs: startupMs });
    endpoint = dynamo.endpoint;
    // Tools run beside the platform (npm run demo, audit:verify) read it here: DYNAMODB_PORT=0 picks the port now.
    writeFileSync(join(dataDir, DYNAMODB_ENDPOINT_FILE), `${endpoint}\n`);
    say(`DynamoDB Local   ${endpoint}  (data in ${join(config.DATA_DIR, 'dynamodb')})`);
    superviseDynamo(dynamo, {
      port: dynamo.port,
      dbPath,
      maxRestarts: config.DYNAMODB_MAX_RESTARTS,
      windowS: config.DYNAMODB_RESTART_WINDOW_S,
      startTimeoutMs: startupMs,
    });
  }
  const env: NodeJS.ProcessEnv = { ...process.env, DYNAMODB_ENDPOINT: endpoint, DATA_DIR: dataDir, APOLLO_TELEMETRY_DISABLED: '1' };
  // Links in emails, invoice URLs and the shim's upgrade URLs point at this launch's gateway, wherever it listens.
  env.PUBLIC_URL ||= `http://localhost:${config.GATEWAY_PORT}`;
  // The solution health monitor never checks the platform's own ports, even where loopback is allowed (development).
  env.HEALTH_CHECK_BLOCKED_PORTS ||= [config.GATEWAY_PORT, config.DYNAMODB_PORT, config.RAZORPAY_SIMULATOR_PORT, ...[...SUBGRAPHS, ...SERVICES].map((e) => Number(env[e.portEnv] ?? e.defaultPort))]
    .filter((p) => p > 0)
    .join(',');
  const simulatorUrl = config.RAZORPAY_KEY_ID ? null : `http://127.0.0.1:${config.RAZORPAY_SIMULATOR_PORT}`;
  let simulatorUp: Promise<void> = Promise.resolve();
  if (simulatorUrl) {
    // Billing reaches the simulator with the official SDK; the simulator's webhooks go through the gateway, as Razorpay's would.
    env.RAZORPAY_API_URL ||= simulatorUrl;
    env.RAZORPAY_SIMULATOR_WEBHOOK_URL ||= `http://127.0.0.1:${config.GATEWAY_PORT}/billing/webhooks/razorpay`;
    env.RAZORPAY_SIMULATOR_PUBLIC_URL ||= `http://localhost:${config.RAZORPAY_SIMULATOR_PORT}`;
    run('razorpay-simulator', 'subgraphs/billing/src/razorpay-simulator/main.ts', env);
    simulatorUp = waitHealthy('razorpay-simulator', `${simulatorUrl}/healthz`, startupMs);
  }

  // The parts start side by side, so start-up takes as long as the slowest, not the sum. Billing alone waits for the
  // simulator it talks to; the gateway needs no other part to start, and its /healthz is asked once they are up.
  run('gateway', 'gateway/src/main.ts', env);
  await Promise.all([
    simulatorUp,
    ...SUBGRAPHS.map(async (entry) => {
      if (entry.name === 'billing') await simulatorUp;
      run(entry.name, entry.main, env);
      await waitHealthy(entry.name, defaultSubgraphUrl(entry, env).replace(/\/graphql$/, '/healthz'), startupMs);
    }),
    ...SERVICES.map(async (entry) => {
      run(entry.name, entry.main, env);
      await waitHealthy(entry.name, serviceHealthUrl(entry, env), startupMs);
    }),
  ]);
  // Account deletions whose grace period ended: identity's job with every package's part, wired outside identity.
  // It reads the parts' tables, which they create as they start.
  run('account-erasure', 'gateway/src/platform/account-erasure-main.ts', env);
  await waitHealthy('gateway', `http://127.0.0.1:${config.GATEWAY_PORT}/healthz`, startupMs);
  const gatewayUrl = `http://localhost:${config.GATEWAY_PORT}`;
  // A part that failed meanwhile has started shutdown(), which ends the process: announce nothing.
  if (!stopping) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    say('');
    say(`Marketplace is up (${seconds} s):`);
    say(`  App        ${gatewayUrl}/`);
    say(`  GraphQL    ${gatewayUrl}/graphql`);
    say(`  Explorer   ${gatewayUrl}/explorer`);
    say(`  Health     ${gatewayUrl}/healthz`);
    say(`  Quota API  ${loadGatewayConfig(env).quotaUrl}/quota/validate  (OpenAPI: /openapi.json)`);
    say(`  Mail       ${config.DATA_DIR}/mail/ (set SMTP_URL to send for real)`);
    if (simulatorUrl) say(`  Razorpay   test-mode simulator http://localhost:${config.RAZORPAY_SIMULATOR_PORT}/_simulator (no Razorpay keys set: no real money moves)`);
    if (config.ADMIN_EMAIL) say(`  Admin      ${config.ADMIN_EMAIL} (password from ADMIN_PASSWORD)`);
    else if (existsSync(passwordFile)) {
      say(`  Admin      admin@marketplace.local — password in ${join(config.DATA_DIR, 'admin-password.txt')}${firstStart ? ' (generated now)' : ''}`);
    }
    say('Press Ctrl-C to stop.');
  }
} catch (error) {
  if (error instanceof ConfigError || error instanceof JavaMissingError) say(error.message);
  else say(`Could not start the platform: ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
}
