import { HOUR } from '@marketplace/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  codes,
  DEFAULT_PASSWORD,
  type IdentityHarness,
  LOGIN,
  PUBLIC_URL,
  REGISTER,
  startIdentityHarness,
  VERIFY_EMAIL,
} from '../testing/identity-harness.ts';

let h: IdentityHarness;
beforeAll(async () => {
  h = await startIdentityHarness('reg');
});
afterAll(() => h?.close());

const mailsTo = (email: string) =>
  h.smtp.messages.filter((m) => [m.to].flat().some((a) => a?.value.some((v) => v.address?.toLowerCase() === email)));

describe('register and verify', () => {
  const email = 'grace.hopper@example.com';

  it('creates an unverified customer with a normalised email and mails a verification link', async () => {
    const res = await h.register({ email: '  Grace.Hopper@Example.COM ', password: DEFAULT_PASSWORD, name: '  Grace Hopper ' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.register).toMatchObject({
      email,
      name: 'Grace Hopper',
      roles: ['CUSTOMER'],
      status: 'ACTIVE',
      emailVerified: false,
      createdAt: '2026-03-01T09:00:00.000Z',
    });
    expect(res.data!.register.id).toMatch(/^usr_[0-9A-Z]{26}$/);

    const mail = await h.smtp.waitFor(email, /verify/i);
    expect(mail.text).toContain(`${PUBLIC_URL}/verify-email?token=`);
    expect(mail.html).toContain(`${PUBLIC_URL}/verify-email?token=`);
  });

  it('stores neither the password nor the token in clear', async () => {
    const token = await h.tokenFromMail(email, '/verify-email');
    const items = JSON.stringify(await h.scan());
    expect(items).not.toContain(DEFAULT_PASSWORD);
    expect(items).not.toContain(token);
    expect(items).toContain('$argon2id$');
  });

  it('refuses to sign in before the email is verified, but only once the password checked out', async () => {
    const right = await h.run(LOGIN, { input: { email, password: DEFAULT_PASSWORD } });
    expect(codes(right)).toEqual(['FORBIDDEN']);
    expect(right.errors![0]!.extensions!.reason).toBe('EMAIL_NOT_VERIFIED');

    const wrong = await h.run(LOGIN, { input: { email, password: 'not-the-password' } });
    expect(codes(wrong)).toEqual(['UNAUTHENTICATED']);
    expect(wrong.errors![0]!.extensions!.reason).toBeUndefined();
  });

  it('verifies with the emailed token exactly once', async () => {
    const token = await h.tokenFromMail(email, '/verify-email');
    const first = await h.run(VERIFY_EMAIL, { token });
    expect(first.errors).toBeUndefined();
    expect(first.data!.verifyEmail).toMatchObject({ email, emailVerified: true });

    const second = await h.run(VERIFY_EMAIL, { token });
    expect(codes(second)).toEqual(['BAD_USER_INPUT']);
    expect(second.errors![0]!.extensions!.field).toBe('token');

    const login = await h.run(LOGIN, { input: { email, password: DEFAULT_PASSWORD } });
    expect(login.errors).toBeUndefined();
    expect(login.data!.login.user).toMatchObject({ email, emailVerified: true });
  });

  it('refuses an unknown token', async () => {
    const res = await h.run(VERIFY_EMAIL, { token: 'made-up-token' });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0]!.extensions!.field).toBe('token');
  });
});

describe('verification links', () => {
  const RESEND = `mutation($email: String!, $pow: String) { resendVerification(email: $email, proofOfWork: $pow) }`;
  const resend = async (email: string) => h.run(RESEND, { email, pow: await h.proofOfWork('RESEND_VERIFICATION') });

  it('expire after 24 hours; a resent link works while older ones stay valid until they expire', async () => {
    const email = 'late.verifier@example.com';
    await h.register({ email, password: DEFAULT_PASSWORD, name: 'Late Verifier' });
    const first = await h.tokenFromMail(email, '/verify-email');

    h.clock.advance(24 * HOUR);
    const expired = await h.run(VERIFY_EMAIL, { token: first });
    expect(codes(expired)).toEqual(['BAD_USER_INPUT']);

    const resent = await resend(' LATE.verifier@example.com');
    expect(resent.data).toEqual({ resendVerification: true });
    expect(mailsTo(email)).toHaveLength(2);
    const second = await h.tokenFromMail(email, '/verify-email');
    expect(second).not.toBe(first);
    const verified = await h.run(VERIFY_EMAIL, { token: second });
    expect(verified.data!.verifyEmail.emailVerified).toBe(true);
  });

  it('are not resent to verified or unknown accounts, and the answer does not tell which', async () => {
    const verified = await h.signUp('already.verified@example.com');
    expect(verified.userId).toMatch(/^usr_/);
    const before = h.smtp.messages.length;
    const forVerified = await resend('already.verified@example.com');
    const forUnknown = await resend('nobody@example.com');
    expect(forVerified).toEqual({ data: { resendVerification: true }, errors: undefined });
    expect(forUnknown).toEqual(forVerified);
    expect(h.smtp.messages.length).toBe(before);
  });
});

