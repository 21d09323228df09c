/**
 * What each social sign-in error code (the gateway's `?error=` after a provider's callback) tells the user. Codes
 * come from the gateway (STATE_MISMATCH, UNAVAILABLE) and identity (`SocialSignInResult.code`).
 */
const MESSAGES: Record<string, (provider: string) => string> = {
  STATE_MISMATCH: () => 'This sign-in was started in another browser or tab, so nobody was signed in. Start again here.',
  FLOW_EXPIRED: () => 'This sign-in was already used or took too long. Start again.',
  SIGN_IN_INVALID: (p) => `The answer from ${p} could not be verified, so nobody was signed in. Start again.`,
  PROVIDER_UNAVAILABLE: (p) => `${p} cannot be reached right now. Try again shortly, or sign in with your password.`,
  PROVIDER_DENIED: (p) => `${p} did not confirm the sign-in (it was cancelled or refused).`,
  EMAIL_NOT_VERIFIED: (p) => `Your email address is not verified at ${p}. Verify it there, or sign up with a password.`,
  EMAIL_MISSING: (p) => `${p} did not share an email address with us, so we cannot sign you in with it.`,
  ACCOUNT_SUSPENDED: () => 'This account is suspended. Contact support if you think this is a mistake.',
  LINKED_ELSEWHERE: (p) => `This ${p} account is already linked to another Marketplace account.`,
  ALREADY_LINKED: (p) => `Your account already has a ${p} account linked. Unlink it first to link another.`,
  UNAVAILABLE: () => 'Signing in is not possible right now. Try again shortly.',
};

/** The message for `code` from `provider` (its display name when known); a generic one for unknown codes. */
export function socialErrorMessage(code: string, provider: string | null | undefined): string {
  const message = (MESSAGES[code] ?? MESSAGES.SIGN_IN_INVALID!)(provider || 'the provider');
  return message.charAt(0).toUpperCase() + message.slice(1);
}
