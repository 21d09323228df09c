import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { proofOfWorkFor } from '@marketplace/identity/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, freePorts } from '../support/ports.ts';
import { commandOf, descendants, isRunning, processesWithEnv, refsOf } from '../support/processes.ts';

/** `npm start`'s launcher as a user runs it: a real DynamoDB Local, every process, and a clean stop. */
const ROOT = new URL('../../', import.meta.url).pathname;
const started: ChildProcess[] = [];
// A test that failed midway leaves its launch running: stop it as Ctrl-C would, so it leaves nothing behind (Java
// too); SIGKILL only if it does not stop.
afterAll(async () => {
  const running = started.filter((child) => child.exitCode === null && child.signalCode === null);
  await Promise.all(
    running.map(
      (child) =>
        new Promise<void>((done) => {
          const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
          child.once('exit', () => (clearTimeout(timer), done()));
          child.kill('SIGTERM');
        }),
    ),
  );
}, 30_000);

function launch(env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'gateway/src/platform/start.ts'], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const waitFor = async (text: string, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while (!output.includes(text)) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`no "${text}" in:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  return { child, exited, waitFor, output: () => output };
}

/** Every port setting of `npm start`, each on a free port (none left to its default). */
async function portSettings(): Promise<Record<string, string>> {
  const names = ['GATEWAY_PORT', 'IDENTITY_PORT', 'CATALOG_PORT', 'KEYS_PORT', 'QUOTAS_PORT', 'BILLING_PORT', 'ANALYTICS_PORT', 'SHIM_PORT', 'RAZORPAY_SIMULATOR_PORT', 'DYNAMODB_PORT'];
  const ports = await freePorts(names.length);
  return Object.fromEntries(names.map((name, i) => [name, String(ports[i])]));
}

const javaOf = (launcher: ChildProcess) => descendants(launcher.pid!).filter((pid) => commandOf(pid).includes('DynamoDBLocal.jar'));

// One launch of the whole platform serves every check that needs it running: launches are the slow part of CI.
describe('npm start', () => {
  it('brings the platform up on DynamoDB Local, restarts DynamoDB Local each time it dies, and stops all of it on SIGTERM', { timeout: 300_000 }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mp-start-'));
    const ports = await portSettings();
    const gatewayPort = ports.GATEWAY_PORT!;
    const run = launch({
      DATA_DIR: dataDir,
      ...ports,
      TABLE_PREFIX: 'launcher-',
      DYNAMODB_ENDPOINT: '',
      DYNAMODB_MAX_RESTARTS: '2',
      RAZORPAY_KEY_ID: '',
      RAZORPAY_KEY_SECRET: '',
      RAZORPAY_WEBHOOK_SECRET: '',
      RAZORPAY_API_URL: '',
    });
    // The summary is written line by line: wait for its last line, not its first.
    await run.waitFor('  Admin      ', 150_000);
    expect(run.output()).toContain(`http://localhost:${gatewayPort}/explorer`);
    expect(run.output()).toMatch(/admin@marketplace\.local — password in .*admin-password\.txt \(generated now\)/);
    const password = readFileSync(join(dataDir, 'admin-password.txt'), 'utf8').trim();
    expect(password.length).toBeGreaterThanOrEqual(20);
    expect(statSync(join(dataDir, 'admin-password.txt')).mode & 0o777).toBe(0o600);
    expect(run.output()).not.toContain(password);

    const gateway = `http://127.0.0.1:${gatewayPort}`;
    const health = await fetch(`${gateway}/healthz`);
    expect(health.status).toBe(200);
    // The web app learns the shim's address from the running platform, not from its build.
    const publicConfig = await fetch(`${gateway}/config.json`);
    expect(await publicConfig.json()).toEqual({ quotaUrl: `http://localhost:${ports.SHIM_PORT}` });
    expect(run.output()).toContain(`Quota API  http://localhost:${ports.SHIM_PORT}/quota/validate`);
    const adminSignsIn = async () => {
      const login = await fetch(`${gateway}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation($i: LoginInput!) { login(input: $i) { user { roles } } }',
          variables: { i: { email: 'admin@marketplace.local', password } },
        }),
      });
      expect(((await login.json()) as any).data.login.user.roles).toContain('ADMIN');
    };
    await adminSignsIn();
    // Emailed links point at this launch's gateway port, not the default one.
    const graphql = async (query: string, variables: Record<string, unknown>) =>
      (await (await fetch(`${gateway}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) })).json()) as {
        data?: any;
        errors?: unknown;
      };
    const register = await graphql('mutation($pow: String) { register(input: {email: "ada@example.com", password: "a-long-passphrase", name: "Ada", acceptTerms: true}, proofOfWork: $pow) { id } }', {
      pow: await proofOfWorkFor(graphql, 'SIGN_UP'),
    });
    expect(register.errors).toBeUndefined();
    const mailDir = join(dataDir, 'mail');
    for (let i = 0; i < 100 && !(existsSync(mailDir) && readdirSync(mailDir).length); i++) await new Promise((r) => setTimeout(r, 100));
    const mail = readdirSync(mailDir).map((name) => readFileSync(join(mailDir, name), 'utf8').replace(/=\r?\n/g, '')).join('');
    expect(mail).toContain(`http://localhost:${gatewayPort}/verify-email?token`);

    const processes = refsOf(descendants(run.child.pid!));
    const shim = await fetch(`http://127.0.0.1:${ports.SHIM_PORT}/healthz`);
    expect(shim.status).toBe(200);
    // Without Razorpay keys: billing on the test-mode simulator, which the launcher runs too.
    expect((await fetch(`http://127.0.0.1:${ports.BILLING_PORT}/healthz`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${ports.ANALYTICS_PORT}/healthz`)).status).toBe(200);
    expect(await (await fetch(`http://127.0.0.1:${ports.RAZORPAY_SIMULATOR_PORT}/healthz`)).json()).toMatchObject({ mode: 'razorpay-test-simulator' });
    expect(run.output()).toContain(`Razorpay   test-mode simulator http://localhost:${ports.RAZORPAY_SIMULATOR_PORT}`);
    const config = await fetch(`${gateway}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ billingConfig { testMode keyId } }' }),
    });
    expect(((await config.json()) as any).data.billingConfig).toEqual({ testMode: true, keyId: 'rzp_test_simulator' });
    expect(processes.length).toBeGreaterThanOrEqual(11); // java, six subgraphs, the shim, the simulator, the account erasures, the gateway
    // The account erasures run in their own process, wired outside identity (identity imports no other package).
    expect(processes.map((ref) => commandOf(ref.pid)).filter((c) => c.includes('gateway/src/platform/account-erasure-main.ts'))).toHaveLength(1);

    // DynamoDB Local dies: the launcher starts it again on the same port and data.
    const [first] = javaOf(run.child);
    expect(first).toBeDefined();
    process.kill(first!, 'SIGKILL');
    await run.waitFor('DynamoDB Local restarted', 60_000);
    expect(run.output()).toContain(`DynamoDB Local (pid ${first}) exited (SIGKILL).`);
    expect(run.output()).toMatch(/Restarting DynamoDB Local \(restart 1 of at most 2 within 5 min\)/);
    const [second] = javaOf(run.child);
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    // The services reconnect by themselves to the same port and data: health is green, the admin still signs in.
    const deadline = Date.now() + 30_000;
    let healthAgain = await fetch(`${gateway}/healthz`);
    while (healthAgain.status !== 200 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      healthAgain = await fetch(`${gateway}/healthz`);
    }
    expect(healthAgain.status).toBe(200);
    await adminSignsIn();
    // The restarted one is watched too: its death is noticed and counted against the same budget.
    process.kill(second!, 'SIGKILL');
    await run.waitFor(`DynamoDB Local (pid ${second}) exited (SIGKILL).`, 30_000);
    expect(run.output()).toMatch(/Restarting DynamoDB Local \(restart 2 of at most 2 within 5 min\)/);

    // Ctrl-C, even in the middle of that restart: exit code 0, and every process of this launch (found by its own
    // DATA_DIR, so also the DynamoDB Local being started) has ended.
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    // Grandchildren (tsx's esbuild service) end when their parent's pipes close: give them a moment.
    for (let i = 0; i < 50 && processesWithEnv('DATA_DIR', dataDir).length; i++) await new Promise((r) => setTimeout(r, 100));
    expect(processesWithEnv('DATA_DIR', dataDir).map(commandOf)).toEqual([]);
    expect(processes.filter(isRunning).map((ref) => commandOf(ref.pid))).toEqual([]);
  });

  it('stops everything with exit code 1 once DynamoDB Local dies past its restarts', { timeout: 120_000 }, async () => {
    // No restarts allowed, and it dies while the platform is still starting: whatever was started by then stops too.
    const dataDir = mkdtempSync(join(tmpdir(), 'mp-restart-'));
    const run = launch({
      DATA_DIR: dataDir,
      ...(await portSettings()),
      TABLE_PREFIX: 'restart-',
      DYNAMODB_ENDPOINT: '',
      DYNAMODB_MAX_RESTARTS: '0',
      RAZORPAY_KEY_ID: '',
      RAZORPAY_KEY_SECRET: '',
      RAZORPAY_WEBHOOK_SECRET: '',
      RAZORPAY_API_URL: '',
    });
    await run.waitFor('DynamoDB Local   ', 90_000);
    const [java] = javaOf(run.child);
    expect(java).toBeDefined();
    process.kill(java!, 'SIGKILL');
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain(`DynamoDB Local (pid ${java}) exited (SIGKILL).`);
    expect(run.output()).toMatch(/DynamoDB Local keeps exiting: 0 restart\(s\) within 5 min already; stopping the platform\./);
    expect(run.output()).not.toContain('Restarting DynamoDB Local');
    // Every process of this launch (found by its own DATA_DIR, so also the ones started last) has ended.
    for (let i = 0; i < 50 && processesWithEnv('DATA_DIR', dataDir).length; i++) await new Promise((r) => setTimeout(r, 100));
    expect(processesWithEnv('DATA_DIR', dataDir).map(commandOf)).toEqual([]);
  });

  it('refuses unusable ports up front, naming each setting, and starts nothing', { timeout: 60_000 }, async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const busy = (holder.address() as { port: number }).port;
    try {
      const [catalog, keys, quotas, dynamodb] = await freePorts(4);
      const ports = { CATALOG_PORT: catalog, KEYS_PORT: keys, QUOTAS_PORT: quotas, DYNAMODB_PORT: dynamodb };
      const began = Date.now();
      const run = launch({
        DATA_DIR: mkdtempSync(join(tmpdir(), 'mp-ports-')),
        DYNAMODB_ENDPOINT: '',
        ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])),
        GATEWAY_PORT: '6000',
        IDENTITY_PORT: '70000',
        SHIM_PORT: String(busy),
      });
      expect(await run.exited).toBe(1);
      expect(Date.now() - began).toBeLessThan(45_000); // well before the 60 s health timeout: nothing was started
      const output = run.output();
      expect(output).toContain('GATEWAY_PORT=6000 is a port browsers refuse to open (unsafe port); choose another.');
      expect(output).toContain('IDENTITY_PORT=70000 is not a usable port: choose a whole number from 1 to 65535.');
      expect(output).toContain(`SHIM_PORT=${busy} is already in use by another program; stop it or choose another port.`);
      expect(output).not.toContain('DynamoDB Local ');
      expect(output).not.toMatch(/did not become healthy/);
    } finally {
      await new Promise((r) => holder.close(r));
    }
  });

  it('says what to install when Java is missing', { timeout: 60_000 }, async () => {
    const bin = mkdtempSync(join(tmpdir(), 'mp-nojava-'));
    symlinkSync(process.execPath, join(bin, 'node'));
    const run = launch({
      PATH: bin,
      JAVA_HOME: '',
      DYNAMODB_ENDPOINT: '',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'mp-nojava-data-')),
      DYNAMODB_PORT: String(await freePort()),
    });
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/Java 17\+ is needed/);
    expect(run.output()).toMatch(/DYNAMODB_ENDPOINT/);
  });
});
