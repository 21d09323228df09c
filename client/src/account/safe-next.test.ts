import { afterEach, describe, expect, it } from 'vitest';
import { loginAfterVerify, rememberAfterVerify } from './safe-next';

describe('coming back after verifying an email', () => {
  afterEach(() => localStorage.clear());

  it('signs in towards the solution the sign-up was for', () => {
    rememberAfterVerify('/solutions/summarizer');
    expect(loginAfterVerify()).toBe('/login?next=%2Fsolutions%2Fsummarizer');
  });

  it('signs in plainly when the sign-up was for nothing in particular, or the stored path is foreign', () => {
    expect(loginAfterVerify()).toBe('/login');
    rememberAfterVerify(undefined);
    expect(loginAfterVerify()).toBe('/login');
    localStorage.setItem('marketplace.afterVerify', '//evil.example/phish');
    expect(loginAfterVerify()).toBe('/login');
  });
});
