import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { createSessionChecker } from '@marketplace/identity/public';
import { SOLUTION_REFERENCE_TTL_MS } from '@marketplace/catalog';
import { createDocumentClient, startDynamoDbLocal, systemClock, tableName } from '@marketplace/shared';
import { randomTablePrefix } from '../support/table-prefix.ts';
import { startTestPlatform } from '../support/platform.ts';
import { seedCustomer, seedSolution } from '../support/seed.ts';

/**
 * The gateway bench's server process: the whole platform (gateway and subgraphs, as the tests run it) on its own
 * DynamoDB Local, seeded through the gateway with a small catalog and a customer holding keys on several
 * solutions. It hands the parent (the load generator) the URLs, the customer's token and a caller header signed
 * the way the gateway signs it, so the parent can call a subgraph straight; CPU time on request over IPC.
 */
const SOLUTIONS = Number(process.env.BENCH_SOLUTIONS ?? 8);
const KEYS = Number(process.env.BENCH_KEYS ?? 6);

const dynamo = await startDynamoDbLocal({ inMemory: true });
// A loaded shared machine: DynamoDB Local may take seconds to answer, and seeding must not fail on the
// production's 1 s request timeout. This platform is seeded and measured alike; subject and baseline share it.
const connection = { endpoint: dynamo.endpoint, region: 'us-east-1', timeouts: { requestTimeoutMs: 10_000 } };
// The test platform checks sessions uncached (tests see a logout at once); the bench uses the gateway's own
// production setting (gateway/src/main.ts), and catalog keeps solution references as its process does
// (subgraphs/catalog/src/setup.ts), so it measures what users get.
const tablePrefix = randomTablePrefix('bench');
const sessions = createSessionChecker({ db: createDocumentClient(connection), table: tableName(tablePrefix, 'identity'), clock: systemClock }, { cacheMs: 1000 });
const platform = await startTestPlatform({ sessionStatus: (sessionId, userId) => sessions.status(sessionId, userId) }, { connection, tablePrefix, solutionReferenceCacheMs: SOLUTION_REFERENCE_TTL_MS });
const solutions = [];
for (let i = 0; i < SOLUTIONS; i++) solutions.push(await seedSolution(platform, { category: i % 2 ? 'Media' : 'Communication' }));
const customer = await seedCustomer(platform, solutions[0]!.solutionId);
for (const solution of solutions.slice(1, KEYS)) {
  const res = await platform.graphql(
    `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key { id } } }`,
    { input: { solutionId: solution.solutionId, name: 'Bench key' } },
    customer.accessToken,
  );
  if (res.errors?.length) throw new Error(JSON.stringify(res.errors));
}
// The caller as the gateway would vouch for it (the token's session; roles from the account). The parent signs
// it per query, on the platform's clock, which stands still, so one signature serves a whole run.
const claims = JSON.parse(Buffer.from(customer.accessToken.split('.')[1]!, 'base64url').toString('utf8')) as { sid?: string };
const caller = { userId: customer.userId, roles: ['customer' as const], sessionId: claims.sid };

// BENCH_PROFILE=<dir>: a CPU profile of each measured run, named after its target (the last round's stays), so
// one pair's profile is not mixed with the seeding's or another pair's.
const profileDir = process.env.BENCH_PROFILE;
const profiler = profileDir ? new Session() : undefined;
profiler?.connect();
let profiling: string | undefined;
let cpuAtReset = process.cpuUsage();
process.on('message', async (message: { type: string; name?: string }) => {
  if (message.type === 'reset') {
    if (profiler && message.name) {
      await profiler.post('Profiler.enable');
      await profiler.post('Profiler.start');
      profiling = message.name;
    }
    cpuAtReset = process.cpuUsage();
    process.send!({ type: 'reset' });
  }
  if (message.type === 'stats') {
    const cpu = process.cpuUsage(cpuAtReset);
    if (profiler && profiling) {
      const { profile } = await profiler.post('Profiler.stop');
      writeFileSync(join(profileDir!, `${profiling}.cpuprofile`), JSON.stringify(profile));
      profiling = undefined;
    }
    process.send!({ type: 'stats', cpuMicros: cpu.user + cpu.system });
  }
  if (message.type === 'stop') {
    await platform.close();
    await dynamo.stop();
    process.exit(0);
  }
});
process.on('disconnect', () => process.exit(0));
process.send!({ type: 'ready', gateway: platform.url, subgraphs: platform.subgraphUrls, token: customer.accessToken, caller, internalSecret: platform.internalSecret, now: platform.clock.now().toISOString() });
