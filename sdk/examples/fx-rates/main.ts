import { createQuotaClient, QuotaConfigError } from '../../src/index.ts';
import { createFxApp } from './app.ts';

/**
 * Runs the FX Rates example: `MARKETPLACE_SHIM_URL=http://localhost:4010 SOLUTION_SECRET=mps_… PORT=5050
 * node --import tsx sdk/examples/fx-rates/main.ts`. Optional: MARKETPLACE_ORIGIN (CORS for the marketplace's
 * pages, default http://localhost:4000), FAIL_MODE (closed | open | a number: the allowance per minute),
 * TRUSTED_PROXIES (default 0).
 */
const env = process.env;
const problems: string[] = [];
const port = Number(env.PORT ?? 5050);
if (!Number.isInteger(port) || port < 0 || port > 65535) problems.push('PORT must be a port number.');
const failMode = env.FAIL_MODE === undefined || env.FAIL_MODE === 'closed' || env.FAIL_MODE === 'open' ? (env.FAIL_MODE ?? 'closed') : { allowance: Number(env.FAIL_MODE) };

let client;
try {
  client = createQuotaClient({
    baseUrl: env.MARKETPLACE_SHIM_URL ?? '',
    solutionSecret: env.SOLUTION_SECRET ?? '',
    failMode,
    onEvent: (event) => event.type !== 'retry' && console.warn('[fx-rates] marketplace:', JSON.stringify(event)),
  });
} catch (error) {
  if (!(error instanceof QuotaConfigError)) throw error;
  // The options are named after the environment variables that set them.
  problems.push(...error.problems.map((p) => p.replace(/^baseUrl/, 'MARKETPLACE_SHIM_URL').replace(/^solutionSecret/, 'SOLUTION_SECRET').replace(/^failMode\.allowance/, 'FAIL_MODE')));
}
if (problems.length || !client) {
  console.error(`fx-rates cannot start:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}

const app = createFxApp({ client, corsOrigins: [env.MARKETPLACE_ORIGIN ?? 'http://localhost:4000'], trustedProxies: Number(env.TRUSTED_PROXIES ?? 0) });
const server = app.listen(port, () => console.log(`fx-rates listening on http://localhost:${port} (quota shim ${env.MARKETPLACE_SHIM_URL}, fail mode ${JSON.stringify(failMode)})`));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
