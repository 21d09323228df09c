import { describe, expect, it } from 'vitest';
import { canUnlink, decideSocialSignIn, type SocialProfile } from './link-rules.ts';

const profile = (over: Partial<SocialProfile> = {}): SocialProfile => ({
  subject: 'sub-1',
  email: 'ada@example.com',
  emailVerified: true,
  name: 'Ada',
  username: null,
  ...over,
});
const active = (id: string) => ({ id, status: 'active' as const });
const suspended = (id: string) => ({ id, status: 'suspended' as const });
const decide = (over: Partial<Parameters<typeof decideSocialSignIn>[0]> = {}) =>
  decideSocialSignIn({ profile: profile(), linked: null, byEmail: null, linkingUser: null, ...over });

describe('social sign-in rules', () => {
  it('creates an account for a new verified email', () => {
    expect(decide()).toEqual({ kind: 'create' });
  });

  it('signs a linked provider account into its marketplace account, whatever the email says now', () => {
    expect(decide({ linked: active('usr_a') })).toEqual({ kind: 'sign-in', userId: 'usr_a' });
    expect(decide({ linked: active('usr_a'), profile: profile({ emailVerified: false }) })).toEqual({ kind: 'sign-in', userId: 'usr_a' });
  });

  it('never links an existing account silently: its owner must prove control first', () => {
    expect(decide({ byEmail: active('usr_b') })).toEqual({ kind: 'confirm-link', userId: 'usr_b' });
  });

  it('refuses an unverified or missing email, even when an account has that email', () => {
    expect(decide({ profile: profile({ emailVerified: false }), byEmail: active('usr_b') })).toEqual({ kind: 'refuse', code: 'EMAIL_NOT_VERIFIED' });
    expect(decide({ profile: profile({ emailVerified: false }) })).toEqual({ kind: 'refuse', code: 'EMAIL_NOT_VERIFIED' });
    expect(decide({ profile: profile({ email: null }) })).toEqual({ kind: 'refuse', code: 'EMAIL_MISSING' });
  });

  it('lets a suspended account in by no provider, however it is found', () => {
    expect(decide({ linked: suspended('usr_a') })).toEqual({ kind: 'refuse', code: 'ACCOUNT_SUSPENDED' });
    expect(decide({ byEmail: suspended('usr_b') })).toEqual({ kind: 'refuse', code: 'ACCOUNT_SUSPENDED' });
    expect(decide({ linkingUser: suspended('usr_c') })).toEqual({ kind: 'refuse', code: 'ACCOUNT_SUSPENDED' });
  });

  it('links to a signed-in user who asked for it, unless the provider account belongs to someone else', () => {
    expect(decide({ linkingUser: active('usr_c'), profile: profile({ email: 'other@example.com', emailVerified: false }) })).toEqual({
      kind: 'link',
      userId: 'usr_c',
    });
    expect(decide({ linkingUser: active('usr_c'), linked: active('usr_c') })).toEqual({ kind: 'sign-in', userId: 'usr_c' });
    expect(decide({ linkingUser: active('usr_c'), linked: active('usr_a') })).toEqual({ kind: 'refuse', code: 'LINKED_ELSEWHERE' });
  });
});

describe('unlinking', () => {
  it('keeps at least one way to sign in', () => {
    expect(canUnlink({ hasPassword: true, linkedProviders: ['google'], providerId: 'google' })).toBe(true);
    expect(canUnlink({ hasPassword: false, linkedProviders: ['google', 'github'], providerId: 'google' })).toBe(true);
    expect(canUnlink({ hasPassword: false, linkedProviders: ['google'], providerId: 'google' })).toBe(false);
    expect(canUnlink({ hasPassword: true, linkedProviders: ['github'], providerId: 'google' })).toBe(false);
  });
});
