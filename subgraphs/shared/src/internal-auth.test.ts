import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CALLER_HEADER, graphqlBinding, httpBinding, SIGNATURE_HEADER, signCaller, verifyCaller } from './internal-auth.ts';

const secret = 's'.repeat(43);
const now = new Date('2026-05-01T12:00:00Z');
const revoke = { query: 'mutation R($id: ID!) { revokeKey(id: $id) { id } }', operationName: 'R', variables: { id: 'key_1' } };
const bound = graphqlBinding(revoke);

describe('the caller header', () => {
  it('round-trips the caller', () => {
    const caller = { userId: 'usr_1', roles: ['customer' as const], sessionId: 'ses_1', clientId: 'abc' };
    expect(verifyCaller(secret, signCaller(secret, caller, bound, now), bound, now)).toEqual({ ok: true, caller });
  });

  it('refuses a tampered payload, a foreign key, a missing header and garbage', () => {
    const headers = signCaller(secret, { userId: 'usr_1', roles: ['customer'] }, bound, now);
    const elevated = Buffer.from(JSON.stringify({ userId: 'usr_1', roles: ['admin'] })).toString('base64url');
    expect(verifyCaller(secret, { ...headers, [CALLER_HEADER]: elevated }, bound, now)).toEqual({ ok: false, reason: 'bad-signature' });
    expect(verifyCaller('t'.repeat(43), headers, bound, now)).toEqual({ ok: false, reason: 'bad-signature' });
    expect(verifyCaller(secret, { [CALLER_HEADER]: headers[CALLER_HEADER] }, bound, now)).toEqual({ ok: false, reason: 'missing' });
    expect(verifyCaller(secret, { ...headers, [SIGNATURE_HEADER]: 'v1=nonsense' }, bound, now)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('keeps its wire format: a SHA-256 binding over document, name and canonical variables, HMAC-SHA256 with the secret', () => {
    // Gateways and subgraphs of different releases must agree: the digest is spelled out here, not recomputed.
    const binding = graphqlBinding({ query: 'query Q { a }', operationName: 'Q', variables: { b: [1, { d: 2, c: 3 }], a: 'x' } });
    expect(binding).toBe(createHash('sha256').update('query Q { a }\nQ\n{"a":"x","b":[1,{"c":3,"d":2}]}').digest('base64url'));
    const headers = signCaller(secret, { userId: 'usr_1', roles: ['customer'] }, binding, now);
    const t = Math.floor(now.getTime() / 1000);
    const mac = createHmac('sha256', secret).update(`v2.${t}.${headers[CALLER_HEADER]}.${binding}`).digest('base64url');
    expect(headers[SIGNATURE_HEADER]).toBe(`t=${t},v2=${mac}`);
  });

  it('is valid for 60 seconds either way and no longer', () => {
    const headers = signCaller(secret, { roles: [] }, bound, now);
    expect(verifyCaller(secret, headers, bound, new Date(now.getTime() + 60_000)).ok).toBe(true);
    expect(verifyCaller(secret, headers, bound, new Date(now.getTime() + 61_000))).toEqual({ ok: false, reason: 'expired' });
    expect(verifyCaller(secret, headers, bound, new Date(now.getTime() - 61_000))).toEqual({ ok: false, reason: 'expired' });
  });

  it('cannot be replayed for another operation, other variables or another HTTP request', () => {
    const headers = signCaller(secret, { userId: 'usr_1', roles: ['customer'] }, bound, now);
    const others = [
      graphqlBinding({ ...revoke, variables: { id: 'key_2' } }),
      graphqlBinding({ ...revoke, operationName: 'Other' }),
      graphqlBinding({ query: 'mutation { deleteAccount }' }),
      httpBinding('GET', '/invoices/inv_1.pdf'),
    ];
    for (const other of others) expect(verifyCaller(secret, headers, other, now)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('binds to the operation whatever order its variables arrive in', () => {
    const a = graphqlBinding({ query: 'q', variables: { a: 1, b: { c: [1, { d: 2, e: null }] } } });
    const b = graphqlBinding({ query: 'q', variables: { b: { c: [1, { e: null, d: 2 }] }, a: 1 } });
    expect(a).toBe(b);
    expect(graphqlBinding({ query: 'q' })).toBe(graphqlBinding({ query: 'q', variables: {} }));
    expect(httpBinding('get', '/x?a=1')).toBe(httpBinding('GET', '/x?a=1'));
    expect(httpBinding('POST', '/x', Buffer.from('a'))).not.toBe(httpBinding('POST', '/x', Buffer.from('b')));
  });
});
