import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, createLogger, DAY } from '@marketplace/shared';
import { loadRazorpaySimulatorConfig } from './config.ts';
import { razorpayClientFor } from './sdk-client.ts';
import { createRazorpaySimulator, SimulatorInProductionError, startRazorpaySimulator } from './simulator-server.ts';
import { startWebhookReceiver } from './test-support.ts';

/** The process: its configuration, the refusal to run in production, and state kept across restarts. */
const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'rzp-sim-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const silent = createLogger('razorpay-simulator-test', 'silent');

function runMain(env: NodeJS.ProcessEnv, untilLine?: RegExp) {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { PATH: process.env.PATH, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise<{ code: number | null; output: string; line?: string; child: typeof child }>((resolve) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const line = untilLine ? output.split('\n').find((l) => untilLine.test(l)) : undefined;
      if (line) resolve({ code: null, output, line, child });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => resolve({ code, output, child }));
  });
}

describe('configuration', () => {
  it('has local defaults', () => {
    const config = loadRazorpaySimulatorConfig({});
    expect(config).toMatchObject({
      RAZORPAY_SIMULATOR_PORT: 4020,
      RAZORPAY_SIMULATOR_KEY_ID: 'rzp_test_simulator',
      RAZORPAY_SIMULATOR_WEBHOOK_ATTEMPTS: 6,
      RAZORPAY_SIMULATOR_WEBHOOK_TIMEOUT_MS: 5000,
      RAZORPAY_SIMULATOR_PERSIST: true,
    });
    expect(config.RAZORPAY_SIMULATOR_WEBHOOK_URL).toBeUndefined();
  });

  it('refuses NODE_ENV=production and lists every other problem at once', () => {
    let error: unknown;
    try {
      loadRazorpaySimulatorConfig({ NODE_ENV: 'production', RAZORPAY_SIMULATOR_KEY_ID: 'rzp_live_abc', RAZORPAY_SIMULATOR_WEBHOOK_URL: 'not a url' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/NODE_ENV: the Razorpay test-mode simulator never runs in production/);
    expect(problems).toMatch(/RAZORPAY_SIMULATOR_KEY_ID/);
    expect(problems).toMatch(/RAZORPAY_SIMULATOR_WEBHOOK_URL/);
  });

  it('cannot be built in production, even in-process, nor with live keys', () => {
    expect(() => createRazorpaySimulator({ nodeEnv: 'production', logger: silent })).toThrow(SimulatorInProductionError);
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      expect(() => createRazorpaySimulator({ logger: silent })).toThrow(/never runs in production/);
    } finally {
      process.env.NODE_ENV = previous;
    }
    expect(() => createRazorpaySimulator({ keyId: 'rzp_live_abc', logger: silent })).toThrow(/test-mode key ids only/);
  });
});

describe('the process', () => {
  it('exits 1 with the reason when started with NODE_ENV=production', async () => {
    const { code, output } = await runMain({ NODE_ENV: 'production', DATA_DIR: tempDir() });
    expect(code).toBe(1);
    expect(output).toMatch(/never runs in production/);
  });

  it('listens, answers health and the API, and stops on SIGTERM', async () => {
    const dataDir = tempDir();
    const started = await runMain({ RAZORPAY_SIMULATOR_PORT: '0', DATA_DIR: dataDir }, /simulator listening/);
    try {
      const { url } = JSON.parse(started.line!) as { url: string };
      expect(await (await fetch(`${url}/healthz`)).json()).toMatchObject({ status: 'ok' });
      const rzp = razorpayClientFor({ url, keyId: 'rzp_test_simulator', keySecret: 'rzp_test_simulator_key_secret' });
      expect((await rzp.plans.all()).entity).toBe('collection');
      expect(started.output).not.toContain('rzp_test_simulator_key_secret');
    } finally {
      const exited = new Promise((resolve) => started.child.once('exit', resolve));
      started.child.kill('SIGTERM');
      await exited;
    }
  }, 30_000);
});

describe('state across restarts', () => {
  it('keeps entities, events and the clock offset in the state file', async () => {
    const stateFile = join(tempDir(), 'razorpay-simulator.json');
    const first = await startRazorpaySimulator({ stateFile, logger: silent });
    const rzp = razorpayClientFor(first);
    const plan = await rzp.plans.create({ period: 'monthly', interval: 1, item: { name: 'Pro', amount: 49_900, currency: 'INR' } });
    const sub = await rzp.subscriptions.create({ plan_id: plan.id, total_count: 12, notes: { userId: 'usr_7' } });
    first.checkout(sub.id);
    first.advanceClock(40 * DAY);
    const before = await rzp.subscriptions.fetch(sub.id);
    const events = first.webhooks.events().map((e) => e.id);
    const offset = first.clock.offset;
    await first.close();

    const second = await startRazorpaySimulator({ stateFile, logger: silent });
    try {
      const again = razorpayClientFor(second);
      expect(await again.subscriptions.fetch(sub.id)).toEqual(before);
      expect(before.paid_count).toBe(2);
      expect(second.webhooks.events().map((e) => e.id)).toEqual(events);
      expect(second.clock.offset).toBe(offset);
      expect((await again.invoices.all({ subscription_id: sub.id } as never)).count).toBe(2);
    } finally {
      await second.close();
    }
  });

  it('resumes deliveries that were still pending when it stopped (at least once across restarts)', async () => {
    const stateFile = join(tempDir(), 'razorpay-simulator.json');
    const first = await startRazorpaySimulator({
      stateFile,
      logger: silent,
      webhookUrl: 'http://127.0.0.1:9/unreachable',
      webhookRetry: { attempts: 50, baseDelayMs: 10_000, maxDelayMs: 10_000, timeoutMs: 500 },
    });
    const rzp = razorpayClientFor(first);
    const plan = await rzp.plans.create({ period: 'monthly', interval: 1, item: { name: 'Pro', amount: 49_900, currency: 'INR' } });
    const sub = await rzp.subscriptions.create({ plan_id: plan.id, total_count: 12 });
    first.checkout(sub.id);
    await new Promise((r) => setTimeout(r, 100));
    expect(first.webhooks.events({ state: 'pending' }).length).toBe(5);
    await first.close();

    const receiver = await startWebhookReceiver();
    const second = await startRazorpaySimulator({ stateFile, logger: silent, webhookUrl: receiver.url });
    try {
      await second.webhooks.settled();
      expect(receiver.events()).toEqual(['payment.captured', 'invoice.paid', 'subscription.authenticated', 'subscription.activated', 'subscription.charged']);
      expect(second.webhooks.events({ state: 'delivered' })).toHaveLength(5);
    } finally {
      await second.close();
      await receiver.close();
    }
  });

  it('refuses a corrupt state file instead of starting empty', () => {
    const stateFile = join(tempDir(), 'razorpay-simulator.json');
    writeFileSync(stateFile, '{"version": 1, "plans": [');
    expect(() => createRazorpaySimulator({ stateFile, logger: silent })).toThrow();
  });
});