describe('one account per email', () => {
  it('lets exactly one of five concurrent registrations of one email succeed', async () => {
    const email = 'race@example.com';
    const results = await Promise.all(
      [1, 2, 3, 4, 5].map((n) =>
        h.register({ email: n % 2 ? email : ' RACE@example.com', password: `${DEFAULT_PASSWORD}-${n}`, name: `Racer ${n}` }),
      ),
    );
    const created = results.filter((r) => !r.errors);
    const refused = results.filter((r) => r.errors);
    expect(created).toHaveLength(1);
    expect(refused).toHaveLength(4);
    for (const r of refused) {
      expect(codes(r)).toEqual(['CONFLICT']);
      expect(r.errors![0]!.extensions!.field).toBe('input.email');
    }
    const items = await h.scan();
    expect(items.filter((i) => i.type === 'User' && i.email === email)).toHaveLength(1);
    expect(items.filter((i) => i.type === 'EmailClaim' && i.pk === `EMAIL#${email}`)).toHaveLength(1);
    expect(mailsTo(email)).toHaveLength(1);
  });

  it('refuses a later registration of the same email in another case', async () => {
    const res = await h.register({ email: 'Race@Example.com', password: DEFAULT_PASSWORD, name: 'Late' });
    expect(codes(res)).toEqual(['CONFLICT']);
    expect(res.errors![0]!.extensions!.field).toBe('input.email');
  });
});

describe('input that is refused, with nothing written', () => {
  const cases: { title: string; input: { email: string; password: string; name: string }; field: string }[] = [
    { title: 'a password under 10 characters', input: { email: 'weak@example.com', password: 'short-pw1', name: 'Weak' }, field: 'input.password' },
    { title: 'a password over 200 characters', input: { email: 'long@example.com', password: 'x'.repeat(201), name: 'Long' }, field: 'input.password' },
    { title: 'the email as password', input: { email: 'same.as.email@example.com', password: 'Same.As.Email@Example.com', name: 'Same' }, field: 'input.password' },
    { title: 'an email without a domain', input: { email: 'not-an-email', password: DEFAULT_PASSWORD, name: 'Bad' }, field: 'input.email' },
    { title: 'an email with spaces inside', input: { email: 'a b@example.com', password: DEFAULT_PASSWORD, name: 'Bad' }, field: 'input.email' },
    { title: 'an email over 254 characters', input: { email: `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.com`, password: DEFAULT_PASSWORD, name: 'Bad' }, field: 'input.email' },
    { title: 'an empty name', input: { email: 'no.name@example.com', password: DEFAULT_PASSWORD, name: '   ' }, field: 'input.name' },
    { title: 'a name over 100 characters', input: { email: 'long.name@example.com', password: DEFAULT_PASSWORD, name: 'n'.repeat(101) }, field: 'input.name' },
  ];

  for (const { title, input, field } of cases) {
    it(`refuses ${title} (BAD_USER_INPUT on ${field})`, async () => {
      const before = await h.scan();
      const mails = h.smtp.messages.length;
      const res = await h.register(input);
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0]!.extensions!.field).toBe(field);
      expect(res.data).toBeNull();
      // The spent proof of work is the only item written (the challenge was used: a retry solves a new one).
      const after = (await h.scan()).filter((i) => i.type !== 'SpentProofOfWork');
      expect(after).toHaveLength(before.filter((i) => i.type !== 'SpentProofOfWork').length);
      const email = input.email.trim().toLowerCase();
      expect(after.filter((i) => i.email === email || i.pk === `EMAIL#${email}`)).toEqual([]);
      expect(h.smtp.messages.length).toBe(mails);
    });
  }

  it.each([
    ['missing', undefined],
    ['null', null],
    ['false', false],
  ])('refuses terms not accepted (%s) with BAD_USER_INPUT on input.acceptTerms, writing nothing', async (_, acceptTerms) => {
    const email = `no.terms.${String(acceptTerms)}@example.com`;
    const before = (await h.scan()).filter((i) => i.type !== 'SpentProofOfWork').length;
    const input: Record<string, unknown> = { email, password: DEFAULT_PASSWORD, name: 'No Terms' };
    if (acceptTerms !== undefined) input['acceptTerms'] = acceptTerms;
    const res = await h.run(REGISTER, { input, proofOfWork: await h.proofOfWork('SIGN_UP') });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0]!.extensions).toMatchObject({ field: 'input.acceptTerms' });
    expect(res.errors![0]!.message).toBe('Accept the terms of use to create an account.');
    expect((await h.scan()).filter((i) => i.type !== 'SpentProofOfWork')).toHaveLength(before);
    expect(mailsTo(email)).toEqual([]);
  });

  it('names every field at fault in one refusal, each in words', async () => {
    const before = (await h.scan()).filter((i) => i.type !== 'SpentProofOfWork').length;
    const res = await h.register({ email: 'not-an-email', password: 'short', name: '  ', acceptTerms: false });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0]!.extensions!.problems).toEqual([
      { field: 'input.email', message: 'Enter a valid email address.' },
      { field: 'input.password', message: 'A password needs at least 10 characters.' },
      { field: 'input.name', message: 'Enter your name.' },
      { field: 'input.acceptTerms', message: 'Accept the terms of use to create an account.' },
    ]);
    expect((await h.scan()).filter((i) => i.type !== 'SpentProofOfWork')).toHaveLength(before);
  });
});
