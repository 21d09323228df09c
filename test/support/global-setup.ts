import type { TestProject } from 'vitest/node';
import { startDynamoDbLocal } from '@marketplace/shared';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
  }
}

/** One in-memory DynamoDB Local for the whole run; each test file isolates itself with a table prefix. */
export default async function setup(project: TestProject) {
  if (process.env.DYNAMODB_ENDPOINT) {
    project.provide('dynamoEndpoint', process.env.DYNAMODB_ENDPOINT);
    return;
  }
  // A busy machine can take well over the default 30 s to start the JVM.
  const dynamo = await startDynamoDbLocal({ inMemory: true, startTimeoutMs: 120_000 });
  project.provide('dynamoEndpoint', dynamo.endpoint);
  return async () => {
    await dynamo.stop();
  };
}
