import { createDocumentClient, createLogger, ConfigError, systemClock } from '@marketplace/shared';
import { MAX_KEY_CACHE_MS } from '@marketplace/keys/public';
import { describe, expect, it } from 'vitest';
import { loadQuotasConfig, SHIM_CACHE_MAX_MS } from './config.ts';
import { createShimDeps } from './shim/shim-deps.ts';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadQuotasConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('quotas configuration', () => {
  it('has working local defaults', () => {
    expect(loadQuotasConfig({})).toMatchObject({ SHIM_PORT: 4010, SHIM_CACHE_MS: 2000, QUOTAS_CACHE_MS: 2000, USAGE_FLUSH_MS: 1000, QUOTA_RECORD_MS: 500 });
  });

  it('refuses a shim cache longer than the 5-second revocation promise, listing it with every other problem', () => {
    const problems = problemsOf({ SHIM_CACHE_MS: '60000', SHIM_PORT: 'http', USAGE_FLUSH_MS: '1' });
    expect(problems).toHaveLength(3);
    expect(problems).toContainEqual(expect.stringMatching(/^SHIM_CACHE_MS: at most 5000 \(a revoked key must stop validating within 5 s\)$/));
    expect(problems).toContainEqual(expect.stringMatching(/^SHIM_PORT: /));
    expect(problems).toContainEqual(expect.stringMatching(/^USAGE_FLUSH_MS: /));
    expect(problemsOf({ SHIM_CACHE_MS: '5001' })).toEqual([expect.stringMatching(/^SHIM_CACHE_MS: at most 5000/)]);
    expect(problemsOf({ SHIM_CACHE_MS: '-1' })).toEqual([expect.stringMatching(/^SHIM_CACHE_MS: /)]);
  });

  it('accepts exactly what the shim can start with: its readers take the largest allowed cache', () => {
    expect(SHIM_CACHE_MAX_MS).toBe(MAX_KEY_CACHE_MS);
    const config = loadQuotasConfig({ SHIM_CACHE_MS: String(SHIM_CACHE_MAX_MS) });
    const start = () =>
      createShimDeps({
        db: createDocumentClient({ endpoint: 'http://127.0.0.1:9', region: 'us-east-1' }),
        tablePrefix: 'config-test-',
        clock: systemClock,
        logger: createLogger('test', 'silent'),
        fingerprintSecret: 'fingerprint-secret-for-tests-0123456789',
        publicUrl: config.PUBLIC_URL,
        cacheMs: config.SHIM_CACHE_MS,
        usageFlushMs: config.USAGE_FLUSH_MS,
      });
    expect(start).not.toThrow();
  });
});
