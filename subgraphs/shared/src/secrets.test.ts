import { spawn } from 'node:child_process';
import { createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ConfigError } from './config.ts';
import { ensureDevSecrets, loadSecrets, randomSecret } from './secrets.ts';

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
    // The generated pair matches: what identity signs, the gateway verifies.
    const signature = sign(null, Buffer.from('token'), createPrivateKey(a.jwtPrivateKey));
    expect(verify(null, Buffer.from('token'), createPublicKey(a.jwtPublicKey), signature)).toBe(true);
  });

  it('yield to explicit environment variables', () => {
    const secret = 'x'.repeat(40);
    const out = loadSecrets({ nodeEnv: 'development', dataDir: fresh(), need: ['internalSecret'], env: { INTERNAL_SECRET: secret } });
    expect(out.internalSecret).toBe(secret);
  });
});

/** What a billing package would declare: generated locally, absent locally, optional everywhere. */
const razorpay = {
  razorpayWebhookSecret: { env: 'RAZORPAY_WEBHOOK_SECRET', generate: randomSecret, minLength: 32 },
  razorpayWebhookSecretPrevious: { env: 'RAZORPAY_WEBHOOK_SECRET_PREVIOUS', generate: null, optional: true },
  razorpayKeySecret: { env: 'RAZORPAY_KEY_SECRET', generate: null, minLength: 20 },
} as const;

describe('declared secrets', () => {
  it('are generated locally once, into the same file, beside the platform secrets', () => {
    const dir = fresh();
    const first = loadSecrets({ nodeEnv: 'development', dataDir: dir, need: ['internalSecret'], declare: razorpay, env: {} });
    expect(first.razorpayWebhookSecret).toMatch(/^[\w-]{43}$/);
    expect(first.razorpayWebhookSecretPrevious).toBeUndefined();
    expect(first.razorpayKeySecret).toBeUndefined(); // no local value: the billing package uses its simulator
    const again = loadSecrets({ nodeEnv: 'development', dataDir: dir, need: ['internalSecret'], declare: razorpay, env: {} });
    expect(again).toEqual(first);
    const file = JSON.parse(readFileSync(join(dir, 'secrets.json'), 'utf8'));
    expect(file).toMatchObject({ internalSecret: first.internalSecret, razorpayWebhookSecret: first.razorpayWebhookSecret });
    expect(Object.keys(file)).not.toContain('razorpayKeySecret');
    expect(statSync(join(dir, 'secrets.json')).mode & 0o777).toBe(0o600);
  });

  it('type as strings when always present, else as possibly undefined', () => {
    const out = loadSecrets({ nodeEnv: 'development', dataDir: fresh(), need: ['fingerprintSecret'], declare: razorpay, env: {} });
    expectTypeOf(out.fingerprintSecret).toEqualTypeOf<string>();
    expectTypeOf(out.razorpayWebhookSecret).toEqualTypeOf<string>();
    expectTypeOf(out.razorpayWebhookSecretPrevious).toEqualTypeOf<string | undefined>();
    expectTypeOf(out.razorpayKeySecret).toEqualTypeOf<string | undefined>();
  });

  it('are added to an existing file without changing a value already in it', () => {
    const dir = fresh();
    // A file as earlier versions wrote it: the four platform secrets only.
    const before = ensureDevSecrets(fresh());
    writeFileSync(join(dir, 'secrets.json'), JSON.stringify(before), { mode: 0o600 });
    const out = loadSecrets({ nodeEnv: 'development', dataDir: dir, need: ['internalSecret', 'jwtPublicKey'], declare: razorpay, env: {} });
    expect(out.internalSecret).toBe(before.internalSecret);
    expect(out.jwtPublicKey).toBe(before.jwtPublicKey);
    const after = JSON.parse(readFileSync(join(dir, 'secrets.json'), 'utf8'));
    expect(after).toEqual({ ...before, razorpayWebhookSecret: out.razorpayWebhookSecret });
  });

  it('are the same in every process when several add names at once', { timeout: 60_000 }, async () => {
    const dir = fresh();
    const module = fileURLToPath(new URL('./secrets.ts', import.meta.url));
    const script = join(dir, 'load.mjs');
    // Each process declares a name of its own and one they share, waits for the others (so they really race),
    // and prints what it got.
    writeFileSync(
      script,
      `const { loadSecrets, randomSecret } = await import(${JSON.stringify(module)});
const { existsSync, writeFileSync } = await import('node:fs');
writeFileSync(${JSON.stringify(dir)} + '/ready' + process.argv[2], '');
while (![1, 2, 3, 4].every((n) => existsSync(${JSON.stringify(dir)} + '/ready' + n))) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
const own = 'own' + process.argv[2];
const out = loadSecrets({ nodeEnv: 'development', dataDir: ${JSON.stringify(dir)}, need: ['internalSecret'], env: {},
  declare: { shared: { env: 'SHARED_SECRET', generate: randomSecret }, [own]: { env: 'OWN_' + process.argv[2], generate: randomSecret } } });
console.log(JSON.stringify(out));`,
    );
    const run = (n: number) =>
      new Promise<Record<string, string>>((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', 'tsx', script, String(n)], { stdio: ['ignore', 'pipe', 'pipe'] });
        let out = '';
        let err = '';
        child.stdout.on('data', (d) => (out += d));
        child.stderr.on('data', (d) => (err += d));
        child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(err))));
      });
    const results = await Promise.all([1, 2, 3, 4].map(run));
    const file = JSON.parse(readFileSync(join(dir, 'secrets.json'), 'utf8'));
    for (const [i, result] of results.entries()) {
      expect(result.internalSecret).toBe(file.internalSecret);
      expect(result.shared).toBe(file.shared);
      expect(result[`own${i + 1}`]).toBe(file[`own${i + 1}`]);
    }
    expect(Object.keys(file).sort()).toEqual(
      ['fingerprintSecret', 'internalSecret', 'jwtPrivateKey', 'jwtPublicKey', 'own1', 'own2', 'own3', 'own4', 'shared'],
    );
    expect(existsSync(join(dir, 'secrets.json.lock'))).toBe(false);
  });

  it('may not shadow a platform secret or share a variable', () => {
    const base = { nodeEnv: 'development', dataDir: fresh(), env: {} };
    expect(() => loadSecrets({ ...base, declare: { internalSecret: { env: 'X_SECRET', generate: randomSecret } } })).toThrow(
      /"internalSecret" is a platform secret/,
    );
    expect(() => loadSecrets({ ...base, declare: { mine: { env: 'INTERNAL_SECRET', generate: randomSecret } } })).toThrow(
      /INTERNAL_SECRET is already the variable of "internalSecret"/,
    );
  });
});

