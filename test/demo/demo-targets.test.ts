import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DYNAMODB_ENDPOINT_FILE } from '@marketplace/shared';
import { describe, expect, it } from 'vitest';
import { demoTargets } from './demo.ts';

describe('npm run demo finds the platform npm start runs, from the same settings', () => {
  const root = mkdtempSync(join(tmpdir(), 'mp-demo-targets-'));

  it('by its ports when no URL is given (GATEWAY_PORT=5200 npm start, then the same for the demo)', () => {
    expect(demoTargets({ GATEWAY_PORT: '5200', SHIM_PORT: '5210', DATA_DIR: 'moved' }, root)).toMatchObject({
      gatewayUrl: 'http://localhost:5200',
      shimUrl: 'http://localhost:5210',
      dataDir: join(root, 'moved'),
      dynamoEndpoint: 'http://127.0.0.1:8000',
    });
    expect(demoTargets({ GATEWAY_URL: 'http://127.0.0.1:9000/', SHIM_URL: 'http://127.0.0.1:9010', GATEWAY_PORT: '5200' }, root)).toMatchObject({
      gatewayUrl: 'http://127.0.0.1:9000',
      shimUrl: 'http://127.0.0.1:9010',
    });
  });

  it("reads the DynamoDB Local the launcher started (DYNAMODB_PORT=0 picks its port), unless DYNAMODB_ENDPOINT says otherwise", () => {
    writeFileSync(join(root, DYNAMODB_ENDPOINT_FILE), 'http://127.0.0.1:37077\n');
    expect(demoTargets({ DATA_DIR: '.', DYNAMODB_PORT: '0' }, root).dynamoEndpoint).toBe('http://127.0.0.1:37077');
    expect(demoTargets({ DATA_DIR: '.', DYNAMODB_ENDPOINT: 'http://db.example:8000' }, root).dynamoEndpoint).toBe('http://db.example:8000');
  });
});
