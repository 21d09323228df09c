import { startDynamoDbLocal } from '@marketplace/shared/dynamodb-local';
import { createDocumentClient, createLogger, systemClock, sha256 } from '@marketplace/shared';
import { createShimDeps } from '@marketplace/quotas/shim/shim-deps';
import { startTestPlatform } from '../support/platform.ts';
import { seedCustomer, seedSolution } from '../support/seed.ts';

const dynamo = await startDynamoDbLocal({ inMemory: true });
const connection = { endpoint: dynamo.endpoint, region: 'us-east-1' };
const platform = await startTestPlatform({}, { connection });
const solution = await seedSolution(platform, {
  tiers: [
    { tier: 'ANONYMOUS', callAllowance: 10, trialDays: 15, ratePerSecond: null },
    { tier: 'REGISTERED', callAllowance: 100, trialDays: 30, ratePerSecond: null },
    { tier: 'PRO', callAllowance: 10_000_000, ratePerSecond: null, monthlyPricePaise: 99_900 },
    { tier: 'ENTERPRISE', callAllowance: 1_000_000_000, ratePerSecond: null, monthlyPricePaise: 999_900 },
  ],
});
const hot = await seedCustomer(platform, solution.solutionId);
await platform.graphql(`mutation($input: GrantTierInput!) { grantTier(input: $input) { tier } }`, { input: { userId: hot.userId, solutionId: solution.solutionId, tier: 'ENTERPRISE' } }, solution.adminToken);
const prefix = platform.tablePrefix;
await platform.close();
const deps = createShimDeps({ db: createDocumentClient(connection), tablePrefix: prefix, clock: systemClock, logger: createLogger('m', 'error'), fingerprintSecret: 'x'.repeat(40), publicUrl: 'http://localhost:4000', cacheMs: 2000, usageFlushMs: 500 });
deps.start();
const body = { apiKey: hot.apiKey };
async function time(label: string, fn: () => Promise<unknown> | unknown, n = 200_000) {
  for (let i = 0; i < 20_000; i++) await fn();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) await fn();
  console.log(label, (Number(process.hrtime.bigint() - t0) / n / 1000).toFixed(2), 'µs');
}
const owner = await deps.solutions.solutionBySecretHash(sha256(solution.secret));
await time('sha256', () => sha256(solution.secret));
await time('solutionBySecretHash', () => deps.solutions.solutionBySecretHash(sha256(solution.secret)));
await time('decide', () => deps.service.decide(owner!.solutionId, body, true));
await time('JSON.parse+stringify', () => JSON.stringify(JSON.parse(JSON.stringify(body))));
await deps.stop();
await dynamo.stop();
process.exit(0);
