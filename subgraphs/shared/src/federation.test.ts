import { DomainError } from './errors.ts';
import { describe, expect, it } from 'vitest';
import { authChecker, signedIn } from './federation.ts';
import type { Caller, Role } from './internal-auth.ts';

const check = (caller: Caller, roles: Role[] = []) =>
  (authChecker as (data: unknown, roles: Role[]) => boolean)({ context: { caller, requestId: 'r' } }, roles);

describe('signedIn', () => {
  it('gives the caller with its user id, and refuses an anonymous caller as UNAUTHENTICATED', () => {
    expect(signedIn({ userId: 'usr_1', roles: ['customer'] }).userId).toBe('usr_1');
    for (const caller of [{ roles: [] }, { userId: '', roles: ['admin' as const] }]) {
      expect(() => signedIn(caller)).toThrow(DomainError);
      expect(() => signedIn(caller)).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
    }
  });
});

describe('authChecker', () => {
  it('lets a signed-in caller through, with a role only when they have one of them', () => {
    expect(check({ userId: 'usr_1', roles: ['customer'] })).toBe(true);
    expect(check({ userId: 'usr_1', roles: ['customer'] }, ['admin'])).toBe(false);
    expect(check({ userId: 'usr_1', roles: ['customer', 'partner'] }, ['admin', 'partner'])).toBe(true);
    expect(() => check({ roles: ['admin'] }, ['admin'])).toThrow(/sign in/i);
  });
});
