import { describe, expect, it } from 'vitest';
import { loadSecretsIntoEnv, SECRET_ARNS_VARIABLE } from './secrets-manager.ts';

describe('loadSecretsIntoEnv (a Lambda cold start)', () => {
  it('copies each listed secret into its variable, fetching only those not already set', async () => {
    const fetched: string[] = [];
    const env: NodeJS.ProcessEnv = {
      [SECRET_ARNS_VARIABLE]: JSON.stringify({ INTERNAL_SECRET: 'arn:internal', FINGERPRINT_SECRET: 'arn:fingerprint' }),
      FINGERPRINT_SECRET: 'set-by-the-test',
    };
    const loaded = await loadSecretsIntoEnv(env, async (arn) => {
      fetched.push(arn);
      return `value-of-${arn}`;
    });
    expect(loaded).toEqual(['INTERNAL_SECRET']);
    expect(fetched).toEqual(['arn:internal']);
    expect(env.INTERNAL_SECRET).toBe('value-of-arn:internal');
    expect(env.FINGERPRINT_SECRET).toBe('set-by-the-test');
  });

  it('does nothing without SECRET_ARNS (local runs and tests), and fails the start when a secret cannot be read', async () => {
    const env: NodeJS.ProcessEnv = {};
    expect(await loadSecretsIntoEnv(env, async () => 'never')).toEqual([]);
    const failing: NodeJS.ProcessEnv = { [SECRET_ARNS_VARIABLE]: JSON.stringify({ INTERNAL_SECRET: 'arn:x' }) };
    await expect(loadSecretsIntoEnv(failing, async () => Promise.reject(new Error('AccessDenied')))).rejects.toThrow('AccessDenied');
    expect(failing.INTERNAL_SECRET).toBeUndefined();
  });
});
