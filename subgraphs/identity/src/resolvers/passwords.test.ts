import { type Caller, HOUR, MINUTE, SECOND } from '@marketplace/shared';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAIL_WINDOW_MS, MAILS_PER_ADDRESS } from '../services/mail-throttle.ts';
import { CURRENT_PASSWORD_ATTEMPTS } from '../services/password-throttle.ts';
import { createSessionChecker, type SessionChecker } from '../public/session-status.ts';
import { codes, DEFAULT_PASSWORD, type IdentityHarness, LOGIN, PUBLIC_URL, REFRESH, REGISTER, startIdentityHarness } from '../testing/identity-harness.ts';

let h: IdentityHarness;
let sessions: SessionChecker;
beforeAll(async () => {
  h = await startIdentityHarness('pwd');
  sessions = createSessionChecker(h.deps, { cacheMs: 0 });
});
afterAll(() => h?.close());

const REQUEST_RESET = `mutation($email: String!, $pow: String) { requestPasswordReset(email: $email, proofOfWork: $pow) }`;
const RESEND = `mutation($email: String!, $pow: String) { resendVerification(email: $email, proofOfWork: $pow) }`;
const requestReset = async (email: string, caller?: Caller) => h.run(REQUEST_RESET, { email, pow: await h.proofOfWork('PASSWORD_RESET') }, caller);
const resend = async (email: string, caller?: Caller) => h.run(RESEND, { email, pow: await h.proofOfWork('RESEND_VERIFICATION') }, caller);
const RESET = `mutation($token: String!, $password: String!) { resetPassword(token: $token, newPassword: $password) }`;
const CHANGE = `mutation($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }`;
const login = (email: string, password: string) => h.run(LOGIN, { input: { email, password } });

describe('reset and verification mail limits', () => {
  const mailsTo = (to: string) =>
    h.smtp.messages.filter((m) => [m.to].flat().some((a) => a?.value.some((v) => v.address === to))).length;
  const settle = () => new Promise((r) => setTimeout(r, 300));

  it('send at most 3 reset mails an hour to one address, answering every request the same', async () => {
    const email = 'flooded@example.com';
    await h.signUp(email);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => requestReset(email, { roles: [], clientId: `flood-${i}` })),
    );
    expect(answers.map((a) => a.data)).toEqual(Array(20).fill({ requestPasswordReset: true }));
    await settle();
    expect(mailsTo(email)).toBe(1 + MAILS_PER_ADDRESS); // the sign-up's verification mail and three resets
    h.clock.advance(MAIL_WINDOW_MS);
    await requestReset(email, { roles: [], clientId: 'flood-next-hour' });
    await settle();
    expect(mailsTo(email)).toBe(2 + MAILS_PER_ADDRESS);
  });

  it('let one client ask for at most 10 mails an hour, whatever the addresses, known or not', async () => {
    const client = { roles: [], clientId: 'one-noisy-client' };
    const emails = Array.from({ length: 12 }, (_, i) => `noisy-${i}@example.com`);
    for (const email of emails.slice(10)) await h.signUp(email);
    for (const email of emails.slice(0, 10)) expect((await resend(email, client)).data).toEqual({ resendVerification: true });
    const before = emails.slice(10).map(mailsTo);
    for (const email of emails.slice(10)) expect((await requestReset(email, client)).data).toEqual({ requestPasswordReset: true });
    await settle();
    expect(emails.slice(10).map(mailsTo)).toEqual(before);
    // Another client is not held back by the noisy one.
    await requestReset(emails[10]!, { roles: [], clientId: 'a-quiet-client' });
    await h.smtp.waitFor(emails[10]!, /reset/i);
  });
});

