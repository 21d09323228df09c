import { describe, expect, it } from 'vitest';
import { loadGatewayConfig } from './config.ts';

const production = { NODE_ENV: 'production' };

describe('gateway settings', () => {
  it('turn introspection and the Explorer off in production unless set', () => {
    expect(loadGatewayConfig(production)).toMatchObject({ introspection: false, explorer: false });
  });

  it('turn them on elsewhere unless set', () => {
    expect(loadGatewayConfig({})).toMatchObject({ introspection: true, explorer: true });
    expect(loadGatewayConfig({ NODE_ENV: 'test' })).toMatchObject({ introspection: true, explorer: true });
  });

  it('let either be set explicitly in any mode', () => {
    expect(loadGatewayConfig({ ...production, GRAPHQL_INTROSPECTION: 'true', EXPLORER_ENABLED: '1' })).toMatchObject({ introspection: true, explorer: true });
    expect(loadGatewayConfig({ GRAPHQL_INTROSPECTION: 'false', EXPLORER_ENABLED: 'no' })).toMatchObject({ introspection: false, explorer: false });
  });

  it('name a flag that is not a boolean', () => {
    expect(() => loadGatewayConfig({ EXPLORER_ENABLED: 'maybe' })).toThrow(/EXPLORER_ENABLED/);
  });

  it('bound every wait on the store and on health checks, with defaults near a second', () => {
    expect(loadGatewayConfig({})).toMatchObject({
      DYNAMODB_CONNECT_TIMEOUT_MS: 1000,
      DYNAMODB_REQUEST_TIMEOUT_MS: 1000,
      DYNAMODB_MAX_ATTEMPTS: 3,
      HEALTH_TIMEOUT_MS: 1500,
    });
    expect(loadGatewayConfig({ DYNAMODB_REQUEST_TIMEOUT_MS: '250', HEALTH_TIMEOUT_MS: '800' })).toMatchObject({
      DYNAMODB_REQUEST_TIMEOUT_MS: 250,
      HEALTH_TIMEOUT_MS: 800,
    });
    expect(() => loadGatewayConfig({ DYNAMODB_REQUEST_TIMEOUT_MS: '0', DYNAMODB_MAX_ATTEMPTS: 'many', HEALTH_TIMEOUT_MS: '5' })).toThrow(
      /DYNAMODB_REQUEST_TIMEOUT_MS[\s\S]*DYNAMODB_MAX_ATTEMPTS[\s\S]*HEALTH_TIMEOUT_MS/,
    );
  });
});
