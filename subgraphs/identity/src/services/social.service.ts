import {
  auditEventPut,
  conflict,
  createEventOutbox,
  InputError,
  MINUTE,
  newId,
  randomToken,
  sha256,
  type TransactItem,
  transactWrite,
  unauthenticated,
} from '@marketplace/shared';
import { consentRecord } from '../data/erasure.repository.ts';
import { AUDIT_STREAM } from '../data/keys.ts';
import type { Repositories } from '../data/repositories.ts';
import type { LinkedIdentityRecord, PendingLinkRecord } from '../data/social.repository.ts';
import type { UserRecord } from '../data/user.repository.ts';
import type { IdentityDeps } from '../deps.ts';
import { socialLinkMail } from '../mail/social-link.mail.ts';
import { canUnlink, decideSocialSignIn, type SocialProfile, type SocialRefusal } from '../social/link-rules.ts';
import { callbackUrl, type SocialProvider } from '../social/providers.ts';
import { flowChecks, type SocialFlowFailure, SocialFlowError } from '../social/relying-party.ts';
import { NAME_MAX } from './credentials.ts';
import type { PasswordThrottle } from './password-throttle.ts';
import { sendMail } from './send-mail.ts';
import { type AuthResult, type SessionService, suspended } from './session.service.ts';

export const SOCIAL_FLOW_TTL_MS = 10 * MINUTE;
export const PENDING_LINK_TTL_MS = 30 * MINUTE;

/** Why a social sign-in ended without a session; the web app has a message for each. */
export type SocialSignInCode = SocialRefusal | SocialFlowFailure | 'FLOW_EXPIRED' | 'ALREADY_LINKED';

/** How a provider's callback ended. */
export type SocialCompletion =
  | { outcome: 'SIGNED_IN'; session: AuthResult; next: string }
  | { outcome: 'LINKED'; providerId: string; next: string }
  | { outcome: 'LINK_REQUIRED'; linkToken: string; next: string }
  | { outcome: 'REFUSED'; code: SocialSignInCode; message: string; linking: boolean };

const MESSAGES: Record<SocialSignInCode, (provider: string) => string> = {
  EMAIL_NOT_VERIFIED: (p) => `Your email address is not verified at ${p}. Verify it there, or sign up with a password.`,
  EMAIL_MISSING: (p) => `${p} did not share an email address with us, so we cannot sign you in with it.`,
  ACCOUNT_SUSPENDED: () => 'This account is suspended. Contact support if you think this is a mistake.',
  LINKED_ELSEWHERE: (p) => `This ${p} account is already linked to another Marketplace account.`,
  ALREADY_LINKED: (p) => `Your account already has a ${p} account linked. Unlink it first to link another.`,
  PROVIDER_UNAVAILABLE: (p) => `${p} cannot be reached right now. Try again shortly, or sign in with your password.`,
  PROVIDER_DENIED: (p) => `${p} did not confirm the sign-in (it was cancelled or refused).`,
  SIGN_IN_INVALID: (p) => `The answer from ${p} could not be verified, so nobody was signed in. Start again.`,
  FLOW_EXPIRED: () => 'This sign-in was already used or took too long. Start again.',
};

/**
 * Owns social sign-in: starting a flow with a provider, turning its callback into a session (or a new account, or
 * a link waiting for proof), the proof of control that links an existing account, and unlinking. The rules are in
 * `social/link-rules.ts`; provider protocol in `social/relying-party.ts`.
 */
export class SocialService {
  constructor(
    private readonly deps: IdentityDeps,
    private readonly repos: Repositories,
    private readonly sessions: SessionService,
    private readonly throttle: PasswordThrottle,
  ) {}

  /** The configured providers, in configuration order. */
  providers(): readonly SocialProvider[] {
    return this.deps.social?.providers ?? [];
  }

