import { outboxJobsHandler, subgraphLambdaHandler } from '@marketplace/shared';
import { name } from './index.ts';
import { setupIdentity } from './setup.ts';

/** The identity subgraph as a Lambda function behind the HTTP API (the same set-up as `main.ts`). */
export const handler = subgraphLambdaHandler(name, setupIdentity);

/**
 * Relays the outbox's analytics events that a crash or a failed append left behind, invoked by an EventBridge
 * schedule (the process relays from its scheduler's timer), through the same lease as the processes.
 */
export const jobsHandler = outboxJobsHandler(setupIdentity);
