import { DAY } from '@marketplace/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSessionChecker, type SessionChecker } from '../public/session-status.ts';
import { codes, DEFAULT_PASSWORD, type IdentityHarness, LOGIN, startIdentityHarness } from '../testing/identity-harness.ts';

let h: IdentityHarness;
let sessions: SessionChecker;
beforeAll(async () => {
  h = await startIdentityHarness('settings');
  sessions = createSessionChecker(h.deps, { cacheMs: 0 });
});
afterAll(() => h?.close());

const ME = `{ me { id name email emailVerified } }`;
const UPDATE = `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id name } }`;
const SESSIONS = `{ mySessions { id createdAt lastActiveAt expiresAt current } }`;
const END = `mutation($id: ID!) { endSession(id: $id) }`;
const END_OTHERS = `mutation { endOtherSessions }`;
const REQUEST = `mutation($input: RequestEmailChangeInput!) { requestEmailChange(input: $input) }`;
const CONFIRM = `mutation($token: String!) { confirmEmailChange(token: $token) { id email emailVerified } }`;
const field = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.field;

describe('profile', () => {
  it('renames the signed-in user, refuses a blank name naming the field, and writes an audit event', async () => {
    const s = await h.signUp('rename@example.com', DEFAULT_PASSWORD, 'Old Name');
    const renamed = await h.run(UPDATE, { input: { name: '  New Name ' } }, s.caller);
    expect(renamed.data).toEqual({ updateProfile: { id: s.userId, name: 'New Name' } });
    const blank = await h.run(UPDATE, { input: { name: '   ' } }, s.caller);
    expect(codes(blank)).toEqual(['BAD_USER_INPUT']);
    expect(field(blank)).toBe('input.name');
    const escaped = await h.run(UPDATE, { input: { name: 'Evil\u001b[2J\u0000Name' } }, s.caller);
    expect(codes(escaped)).toEqual(['BAD_USER_INPUT']);
    expect(field(escaped)).toBe('input.name');
    expect(escaped.errors![0]!.message).toBe('A name cannot contain control characters.');
    expect((await h.run(ME, {}, s.caller)).data?.me.name).toBe('New Name');
    const audit = (await h.scan()).filter((i) => i.type === 'AuditEvent' && i.action === 'user.profile.update' && i.targetId === s.userId);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: s.userId, after: { changed: ['name'] } });
    expect(JSON.stringify(audit[0])).not.toMatch(/Old Name|New Name/);
  });

  it('is for signed-in users only', async () => {
    expect(codes(await h.run(UPDATE, { input: { name: 'X' } }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await h.run(SESSIONS))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await h.run(END_OTHERS))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('sessions', () => {
  it('lists the live sessions with the current one marked, ends one, and ends all others', async () => {
    const email = 'many-devices@example.com';
    const laptop = await h.signUp(email);
    h.clock.advance(60_000);
    const phone = await h.signIn(email, DEFAULT_PASSWORD);
    h.clock.advance(60_000);
    const tablet = await h.signIn(email, DEFAULT_PASSWORD);

    const listed = (await h.run(SESSIONS, {}, phone.caller)).data!.mySessions as { id: string; current: boolean }[];
    expect(listed.map((s) => s.id)).toEqual([tablet.caller.sessionId, phone.caller.sessionId, laptop.caller.sessionId]);
    expect(listed.map((s) => s.current)).toEqual([false, true, false]);

    expect((await h.run(END, { id: tablet.caller.sessionId }, phone.caller)).data).toEqual({ endSession: true });
    expect(await sessions.isActive(tablet.caller.sessionId!, tablet.userId)).toBe(false);
    const ended = await h.run(END, { id: tablet.caller.sessionId }, phone.caller);
    expect([codes(ended), field(ended)]).toEqual([['NOT_FOUND'], 'id']);

    expect((await h.run(END_OTHERS, {}, phone.caller)).data).toEqual({ endOtherSessions: 1 });
    expect(await sessions.isActive(laptop.caller.sessionId!, laptop.userId)).toBe(false);
    expect(await sessions.isActive(phone.caller.sessionId!, phone.userId)).toBe(true);
    expect((await h.run(SESSIONS, {}, phone.caller)).data!.mySessions).toHaveLength(1);
  });

  it("cannot end another user's session, and says only that it was not found", async () => {
    const mine = await h.signUp('mine@example.com');
    const theirs = await h.signUp('theirs@example.com');
    const theirsEnded = await h.run(END, { id: theirs.caller.sessionId }, mine.caller);
    expect([codes(theirsEnded), field(theirsEnded)]).toEqual([['NOT_FOUND'], 'id']);
    expect(await sessions.isActive(theirs.caller.sessionId!, theirs.userId)).toBe(true);
  });
});

describe('changing the email address', () => {
  it('mails the new address, changes nothing until the link is followed, then moves sign-in and tells the old address', async () => {
    const s = await h.signUp('before@example.com');
    const asked = await h.run(REQUEST, { input: { newEmail: ' After@Example.com ', currentPassword: DEFAULT_PASSWORD } }, s.caller);
    expect(asked.data).toEqual({ requestEmailChange: true });
    const token = await h.tokenFromMail('after@example.com', '/confirm-email');
    expect((await h.run(ME, {}, s.caller)).data?.me.email).toBe('before@example.com');

    const confirmed = await h.run(CONFIRM, { token });
    expect(confirmed.data).toEqual({ confirmEmailChange: { id: s.userId, email: 'after@example.com', emailVerified: true } });
    await h.smtp.waitFor('before@example.com', /was changed/i);

    expect(codes(await h.run(LOGIN, { input: { email: 'before@example.com', password: DEFAULT_PASSWORD } }))).toEqual(['UNAUTHENTICATED']);
    expect((await h.run(LOGIN, { input: { email: 'after@example.com', password: DEFAULT_PASSWORD } })).errors).toBeUndefined();
    // The old address is free for someone else; the link works once.
    await h.signUp('before@example.com');
    expect(field(await h.run(CONFIRM, { token }))).toBe('token');
  });

  it('refuses a wrong password, the same address, a taken address and a bad one, each naming the field, and mails nothing', async () => {
    const s = await h.signUp('careful@example.com');
    await h.signUp('taken@example.com');
    const cases: [Record<string, string>, string, string][] = [
      [{ newEmail: 'fresh@example.com', currentPassword: 'not-my-password' }, 'BAD_USER_INPUT', 'input.currentPassword'],
      [{ newEmail: 'Careful@example.com', currentPassword: DEFAULT_PASSWORD }, 'BAD_USER_INPUT', 'input.newEmail'],
      [{ newEmail: 'taken@example.com', currentPassword: DEFAULT_PASSWORD }, 'CONFLICT', 'input.newEmail'],
      [{ newEmail: 'not an address', currentPassword: DEFAULT_PASSWORD }, 'BAD_USER_INPUT', 'input.newEmail'],
    ];
    for (const [input, code, at] of cases) {
      const res = await h.run(REQUEST, { input }, s.caller);
      expect(codes(res)).toEqual([code]);
      expect(field(res)).toBe(at);
    }
    const both = await h.run(REQUEST, { input: { newEmail: 'not an address', currentPassword: 'not-my-password' } }, s.caller);
    expect(codes(both)).toEqual(['BAD_USER_INPUT']);
    expect(both.errors![0]!.extensions!.problems).toEqual([
      { field: 'input.newEmail', message: 'Enter a valid email address.' },
      { field: 'input.currentPassword', message: 'The current password is not correct.' },
    ]);
    await new Promise((r) => setTimeout(r, 300));
    expect(h.smtp.messages.some((m) => /confirm your new/i.test(m.subject ?? '') && m.text?.includes('fresh@example.com'))).toBe(false);
  });

  it('expires the link after a day, and a link for an address someone took meanwhile is refused without changing anything', async () => {
    const late = await h.signUp('slow@example.com');
    await h.run(REQUEST, { input: { newEmail: 'slow-new@example.com', currentPassword: DEFAULT_PASSWORD } }, late.caller);
    const expired = await h.tokenFromMail('slow-new@example.com', '/confirm-email');
    h.clock.advance(DAY);
    expect(field(await h.run(CONFIRM, { token: expired }))).toBe('token');

    const racer = await h.signUp('racer@example.com');
    await h.run(REQUEST, { input: { newEmail: 'contested@example.com', currentPassword: DEFAULT_PASSWORD } }, racer.caller);
    const token = await h.tokenFromMail('contested@example.com', '/confirm-email');
    await h.signUp('contested@example.com');
    const lost = await h.run(CONFIRM, { token });
    expect(codes(lost)).toEqual(['CONFLICT']);
    expect((await h.run(ME, {}, racer.caller)).data?.me.email).toBe('racer@example.com');
  });
});
