import { join } from 'node:path';
import { lazyHandler } from '@marketplace/shared';
import { gatewayLambdaHandler } from './gateway-lambda.ts';
import { setupGateway } from './setup.ts';

/**
 * The gateway as a Lambda function behind the HTTP API (the same set-up as `main.ts`). On Lambda the bundle carries
 * the committed supergraph under `<task root>/schema/`.
 */
export const handler = lazyHandler(async () => {
  const root = process.env.LAMBDA_TASK_ROOT;
  const { options } = await setupGateway(root ? { schemaDir: join(root, 'schema') } : {});
  return gatewayLambdaHandler(options);
});
