import { randomBytes } from 'node:crypto';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient, tableName } from '@marketplace/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConnection } from '../support/dynamo.ts';
import { codes, startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { type SeededCustomer, seedCustomer, seedSolution, type SeededSolution } from '../support/seed.ts';
import { type ShimProcess, startShimProcess } from '../support/shim-process.ts';

/**
 * Upgrade notices across real processes: three quota shims (child processes, as `npm start` runs them) admit
 * the calls that cross 80 % and 100 % concurrently; the quotas process's notice job mails the outbox through
 * the platform's real SMTP server. Customers read and dismiss the in-app notices through the gateway.
 */
let platform: TestPlatform;
let solution: SeededSolution;
const shims: ShimProcess[] = [];
const fingerprintSecret = randomBytes(32).toString('base64url');
const LIMIT = 20;

beforeAll(async () => {
  platform = await startTestPlatform();
  solution = await seedSolution(platform, {
    name: 'Rates API',
    tiers: [
      { tier: 'ANONYMOUS', callAllowance: 10, trialDays: 15, ratePerSecond: null },
      { tier: 'REGISTERED', callAllowance: LIMIT, trialDays: 30, ratePerSecond: null },
      { tier: 'PRO', callAllowance: 1000, ratePerSecond: null, monthlyPricePaise: 99_900 },
      { tier: 'ENTERPRISE', callAllowance: 1_000_000, ratePerSecond: null, monthlyPricePaise: 999_900 },
    ],
  });
  shims.push(...(await Promise.all([0, 1, 2].map(() => startShimProcess({ tablePrefix: platform.tablePrefix, fingerprintSecret })))));
}, 180_000);
afterAll(async () => {
  for (const { child } of shims) child.kill('SIGTERM');
  await platform?.close();
});

async function validate(shim: ShimProcess, body: unknown) {
  const res = await fetch(`${shim.url}/quota/validate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${solution.secret}` },
    body: JSON.stringify(body),
  });
  return (await res.json()) as { allowed: boolean; code: string; used: number };
}

/** `count` concurrent calls with the customer's key, spread over the three shims. */
async function spread(customer: SeededCustomer, count: number) {
  return Promise.all(Array.from({ length: count }, (_, i) => validate(shims[i % 3]!, { apiKey: customer.apiKey })));
}

/**
 * Runs the notice job as the scheduler would, on the platform's clock moved to the real time (the shims, on the
 * system clock, stamped the notices).
 */
async function runNoticeJob() {
  platform.clock.set(new Date(Math.max(Date.now(), platform.clock.now().getTime()) + 1000));
  return platform.notices.runDue();
}

/** The upgrade-notice mails to `email` (sign-up sent a verification mail first). */
const mailsTo = (email: string) =>
  platform.smtp.messages.filter((m) => !/verify/i.test(m.subject ?? '') && [m.to].flat().some((a) => a?.value.some((v) => v.address === email)));

const NOTICES = /* GraphQL */ `
  query($solutionId: ID, $includeDismissed: Boolean) {
    myNotices(solutionId: $solutionId, includeDismissed: $includeDismissed) {
      id kind solutionId solution { id name slug } tier used limit windowEnd dismissedAt title message actionLabel actionPath
    }
  }
`;
type Notice = { id: string; kind: string; used: number; limit: number; title: string; message: string; actionLabel: string; actionPath: string; dismissedAt: string | null; solution: { name: string } };
async function notices(token: string, variables: Record<string, unknown> = {}) {
  const res = await platform.graphql<{ myNotices: Notice[] }>(NOTICES, variables, token);
  expect(res.errors).toBeUndefined();
  return res.data!.myNotices;
}
/** Waits (up to 15 s) until the shims' off-path writes have made `count` notices for the customer. */
async function noticesMade(customer: SeededCustomer, count: number) {
  for (const deadline = Date.now() + 15_000; ; await new Promise((r) => setTimeout(r, 100))) {
    const found = await notices(customer.accessToken, { includeDismissed: true });
    if (found.length >= count || Date.now() > deadline) return found;
  }
}
const DISMISS = `mutation($id: ID!) { dismissNotice(id: $id) { id dismissedAt } }`;
const SET_EMAILS = `mutation($input: SetNoticeEmailsInput!) { setNoticeEmails(input: $input) { solutionId emails } }`;
const PREFERENCE = `query($solutionId: ID!) { myNoticePreference(solutionId: $solutionId) { solutionId emails } }`;

