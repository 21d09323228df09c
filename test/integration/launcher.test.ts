import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/ports.ts';
import { commandOf, descendants, isAlive } from '../support/processes.ts';

/** `npm start`'s launcher as a user runs it: a real DynamoDB Local, every process, and a clean stop. */
const ROOT = new URL('../../', import.meta.url).pathname;
const started: ChildProcess[] = [];
afterAll(() => {
  for (const child of started) if (child.exitCode === null) child.kill('SIGKILL');
});

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

describe('npm start', () => {
  it('brings the platform up on DynamoDB Local and stops all of it on SIGTERM', { timeout: 120_000 }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mp-start-'));
    const ports: Record<string, number> = {};
    for (const name of ['GATEWAY_PORT', 'IDENTITY_PORT', 'CATALOG_PORT', 'KEYS_PORT', 'QUOTAS_PORT', 'BILLING_PORT', 'ANALYTICS_PORT', 'SHIM_PORT', 'RAZORPAY_SIMULATOR_PORT', 'DYNAMODB_PORT']) {
      ports[name] = await freePort();
    }
    const gatewayPort = ports.GATEWAY_PORT!;
    const run = launch({
      DATA_DIR: dataDir,
      ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])),
      TABLE_PREFIX: 'launcher-',
      DYNAMODB_ENDPOINT: '',
      RAZORPAY_KEY_ID: '',
      RAZORPAY_KEY_SECRET: '',
      RAZORPAY_WEBHOOK_SECRET: '',
      RAZORPAY_API_URL: '',
    });
    // The summary is written line by line: wait for its last line, not its first.
    await run.waitFor('  Admin      ', 90_000);
    expect(run.output()).toContain(`http://localhost:${gatewayPort}/explorer`);
    expect(run.output()).toMatch(/admin@marketplace\.local — password in .*admin-password\.txt \(generated now\)/);
    const password = readFileSync(join(dataDir, 'admin-password.txt'), 'utf8').trim();
    expect(password.length).toBeGreaterThanOrEqual(20);
    expect(statSync(join(dataDir, 'admin-password.txt')).mode & 0o777).toBe(0o600);
    expect(run.output()).not.toContain(password);

    const health = await fetch(`http://127.0.0.1:${gatewayPort}/healthz`);
    expect(health.status).toBe(200);
    // The web app learns the shim's address from the running platform, not from its build.
    const publicConfig = await fetch(`http://127.0.0.1:${gatewayPort}/config.json`);
    expect(await publicConfig.json()).toEqual({ quotaUrl: `http://localhost:${ports.SHIM_PORT}` });
    expect(run.output()).toContain(`Quota API  http://localhost:${ports.SHIM_PORT}/quota/validate`);
    const login = await fetch(`http://127.0.0.1:${gatewayPort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($i: LoginInput!) { login(input: $i) { user { roles } } }',
        variables: { i: { email: 'admin@marketplace.local', password } },
      }),
    });
    expect(((await login.json()) as any).data.login.user.roles).toContain('ADMIN');

    const processes = descendants(run.child.pid!);
    const shim = await fetch(`http://127.0.0.1:${ports.SHIM_PORT}/healthz`);
    expect(shim.status).toBe(200);
    // Without Razorpay keys: billing on the test-mode simulator, which the launcher runs too.
    expect((await fetch(`http://127.0.0.1:${ports.BILLING_PORT}/healthz`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${ports.ANALYTICS_PORT}/healthz`)).status).toBe(200);
    expect(await (await fetch(`http://127.0.0.1:${ports.RAZORPAY_SIMULATOR_PORT}/healthz`)).json()).toMatchObject({ mode: 'razorpay-test-simulator' });
    expect(run.output()).toContain(`Razorpay   test-mode simulator http://localhost:${ports.RAZORPAY_SIMULATOR_PORT}`);
    const config = await fetch(`http://127.0.0.1:${gatewayPort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ billingConfig { testMode keyId } }' }),
    });
    expect(((await config.json()) as any).data.billingConfig).toEqual({ testMode: true, keyId: 'rzp_test_simulator' });
    expect(processes.length).toBeGreaterThanOrEqual(11); // java, six subgraphs, the shim, the simulator, the account erasures, the gateway
    // The account erasures run in their own process, wired outside identity (identity imports no other package).
    expect(processes.map(commandOf).filter((c) => c.includes('gateway/src/platform/account-erasure-main.ts'))).toHaveLength(1);
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    // Grandchildren (tsx's esbuild service) end when their parent's pipes close: give them a moment.
    for (let i = 0; i < 50 && processes.some(isAlive); i++) await new Promise((r) => setTimeout(r, 100));
    expect(processes.filter(isAlive).map(commandOf)).toEqual([]);
  });

  it('refuses unusable ports up front, naming each setting, and starts nothing', { timeout: 60_000 }, async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const busy = (holder.address() as { port: number }).port;
    try {
      const ports = { CATALOG_PORT: await freePort(), KEYS_PORT: await freePort(), QUOTAS_PORT: await freePort(), DYNAMODB_PORT: await freePort() };
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

  it('restarts DynamoDB Local when it dies, and stops the platform once restarts run out', { timeout: 300_000 }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mp-restart-'));
    const ports: Record<string, number> = {};
    for (const name of ['GATEWAY_PORT', 'IDENTITY_PORT', 'CATALOG_PORT', 'KEYS_PORT', 'QUOTAS_PORT', 'SHIM_PORT', 'DYNAMODB_PORT']) {
      ports[name] = await freePort();
    }
    const run = launch({
      DATA_DIR: dataDir,
      ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])),
      TABLE_PREFIX: 'restart-',
      DYNAMODB_ENDPOINT: '',
      DYNAMODB_MAX_RESTARTS: '1',
    });
    await run.waitFor('Marketplace is up', 150_000);
    const java = () => descendants(run.child.pid!).filter((pid) => commandOf(pid).includes('DynamoDBLocal.jar'));
    const [first] = java();
    expect(first).toBeDefined();
    const processes = descendants(run.child.pid!);

    process.kill(first!, 'SIGKILL');
    await run.waitFor('DynamoDB Local restarted', 60_000);
    expect(run.output()).toContain(`DynamoDB Local (pid ${first}) exited (SIGKILL).`);
    expect(run.output()).toMatch(/Restarting DynamoDB Local \(restart 1 of at most 1 within 5 min\)/);
    const [second] = java();
    expect(second).toBeDefined();
    expect(second).not.toBe(first);

    // The services reconnect by themselves to the same port and data: health is green, the admin still signs in.
    const gateway = `http://127.0.0.1:${ports.GATEWAY_PORT}`;
    const deadline = Date.now() + 30_000;
    let health = await fetch(`${gateway}/healthz`);
    while (health.status !== 200 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      health = await fetch(`${gateway}/healthz`);
    }
    expect(health.status).toBe(200);
    const password = readFileSync(join(dataDir, 'admin-password.txt'), 'utf8').trim();
    const login = await fetch(`${gateway}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($i: LoginInput!) { login(input: $i) { user { roles } } }',
        variables: { i: { email: 'admin@marketplace.local', password } },
      }),
    });
    expect(((await login.json()) as any).data.login.user.roles).toContain('ADMIN');

    // The second death within the window exhausts the budget of one: everything stops, exit code 1.
    process.kill(second!, 'SIGKILL');
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/DynamoDB Local keeps exiting: 1 restart\(s\) within 5 min already; stopping the platform\./);
    for (let i = 0; i < 50 && processes.some(isAlive); i++) await new Promise((r) => setTimeout(r, 100));
    expect(processes.filter(isAlive).map(commandOf)).toEqual([]);
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
