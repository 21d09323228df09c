import { subgraphLambdaHandler } from '@marketplace/shared';
import { name } from './index.ts';
import { setupQuotas } from './setup.ts';

/** The quotas subgraph as a Lambda function behind the HTTP API (the same set-up as `main.ts`). */
export const handler = subgraphLambdaHandler(name, setupQuotas);
