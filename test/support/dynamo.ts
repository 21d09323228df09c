import { randomTablePrefix } from './table-prefix.ts';
import { inject } from 'vitest';
import { createDocumentClient, type DynamoConnection } from '@marketplace/shared';

/** The run's DynamoDB Local and a document client on it. */
function testConnection(): DynamoConnection {
  return { endpoint: inject('dynamoEndpoint'), region: 'us-east-1' };
}

export function testDb() {
  return createDocumentClient(testConnection());
}

/** A table prefix of its own for each test file (or test), so files never see each other's data. */
export const testTablePrefix = randomTablePrefix;
