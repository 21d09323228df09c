import type { TestProject } from 'vitest/node';
import { launchPlatform, SHARED_PLATFORM_ENV } from './platform.ts';

/**
 * One platform, as `npm start` starts it, for all e2e journeys that need no settings of their own
 * (`sharedPlatform()`): seven processes launched once per run instead of once per file. Stopping it cleanly is
 * checked here: a process left running fails the run.
 */
export default async function setup(project: TestProject) {
  // The project's `test.env` (e.g. the store timeouts for a busy machine) reaches test workers, not this process:
  // hand it on, as a journey's own launch inherits it.
  const env = Object.fromEntries(Object.entries(project.config.env ?? {}).map(([k, v]) => [k, String(v)]));
  const platform = await launchPlatform({ env: { ...env, LOG_LEVEL: 'info', ...SHARED_PLATFORM_ENV } });
  project.provide('e2ePlatform', { url: platform.url, shimUrl: platform.shimUrl, dataDir: platform.dataDir });
  return async () => {
    await platform.stop();
  };
}
