import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { PDFParse } from 'pdf-parse';
import { ACCOUNT_DELETION_GRACE_DAYS, CONSENT_VERSIONS, RETENTION_RULES } from '@marketplace/contracts';
import { createDocumentClient } from '@marketplace/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConnection } from '../support/dynamo.ts';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { BILLING_TIERS, subscribe } from '../support/billing.ts';
import { seedCustomer, seedSolution, type SeededCustomer, type SeededSolution } from '../support/seed.ts';

/** Account deletion (GDPR erasure): grace period, cancellation, and what is left in every table afterwards. */
let platform: TestPlatform;
let solution: SeededSolution;
let paidSolution: SeededSolution;
const PASSWORD = 'customer-password-123';
const DAY = 86_400_000;

beforeAll(async () => {
  platform = await startTestPlatform();
  solution = await seedSolution(platform);
  paidSolution = await seedSolution(platform, { name: 'Paid Erasure', tiers: BILLING_TIERS });
});
afterAll(() => platform?.close());

const REQUEST = `mutation($input: RequestAccountDeletionInput!) { requestAccountDeletion(input: $input) { state dueAt byAdmin } }`;
const PENDING = `{ myAccountDeletion { state dueAt } }`;
const CANCEL = `mutation { cancelAccountDeletion }`;
const codeOf = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.['code'];
const fieldOf = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.['field'];

