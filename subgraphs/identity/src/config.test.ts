import { ConfigError, loadConfig } from '@marketplace/shared';
import { describe, expect, it } from 'vitest';
import { identityEnvSchema } from './config.ts';
import { parseSocialProviders } from './social/providers.ts';

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

describe('AUTH_PROVIDERS', () => {
  const providersOf = (value: unknown, env: Record<string, string> = {}) =>
    loadConfig(identityEnvSchema, { ...env, AUTH_PROVIDERS: JSON.stringify(value) });
  const problemsOf = (value: unknown, env: Record<string, string> = {}) => {
    try {
      providersOf(value, env);
    } catch (error) {
      if (error instanceof ConfigError) return error.problems;
      throw error;
    }
    return [];
  };

  it('accepts presets for Google, a Cognito user pool and GitHub, and any OpenID provider', () => {
    const { providers } = parseSocialProviders(
      JSON.stringify([
        { id: 'google', preset: 'google', clientId: 'g-id', clientSecret: 'g-secret' },
        { id: 'cognito', preset: 'cognito', region: 'ap-south-1', userPoolId: 'ap-south-1_AbC123', clientId: 'c-id', clientSecret: 'c-secret' },
        { id: 'github', preset: 'github', clientId: 'gh-id', clientSecret: 'gh-secret' },
        { id: 'okta', name: 'Okta', issuer: 'https://example.okta.com', clientId: 'o-id', clientSecret: 'o-secret', scopes: ['openid', 'email'] },
      ]),
      true,
    );
    expect(providers.map((p) => [p.id, p.kind, p.name, p.issuer ?? null, p.scopes.join(' '), p.usernameClaim ?? null])).toEqual([
      ['google', 'oidc', 'Google', 'https://accounts.google.com', 'openid email profile', null],
      ['cognito', 'oidc', 'AWS Cognito', 'https://cognito-idp.ap-south-1.amazonaws.com/ap-south-1_AbC123', 'openid email profile', 'cognito:username'],
      ['github', 'github', 'GitHub', null, 'read:user user:email', 'login'],
      ['okta', 'oidc', 'Okta', 'https://example.okta.com', 'openid email', null],
    ]);
    expect(providers.every((p) => !p.allowInsecureRequests)).toBe(true);
  });

  it('allows a plain-http issuer only on a loopback host outside production', () => {
    const local = { id: 'dev', name: 'Dev', issuer: 'http://127.0.0.1:4999', clientId: 'a', clientSecret: 'b' };
    expect(parseSocialProviders(JSON.stringify([local]), false).providers[0]!.allowInsecureRequests).toBe(true);
    expect(problemsOf([local], { NODE_ENV: 'production', SMTP_URL: 'smtp://m:25' })).toEqual(['AUTH_PROVIDERS.0.issuer: must be https in production']);
    expect(problemsOf([{ ...local, issuer: 'http://idp.example.com' }])).toEqual(['AUTH_PROVIDERS.0.issuer: must be https (http only on localhost)']);
  });

  it('lists every problem of every entry at once, beside the other settings', () => {
    let problems: string[] = [];
    try {
      loadConfig(identityEnvSchema, {
        IDENTITY_PORT: 'abc',
        AUTH_PROVIDERS: JSON.stringify([
          { id: 'Google!', preset: 'google', clientId: '', clientSecret: 's' },
          { id: 'x', preset: 'cognito', clientId: 'a', clientSecret: 'b' },
        ]),
      });
    } catch (error) {
      problems = (error as ConfigError).problems;
    }
    expect(problems).toEqual([
      'IDENTITY_PORT: Invalid input: expected number, received NaN',
      'AUTH_PROVIDERS.0.id: lower-case letters, digits and "-", at most 32 characters',
      'AUTH_PROVIDERS.0.clientId: Too small: expected string to have >=1 characters',
    ]);
    expect(problemsOf([{ id: 'x', preset: 'cognito', clientId: 'a', clientSecret: 'b' }, { id: 'x', preset: 'google', clientId: 'a', clientSecret: 'b', region: 'us-east-1' }])).toEqual([
      'AUTH_PROVIDERS.0.issuer: the cognito preset needs issuer, or region and userPoolId',
      'AUTH_PROVIDERS.1.id: "x" is used twice',
      'AUTH_PROVIDERS.1.region: only for the cognito preset',
    ]);
    expect(problemsOf([{ id: 'y', clientId: 'a', clientSecret: 'b', secret: 'typo' }])).toEqual([
      'AUTH_PROVIDERS.0: Unrecognized key: "secret"',
    ]);
    expect(problemsOf([{ id: 'y', clientId: 'a', clientSecret: 'b' }])).toEqual([
      'AUTH_PROVIDERS.0.issuer: required without a preset',
      'AUTH_PROVIDERS.0.name: required without a preset',
    ]);
  });

  it('names the setting when it is not JSON, and never echoes the value (it holds client secrets)', () => {
    const problems = (() => {
      try {
        loadConfig(identityEnvSchema, { AUTH_PROVIDERS: '[{"clientSecret":"s3cr3t"' });
      } catch (error) {
        return (error as ConfigError).problems;
      }
      return [];
    })();
    expect(problems).toEqual(['AUTH_PROVIDERS: must be a JSON array of providers (see the README)']);
    expect(problems.join()).not.toContain('s3cr3t');
  });
});
