import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, DEFAULT_PASSWORD, type IdentityHarness, REGISTER, type Result, startIdentityHarness } from '../testing/identity-harness.ts';
import { PROOF_OF_WORK_CHALLENGE, solveProofOfWork } from '../testing/proof-of-work.ts';

let h: IdentityHarness;
beforeAll(async () => {
  h = await startIdentityHarness('pow');
});
afterAll(() => h?.close());

const RESET = `mutation($email: String!, $pow: String) { requestPasswordReset(email: $email, proofOfWork: $pow) }`;
const RESEND = `mutation($email: String!, $pow: String) { resendVerification(email: $email, proofOfWork: $pow) }`;
const input = (email: string) => ({ email, password: DEFAULT_PASSWORD, name: 'Proof Person', acceptTerms: true });
const decode = (pow: string) => JSON.parse(Buffer.from(pow, 'base64').toString('utf8')) as { challenge: { parameters: Record<string, unknown>; signature: string }; solution: { counter: number; derivedKey: string } };
const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64');
const usersNamed = async (email: string) => (await h.scan()).filter((i) => i.type === 'User' && i.email === email);

function expectRefused(res: Result, message: RegExp) {
  expect(codes(res)).toEqual(['BAD_USER_INPUT']);
  expect(res.errors![0]!.extensions!.field).toBe('proofOfWork');
  expect(res.errors![0]!.message).toMatch(message);
  expect(res.data).toBeNull();
}

describe('proof of work in front of sign-up and the account mails', () => {
  it('issues a signed SHA-256 challenge that a client solves', async () => {
    const res = await h.run<{ proofOfWorkChallenge: { challenge: string; expiresAt: string } }>(PROOF_OF_WORK_CHALLENGE, { purpose: 'SIGN_UP' });
    const { challenge, expiresAt } = res.data!.proofOfWorkChallenge;
    const parsed = JSON.parse(challenge) as { parameters: Record<string, unknown>; signature: string };
    expect(parsed.parameters).toMatchObject({ algorithm: 'SHA-256', data: { purpose: 'SIGN_UP' } });
    expect(parsed.signature).toMatch(/^[0-9a-f]{64}$/);
    expect(new Date(expiresAt).getTime() - h.clock.now().getTime()).toBe(10 * 60_000);
    const solved = await h.run(REGISTER, { input: input('solver@example.com'), proofOfWork: await solveProofOfWork(challenge) });
    expect(solved.errors).toBeUndefined();
  });

  it('refuses a missing, malformed or wrong solution before anything is written or mailed', async () => {
    const pow = decode(await h.proofOfWork('SIGN_UP'));
    const wrongKey = { ...pow, solution: { ...pow.solution, derivedKey: 'ab'.repeat(32) } };
    const cheaper = { ...pow, challenge: { ...pow.challenge, parameters: { ...pow.challenge.parameters, keyPrefix: '00' } } };
    const cases: [string | undefined, RegExp][] = [
      [undefined, /solve the proof-of-work challenge first/i],
      ['', /solve the proof-of-work challenge first/i],
      ['not base64 json', /malformed/i],
      [encode({ challenge: 'x', solution: 1 }), /malformed/i],
      [encode(wrongKey), /not valid/i],
      [encode(cheaper), /not valid/i], // a tampered challenge fails its signature
    ];
    const mails = h.smtp.messages.length;
    for (const [proofOfWork, message] of cases) {
      expectRefused(await h.run(REGISTER, { input: input('refused@example.com'), proofOfWork }), message);
    }
    expect(await usersNamed('refused@example.com')).toEqual([]);
    expect((await h.scan()).filter((i) => i.pk === 'EMAIL#refused@example.com')).toEqual([]);
    expect(h.smtp.messages.length).toBe(mails);
  });

  it('refuses a solution for another purpose', async () => {
    const forReset = await h.proofOfWork('PASSWORD_RESET');
    expectRefused(await h.run(REGISTER, { input: input('other.purpose@example.com'), proofOfWork: forReset }), /issued for something else/);
    expect(await usersNamed('other.purpose@example.com')).toEqual([]);
  });

  it('refuses an expired challenge, by the injected clock', async () => {
    const pow = await h.proofOfWork('SIGN_UP');
    h.clock.advance(10 * 60_000);
    expectRefused(await h.run(REGISTER, { input: input('too.late@example.com'), proofOfWork: pow }), /expired/);
    expect(await usersNamed('too.late@example.com')).toEqual([]);
  });

  it('accepts a solution once: of five concurrent replays exactly one gets through', async () => {
    const pow = await h.proofOfWork('SIGN_UP');
    const results = await Promise.all([1, 2, 3, 4, 5].map((n) => h.run(REGISTER, { input: input(`replay-${n}@example.com`), proofOfWork: pow })));
    const accepted = results.filter((r) => !r.errors);
    expect(accepted).toHaveLength(1);
    for (const r of results.filter((r) => r.errors)) expectRefused(r, /already used/);
    const users = (await h.scan()).filter((i) => i.type === 'User' && String(i.email).startsWith('replay-'));
    expect(users).toHaveLength(1);
  });

  it('guards password reset and resend verification the same way, sending nothing when refused', async () => {
    await h.signUp('guarded@example.com');
    const mails = h.smtp.messages.length;
    expectRefused(await h.run(RESET, { email: 'guarded@example.com' }), /solve/i);
    expectRefused(await h.run(RESEND, { email: 'guarded@example.com' }), /solve/i);
    expectRefused(await h.run(RESET, { email: 'guarded@example.com', pow: await h.proofOfWork('RESEND_VERIFICATION') }), /something else/);
    const pow = await h.proofOfWork('PASSWORD_RESET');
    expect((await h.run(RESET, { email: 'guarded@example.com', pow })).data).toEqual({ requestPasswordReset: true });
    await h.smtp.waitFor('guarded@example.com', /reset/i);
    expectRefused(await h.run(RESET, { email: 'guarded@example.com', pow }), /already used/);
    await new Promise((r) => setTimeout(r, 200));
    expect(h.smtp.messages.length).toBe(mails + 1);
  });
});