describe('usage thresholds with three shim processes', () => {
  it('mail exactly one notice per threshold, however the crossing calls are spread', { timeout: 90_000 }, async () => {
    const customer = await seedCustomer(platform, solution.solutionId);
    const results = await spread(customer, 3 * LIMIT);
    expect(results.filter((r) => r.allowed)).toHaveLength(LIMIT);
    expect(await noticesMade(customer, 2)).toHaveLength(2);
    await runNoticeJob();
    await runNoticeJob();
    const mails = mailsTo(customer.email);
    expect(mails.map((m) => m.subject).sort()).toEqual(['You have used 80 % of your Rates API allowance', 'You have used your whole Rates API allowance']);
    const eighty = mails.find((m) => m.subject!.includes('80 %'))!;
    // The solution, the usage, the time left and the next step (the solution's pricing and checkout).
    expect(eighty.text).toMatch(/You have used (1[6-9]|20) of 20 calls of Rates API in your trial\./);
    expect(eighty.text).toMatch(/Your trial ends in 30 days, on \d{4}-\d\d-\d\d \d\d:\d\d UTC\./);
    expect(eighty.text).toContain(`Upgrade to Pro: http://localhost:4000/solutions/${solution.slug}?upgrade=pro`);
    expect(eighty.text).toContain(`http://localhost:4000/dashboard/${solution.slug}#notices`);
    const whole = mails.find((m) => m.subject!.includes('whole'))!;
    expect(whole.text).toContain('You have used 20 of 20 calls of Rates API in your trial. Further calls are refused: the trial allowance does not renew.');

    // On the dashboard, 100 % replaces the 80 % notice of the same window (what still holds); both stay in the history.
    const inApp = await notices(customer.accessToken);
    expect(inApp.map((n) => n.kind)).toEqual(['USAGE_100']);
    expect((await notices(customer.accessToken, { includeDismissed: true })).map((n) => n.kind).sort()).toEqual(['USAGE_100', 'USAGE_80']);
    expect(inApp.find((n) => n.kind === 'USAGE_100')).toMatchObject({ used: 20, limit: 20, actionLabel: 'Upgrade to Pro', actionPath: `/solutions/${solution.slug}?upgrade=pro`, dismissedAt: null, solution: { name: 'Rates API' } });
  });

  it('leave the emails out when the customer turned them off for the solution, and keep the in-app notice', { timeout: 90_000 }, async () => {
    const customer = await seedCustomer(platform, solution.solutionId);
    expect((await platform.graphql(PREFERENCE, { solutionId: solution.solutionId }, customer.accessToken)).data).toEqual({ myNoticePreference: { solutionId: solution.solutionId, emails: true } });
    const off = await platform.graphql(SET_EMAILS, { input: { solutionId: solution.solutionId, emails: false } }, customer.accessToken);
    expect(off.data).toEqual({ setNoticeEmails: { solutionId: solution.solutionId, emails: false } });
    await spread(customer, LIMIT + 5);
    expect(await noticesMade(customer, 2)).toHaveLength(2);
    await runNoticeJob();
    expect(mailsTo(customer.email)).toEqual([]);
    expect((await notices(customer.accessToken, { solutionId: solution.solutionId })).map((n) => n.kind)).toEqual(['USAGE_100']);
  });
});