describe('production', () => {
  it('requires every declared secret bar optional ones, listing all problems with the platform ones', () => {
    try {
      loadSecrets({ nodeEnv: 'production', dataDir: fresh(), need: ['internalSecret'], declare: razorpay, env: { RAZORPAY_KEY_SECRET: 'short' } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toEqual([
        'INTERNAL_SECRET: required when NODE_ENV=production',
        'RAZORPAY_WEBHOOK_SECRET: required when NODE_ENV=production',
        'RAZORPAY_KEY_SECRET: at least 20 characters',
      ]);
    }
    const out = loadSecrets({
      nodeEnv: 'production',
      dataDir: fresh(),
      declare: razorpay,
      env: { RAZORPAY_WEBHOOK_SECRET: 'w'.repeat(32), RAZORPAY_WEBHOOK_SECRET_PREVIOUS: 'v'.repeat(32), RAZORPAY_KEY_SECRET: 'k'.repeat(24) },
    });
    expect(out).toEqual({ razorpayWebhookSecret: 'w'.repeat(32), razorpayWebhookSecretPrevious: 'v'.repeat(32), razorpayKeySecret: 'k'.repeat(24) });
  });

  it('refuses a declared secret copied from the local file', () => {
    const dir = fresh();
    const dev = loadSecrets({ nodeEnv: 'development', dataDir: dir, declare: razorpay, env: {} });
    expect(() =>
      loadSecrets({
        nodeEnv: 'production',
        dataDir: dir,
        declare: razorpay,
        env: { RAZORPAY_WEBHOOK_SECRET: dev.razorpayWebhookSecret, RAZORPAY_KEY_SECRET: 'k'.repeat(24) },
      }),
    ).toThrow(/RAZORPAY_WEBHOOK_SECRET: is a local development secret/);
  });

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
