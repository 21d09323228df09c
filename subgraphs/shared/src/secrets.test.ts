import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from './config.ts';
import { ensureDevSecrets, loadSecrets } from './secrets.ts';

const fresh = () => mkdtempSync(join(tmpdir(), 'mp-secrets-'));

describe('local secrets', () => {
  it('are generated once, private to the owner, and the same for every process', async () => {
    const dir = fresh();
    const [a, b] = await Promise.all([Promise.resolve().then(() => ensureDevSecrets(dir)), Promise.resolve().then(() => ensureDevSecrets(dir))]);
    expect(a).toEqual(b);
    expect(ensureDevSecrets(dir)).toEqual(a);
    expect(statSync(join(dir, 'secrets.json')).mode & 0o777).toBe(0o600);
    expect(a.internalSecret.length).toBeGreaterThanOrEqual(32);
    expect(a.jwtPrivateKey).toContain('BEGIN PRIVATE KEY');
  });

  it('yield to explicit environment variables', () => {
    const secret = 'x'.repeat(40);
    const out = loadSecrets({ nodeEnv: 'development', dataDir: fresh(), need: ['internalSecret'], env: { INTERNAL_SECRET: secret } });
    expect(out.internalSecret).toBe(secret);
  });
});

describe('production', () => {
  it('refuses to start without every needed secret, naming them all at once', () => {
    try {
      loadSecrets({ nodeEnv: 'production', dataDir: fresh(), need: ['internalSecret', 'jwtPublicKey', 'fingerprintSecret'], env: {} });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toEqual([
        'INTERNAL_SECRET: required when NODE_ENV=production',
        'JWT_PUBLIC_KEY: required when NODE_ENV=production',
        'FINGERPRINT_SECRET: required when NODE_ENV=production',
      ]);
    }
  });

  it('refuses the generated development secrets and short ones', () => {
    const dir = fresh();
    const dev = ensureDevSecrets(dir);
    expect(() =>
      loadSecrets({ nodeEnv: 'production', dataDir: dir, need: ['internalSecret'], env: { INTERNAL_SECRET: dev.internalSecret } }),
    ).toThrow(/development secret/);
    expect(() =>
      loadSecrets({ nodeEnv: 'production', dataDir: dir, need: ['fingerprintSecret'], env: { FINGERPRINT_SECRET: 'short' } }),
    ).toThrow(/at least 32/);
  });

  it('accepts real secrets and never generates a file', () => {
    const dir = fresh();
    const out = loadSecrets({ nodeEnv: 'production', dataDir: dir, need: ['internalSecret'], env: { INTERNAL_SECRET: 'p'.repeat(48) } });
    expect(out.internalSecret).toBe('p'.repeat(48));
    expect(() => statSync(join(dir, 'secrets.json'))).toThrow();
  });
});
