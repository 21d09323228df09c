import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DYNAMO_TIMEOUTS, type DynamoDbLocal, startDynamoDbLocal } from '@marketplace/shared';
import { testConnection } from '../support/dynamo.ts';
import { codes, startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { expectProblem } from '../support/problem.ts';
import { seedCustomer, seedSolution, type SeededCustomer, type SeededSolution } from '../support/seed.ts';

/**
 * A sick store: DynamoDB Local paused with SIGSTOP (it accepts connections and never answers). Every part
 * of the platform must answer "unavailable" within about a second — the shim 503 problem+json, health 503,
 * GraphQL SERVICE_UNAVAILABLE — and recover by itself once the store answers again.
 */
let dynamo: DynamoDbLocal;
let platform: TestPlatform;
let solution: SeededSolution;
let customer: SeededCustomer & { password: string };
let paused = false;

/** Generous for a 2-core machine shared with other runs; the default store timeout is 1 s. */
const ANSWER_WITHIN_MS = 2500;

/** Retries `work` until it passes: on a loaded machine a single call may exceed the 1 s store timeout. */
async function eventually<T>(work: () => Promise<T>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await work();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

beforeAll(async () => {
  dynamo = await startDynamoDbLocal({ inMemory: true });
  // Seeded with the test run's patient timeouts, then served again with the production ones (1 s) to measure.
  const seeding = await startTestPlatform({}, { connection: { ...testConnection(), endpoint: dynamo.endpoint } });
  try {
    solution = await seedSolution(seeding);
    customer = { ...(await seedCustomer(seeding, solution.solutionId)), password: 'customer-password-123' };
  } finally {
    await seeding.close();
  }
  platform = await startTestPlatform(
    {},
    { connection: { endpoint: dynamo.endpoint, region: 'us-east-1', timeouts: DEFAULT_DYNAMO_TIMEOUTS }, tablePrefix: seeding.tablePrefix },
  );
  // This platform signs its own tokens.
  customer.accessToken = (await eventually(() => platform.login(customer.email, customer.password))).accessToken;
}, 180_000);

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
    await eventually(async () => expect((await validate()).body).toMatchObject({ allowed: true, code: 'VALID' }));
    await eventually(async () => expect((await health(`${platform.url}/healthz`)).status).toBe(200));

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
    // The same check on a REST route: unavailable (retry), not a signed-out 401.
    const exported = await timed(() => fetch(`${platform.url}/account/export`, { headers: { authorization: `Bearer ${customer.accessToken}` } }));
    expect(await expectProblem(exported.value, 503, 'UNAVAILABLE')).toMatchObject({ retryAfterSeconds: 1 });
    expect(exported.value.headers.get('retry-after')).toBe('1');
    expect(exported.ms).toBeLessThan(ANSWER_WITHIN_MS);

    const gatewayHealth = await timed(() => health(`${platform.url}/healthz`));
    expect(gatewayHealth.value.status).toBe(503);
    const checks = gatewayHealth.value.body.checks as Record<string, { status: string }>;
    for (const part of ['dynamodb', 'identity', 'catalog', 'keys', 'quotas', 'billing', 'quota-shim']) {
      expect(checks[part], part).toMatchObject({ status: 'unavailable' });
    }
    expect(gatewayHealth.ms).toBeLessThan(ANSWER_WITHIN_MS);

    process.kill(dynamo.pid, 'SIGCONT');
    paused = false;

    // Recovery needs no restart of anything: the next requests open fresh connections.
    await eventually(async () => expect(await health(`${platform.url}/healthz`)).toMatchObject({ status: 200, body: { status: 'ok' } }));
    await eventually(async () => expect((await health(`${platform.shimUrl}/healthz`)).status).toBe(200));
    await eventually(async () => expect(await validate()).toMatchObject({ status: 200, body: { allowed: true, code: 'VALID' } }));
    await eventually(async () => expect(codes(await catalog())).toEqual([]));
    await eventually(async () => expect(codes(await me())).toEqual([]));
  });
});
