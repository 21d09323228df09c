import { CONSENT_VERSIONS } from '@marketplace/contracts';
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepositories } from '../data/repositories.ts';
import { ensureBootstrapAdmin } from '../services/bootstrap.service.ts';
import { linkIn } from '../../../../test/support/smtp.ts';
import { codes, DEFAULT_PASSWORD, type IdentityHarness, PUBLIC_URL, REGISTER, startIdentityHarness } from '../testing/identity-harness.ts';

let h: IdentityHarness;
beforeAll(async () => {
  h = await startIdentityHarness('erasure');
});
afterAll(() => h?.close());

const CONSENTS = `{ myConsents { kind granted version source } }`;
const RECORD = `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { kind granted version source } }`;
const REQUEST = `mutation($input: RequestAccountDeletionInput!) { requestAccountDeletion(input: $input) { state dueAt } }`;
const CONFIRM = `mutation($token: String!) { confirmAccountDeletion(token: $token) { state dueAt } }`;
const PENDING = `{ myAccountDeletion { state } }`;
const field = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.['field'];

describe('consent records', () => {
  it('are written at sign-up with time and version, changed in settings, and the terms cannot be declined', async () => {
    expect((await h.run(REGISTER, { input: { email: 'consent@example.com', password: DEFAULT_PASSWORD, name: 'Consenting', acceptTerms: true, marketingEmails: false }, proofOfWork: await h.proofOfWork('SIGN_UP') })).errors).toBeUndefined();
    const token = await h.tokenFromMail('consent@example.com', '/verify-email');
    await h.run(`mutation($t: String!) { verifyEmail(token: $t) { id } }`, { t: token });
    const s = await h.signIn('consent@example.com', DEFAULT_PASSWORD);
    expect((await h.run(CONSENTS, {}, s.caller)).data?.myConsents).toEqual(
      expect.arrayContaining([
        { kind: 'TERMS', granted: true, version: CONSENT_VERSIONS.terms, source: 'SIGN_UP' },
        { kind: 'MARKETING', granted: false, version: CONSENT_VERSIONS.marketing, source: 'SIGN_UP' },
      ]),
    );
    h.clock.advance(1000);
    expect((await h.run(RECORD, { input: { kind: 'MARKETING', granted: true } }, s.caller)).data?.recordConsent).toEqual({ kind: 'MARKETING', granted: true, version: CONSENT_VERSIONS.marketing, source: 'SETTINGS' });
    const newest = (await h.run(CONSENTS, {}, s.caller)).data?.myConsents[0];
    expect(newest).toMatchObject({ kind: 'MARKETING', granted: true });
    const decline = await h.run(RECORD, { input: { kind: 'TERMS', granted: false } }, s.caller);
    expect(codes(decline)).toEqual(['BAD_USER_INPUT']);
    expect(field(decline)).toBe('input.granted');
    expect(codes(await h.run(RECORD, { input: { kind: 'MARKETING', granted: true } }))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('deleting an account without a password', () => {
  it('mails a link that schedules the deletion once, for its own account only', async () => {
    const s = await h.signUp('social-only@example.com');
    const other = await h.signUp('someone-else@example.com');
    // A social-only account: no password hash.
    const repos = createRepositories(h.deps.db, h.deps.table);
    const user = (await repos.users.get(s.userId))!;
    const { item } = repos.users.update(user, { passwordHash: '' }, h.clock.now());
    await h.deps.db.send(new TransactWriteCommand({ TransactItems: [item] }));

    expect((await h.run(REQUEST, { input: {} }, s.caller)).data?.requestAccountDeletion).toEqual({ state: 'CONFIRM_BY_EMAIL', dueAt: null });
    expect((await h.run(PENDING, {}, s.caller)).data).toEqual({ myAccountDeletion: null });
    const mail = await h.smtp.waitFor('social-only@example.com', /confirm the deletion/i);
    const token = linkIn(mail, `${PUBLIC_URL}/settings?token=`).searchParams.get('token')!;
    expect(codes(await h.run(CONFIRM, { token }, other.caller))).toEqual(['FORBIDDEN']);
    expect((await h.run(PENDING, {}, s.caller)).data).toEqual({ myAccountDeletion: null });
    expect((await h.run(CONFIRM, { token }, s.caller)).data?.confirmAccountDeletion.state).toBe('SCHEDULED');
    expect((await h.run(PENDING, {}, s.caller)).data).toEqual({ myAccountDeletion: { state: 'SCHEDULED' } });
    // The link works once: after a cancellation it does not schedule again; a made-up token is refused the same way.
    expect((await h.run(`mutation { cancelAccountDeletion }`, {}, s.caller)).data).toEqual({ cancelAccountDeletion: true });
    expect(field(await h.run(CONFIRM, { token }, s.caller))).toBe('token');
    expect((await h.run(PENDING, {}, s.caller)).data).toEqual({ myAccountDeletion: null });
    expect(field(await h.run(CONFIRM, { token: 'not-a-token' }, s.caller))).toBe('token');
  });
});

describe('an admin erasing an account on an emailed request', () => {
  const SCHEDULE = `mutation($userId: ID!, $reason: String!) { scheduleAccountErasure(userId: $userId, reason: $reason) { state dueAt byAdmin } }`;
  const CANCEL = `mutation($userId: ID!) { cancelAccountErasure(userId: $userId) }`;
  const OF_USER = `query($userId: ID!) { accountErasure(userId: $userId) { state dueAt byAdmin } }`;

  it("shows the admin page the user's scheduled deletion, and lets only admins schedule, read and cancel it (audited)", async () => {
    await ensureBootstrapAdmin(h.deps, { email: 'root@example.com', password: 'root-password-123', dataDir: '/nonexistent' });
    const admin = await h.signIn('root@example.com', 'root-password-123');
    const holder = await h.signUp('emailed-request@example.com', DEFAULT_PASSWORD, 'Emailed Request');
    const userId = holder.userId;
    for (const [source, variables] of [
      [OF_USER, { userId }],
      [SCHEDULE, { userId, reason: 'x' }],
      [CANCEL, { userId }],
    ] as const) {
      expect(codes(await h.run(source, variables, holder.caller)), source).toEqual(['FORBIDDEN']);
    }
    expect((await h.run(OF_USER, { userId }, admin.caller)).data!.accountErasure).toBeNull();

    const scheduled = (await h.run(SCHEDULE, { userId, reason: 'Request by email, ticket 42' }, admin.caller)).data!.scheduleAccountErasure;
    expect(scheduled).toMatchObject({ state: 'SCHEDULED', byAdmin: true });
    expect(new Date(scheduled.dueAt).getTime() - h.deps.clock.now().getTime()).toBeGreaterThan(13.9 * 24 * 3600_000);
    expect((await h.run(OF_USER, { userId }, admin.caller)).data!.accountErasure).toEqual(scheduled);

    expect((await h.run(CANCEL, { userId }, admin.caller)).data!.cancelAccountErasure).toBe(true);
    expect((await h.run(OF_USER, { userId }, admin.caller)).data!.accountErasure).toBeNull();
    const events = (await createRepositories(h.deps.db, h.deps.table).audit.ofTarget(userId)).filter((e) => e.action.startsWith('user.erasure.'));
    expect(events.map((e) => [e.action, e.actorId, e.reason]).sort()).toEqual([
      ['user.erasure.cancel', admin.userId, null],
      ['user.erasure.request', admin.userId, 'Request by email, ticket 42'],
    ]);
    // Nothing left to cancel: a clear NOT_FOUND.
    const nothing = await h.run(CANCEL, { userId }, admin.caller);
    expect(codes(nothing)).toEqual(['NOT_FOUND']);
    expect(nothing.errors![0]!.extensions!.field).toBe('userId');
    // An admin's account is not deletable while it is one: a state, not an input to fix (CONFLICT, README, Errors).
    const adminOwn = await h.run(REQUEST, { input: { password: 'root-password-123' } }, admin.caller);
    expect([codes(adminOwn), field(adminOwn)]).toEqual([['CONFLICT'], 'userId']);
    expect(adminOwn.errors![0]!.message).toMatch(/admin account cannot be deleted/);
  });
});
