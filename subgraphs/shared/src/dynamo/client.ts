import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface DynamoConnection {
  /** Absent: real AWS from the environment's credentials and region. */
  endpoint?: string;
  region: string;
}

/** One document client per process (keep-alive on by default); local endpoints get dummy credentials. */
export function createDocumentClient(connection: DynamoConnection): DynamoDBDocumentClient {
  const config: DynamoDBClientConfig = { region: connection.region, maxAttempts: 5 };
  if (connection.endpoint) {
    config.endpoint = connection.endpoint;
    if (!process.env.AWS_ACCESS_KEY_ID) config.credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
  }
  return DynamoDBDocumentClient.from(new DynamoDBClient(config), {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
}
