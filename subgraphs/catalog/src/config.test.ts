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
});