describe('who may read and dismiss notices', () => {
  it('lets customers see and dismiss only their own', { timeout: 90_000 }, async () => {
    const [owner, other] = [await seedCustomer(platform, solution.solutionId), await seedCustomer(platform, solution.solutionId)];
    await spread(owner, 17);
    const [notice] = await noticesMade(owner, 1);
    expect(notice).toMatchObject({ kind: 'USAGE_80' });
    expect(await notices(other.accessToken)).toEqual([]);

    const theirs = await platform.graphql(DISMISS, { id: notice!.id }, other.accessToken);
    expect(codes(theirs)).toEqual(['NOT_FOUND']);
    expect(theirs.errors![0]!.extensions).toMatchObject({ field: 'id' });
    expect(codes(await platform.graphql(DISMISS, { id: notice!.id }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await platform.graphql(NOTICES, {}))).toEqual(['UNAUTHENTICATED']);
    expect((await notices(owner.accessToken))[0]!.dismissedAt).toBeNull();

    const dismissed = await platform.graphql<{ dismissNotice: { id: string; dismissedAt: string } }>(DISMISS, { id: notice!.id }, owner.accessToken);
    expect(dismissed.data!.dismissNotice.dismissedAt).toEqual(expect.any(String));
    expect(await notices(owner.accessToken)).toEqual([]);
    expect((await notices(owner.accessToken, { includeDismissed: true })).map((n) => n.id)).toEqual([notice!.id]);
    // Dismissing again changes nothing.
    const again = await platform.graphql<{ dismissNotice: { dismissedAt: string } }>(DISMISS, { id: notice!.id }, owner.accessToken);
    expect(again.data!.dismissNotice.dismissedAt).toBe(dismissed.data!.dismissNotice.dismissedAt);
  });

  it('refuses unknown and malformed ids alike, as NOT_FOUND naming the argument', async () => {
    const customer = await seedCustomer(platform, solution.solutionId);
    // NOT_FOUND names the id argument, as every refusal of a thing acted on; a malformed id names nothing either.
    const refusal = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => ({ code: result.errors?.[0]?.extensions?.code, field: result.errors?.[0]?.extensions?.field });
    for (const unknown of ['sol_01JD3X0000000000000000000Z', 'nope']) {
      expect(refusal(await platform.graphql(SET_EMAILS, { input: { solutionId: unknown, emails: false } }, customer.accessToken))).toEqual({ code: 'NOT_FOUND', field: 'input.solutionId' });
      expect(refusal(await platform.graphql(PREFERENCE, { solutionId: unknown }, customer.accessToken))).toEqual({ code: 'NOT_FOUND', field: 'solutionId' });
      expect(refusal(await platform.graphql(NOTICES, { solutionId: unknown }, customer.accessToken))).toEqual({ code: 'NOT_FOUND', field: 'solutionId' });
    }
    for (const unknown of ['ntc_01JD3X0000000000000000000Z', 'not-a-notice']) {
      expect(refusal(await platform.graphql(DISMISS, { id: unknown }, customer.accessToken))).toEqual({ code: 'NOT_FOUND', field: 'id' });
    }
    // Nothing was written: the preference still says yes.
    expect((await platform.graphql(PREFERENCE, { solutionId: solution.solutionId }, customer.accessToken)).data).toEqual({ myNoticePreference: { solutionId: solution.solutionId, emails: true } });
  });
});

describe('the trial-end warning', () => {
  it('is mailed once, three days before a registered trial ends', { timeout: 90_000 }, async () => {
    const customer = await seedCustomer(platform, solution.solutionId);
    await spread(customer, 3);
    // The first call's shim schedules the warning off its answer's path: wait for its item.
    const db = createDocumentClient(testConnection());
    const scheduled = async () =>
      (await db.send(new QueryCommand({ TableName: tableName(platform.tablePrefix, 'quotas'), KeyConditionExpression: 'pk = :pk AND begins_with(sk, :trial)', ExpressionAttributeValues: { ':pk': `NOTICE#${customer.userId}`, ':trial': 'TRIAL#' }, ConsistentRead: true }))).Count ?? 0;
    for (const deadline = Date.now() + 15_000; (await scheduled()) === 0 && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 100));
    expect(await scheduled()).toBe(1);
    await runNoticeJob();
    const startedAt = platform.clock.now().getTime();
    platform.clock.set(new Date(startedAt + 26 * 86_400_000));
    await platform.notices.runDue();
    expect(mailsTo(customer.email)).toEqual([]);
    platform.clock.set(new Date(startedAt + 27 * 86_400_000 + 60_000));
    expect(await platform.notices.runDue()).toEqual({ warned: expect.any(Number), told: expect.any(Number), mailed: expect.any(Number) });
    await platform.notices.runDue();
    const mails = mailsTo(customer.email);
    expect(mails.map((m) => m.subject)).toEqual(['Your Rates API trial ends in 3 days']);
    expect(mails[0]!.text).toContain('You have used 3 of 20 calls of Rates API in your trial. After it ends, calls with your key are refused.');
    expect(mails[0]!.text).toContain(`http://localhost:4000/solutions/${solution.slug}?upgrade=pro`);
    const session = await platform.login(customer.email, 'customer-password-123');
    expect((await notices(session.accessToken)).map((n) => n.kind)).toEqual(['TRIAL_ENDING']);
  });
});

