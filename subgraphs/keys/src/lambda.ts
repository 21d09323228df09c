import { outboxJobsHandler, subgraphLambdaHandler } from '@marketplace/shared';
import { name } from './index.ts';
import { setupKeys } from './setup.ts';

/** The keys subgraph as a Lambda function behind the HTTP API (the same set-up as `main.ts`). */
export const handler = subgraphLambdaHandler(name, setupKeys);

/**
 * Relays the outbox's analytics events that a crash or a failed append left behind, invoked by an EventBridge
 * schedule (the process relays from its scheduler's timer), through the same lease as the processes.
 */
export const jobsHandler = outboxJobsHandler(setupKeys);
