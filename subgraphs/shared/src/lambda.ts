// What Lambda entry points use (kept out of the main face so listening processes never load the Lambda or Secrets Manager code).
export * from './secrets-manager.ts';
export * from './subgraph-lambda.ts';
export * from './http-api-bridge.ts';
