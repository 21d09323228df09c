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
const svc = (deps.service as any).deps;
const checked = svc.keys.check(hot.apiKey);
await time('keys.check', () => svc.keys.check(hot.apiKey));
await time('findKeyByHash', () => svc.keys.findKeyByHash(checked.hash));
await time('accounts.status', () => svc.accounts.status(hot.userId));
await time('tierOf', () => svc.tiers.tierOf(hot.userId, owner!.solutionId));
await time('solution', () => svc.solutions.solution(owner!.solutionId));
await time('policy', () => svc.solutions.policy(owner!.solutionId, 'enterprise'));
const { windowAt } = await import('@marketplace/quotas/engine/windows');
await time('windowAt monthly', () => windowAt({ kind: 'monthly' }, new Date()));
const { keys } = await import('@marketplace/quotas/data/keys');
const req = { counter: keys.counter(owner!.solutionId, hot.userId, 'enterprise', 'M2026-11'), units: 1, limit: 1_000_000_000, hard: true, windowEndIfNew: new Date('2026-12-01') };
await time('engine.consume', () => svc.engine.consume(req));
await time('usage.record', () => svc.usage.record({ solutionId: owner!.solutionId, tier: 'enterprise', userId: hot.userId, keyId: hot.keyId, allowed: true, units: 1, overage: 0 }));
await time('new Date().toISOString()', () => new Date().toISOString());
await time('JSON.parse+stringify', () => JSON.stringify(JSON.parse(JSON.stringify(body))));
await deps.stop();
await dynamo.stop();
process.exit(0);
