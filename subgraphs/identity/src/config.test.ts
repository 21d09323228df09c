import { ConfigError, loadConfig } from '@marketplace/shared';
import { describe, expect, it } from 'vitest';
import { identityEnvSchema } from './config.ts';

describe('identity configuration', () => {
  it('has working local defaults', () => {
    expect(loadConfig(identityEnvSchema, {})).toMatchObject({
      IDENTITY_PORT: 4001,
      HOST: '127.0.0.1',
      PUBLIC_URL: 'http://localhost:4000',
      MAIL_FROM: 'Marketplace <no-reply@marketplace.local>',
      TABLE_PREFIX: 'marketplace-',
    });
  });

  it('reports every problem at once, including SMTP_URL in production', () => {
    let error: unknown;
    try {
      loadConfig(identityEnvSchema, { NODE_ENV: 'production', IDENTITY_PORT: 'abc', PUBLIC_URL: 'not a url' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.map((p) => p.split(':')[0])).toEqual(['IDENTITY_PORT', 'PUBLIC_URL', 'SMTP_URL']);
    expect(() => loadConfig(identityEnvSchema, { NODE_ENV: 'production', SMTP_URL: 'smtp://mail.internal:25' })).not.toThrow();
  });
});
