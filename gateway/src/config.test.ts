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
});