  /**
   * Starts a sign-in with a provider (or, with `linkUserId`, the linking of one to that signed-in user): the URL to
   * send the browser to and the `state` the gateway binds to the browser in a cookie.
   */
  async start(
    providerId: string,
    options: { linkUserId?: string; next: string },
  ): Promise<{ authorizationUrl: string; state: string } | { code: 'PROVIDER_UNAVAILABLE'; message: string }> {
    const provider = this.provider(providerId);
    const state = randomToken(32);
    let authorizationUrl: string;
    try {
      authorizationUrl = await this.relyingParty().authorizationUrl(provider, flowChecks(this.deps.fingerprintSecret, state), this.redirectUri(provider));
    } catch (error) {
      if (error instanceof SocialFlowError) {
        this.deps.logger.warn({ provider: provider.id, failure: error.failure, cause: describeCause(error) }, 'social sign-in could not start');
        return { code: 'PROVIDER_UNAVAILABLE', message: MESSAGES.PROVIDER_UNAVAILABLE(provider.name) };
      }
      throw error;
    }
    const now = this.deps.clock.now();
    const result = await transactWrite(this.deps.db, [
      this.repos.social.putFlow({
        stateHash: sha256(state),
        providerId: provider.id,
        ...(options.linkUserId ? { linkUserId: options.linkUserId } : {}),
        next: options.next,
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + SOCIAL_FLOW_TTL_MS).toISOString(),
      }),
    ]);
    if (!result.ok) throw new Error(`social start: transaction cancelled (${result.reasons.join(', ')})`);
    return { authorizationUrl, state };
  }

  /**
   * Handles a provider's callback (`query` is its query string). The flow is spent first, so a replayed callback
   * gets nowhere; then the code is exchanged and the ID token checked; then the rules decide.
   */
  async complete(providerId: string, query: string, state: string): Promise<SocialCompletion> {
    const now = this.deps.clock.now();
    const flow = state ? await this.repos.social.spendFlow(sha256(state), now) : null;
    const provider = this.deps.social?.providers.find((p) => p.id === providerId);
    if (!flow || !provider || flow.providerId !== providerId) return this.refused('FLOW_EXPIRED', provider?.name ?? providerId, false);
    const linking = Boolean(flow.linkUserId);

    let profile: SocialProfile;
    try {
      const url = new URL(this.redirectUri(provider));
      url.search = query.startsWith('?') ? query.slice(1) : query;
      profile = await this.relyingParty().complete(provider, url, flowChecks(this.deps.fingerprintSecret, state));
    } catch (error) {
      if (!(error instanceof SocialFlowError)) throw error;
      this.deps.logger.warn({ provider: provider.id, failure: error.failure, cause: describeCause(error) }, 'social sign-in refused');
      return this.refused(error.failure, provider.name, linking);
    }

    const linkedUserId = await this.repos.social.linkedUserId(provider.id, profile.subject);
    const [linked, byEmail, linkingUser] = await Promise.all([
      linkedUserId ? this.repos.users.get(linkedUserId) : null,
      profile.email && !linkedUserId ? this.repos.users.findByEmail(profile.email) : null,
      flow.linkUserId ? this.repos.users.get(flow.linkUserId) : null,
    ]);
    if (flow.linkUserId && !linkingUser) return this.refused('FLOW_EXPIRED', provider.name, linking);
    const decision = decideSocialSignIn({ profile, linked, byEmail, linkingUser });
    switch (decision.kind) {
      case 'refuse':
        return this.refused(decision.code, provider.name, linking);
      case 'sign-in':
        // Linking a provider account that is already this user's: nothing to do.
        if (linking) return { outcome: 'LINKED', providerId: provider.id, next: flow.next };
        return { outcome: 'SIGNED_IN', session: await this.sessions.startSession(linked!), next: flow.next };
      case 'link': {
        const code = await this.link(linkingUser!, provider, profile, { actorId: linkingUser!.id, method: 'signed-in' });
        return code ? this.refused(code, provider.name, linking) : { outcome: 'LINKED', providerId: provider.id, next: flow.next };
      }
      case 'confirm-link':
        return { outcome: 'LINK_REQUIRED', linkToken: await this.pendLink(byEmail!, provider, profile, flow.next), next: flow.next };
      case 'create': {
        const user = await this.createAccount(provider, profile);
        if (!user) return this.refused('FLOW_EXPIRED', provider.name, linking);
        return { outcome: 'SIGNED_IN', session: await this.sessions.startSession(user), next: flow.next };
      }
    }
  }

  /** What a pending link's page shows: the provider and the account's email. */
  async pendingLink(token: string): Promise<{ provider: SocialProvider; email: string; viaEmail: boolean; next: string } | null> {
    const now = this.deps.clock.now();
    const record =
      (await this.repos.social.getPendingLink(sha256(token), 'CONFIRM', now)) ?? (await this.repos.social.getPendingLink(sha256(token), 'EMAIL', now));
    const provider = record && this.deps.social?.providers.find((p) => p.id === record.providerId);
    return record && provider ? { provider, email: record.email, viaEmail: record.kind === 'EMAIL', next: record.next } : null;
  }

  /** Links the pending provider account after the account's password is proven, and signs in. */
  async confirmLinkWithPassword(token: string, password: string, clientId: string | undefined): Promise<{ session: AuthResult; next: string }> {
    const record = await this.repos.social.getPendingLink(sha256(token), 'CONFIRM', this.deps.clock.now());
    if (!record) throw invalidLinkToken();
    const user = await this.repos.users.get(record.userId);
    if (!user) throw invalidLinkToken();
    if (!user.passwordHash) throw new InputError('password', 'This account has no password: ask for the email link instead.');
    if (!(await this.throttle.verify(this.throttle.key(user.email, clientId), user.passwordHash, password))) {
      throw new InputError('password', 'The password is not correct.');
    }
    return this.confirm(record, user, 'password');
  }

  /** Mails the account's owner a link that confirms the pending link instead of the password (once per token). */
  async sendLinkEmail(token: string): Promise<void> {
    const now = this.deps.clock.now();
    const record = await this.repos.social.getPendingLink(sha256(token), 'CONFIRM', now);
    const user = record && (await this.repos.users.get(record.userId));
    const provider = record && this.deps.social?.providers.find((p) => p.id === record.providerId);
    if (!record || !user || !provider) throw invalidLinkToken();
    if (!(await this.repos.social.markMailed(record.tokenHash, now))) return;
    const mailToken = randomToken(32);
    const result = await transactWrite(this.deps.db, [
      this.repos.social.putPendingLink({ ...record, tokenHash: sha256(mailToken), kind: 'EMAIL', createdAt: now.toISOString(), expiresAt: new Date(now.getTime() + PENDING_LINK_TTL_MS).toISOString() }),
    ]);
    if (!result.ok) throw new Error(`social link mail: transaction cancelled (${result.reasons.join(', ')})`);
    const url = new URL('link-account', this.deps.publicUrl.endsWith('/') ? this.deps.publicUrl : `${this.deps.publicUrl}/`);
    url.searchParams.set('token', mailToken);
    await sendMail(this.deps, socialLinkMail(user, provider.name, url.toString()));
  }

  /** Follows the emailed link: links the pending provider account and signs in. */
  async confirmLinkByEmail(token: string): Promise<{ session: AuthResult; next: string }> {
    const record = await this.repos.social.getPendingLink(sha256(token), 'EMAIL', this.deps.clock.now());
    const user = record && (await this.repos.users.get(record.userId));
    if (!record || !user) throw invalidLinkToken();
    return this.confirm(record, user, 'email');
  }

  /** The providers linked to a user, in configuration order. */
  async linked(userId: string): Promise<LinkedIdentityRecord[]> {
    const order = this.providers().map((p) => p.id);
    const links = await this.repos.social.listLinked(userId);
    return links.sort((a, b) => order.indexOf(a.providerId) - order.indexOf(b.providerId));
  }

  /** Removes a link, keeping at least one way to sign in; audited. */
  async unlink(userId: string, providerId: string): Promise<void> {
    const [user, links] = await Promise.all([this.repos.users.get(userId), this.repos.social.listLinked(userId)]);
    const link = links.find((l) => l.providerId === providerId);
    if (!user || !link) throw new InputError('provider', 'This provider is not linked to your account.');
    if (!canUnlink({ hasPassword: Boolean(user.passwordHash), linkedProviders: links.map((l) => l.providerId), providerId })) {
      throw conflict('This is your only way to sign in. Set a password (through "Forgot your password?") or link another provider first.', 'provider');
    }
    const now = this.deps.clock.now();
    const audit = this.audit('user.identity.unlink', user.id, user.id, providerId, null, now);
    const result = await transactWrite(this.deps.db, [...this.repos.social.deleteLink(link), ...audit]);
    if (!result.ok) {
      if (result.reasons.includes('ConditionalCheckFailed')) throw new InputError('provider', 'This provider is not linked to your account.');
      throw new Error(`unlink: transaction cancelled (${result.reasons.join(', ')})`);
    }
  }

  private async confirm(record: PendingLinkRecord, user: UserRecord, method: 'password' | 'email'): Promise<{ session: AuthResult; next: string }> {
    if (user.status === 'suspended') throw suspended();
    const provider = this.deps.social?.providers.find((p) => p.id === record.providerId);
    if (!provider) throw invalidLinkToken();
    const now = this.deps.clock.now();
    const link: LinkedIdentityRecord = {
      userId: user.id,
      providerId: provider.id,
      subject: record.subject,
      email: record.email,
      username: record.username,
      linkedAt: now.toISOString(),
    };
    const writes: TransactItem[] = [this.repos.social.spendPendingLink(record.tokenHash, record.kind, now), ...this.repos.social.putLink(link)];
    // The provider vouched for the email and the owner proved the account: the address is verified now.
    if (!user.emailVerified) writes.push(this.repos.users.update(user, { emailVerified: true }, now).item);
    writes.push(...this.audit('user.identity.link', user.id, user.id, provider.id, method, now));
    const result = await transactWrite(this.deps.db, writes);
    if (!result.ok) {
      if (result.reasons[0] === 'ConditionalCheckFailed') throw invalidLinkToken();
      if (result.reasons[1] === 'ConditionalCheckFailed') throw conflict(MESSAGES.LINKED_ELSEWHERE(provider.name), 'token');
      if (result.reasons[2] === 'ConditionalCheckFailed') throw conflict(MESSAGES.ALREADY_LINKED(provider.name), 'token');
      throw new Error(`confirm link: transaction cancelled (${result.reasons.join(', ')})`);
    }
    const fresh = (await this.repos.users.get(user.id)) ?? user;
    return { session: await this.sessions.startSession(fresh), next: record.next };
  }

  /** Links a provider account to a user (who proved control by being signed in); a refusal code when it cannot be. */
  private async link(user: UserRecord, provider: SocialProvider, profile: SocialProfile, how: { actorId: string; method: string }): Promise<SocialSignInCode | null> {
    const now = this.deps.clock.now();
    const link = this.linkRecord(user.id, provider, profile, now);
    const result = await transactWrite(this.deps.db, [...this.repos.social.putLink(link), ...this.audit('user.identity.link', how.actorId, user.id, provider.id, how.method, now)]);
    if (result.ok) return null;
    if (result.reasons[0] === 'ConditionalCheckFailed') return 'LINKED_ELSEWHERE';
    if (result.reasons[1] === 'ConditionalCheckFailed') return 'ALREADY_LINKED';
    throw new Error(`link: transaction cancelled (${result.reasons.join(', ')})`);
  }

  /**
   * A verified-email account for a first social sign-in: no password, linked to the provider; null on a race. The
   * sign-in and sign-up pages say that continuing with a provider accepts the terms, so the acceptance is recorded
   * as a password sign-up's is.
   */
  private async createAccount(provider: SocialProvider, profile: SocialProfile): Promise<UserRecord | null> {
    const now = this.deps.clock.now();
    const name = [...(profile.name ?? profile.username ?? profile.email!.split('@')[0]!)].slice(0, NAME_MAX).join('');
    const user: UserRecord = {
      id: newId('usr', now),
      email: profile.email!,
      name,
      nameLower: name.toLowerCase(),
      passwordHash: '',
      roles: ['customer'],
      status: 'active',
      emailVerified: true,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      version: 1,
    };
    // The provider verified the email: the account is signed up and verified at once.
    const signedUp = createEventOutbox(this.deps).stage([
      { type: 'user.signed_up', time: now, userId: user.id, dedupeKey: user.id },
      { type: 'user.verified', time: now, userId: user.id, dedupeKey: user.id },
    ]);
    const result = await transactWrite(this.deps.db, [
      ...this.repos.users.putNew(user),
      ...this.repos.social.putLink(this.linkRecord(user.id, provider, profile, now)),
      ...this.audit('user.identity.link', user.id, user.id, provider.id, 'sign-up', now),
      this.repos.erasure.putConsent(user.id, consentRecord('terms', true, now, 'sign-up')),
      ...signedUp.items,
    ]);
    if (result.ok) {
      await signedUp.publish();
      return user;
    }
    // Another sign-up took the email or the provider account meanwhile: this flow ends; the next attempt links.
    if (result.reasons.includes('ConditionalCheckFailed')) return null;
    throw new Error(`social sign-up: transaction cancelled (${result.reasons.join(', ')})`);
  }

  private async pendLink(user: UserRecord, provider: SocialProvider, profile: SocialProfile, next: string): Promise<string> {
    const now = this.deps.clock.now();
    const token = randomToken(32);
    const result = await transactWrite(this.deps.db, [
      this.repos.social.putPendingLink({
        tokenHash: sha256(token),
        kind: 'CONFIRM',
        userId: user.id,
        providerId: provider.id,
        subject: profile.subject,
        email: user.email,
        username: profile.username,
        next,
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + PENDING_LINK_TTL_MS).toISOString(),
      }),
    ]);
    if (!result.ok) throw new Error(`pending link: transaction cancelled (${result.reasons.join(', ')})`);
    return token;
  }

  private linkRecord(userId: string, provider: SocialProvider, profile: SocialProfile, now: Date): LinkedIdentityRecord {
    return { userId, providerId: provider.id, subject: profile.subject, email: profile.email, username: profile.username, linkedAt: now.toISOString() };
  }

  private audit(action: 'user.identity.link' | 'user.identity.unlink', actorId: string, userId: string, providerId: string, method: string | null, now: Date): TransactItem[] {
    const change = { provider: providerId };
    return auditEventPut(
      this.deps.table,
      {
        stream: AUDIT_STREAM,
        actorId,
        action,
        targetType: 'User',
        targetId: userId,
        userId,
        before: action === 'user.identity.unlink' ? change : null,
        after: action === 'user.identity.link' ? { ...change, method } : null,
      },
      now,
    ).items;
  }

  private refused(code: SocialSignInCode, providerName: string, linking: boolean): SocialCompletion {
    return { outcome: 'REFUSED', code, message: MESSAGES[code](providerName), linking };
  }

  private provider(providerId: string): SocialProvider {
    const provider = this.deps.social?.providers.find((p) => p.id === providerId);
    if (!provider) throw new InputError('provider', 'No sign-in provider of that name is configured.');
    return provider;
  }

  private relyingParty() {
    if (!this.deps.social) throw unauthenticated('Social sign-in is not configured.');
    return this.deps.social.relyingParty;
  }

  private redirectUri(provider: SocialProvider): string {
    return callbackUrl(this.deps.publicUrl, provider.id);
  }
}

/** What to log about a failed flow: names and codes only, never the provider's response (it may carry tokens or claims). */
function describeCause(error: SocialFlowError): Record<string, unknown> {
  const cause = error.cause as { name?: unknown; code?: unknown; error?: unknown; status?: unknown } | undefined;
  return { message: error.message, name: cause?.name, code: cause?.code, error: cause?.error, status: cause?.status };
}

function invalidLinkToken(): InputError {
  return new InputError('token', 'This link is invalid, was already used or has expired. Sign in with the provider again.');
}