describe('password reset by email', () => {
  it('answers an address longer than any account has as it answers every other one', async () => {
    const huge = `${'a'.repeat(10_000)}@example.com`;
    expect((await requestReset(huge, { roles: [], clientId: 'huge-address' })).data).toEqual({ requestPasswordReset: true });
    expect((await resend(huge, { roles: [], clientId: 'huge-address' })).data).toEqual({ resendVerification: true });
  });

  const email = 'forgetful@example.com';

  it('mails a link that sets a new password once and signs out every session', async () => {
    const before = await h.signUp(email);
    const other = await h.signIn(email, DEFAULT_PASSWORD);

    const requested = await requestReset(' Forgetful@example.com');
    expect(requested.data).toEqual({ requestPasswordReset: true });
    const mail = await h.smtp.waitFor(email, /reset/i);
    expect(mail.text).toContain(`${PUBLIC_URL}/reset-password?token=`);
    const token = await h.tokenFromMail(email, '/reset-password');

    // A weak new password is refused without spending the token.
    const weak = await h.run(RESET, { token, password: 'short' });
    expect(codes(weak)).toEqual(['BAD_USER_INPUT']);
    expect(weak.errors![0]!.extensions!.field).toBe('newPassword');
    const asEmail = await h.run(RESET, { token, password: email.toUpperCase() });
    expect(asEmail.errors![0]!.extensions!.field).toBe('newPassword');

    const reset = await h.run(RESET, { token, password: 'a-brand-new-secret' });
    expect(reset.errors).toBeUndefined();
    expect(reset.data).toEqual({ resetPassword: true });

    expect(codes(await login(email, DEFAULT_PASSWORD))).toEqual(['UNAUTHENTICATED']);
    expect((await login(email, 'a-brand-new-secret')).errors).toBeUndefined();

    for (const s of [before, other]) {
      expect(await sessions.isActive(s.caller.sessionId!, s.userId)).toBe(false);
      expect(codes(await h.run(REFRESH, { token: s.refreshToken }))).toEqual(['UNAUTHENTICATED']);
    }

    const again = await h.run(RESET, { token, password: 'yet-another-secret' });
    expect(codes(again)).toEqual(['BAD_USER_INPUT']);
    expect(again.errors![0]!.extensions!.field).toBe('token');
  });

  it('expires the link after 1 hour', async () => {
    await requestReset(email);
    const token = await h.tokenFromMail(email, '/reset-password');
    h.clock.advance(HOUR);
    const late = await h.run(RESET, { token, password: 'too-late-secret' });
    expect(codes(late)).toEqual(['BAD_USER_INPUT']);
    expect(late.errors![0]!.extensions!.field).toBe('token');

    await requestReset(email);
    const fresh = await h.tokenFromMail(email, '/reset-password');
    expect(fresh).not.toBe(token);
    h.clock.advance(HOUR - SECOND);
    expect((await h.run(RESET, { token: fresh, password: 'just-in-time-secret' })).errors).toBeUndefined();
  });

  it('answers true for an unknown email and sends nothing', async () => {
    const mails = h.smtp.messages.length;
    expect((await requestReset('stranger@example.com')).data).toEqual({ requestPasswordReset: true });
    expect(h.smtp.messages.length).toBe(mails);
  });

  it('does not accept a verification token as a reset token', async () => {
    const registered = await h.run(REGISTER, {
      input: { email: 'mixup@example.com', password: DEFAULT_PASSWORD, name: 'Mix Up', acceptTerms: true },
      proofOfWork: await h.proofOfWork('SIGN_UP'),
    });
    expect(registered.errors).toBeUndefined();
    const verifyToken = await h.tokenFromMail('mixup@example.com', '/verify-email');
    const res = await h.run(RESET, { token: verifyToken, password: 'hijacked-secret' });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0]!.extensions!.field).toBe('token');
    expect(codes(await login('mixup@example.com', 'hijacked-secret'))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('changing the password while signed in', () => {
  const email = 'careful@example.com';

  it('checks the current password and ends every other session, not the current one', async () => {
    const current = await h.signUp(email);
    const elsewhere = await h.signIn(email, DEFAULT_PASSWORD);

    const wrong = await h.run(CHANGE, { current: 'not-my-password', next: 'a-better-secret' }, current.caller);
    expect(codes(wrong)).toEqual(['BAD_USER_INPUT']);
    expect(wrong.errors![0]!.extensions!.field).toBe('currentPassword');

    const weak = await h.run(CHANGE, { current: DEFAULT_PASSWORD, next: 'tiny' }, current.caller);
    expect(weak.errors![0]!.extensions!.field).toBe('newPassword');

    const changed = await h.run(CHANGE, { current: DEFAULT_PASSWORD, next: 'a-better-secret' }, current.caller);
    expect(changed.data).toEqual({ changePassword: true });

    expect(await sessions.isActive(current.caller.sessionId!, current.userId)).toBe(true);
    expect((await h.run(REFRESH, { token: current.refreshToken })).errors).toBeUndefined();
    expect(await sessions.isActive(elsewhere.caller.sessionId!, elsewhere.userId)).toBe(false);
    expect(codes(await h.run(REFRESH, { token: elsewhere.refreshToken }))).toEqual(['UNAUTHENTICATED']);

    expect(codes(await login(email, DEFAULT_PASSWORD))).toEqual(['UNAUTHENTICATED']);
    expect((await login(email, 'a-better-secret')).errors).toBeUndefined();
  });

  it('names every problem with the two passwords in one answer and changes nothing', async () => {
    const email = 'hasty@example.com';
    const session = await h.signUp(email);
    const problemsOf = (res: Awaited<ReturnType<typeof h.run>>) => res.errors![0]!.extensions!.problems as { field: string; message: string }[];

    const all = await h.run(CHANGE, { current: 'wrong-one', next: 'wrong-one' }, session.caller);
    expect(codes(all)).toEqual(['BAD_USER_INPUT']);
    expect(problemsOf(all)).toEqual([
      { field: 'currentPassword', message: 'The current password is not correct.' },
      { field: 'newPassword', message: 'A password needs at least 10 characters.' },
      { field: 'newPassword', message: 'The new password must differ from the current one.' },
    ]);
    expect(all.errors![0]!.extensions!.field).toBe('currentPassword');

    const same = await h.run(CHANGE, { current: DEFAULT_PASSWORD, next: DEFAULT_PASSWORD }, session.caller);
    expect(problemsOf(same)).toEqual([{ field: 'newPassword', message: 'The new password must differ from the current one.' }]);
    const asEmail = await h.run(CHANGE, { current: 'not-my-password', next: email }, session.caller);
    expect(problemsOf(asEmail).map((p) => p.field)).toEqual(['currentPassword', 'newPassword']);

    expect((await login(email, DEFAULT_PASSWORD)).errors).toBeUndefined();
    expect(await sessions.isActive(session.caller.sessionId!, session.userId)).toBe(true);
  });

  it('needs a signed-in caller', async () => {
    const res = await h.run(CHANGE, { current: DEFAULT_PASSWORD, next: 'a-better-secret' });
    expect(codes(res)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('wrong current passwords are limited per account', () => {
  const EMAIL_CHANGE = `mutation($input: RequestEmailChangeInput!) { requestEmailChange(input: $input) }`;
  const DELETE = `mutation($password: String) { requestAccountDeletion(input: { password: $password }) { state } }`;

  it('refuses the attempt after 5 wrong ones within 15 minutes, even right, writes nothing, and lets it through after the window', async () => {
    const holder = await h.signUp('guessed@example.com');
    const elsewhere = await h.signIn('guessed@example.com', DEFAULT_PASSWORD);
    const bystander = await h.signUp('bystander@example.com');

    for (let i = 0; i < CURRENT_PASSWORD_ATTEMPTS; i++) {
      h.clock.advance(MINUTE);
      const wrong = await h.run(CHANGE, { current: `guess-number-${i}`, next: 'a-stolen-secret' }, holder.caller);
      expect(codes(wrong)).toEqual(['BAD_USER_INPUT']);
      expect(wrong.errors![0]!.extensions!.field).toBe('currentPassword');
    }

    const before = await h.scan();
    const refused = await h.run(CHANGE, { current: DEFAULT_PASSWORD, next: 'a-stolen-secret' }, holder.caller);
    expect(codes(refused)).toEqual(['RATE_LIMITED']);
    // The window opened at the first wrong guess, 4 minutes ago: 11 minutes remain (as sign-in answers).
    expect(refused.errors![0]!.extensions!.retryAfterSeconds).toBe(11 * 60);
    expect(refused.errors![0]!.message).toMatch(/too many attempts at your current password\. try again in 11 minutes/i);
    // The other operations that ask for the password share the budget.
    expect(codes(await h.run(EMAIL_CHANGE, { input: { newEmail: 'new.home@example.com', currentPassword: DEFAULT_PASSWORD } }, holder.caller))).toEqual(['RATE_LIMITED']);
    expect(codes(await h.run(DELETE, { password: DEFAULT_PASSWORD }, holder.caller))).toEqual(['RATE_LIMITED']);
    // Nothing written: no new password, no token, no deletion, no session ended, not even a throttle count.
    expect(await h.scan()).toEqual(before);
    expect(await sessions.isActive(elsewhere.caller.sessionId!, elsewhere.userId)).toBe(true);

    // Another account is not held back, and sign-in is a separate budget.
    expect((await h.run(CHANGE, { current: DEFAULT_PASSWORD, next: 'a-bystander-secret' }, bystander.caller)).data).toEqual({ changePassword: true });
    expect((await login('guessed@example.com', DEFAULT_PASSWORD)).errors).toBeUndefined();

    h.clock.advance(11 * MINUTE - SECOND);
    expect(codes(await h.run(CHANGE, { current: DEFAULT_PASSWORD, next: 'a-chosen-secret' }, holder.caller))).toEqual(['RATE_LIMITED']);
    h.clock.advance(SECOND);
    expect((await h.run(CHANGE, { current: DEFAULT_PASSWORD, next: 'a-chosen-secret' }, holder.caller)).data).toEqual({ changePassword: true });
  });

  it('counts wrong passwords of email changes and deletions too, and starts over after a right one', async () => {
    const holder = await h.signUp('forgetful.mover@example.com');
    const wrongEmailChange = () => h.run(EMAIL_CHANGE, { input: { newEmail: 'moved@example.com', currentPassword: 'not-it-at-all' } }, holder.caller);
    for (let i = 0; i < 2; i++) expect((await wrongEmailChange()).errors![0]!.extensions!.field).toBe('input.currentPassword');
    for (let i = 0; i < 2; i++) expect((await h.run(DELETE, { password: 'not-it-either' }, holder.caller)).errors![0]!.extensions!.field).toBe('input.password');
    // The right password (with an unacceptable new one) frees the slots.
    const weak = await h.run(CHANGE, { current: DEFAULT_PASSWORD, next: 'tiny' }, holder.caller);
    expect(weak.errors![0]!.extensions!.field).toBe('newPassword');
    for (let i = 0; i < CURRENT_PASSWORD_ATTEMPTS; i++) expect(codes(await wrongEmailChange())).toEqual(['BAD_USER_INPUT']);
    expect(codes(await wrongEmailChange())).toEqual(['RATE_LIMITED']);
  });

  it('never lets concurrent guesses past the limit', async () => {
    const holder = await h.signUp('raced@example.com');
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => h.run(CHANGE, { current: `parallel-guess-${i}`, next: 'a-stolen-secret' }, holder.caller)),
    );
    const outcomes = results.flatMap(codes);
    expect(outcomes.filter((c) => c === 'BAD_USER_INPUT')).toHaveLength(CURRENT_PASSWORD_ATTEMPTS);
    expect(outcomes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(8 - CURRENT_PASSWORD_ATTEMPTS);
  });
});

describe('a first password for an account without one (social sign-up)', () => {
  const SETUP = `mutation { requestPasswordSetup }`;
  const HAS_PASSWORD = `query { me { id hasPassword } }`;
  /** An account as a first social sign-in leaves it: verified, no password. */
  async function socialOnly(email: string) {
    const session = await h.signUp(email);
    await h.deps.db.send(
      new UpdateCommand({ TableName: h.deps.table, Key: { pk: `USER#${session.userId}`, sk: 'PROFILE' }, UpdateExpression: 'SET passwordHash = :none', ExpressionAttributeValues: { ':none': '' } }),
    );
    return session;
  }

  it('cannot change a password it does not have, but gets an emailed link that sets the first one', async () => {
    const email = 'social.only@example.com';
    const session = await socialOnly(email);
    expect((await h.run(HAS_PASSWORD, {}, session.caller)).data!.me.hasPassword).toBe(false);
    const change = await h.run(CHANGE, { current: '', next: 'my-first-password' }, session.caller);
    expect(codes(change)).toEqual(['BAD_USER_INPUT']);
    expect(change.errors![0]!.extensions!.field).toBe('currentPassword');
    expect(change.errors![0]!.message).toMatch(/no password yet/);

    expect((await h.run(SETUP, {}, session.caller)).data).toEqual({ requestPasswordSetup: true });
    const mail = await h.smtp.waitFor(email, /set a password/i);
    const token = new URL(mail.text!.match(/http:\/\/localhost:4000\/reset-password\?token=\S+/)![0]).searchParams.get('token')!;
    expect((await h.run(RESET, { token, password: 'my-first-password' })).errors).toBeUndefined();

    const signedIn = await h.signIn(email, 'my-first-password');
    expect((await h.run(HAS_PASSWORD, {}, signedIn.caller)).data!.me.hasPassword).toBe(true);
    // The link was single use.
    expect(codes(await h.run(RESET, { token, password: 'another-password-1' }))).toEqual(['BAD_USER_INPUT']);
  });

  it('is refused to an account that has a password, and to anonymous callers', async () => {
    const session = await h.signUp('has.one@example.com');
    const res = await h.run(SETUP, {}, session.caller);
    expect(codes(res)).toEqual(['CONFLICT']);
    expect(codes(await h.run(SETUP, {}))).toEqual(['UNAUTHENTICATED']);
  });

  it('is held to the reset mail limit per address', async () => {
    const email = 'eager.social@example.com';
    const session = await socialOnly(email);
    for (let i = 0; i < MAILS_PER_ADDRESS; i++) expect((await h.run(SETUP, {}, session.caller)).data).toEqual({ requestPasswordSetup: true });
    expect(codes(await h.run(SETUP, {}, session.caller))).toEqual(['RATE_LIMITED']);
  });
});
