import { ConfigError, loadConfig } from '@marketplace/shared';
import { describe, expect, it } from 'vitest';
import { catalogEnvSchema } from './config.ts';

describe('catalog configuration', () => {
  it('has working local defaults', () => {
    const config = loadConfig(catalogEnvSchema, {});
    expect(config).toMatchObject({ CATALOG_PORT: 4002, HOST: '127.0.0.1', PUBLIC_URL: 'http://localhost:4000', TABLE_PREFIX: 'marketplace-' });
  });

  it('reports every problem at once', () => {
    try {
      loadConfig(catalogEnvSchema, { NODE_ENV: 'production', CATALOG_PORT: 'eighty', PUBLIC_URL: 'not a url' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/CATALOG_PORT/);
      expect(problems).toMatch(/PUBLIC_URL/);
      expect(problems).toMatch(/SMTP_URL: required when NODE_ENV=production/);
    }
  });

  it('monitors solution health every minute with a 5 s deadline, and keeps loopback out of production', () => {
    const config = loadConfig(catalogEnvSchema, { HEALTH_CHECK_BLOCKED_PORTS: '4000, 4010' });
    expect(config).toMatchObject({ HEALTH_CHECK_INTERVAL_MS: 60_000, HEALTH_CHECK_TIMEOUT_MS: 5000, HEALTH_CHECK_BLOCKED_PORTS: [4000, 4010] });
    expect(config.HEALTH_CHECK_ALLOW_LOOPBACK).toBeUndefined();
    expect(() => loadConfig(catalogEnvSchema, { NODE_ENV: 'production', SMTP_URL: 'smtp://mail.example', HEALTH_CHECK_ALLOW_LOOPBACK: 'true', INTERNAL_SECRET: 'x'.repeat(32) })).toThrow(
      /HEALTH_CHECK_ALLOW_LOOPBACK: may not be true/,
    );
    expect(() => loadConfig(catalogEnvSchema, { HEALTH_CHECK_BLOCKED_PORTS: '4000;4010', HEALTH_CHECK_INTERVAL_MS: '5' })).toThrow(/HEALTH_CHECK_BLOCKED_PORTS[\s\S]*HEALTH_CHECK_INTERVAL_MS|HEALTH_CHECK_INTERVAL_MS[\s\S]*HEALTH_CHECK_BLOCKED_PORTS/);
  });

  it('debounces: 3 consecutive failures open an incident and 2 passes close it, unless set otherwise (at least 1)', () => {
    expect(loadConfig(catalogEnvSchema, {})).toMatchObject({ HEALTH_CHECK_FAILURES_TO_OPEN: 3, HEALTH_CHECK_SUCCESSES_TO_CLOSE: 2 });
    expect(loadConfig(catalogEnvSchema, { HEALTH_CHECK_FAILURES_TO_OPEN: '5', HEALTH_CHECK_SUCCESSES_TO_CLOSE: '1' })).toMatchObject({ HEALTH_CHECK_FAILURES_TO_OPEN: 5, HEALTH_CHECK_SUCCESSES_TO_CLOSE: 1 });
    expect(() => loadConfig(catalogEnvSchema, { HEALTH_CHECK_FAILURES_TO_OPEN: '0', HEALTH_CHECK_SUCCESSES_TO_CLOSE: 'two' })).toThrow(
      /HEALTH_CHECK_FAILURES_TO_OPEN[\s\S]*HEALTH_CHECK_SUCCESSES_TO_CLOSE/,
    );
  });
});
