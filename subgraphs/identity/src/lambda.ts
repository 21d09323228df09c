import { subgraphLambdaHandler } from '@marketplace/shared';
import { name } from './index.ts';
import { setupIdentity } from './setup.ts';

/** The identity subgraph as a Lambda function behind the HTTP API (the same set-up as `main.ts`). */
export const handler = subgraphLambdaHandler(name, setupIdentity);
