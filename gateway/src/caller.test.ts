import { type Caller, graphqlBinding, signCaller, verifyCaller } from '@marketplace/shared';
import { describe, expect, it } from 'vitest';
import { type CallerResolver, callerSigner, resolveCaller } from './caller.ts';

const secret = 'internal-secret-for-the-caller-tests-0123456789';
const now = new Date('2026-12-01T10:00:00Z');
const keysQuery = { query: '{ myKeys { id } }', variables: {} };
const catalogQuery = { query: 'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }', variables: { r: [{ __typename: 'Solution', id: 'sol_1' }] } };

function resolver(roles: Caller['roles'], active = true): CallerResolver {
  return {
    verifyToken: async (token) => (token === 'good' ? { userId: 'usr_1', roles: ['customer'], sessionId: 'ses_1' } : null),
    sessionStatus: async () => ({ active, roles }),
    fingerprintSecret: 'fingerprint-secret',
    trustProxyHops: 0,
  };
}
const request = (authorization?: string, ip = '203.0.113.9') => ({ headers: authorization ? { authorization } : {}, socket: { remoteAddress: ip } });

describe('the caller a request carries to the subgraphs', () => {
  it('takes the roles from the session now, frozen, with a client id that names the address without revealing it', async () => {
    const caller = await resolveCaller(request('Bearer good'), resolver(['customer', 'partner']));
    expect(caller).toMatchObject({ userId: 'usr_1', sessionId: 'ses_1', roles: ['customer', 'partner'] });
    expect(Object.isFrozen(caller) && Object.isFrozen(caller.roles)).toBe(true);
    expect(caller.clientId).not.toContain('203.0.113.9');
    expect((await resolveCaller(request('Bearer good'), resolver(['customer']))).clientId).toBe(caller.clientId);
    expect((await resolveCaller(request('Bearer good', '203.0.113.10'), resolver(['customer']))).clientId).not.toBe(caller.clientId);
    await expect(resolveCaller(request('Bearer good'), resolver(['customer'], false))).rejects.toThrow(/session has ended/);
  });

  it('signs each subgraph call for its own operation, with the same headers signCaller makes', async () => {
    const sign = callerSigner(secret);
    const caller = await resolveCaller(request('Bearer good'), resolver(['customer']));
    for (const operation of [keysQuery, catalogQuery]) {
      const headers = Object.fromEntries(sign(caller, operation, now));
      expect(headers).toEqual(signCaller(secret, caller, graphqlBinding(operation), now));
      expect(verifyCaller(secret, headers, graphqlBinding(operation), now)).toEqual({ ok: true, caller });
    }
    const forKeys = Object.fromEntries(sign(caller, keysQuery, now));
    expect(verifyCaller(secret, forKeys, graphqlBinding(catalogQuery), now)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('never signs stale roles for a caller that can still change', () => {
    const sign = callerSigner(secret);
    const caller: Caller = { userId: 'usr_1', roles: ['customer'] };
    sign(caller, keysQuery, now);
    caller.roles.push('admin');
    const headers = Object.fromEntries(sign(caller, keysQuery, now));
    expect(verifyCaller(secret, headers, graphqlBinding(keysQuery), now)).toEqual({ ok: true, caller: { userId: 'usr_1', roles: ['customer', 'admin'] } });
  });
});
