import type { AccountStatus } from '@marketplace/contracts';

/** Who the provider says signed in, after its tokens (or API) were checked. */
export interface SocialProfile {
  /** The provider's stable id of the user (`sub`; GitHub's numeric id). */
  subject: string;
  /** Lower-cased and trimmed; null when the provider shared none. */
  email: string | null;
  emailVerified: boolean;
  name: string | null;
  /** The provider's user name, when it has one (Cognito's `cognito:username`, GitHub's login). */
  username: string | null;
}

/** What a social sign-in may do; refusals carry a code the web app turns into a message. */
export type SocialSignInDecision =
  | { kind: 'sign-in'; userId: string }
  | { kind: 'create' }
  | { kind: 'confirm-link'; userId: string }
  | { kind: 'link'; userId: string }
  | { kind: 'refuse'; code: SocialRefusal };

export type SocialRefusal =
  | 'EMAIL_NOT_VERIFIED'
  | 'EMAIL_MISSING'
  | 'ACCOUNT_SUSPENDED'
  /** The provider account is already linked to another marketplace account. */
  | 'LINKED_ELSEWHERE';

interface AccountView {
  id: string;
  status: AccountStatus;
}

/**
 * The rules of social sign-in, in one place:
 * - a provider account already linked signs its marketplace account in (unless suspended);
 * - a signed-in user linking from their account page links it to themself (unless linked to someone else);
 * - otherwise the provider must vouch for the email: none or unverified is refused, because an unverified email
 *   must never reach an account;
 * - an account with that email is linked only after its owner proves control (password or an emailed link):
 *   never silently;
 * - no account with that email: a new one is created with it.
 * A suspended account gets in by no provider, whichever way it is found.
 */
export function decideSocialSignIn(input: {
  profile: SocialProfile;
  /** The account this provider account is linked to, if any. */
  linked: AccountView | null;
  /** The account holding the profile's email, if any. */
  byEmail: AccountView | null;
  /** Set when a signed-in user started the flow to link a provider to their own account. */
  linkingUser: AccountView | null;
}): SocialSignInDecision {
  const { profile, linked, byEmail, linkingUser } = input;
  if (linkingUser) {
    if (linkingUser.status === 'suspended') return { kind: 'refuse', code: 'ACCOUNT_SUSPENDED' };
    if (linked && linked.id !== linkingUser.id) return { kind: 'refuse', code: 'LINKED_ELSEWHERE' };
    return linked ? { kind: 'sign-in', userId: linked.id } : { kind: 'link', userId: linkingUser.id };
  }
  if (linked) return linked.status === 'suspended' ? { kind: 'refuse', code: 'ACCOUNT_SUSPENDED' } : { kind: 'sign-in', userId: linked.id };
  if (!profile.email) return { kind: 'refuse', code: 'EMAIL_MISSING' };
  if (!profile.emailVerified) return { kind: 'refuse', code: 'EMAIL_NOT_VERIFIED' };
  if (byEmail) {
    return byEmail.status === 'suspended' ? { kind: 'refuse', code: 'ACCOUNT_SUSPENDED' } : { kind: 'confirm-link', userId: byEmail.id };
  }
  return { kind: 'create' };
}

/**
 * May a user remove the link to `providerId`? Only while another way to sign in remains: a password or another
 * linked provider.
 */
export function canUnlink(input: { hasPassword: boolean; linkedProviders: readonly string[]; providerId: string }): boolean {
  if (!input.linkedProviders.includes(input.providerId)) return false;
  return input.hasPassword || input.linkedProviders.some((id) => id !== input.providerId);
}
