import { loadSecretsIntoEnv, subgraphLambdaHandler } from '@marketplace/shared';
import { name } from './index.ts';
import { setupIdentity } from './setup.ts';

/** The identity subgraph as a Lambda function behind the HTTP API (the same set-up as `main.ts`). */
export const handler = subgraphLambdaHandler(name, setupIdentity);

let erasureSetup: ReturnType<typeof setupIdentity> | undefined;

/** Carries out the account deletions whose grace period ended; invoked on a schedule (like billing's jobsHandler). */
export async function erasureJobHandler(): Promise<{ erased: number }> {
  erasureSetup ??= loadSecretsIntoEnv().then(setupIdentity);
  const { erasure } = await erasureSetup.catch((error: unknown) => {
    erasureSetup = undefined;
    throw error;
  });
  return { erased: (await erasure.eraseDue()).length };
}
