import { DAY, SECOND } from '@marketplace/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSessionChecker } from './session-status.ts';
import { type IdentityHarness, startIdentityHarness } from '../testing/identity-harness.ts';

let h: IdentityHarness;
beforeAll(async () => {
  h = await startIdentityHarness('chk');
});
afterAll(() => h?.close());

describe('the session checker the gateway calls on every request', () => {
  it('notices a sign-out once its cache entry is older than cacheMs', async () => {
    const session = await h.signUp('checked@example.com');
    const checker = createSessionChecker(h.deps, { cacheMs: 2000 });
    expect(await checker.isActive(session.caller.sessionId!, session.userId)).toBe(true);

    await h.run(`mutation { logout }`, {}, session.caller);
    h.clock.advance(2 * SECOND - 1);
    expect(await checker.isActive(session.caller.sessionId!, session.userId)).toBe(true);
    h.clock.advance(1);
    expect(await checker.isActive(session.caller.sessionId!, session.userId)).toBe(false);
  });

  it('refuses unknown sessions, sessions of another user, and sessions idle past their refresh expiry', async () => {
    const checker = createSessionChecker(h.deps, { cacheMs: 0 });
    const session = await h.signIn('checked@example.com', 'correct-horse-battery');
    const other = await h.signUp('other.checked@example.com');
    expect(await checker.isActive('ses_00000000000000000000000000', session.userId)).toBe(false);
    expect(await checker.isActive(session.caller.sessionId!, other.userId)).toBe(false);
    expect(await checker.isActive(session.caller.sessionId!, session.userId)).toBe(true);
    h.clock.advance(30 * DAY);
    expect(await checker.isActive(session.caller.sessionId!, session.userId)).toBe(false);
  });
});
