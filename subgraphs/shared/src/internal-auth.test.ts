import { describe, expect, it } from 'vitest';
import { CALLER_HEADER, SIGNATURE_HEADER, signCaller, verifyCaller } from './internal-auth.ts';

const secret = 's'.repeat(43);
const now = new Date('2026-05-01T12:00:00Z');

describe('the caller header', () => {
  it('round-trips the caller', () => {
    const caller = { userId: 'usr_1', roles: ['customer' as const], sessionId: 'ses_1', clientId: 'abc' };
    expect(verifyCaller(secret, signCaller(secret, caller, now), now)).toEqual({ ok: true, caller });
  });

  it('refuses a tampered payload, a foreign key, a missing header and garbage', () => {
    const headers = signCaller(secret, { userId: 'usr_1', roles: ['customer'] }, now);
    const elevated = Buffer.from(JSON.stringify({ userId: 'usr_1', roles: ['admin'] })).toString('base64url');
    expect(verifyCaller(secret, { ...headers, [CALLER_HEADER]: elevated }, now)).toEqual({ ok: false, reason: 'bad-signature' });
    expect(verifyCaller('t'.repeat(43), headers, now)).toEqual({ ok: false, reason: 'bad-signature' });
    expect(verifyCaller(secret, { [CALLER_HEADER]: headers[CALLER_HEADER] }, now)).toEqual({ ok: false, reason: 'missing' });
    expect(verifyCaller(secret, { ...headers, [SIGNATURE_HEADER]: 'v1=nonsense' }, now)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('is valid for 60 seconds either way and no longer', () => {
    const headers = signCaller(secret, { roles: [] }, now);
    expect(verifyCaller(secret, headers, new Date(now.getTime() + 60_000)).ok).toBe(true);
    expect(verifyCaller(secret, headers, new Date(now.getTime() + 61_000))).toEqual({ ok: false, reason: 'expired' });
    expect(verifyCaller(secret, headers, new Date(now.getTime() - 61_000))).toEqual({ ok: false, reason: 'expired' });
  });
});
