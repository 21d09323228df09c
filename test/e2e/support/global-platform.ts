import type { TestProject } from 'vitest/node';
import { startTestOpenIdProvider } from '../../support/openid-provider.ts';
import { freePort } from '../../support/ports.ts';
import { beginLaunch, SHARED_PLATFORM_ENV } from './platform.ts';

/**
 * One platform, as `npm start` starts it, for all e2e journeys (`sharedPlatform()`): its processes launched once
 * per run instead of once per file. Stopping it cleanly is checked here: a process left running fails the run.
 *
 * It signs in with social providers too (AUTH_PROVIDERS), for the social sign-in journey: two real OpenID providers
 * on 127.0.0.1, one Google-like and one Cognito-like (journeys set their accounts through `e2eOpenIdProviders`),
 * and one that is down.
 */
export default async function setup(project: TestProject) {
  // The project's `test.env` (e.g. the store timeouts for a busy machine) reaches test workers, not this process:
  // hand it on, as a journey's own launch inherits it.
  const env = Object.fromEntries(Object.entries(project.config.env ?? {}).map(([k, v]) => [k, String(v)]));
  const gatewayPort = await freePort();
  const callback = (id: string) => `http://localhost:${gatewayPort}/auth/oidc/${id}/callback`;
  const google = await startTestOpenIdProvider({ flavour: 'google', redirectUris: [callback('google')] });
  const cognito = await startTestOpenIdProvider({ flavour: 'cognito', redirectUris: [callback('cognito')] });
  const offline = { id: 'offline', name: 'Offline IdP', issuer: `http://127.0.0.1:${await freePort()}`, clientId: 'x', clientSecret: 'y' };
  const providers = JSON.stringify([google.entry('google'), cognito.entry('cognito'), offline]);
  // The launch goes on in the background while the other projects' tests run (the journeys come last, and
  // `sharedPlatform()` waits for it): the run does not wait for it up front.
  const launch = await beginLaunch({
    ports: { GATEWAY_PORT: gatewayPort },
    env: { ...env, LOG_LEVEL: 'info', ...SHARED_PLATFORM_ENV, AUTH_PROVIDERS: providers },
  });
  // A launch that fails is reported to every journey by `sharedPlatform()`; the teardown has nothing to stop then.
  const up = launch.up.catch(() => undefined);
  project.provide('e2ePlatform', launch.address);
  project.provide('e2eOpenIdProviders', { google: google.controlUrl, cognito: cognito.controlUrl });
  return async () => {
    try {
      await (await up)?.stop();
    } finally {
      await Promise.all([google.stop(), cognito.stop()]);
    }
  };
}
