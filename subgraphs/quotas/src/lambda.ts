import { loadSecretsIntoEnv, subgraphLambdaHandler } from '@marketplace/shared';
import { name } from './index.ts';
import { setupQuotas } from './setup.ts';

/**
 * The quotas subgraph as a Lambda function behind the HTTP API (the same set-up as `main.ts`). Its upgrade-notice
 * jobs run from `jobsHandler`, which an EventBridge schedule invokes (the process runs them on a timer instead).
 */
export const handler = subgraphLambdaHandler(name, setupQuotas);

let jobsSetup: ReturnType<typeof setupQuotas> | undefined;

/** Warns of trials ending and mails the due upgrade notices, once; invoked on a schedule. */
export async function jobsHandler(): Promise<{ ran: true }> {
  jobsSetup ??= loadSecretsIntoEnv().then(setupQuotas);
  const { notices } = await jobsSetup.catch((error: unknown) => {
    jobsSetup = undefined;
    throw error;
  });
  await notices.runDue();
  return { ran: true };
}
