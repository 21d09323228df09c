import { randomTablePrefix } from './table-prefix.ts';
import { inject } from 'vitest';
import { commonEnvSchema, createDocumentClient, type DynamoConnection, dynamoConnection } from '@marketplace/shared';

/** The run's DynamoDB Local, with the test run's store timeouts (vitest.config.ts). */
export function testConnection(): DynamoConnection {
  return { ...dynamoConnection(commonEnvSchema.parse(process.env)), endpoint: inject('dynamoEndpoint'), region: 'us-east-1' };
}

export function testDb() {
  return createDocumentClient(testConnection());
}

/** A table prefix of its own for each test file (or test), so files never see each other's data. */
export const testTablePrefix = randomTablePrefix;
