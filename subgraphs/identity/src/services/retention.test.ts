import { days, SESSION_DAYS, THROTTLE_HOURS } from '@marketplace/contracts';
import { HOUR } from '@marketplace/shared';
import { describe, expect, it } from 'vitest';
import { CURRENT_PASSWORD_WINDOW_MS, LOGIN_WINDOW_MS } from './password-throttle.ts';
import { MAIL_WINDOW_MS } from './mail-throttle.ts';
import { REFRESH_TOKEN_TTL_MS } from './session.service.ts';

describe("identity's retention (what the privacy page promises)", () => {
  it('keeps sessions the promised days after last use and throttle records at most the promised hours', () => {
    expect(REFRESH_TOKEN_TTL_MS).toBe(days(SESSION_DAYS));
    // Throttle records carry a TTL at the end of their window.
    expect(Math.max(LOGIN_WINDOW_MS, CURRENT_PASSWORD_WINDOW_MS, MAIL_WINDOW_MS)).toBeLessThanOrEqual(THROTTLE_HOURS * HOUR);
  });
});
