import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DYNAMO_TIMEOUTS, type DynamoDbLocal, startDynamoDbLocal } from '@marketplace/shared';
import { codes, startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { seedCustomer, seedSolution, type SeededCustomer, type SeededSolution } from '../support/seed.ts';

/**
 * A sick store: DynamoDB Local paused with SIGSTOP (it accepts connections and never answers). Every part
 * of the platform must answer "unavailable" within about a second — the shim 503 problem+json, health 503,
 * GraphQL SERVICE_UNAVAILABLE — and recover by itself once the store answers again.
 */
let dynamo: DynamoDbLocal;
let platform: TestPlatform;
let solution: SeededSolution;
let customer: SeededCustomer;
let paused = false;

/** Generous for a 2-core machine shared with other runs; the default store timeout is 1 s. */
const ANSWER_WITHIN_MS = 2500;

beforeAll(async () => {
  dynamo = await startDynamoDbLocal({ inMemory: true });
  // The production timeouts, not the test run's generous ones.
  platform = await startTestPlatform({}, { connection: { endpoint: dynamo.endpoint, region: 'us-east-1', timeouts: DEFAULT_DYNAMO_TIMEOUTS } });
  solution = await seedSolution(platform);
  customer = await seedCustomer(platform, solution.solutionId);
}, 120_000);

afterAll(async () => {
  if (paused) process.kill(dynamo.pid, 'SIGCONT');
  await platform?.close();
  await dynamo?.stop();
});

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

const validate = () => platform.validate(solution.secret, { apiKey: customer.apiKey });
const health = async (url: string) => {
  const res = await fetch(url);
  return { status: res.status, body: (await res.json()) as Record<string, any> };
};
const catalog = () => platform.graphql(`query { solutions(first: 5) { nodes { id } } }`);
const me = () => platform.graphql(`query { me { id } }`, {}, customer.accessToken);

describe('DynamoDB paused (SIGSTOP)', () => {
  it('every answer comes within about a second, then everything recovers on SIGCONT', { timeout: 90_000 }, async () => {
    expect((await validate()).body).toMatchObject({ allowed: true, code: 'VALID' });
    expect((await health(`${platform.url}/healthz`)).status).toBe(200);

    process.kill(dynamo.pid, 'SIGSTOP');
    paused = true;

    const shim = await timed(validate);
    expect(shim.value.status).toBe(503);
    expect(shim.value.headers.get('content-type')).toBe('application/problem+json');
    expect(shim.value.body).toMatchObject({ status: 503, type: expect.stringContaining('unavailable') });
    expect(shim.ms).toBeLessThan(ANSWER_WITHIN_MS);

    const shimHealth = await timed(() => health(`${platform.shimUrl}/healthz`));
    expect(shimHealth.value).toMatchObject({ status: 503, body: { status: 'unavailable' } });
    expect(shimHealth.ms).toBeLessThan(ANSWER_WITHIN_MS);

    // Through the gateway to the catalog subgraph, whose resolver waits on the store.
    const listed = await timed(catalog);
    expect(codes(listed.value)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(listed.value.errors![0]!.message).toMatch(/retry shortly/);
    expect(listed.ms).toBeLessThan(ANSWER_WITHIN_MS);

    // The gateway's own session check on a signed-in request.
    const signedIn = await timed(me);
    expect(signedIn.value.status).toBe(503);
    expect(codes(signedIn.value)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(signedIn.ms).toBeLessThan(ANSWER_WITHIN_MS);

    const gatewayHealth = await timed(() => health(`${platform.url}/healthz`));
    expect(gatewayHealth.value.status).toBe(503);
    const checks = gatewayHealth.value.body.checks as Record<string, { status: string }>;
    for (const part of ['dynamodb', 'identity', 'catalog', 'keys', 'quotas', 'quota-shim']) {
      expect(checks[part], part).toMatchObject({ status: 'unavailable' });
    }
    expect(gatewayHealth.ms).toBeLessThan(ANSWER_WITHIN_MS);

    process.kill(dynamo.pid, 'SIGCONT');
    paused = false;

    // Recovery needs no restart of anything: the next requests open fresh connections.
    const deadline = Date.now() + 15_000;
    let healthy = await health(`${platform.url}/healthz`);
    while (healthy.status !== 200 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      healthy = await health(`${platform.url}/healthz`);
    }
    expect(healthy).toMatchObject({ status: 200, body: { status: 'ok' } });
    expect((await health(`${platform.shimUrl}/healthz`)).status).toBe(200);
    const after = await validate();
    expect(after.status).toBe(200);
    expect(after.body).toMatchObject({ allowed: true, code: 'VALID' });
    expect(codes(await catalog())).toEqual([]);
    expect(codes(await me())).toEqual([]);
  });
});