/** Every item of every table of the platform, items past their TTL left out (DynamoDB's TTL deletes them). */
async function everyItem(): Promise<{ table: string; item: Record<string, unknown> }[]> {
  const db = createDocumentClient(testConnection());
  const nowSeconds = platform.clock.now().getTime() / 1000;
  const all: { table: string; item: Record<string, unknown> }[] = [];
  for (const [name, table] of Object.entries(platform.tables)) {
    let start: Record<string, unknown> | undefined;
    do {
      const page = await db.send(new ScanCommand({ TableName: table, ExclusiveStartKey: start }));
      for (const item of page.Items ?? []) if (!(typeof item.ttl === 'number' && item.ttl < nowSeconds)) all.push({ table: name, item });
      start = page.LastEvaluatedKey;
    } while (start);
  }
  return all;
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

async function customerWithData(label: string): Promise<SeededCustomer & { name: string }> {
  const customer = await seedCustomer(platform, solution.solutionId, `${label}-${Date.now()}@example.com`);
  const name = `Unique Name ${label} ${Date.now()}`;
  expect((await platform.graphql(`mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }`, { input: { name } }, customer.accessToken)).errors).toBeUndefined();
  const consent = await platform.graphql(`mutation { recordConsent(input: { kind: MARKETING, granted: true }) { kind version } }`, {}, customer.accessToken);
  expect(consent.data?.recordConsent).toEqual({ kind: 'MARKETING', version: CONSENT_VERSIONS.marketing });
  for (let i = 0; i < 2; i++) expect((await platform.validate(solution.secret, { apiKey: customer.apiKey })).body.allowed).toBe(true);
  await platform.flushUsage();
  return { ...customer, name };
}

describe('deleting an account', () => {
  it('is scheduled after re-authentication with a 14-day grace period and a confirmation email; cancelling restores everything', async () => {
    const customer = await customerWithData('cancel');
    const requested = await platform.graphql(REQUEST, { input: { password: PASSWORD } }, customer.accessToken);
    expect(requested.errors).toBeUndefined();
    const dueAt = Date.parse(requested.data?.requestAccountDeletion.dueAt);
    expect(dueAt - platform.clock.now().getTime()).toBe(ACCOUNT_DELETION_GRACE_DAYS * DAY);
    expect(requested.data?.requestAccountDeletion).toMatchObject({ state: 'SCHEDULED', byAdmin: false });
    await platform.smtp.waitFor(customer.email, /will be deleted/i);
    // A second request while one is pending is a conflict.
    expect(codeOf(await platform.graphql(REQUEST, { input: { password: PASSWORD } }, customer.accessToken))).toBe('CONFLICT');

    // Within the grace period the account works as before, and the holder cancels.
    platform.clock.advance((ACCOUNT_DELETION_GRACE_DAYS - 1) * DAY);
    expect((await platform.validate(solution.secret, { apiKey: customer.apiKey })).body.allowed).toBe(true);
    const before = JSON.stringify(await everyItem());
    const { accessToken } = await platform.login(customer.email, PASSWORD);
    expect((await platform.graphql(PENDING, {}, accessToken)).data?.myAccountDeletion).toMatchObject({ state: 'SCHEDULED' });
    expect((await platform.graphql(CANCEL, {}, accessToken)).data).toEqual({ cancelAccountDeletion: true });
    await platform.smtp.waitFor(customer.email, /cancelled/i);
    expect((await platform.graphql(PENDING, {}, accessToken)).data).toEqual({ myAccountDeletion: null });
    expect(codeOf(await platform.graphql(CANCEL, {}, accessToken))).toBe('NOT_FOUND');

    // Past the original due time the job erases nothing: sign-in, the key and the data are all still there.
    platform.clock.advance(2 * DAY);
    expect(await platform.erasure.eraseDue()).toEqual([]);
    expect((await platform.login(customer.email, PASSWORD)).userId).toBe(customer.userId);
    expect((await platform.validate(solution.secret, { apiKey: customer.apiKey })).body.allowed).toBe(true);
    const after = JSON.stringify(await everyItem());
    expect(after).toContain(customer.email);
    expect(after).toContain(customer.name);
    expect(before).toContain(customer.name);
  });

  it('refuses a wrong or missing password and anonymous callers, and changes nothing', async () => {
    const customer = await seedCustomer(platform, solution.solutionId);
    const wrong = await platform.graphql(REQUEST, { input: { password: 'not-the-password-1' } }, customer.accessToken);
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
    expect(fieldOf(wrong)).toBe('input.password');
    const missing = await platform.graphql(REQUEST, { input: {} }, customer.accessToken);
    expect(fieldOf(missing)).toBe('input.password');
    expect(codeOf(await platform.graphql(REQUEST, { input: { password: PASSWORD } }))).toBe('UNAUTHENTICATED');
    expect((await platform.graphql(PENDING, {}, customer.accessToken)).data).toEqual({ myAccountDeletion: null });
    // Another customer cannot cancel or schedule someone else's: the admin operations are admins' only.
    const other = await seedCustomer(platform, solution.solutionId);
    const forSomeoneElse = await platform.graphql(`mutation($id: ID!) { scheduleAccountErasure(userId: $id, reason: "asked by email") { state } }`, { id: customer.userId }, other.accessToken);
    expect(codeOf(forSomeoneElse)).toBe('FORBIDDEN');
    expect((await platform.graphql(PENDING, {}, customer.accessToken)).data).toEqual({ myAccountDeletion: null });
  });

  it('after the grace period erases the email, name and linked data from every table except what the privacy page says is kept', async () => {
    const customer = await customerWithData('erase');
    const admin = await platform.login(platform.admin.email, platform.admin.password);
    const badReason = await platform.graphql(`mutation($id: ID!) { scheduleAccountErasure(userId: $id, reason: " ") { state } }`, { id: customer.userId }, admin.accessToken);
    expect(fieldOf(badReason)).toBe('reason');
    const scheduled = await platform.graphql(
      `mutation($id: ID!) { scheduleAccountErasure(userId: $id, reason: "Request received by email on 2026-12-01") { state byAdmin } }`,
      { id: customer.userId },
      admin.accessToken,
    );
    expect(scheduled.data?.scheduleAccountErasure).toEqual({ state: 'SCHEDULED', byAdmin: true });
    await platform.smtp.waitFor(customer.email, /will be deleted/i);
    expect(JSON.stringify(await everyItem())).toContain(customer.email);

    // Not yet due: nothing happens.
    platform.clock.advance(ACCOUNT_DELETION_GRACE_DAYS * DAY - 60_000);
    expect(await platform.erasure.eraseDue()).toEqual([]);
    platform.clock.advance(120_000);
    expect(await platform.erasure.eraseDue()).toEqual([customer.userId]);

    const items = await everyItem();
    const text = JSON.stringify(items);
    expect(text).not.toContain(customer.email);
    expect(text).not.toContain(customer.name);
    // The key is revoked (within the shim's cache time), sign-in fails, the audit trail records the erasure.
    expect((await platform.validate(solution.secret, { apiKey: customer.apiKey })).body.code).toBe('KEY_REVOKED');
    expect(codeOf(await platform.graphql(`mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, { input: { email: customer.email, password: PASSWORD } }))).toBe('UNAUTHENTICATED');
    const actions = items.filter(({ item }) => item.type === 'AuditEvent' && item.userId === customer.userId).map(({ item }) => item.action);
    expect(actions).toEqual(expect.arrayContaining(['user.erasure.request', 'user.erase', 'key.revoke']));
    // What is left about the user is what the privacy page lists as kept: the pseudonymous tombstone, usage
    // aggregates, the audit trail; no sessions, consents or linked providers.
    const left = items.filter(({ item }) => JSON.stringify(item).includes(customer.userId));
    expect(left.filter(({ item }) => ['Session', 'Consent', 'LinkedIdentity', 'ErasureRequest'].includes(String(item.type)))).toEqual([]);
    expect(RETENTION_RULES.map((rule) => rule.id)).toEqual(expect.arrayContaining(['usage-aggregates', 'audit-trail', 'tax-invoices']));
    // Running the job again erases nobody twice.
    expect(await platform.erasure.eraseDue()).toEqual([]);
  });

  it('cancels a paid subscription, deletes the billing profile, keeps the tax invoice with the minimum fields (PDF too) and overwrites the Razorpay customer', async () => {
    const customer = await customerWithData('paying');
    const profile = await platform.graphql(
      `mutation($input: BillingProfileInput!) { updateBillingProfile(input: $input) { legalName } }`,
      { input: { legalName: customer.name, email: customer.email, state: 'Karnataka', address: 'Flat 1, Some Street, Bengaluru' } },
      customer.accessToken,
    );
    expect(profile.errors).toBeUndefined();
    const contact = `+9198${String(Date.now()).slice(-8)}`;
    const { subscriptionId, razorpaySubscriptionId } = await subscribe(platform, customer, paidSolution.solutionId, 'PRO', { name: customer.name, email: customer.email, contact });
    const invoicesBefore = (await everyItem()).filter(({ item }) => String(item.pk).startsWith('DOC#') && JSON.stringify(item).includes(customer.email));
    expect(invoicesBefore.length).toBeGreaterThanOrEqual(1);
    // The invoice's PDF was downloaded, so a copy naming the buyer is stored; Razorpay knows the payer too.
    const [invoice] = (await platform.billing.documents.listOfCustomer(customer.userId, 10)).items;
    const pdfBefore = await pdfText((await platform.billing.documents.pdf(invoice!)).bytes);
    expect(pdfBefore).toContain(customer.name);
    expect(pdfBefore).toContain('Some Street');
    const rzpCustomerId = (await platform.billing.deps.razorpay.fetchSubscription(razorpaySubscriptionId)).customer_id!;
    expect(platform.simulator.core.fetchCustomer(rzpCustomerId)).toMatchObject({ name: customer.name, email: customer.email, contact });

    expect((await platform.graphql(REQUEST, { input: { password: PASSWORD } }, customer.accessToken)).data?.requestAccountDeletion.state).toBe('SCHEDULED');
    platform.clock.advance(ACCOUNT_DELETION_GRACE_DAYS * DAY + 1000);
    expect(await platform.erasure.eraseDue()).toEqual([customer.userId]);

    const items = await everyItem();
    const text = JSON.stringify(items);
    expect(text).not.toContain(customer.email);
    expect(text).not.toContain(customer.name);
    expect(text).not.toContain('Some Street');
    // The invoice is still there, its buyer reduced to the state (place of supply) for a consumer.
    const invoices = items.filter(({ item }) => invoicesBefore.some((before) => before.item.pk === item.pk));
    expect(invoices.map(({ item }) => (item.document as { buyer: unknown }).buyer)).toEqual(
      invoices.map(() => ({ name: 'Erased customer', email: '', gstin: null, state: expect.objectContaining({ code: '29' }), addressLines: [] })),
    );
    const subscription = items.find(({ item }) => item.pk === `SUB#${subscriptionId}`)!.item;
    expect(subscription.cancelAtPeriodEnd).toBe(true);
    expect(items.some(({ item }) => item.pk === `PROFILE#${customer.userId}`)).toBe(false);

    // Billing's own process (its due jobs: Razorpay keys, the document store) finishes the erasure: the stored
    // PDF is rendered again from the reduced record (same number, amounts and place of supply), and Razorpay's
    // customer record is overwritten; audited once. Running the jobs again changes nothing.
    // Razorpay down: the job fails, changes nothing at Razorpay, and is tried again 15 minutes later.
    const razorpay = platform.billing.deps.razorpay as { editCustomer: typeof platform.billing.deps.razorpay.editCustomer };
    const editCustomer = razorpay.editCustomer;
    razorpay.editCustomer = async () => {
      throw new Error('Razorpay is down');
    };
    const completionsOf = async () => (await everyItem()).filter(({ item }) => item.action === 'customer.erase.complete' && item.userId === customer.userId);
    try {
      await platform.billing.jobs.runDue(); // (other erased users' follow-ups may run too)
    } finally {
      razorpay.editCustomer = editCustomer;
    }
    expect(platform.simulator.core.fetchCustomer(rzpCustomerId)).toMatchObject({ email: customer.email });
    expect(await completionsOf()).toEqual([]);
    expect(await platform.billing.jobs.runDue()).toBe(0);
    platform.clock.advance(15 * 60_000);
    expect(await platform.billing.jobs.runDue()).toBeGreaterThanOrEqual(1);
    const stored = (await platform.billing.documents.pdf(invoice!)).bytes;
    const pdfAfter = await pdfText(stored);
    for (const personal of [customer.name, customer.email, 'Some Street']) {
      expect(pdfAfter).not.toContain(personal);
      expect(Buffer.from(stored).toString('latin1')).not.toContain(personal);
    }
    expect(pdfAfter).toContain('Erased customer');
    expect(pdfAfter).toContain(invoice!.number);
    expect(pdfAfter).toContain('Karnataka (29)');
    expect(pdfAfter.match(/₹[\d,]+\.\d\d/g)).toEqual(pdfBefore.match(/₹[\d,]+\.\d\d/g));
    const erased = platform.simulator.core.fetchCustomer(rzpCustomerId);
    expect(erased).toMatchObject({ name: 'Erased customer', email: `erased-${rzpCustomerId.toLowerCase()}@erased.invalid`, contact: '+910000000000' });
    const completions = await completionsOf();
    expect(completions.map(({ item }) => item.after)).toEqual([{ documentsRendered: invoicesBefore.length, razorpayCustomers: [rzpCustomerId] }]);
    expect(await platform.billing.jobs.runDue()).toBe(0);
  });
});