describe('a solution suspended, unpublished or reinstated', () => {
  it('is told once per change to each holder of a working key, by email and on the dashboard', { timeout: 90_000 }, async () => {
    const maps = await seedSolution(platform, { name: 'Maps API' });
    const [a, b, revoked] = (await Promise.all([0, 1, 2].map(() => seedCustomer(platform, maps.solutionId)))) as [SeededCustomer, SeededCustomer, SeededCustomer];
    const revoke = await platform.graphql(`mutation($id: ID!) { revokeApiKey(id: $id) { id } }`, { id: revoked.keyId }, revoked.accessToken);
    expect(revoke.errors).toBeUndefined();
    const subjects = (c: SeededCustomer) => mailsTo(c.email).map((m) => m.subject).filter((s) => s!.startsWith('Maps API'));

    const unpublish = await platform.graphql(`mutation($id: ID!) { unpublishSolution(id: $id) { id } }`, { id: maps.solutionId }, maps.partner.accessToken);
    expect(unpublish.errors).toBeUndefined();
    // Two processes run the job at once, then a retry: one notice and one mail per holder.
    platform.clock.set(new Date(Math.max(Date.now(), platform.clock.now().getTime()) + 1000));
    await Promise.all([platform.notices.runDue(), platform.notices.runDue()]);
    await runNoticeJob();
    expect(subjects(a)).toEqual(['Maps API has been unpublished']);
    expect(subjects(b)).toEqual(['Maps API has been unpublished']);
    expect(subjects(revoked)).toEqual([]);
    const mail = mailsTo(a.email).find((m) => m.subject === 'Maps API has been unpublished')!;
    expect(mail.text).toContain('its partner unpublished Maps API: it is no longer listed in the catalog. Your key stays on your dashboard, where you can revoke it.');
    expect(mail.text).toContain(`Review your key: http://localhost:4000/dashboard/${maps.slug}`);

    const suspend = await platform.graphql(`mutation($id: ID!, $reason: String!) { suspendSolution(id: $id, reason: $reason) { id } }`, { id: maps.solutionId, reason: 'Serving malware from its endpoints.' }, maps.adminToken);
    expect(suspend.errors).toBeUndefined();
    await runNoticeJob();
    await runNoticeJob();
    expect(subjects(a).sort()).toEqual(['Maps API has been suspended', 'Maps API has been unpublished']);
    expect(subjects(b).sort()).toEqual(['Maps API has been suspended', 'Maps API has been unpublished']);
    expect(subjects(revoked)).toEqual([]);
    // The partner's reason stays the partner's: the customer is told of the suspension, not why.
    expect(mailsTo(a.email).find((m) => m.subject === 'Maps API has been suspended')!.text).not.toContain('malware');

    const inApp = await notices(a.accessToken, { solutionId: maps.solutionId });
    expect(inApp.map((n) => n.kind)).toEqual(['SOLUTION_SUSPENDED', 'SOLUTION_UNPUBLISHED']);
    expect(inApp[0]).toMatchObject({ title: 'Maps API has been suspended', actionLabel: 'Review your key', actionPath: `/dashboard/${maps.slug}` });
    expect(await notices(revoked.accessToken)).toEqual([]);

    // Reinstated by an admin (back to UNPUBLISHED, where it was): the holders hear that their keys work again.
    platform.clock.set(new Date(platform.clock.now().getTime() + 1000));
    const reinstate = await platform.graphql(`mutation($id: ID!) { reinstateSolution(id: $id) { id status } }`, { id: maps.solutionId }, maps.adminToken);
    expect(reinstate.errors).toBeUndefined();
    await runNoticeJob();
    await runNoticeJob();
    expect(subjects(a).filter((s) => s === 'Maps API is available again')).toHaveLength(1);
    expect(subjects(revoked)).toEqual([]);
    const back = await notices(a.accessToken, { solutionId: maps.solutionId });
    expect(back[0]).toMatchObject({ kind: 'SOLUTION_REINSTATED', title: 'Maps API is available again', actionPath: `/dashboard/${maps.slug}` });
    // What is true now, not beside what no longer is: the suspension is over, the solution still unlisted. The
    // suspension stays in the history.
    expect(back.map((n) => n.kind)).toEqual(['SOLUTION_REINSTATED', 'SOLUTION_UNPUBLISHED']);
    expect((await notices(a.accessToken, { solutionId: maps.solutionId, includeDismissed: true })).map((n) => n.kind)).toEqual([
      'SOLUTION_REINSTATED',
      'SOLUTION_SUSPENDED',
      'SOLUTION_UNPUBLISHED',
    ]);
    // Dismissing the good news brings nothing back.
    const dismissed = await platform.graphql(`mutation($id: ID!) { dismissNotice(id: $id) { id } }`, { id: back[0]!.id }, a.accessToken);
    expect(dismissed.errors).toBeUndefined();
    expect((await notices(a.accessToken, { solutionId: maps.solutionId })).map((n) => n.kind)).toEqual(['SOLUTION_UNPUBLISHED']);
  });
});
