import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig, loadSecrets } from '@marketplace/shared';
import { describe, expect, it } from 'vitest';
import { billingEnvSchema, RAZORPAY_SECRETS, razorpaySettings } from './config.ts';

/** What main.ts does with an environment: the zod config, the declared secrets, Razorpay's settings. */
function start(env: Record<string, string>) {
  const config = loadConfig(billingEnvSchema, env);
  const secrets = loadSecrets({ nodeEnv: config.NODE_ENV, dataDir: mkdtempSync(join(tmpdir(), 'billing-config-')), declare: RAZORPAY_SECRETS, env });
  return razorpaySettings(config, secrets);
}

function problems(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

const KEYS = { RAZORPAY_KEY_ID: 'rzp_live_abc123', RAZORPAY_KEY_SECRET: 'key-secret-value', RAZORPAY_WEBHOOK_SECRET: 'webhook-secret-1' };

describe('billing configuration', () => {
  it('uses the Razorpay test-mode simulator without keys, outside production', () => {
    expect(start({})).toEqual({
      keyId: 'rzp_test_simulator',
      keySecret: 'rzp_test_simulator_key_secret',
      webhookSecrets: ['rzp_test_simulator_webhook_secret'],
      apiUrl: 'http://127.0.0.1:4020',
      simulator: true,
    });
  });

  it('refuses to start in production without every Razorpay key, naming each', () => {
    const found = problems(() => start({ NODE_ENV: 'production', SMTP_URL: 'smtp://mail.example.com' }));
    expect(found).toEqual(['RAZORPAY_KEY_ID: required when NODE_ENV=production']);
    const secrets = problems(() => start({ NODE_ENV: 'production', SMTP_URL: 'smtp://mail.example.com', RAZORPAY_KEY_ID: 'rzp_live_abc123' }));
    expect(secrets).toEqual(['RAZORPAY_KEY_SECRET: required when NODE_ENV=production', 'RAZORPAY_WEBHOOK_SECRET: required when NODE_ENV=production']);
  });

  it('refuses some keys without the others', () => {
    expect(problems(() => start({ RAZORPAY_KEY_ID: 'rzp_test_abc' }))).toEqual([
      expect.stringMatching(/^RAZORPAY_KEY_SECRET: set all three/),
      expect.stringMatching(/^RAZORPAY_WEBHOOK_SECRET: set all three/),
    ]);
  });

  it('takes the keys, and the previous webhook secret during a rotation', () => {
    const settings = start({ ...KEYS, NODE_ENV: 'production', SMTP_URL: 'smtp://mail.example.com', RAZORPAY_WEBHOOK_SECRET_PREVIOUS: 'webhook-secret-0' });
    expect(settings).toEqual({ keyId: 'rzp_live_abc123', keySecret: 'key-secret-value', webhookSecrets: ['webhook-secret-1', 'webhook-secret-0'], apiUrl: null, simulator: false });
  });
});
