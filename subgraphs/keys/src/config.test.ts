import { ConfigError, loadConfig } from '@marketplace/shared';
import { describe, expect, it } from 'vitest';
import { keysEnvSchema } from './config.ts';

describe('keys configuration', () => {
  it('has working local defaults', () => {
    expect(loadConfig(keysEnvSchema, {})).toMatchObject({ KEYS_PORT: 4003, HOST: '127.0.0.1', TABLE_PREFIX: 'marketplace-' });
  });

  it('reports every problem at once', () => {
    try {
      loadConfig(keysEnvSchema, { KEYS_PORT: 'eighty', TABLE_PREFIX: 'no spaces', DYNAMODB_ENDPOINT: 'not a url' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/KEYS_PORT/);
      expect(problems).toMatch(/TABLE_PREFIX/);
      expect(problems).toMatch(/DYNAMODB_ENDPOINT/);
    }
  });
});
