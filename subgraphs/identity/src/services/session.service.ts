import { SESSION_DAYS } from '@marketplace/contracts';
import { type Caller, DAY, DomainError, newId, randomToken, sha256, unauthenticated } from '@marketplace/shared';
import { issueAccessToken } from '../public/access-token.ts';
import type { Repositories } from '../data/repositories.ts';
import type { SessionRecord } from '../data/session.repository.ts';
import { type TransactItem, transactWrite } from '@marketplace/shared';
import type { UserRecord } from '../data/user.repository.ts';
import type { IdentityDeps } from '../deps.ts';
import { normalizeEmail, PASSWORD_MAX, verifyAgainstDummy, verifyPassword } from './credentials.ts';
import { BAD_CREDENTIALS } from './identity-errors.ts';
import type { PasswordThrottle } from './password-throttle.ts';

export const REFRESH_TOKEN_TTL_MS = SESSION_DAYS * DAY;

/** A signed-in session as handed to the client. */
export interface AuthResult {
  user: UserRecord;
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

/**
 * Owns sessions: sign-in, refresh-token rotation with reuse detection, sign-out. A session is a refresh-token
 * family; access tokens name it (`sid`) so the gateway can tell when it ended.
 */
export class SessionService {
  constructor(
    private readonly deps: IdentityDeps,
    private readonly repos: Repositories,
    private readonly throttle: PasswordThrottle,
  ) {}

  /**
   * Checks the password (throttled per email and client) and starts a session. Unknown email and wrong
   * password are the same error and cost the same time; only a correct password learns about the account's
   * state (unverified, suspended).
   */
  async login(rawEmail: string, password: string, clientId: string | undefined): Promise<AuthResult> {
    const email = normalizeEmail(rawEmail);
    const throttleKey = this.throttle.key(email, clientId);
    await this.throttle.admit(throttleKey);

    const user = email ? await this.repos.users.findByEmail(email) : null;
    const plausible = password.length <= PASSWORD_MAX * 4;
    const correct =
      user?.passwordHash && plausible ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password.slice(0, PASSWORD_MAX));
    if (!user || !correct) throw unauthenticated(BAD_CREDENTIALS);
    await this.throttle.clear(throttleKey);

    if (user.status === 'suspended') throw suspended();
    if (!user.emailVerified) {
      throw new DomainError(
        'EMAIL_NOT_VERIFIED',
        'Verify your email address before signing in: follow the link we sent, or ask for a new one.',
      );
    }
    return this.startSession(user);
  }

  /**
   * Starts a session (a new refresh-token family) for a user who has proven who they are, by password or through
   * a linked provider; roles come from the account. A suspended account gets none.
   */
  async startSession(user: UserRecord): Promise<AuthResult> {
    if (user.status === 'suspended') throw suspended();
    const now = this.deps.clock.now();
    const sessionId = newId('ses', now);
    const refresh = this.newRefreshToken(user.id, sessionId, now);
    const session: SessionRecord = {
      id: sessionId,
      userId: user.id,
      createdAt: now.toISOString(),
      lastRefreshedAt: now.toISOString(),
      expiresAt: refresh.expiresAt.toISOString(),
    };
    const result = await transactWrite(this.deps.db, [this.repos.sessions.putSession(session), refresh.item]);
    if (!result.ok) throw new Error(`login: transaction cancelled (${result.reasons.join(', ')})`);
    return this.authResult(user, sessionId, refresh, now);
  }

  /**
   * Rotates a refresh token: spends it and issues its successor in the same family, in one transaction that
   * also requires the family to be unrevoked. A token presented twice means it leaked: the whole family ends.
   */
  async refresh(refreshToken: string): Promise<AuthResult> {
    const now = this.deps.clock.now();
    const tokenHash = sha256(refreshToken);
    const record = await this.repos.sessions.getRefreshToken(tokenHash);
    if (!record || record.expiresAt <= now.toISOString()) throw sessionEnded();
    if (record.usedAt) throw await this.reuseDetected(record.userId, record.sessionId, now);

    const user = await this.repos.users.get(record.userId);
    if (!user) throw sessionEnded();
    if (user.status === 'suspended') {
      await this.repos.sessions.revoke(user.id, record.sessionId, now);
      throw suspended();
    }
    const next = this.newRefreshToken(user.id, record.sessionId, now);
    const result = await transactWrite(this.deps.db, [
      this.repos.sessions.spendRefreshToken(tokenHash, now),
      this.repos.sessions.extendActiveSession(user.id, record.sessionId, now, next.expiresAt),
      next.item,
    ]);
    if (!result.ok) {
      if (result.reasons[0] === 'ConditionalCheckFailed') throw await this.reuseDetected(user.id, record.sessionId, now);
      if (result.reasons[1] === 'ConditionalCheckFailed') throw sessionEnded();
      throw new Error(`refresh: transaction cancelled (${result.reasons.join(', ')})`);
    }
    return this.authResult(user, record.sessionId, next, now);
  }

  /**
   * Ends the session named by `refreshToken` and/or the caller's current session. True when a session was
   * identified (and is now revoked); false when there was nothing to end.
   */
  async logout(caller: Caller, refreshToken?: string | null): Promise<boolean> {
    const now = this.deps.clock.now();
    let ended = false;
    if (refreshToken) {
      const record = await this.repos.sessions.getRefreshToken(sha256(refreshToken));
      if (record) {
        await this.repos.sessions.revoke(record.userId, record.sessionId, now);
        ended = true;
      }
    }
    if (caller.userId && caller.sessionId) {
      await this.repos.sessions.revoke(caller.userId, caller.sessionId, now);
      ended = true;
    }
    return ended;
  }

  private async reuseDetected(userId: string, sessionId: string, now: Date): Promise<DomainError> {
    await this.repos.sessions.revoke(userId, sessionId, now);
    this.deps.logger.warn({ userId, sessionId }, 'refresh token presented twice: session revoked');
    return sessionEnded();
  }

  private newRefreshToken(userId: string, sessionId: string, now: Date): { token: string; expiresAt: Date; item: TransactItem } {
    const token = randomToken(32);
    const expiresAt = new Date(now.getTime() + REFRESH_TOKEN_TTL_MS);
    const item = this.repos.sessions.putRefreshToken({
      tokenHash: sha256(token),
      sessionId,
      userId,
      issuedAt: now.toISOString(),
      expiresAt: expiresAt.toISOString(),
    });
    return { token, expiresAt, item };
  }

  private async authResult(
    user: UserRecord,
    sessionId: string,
    refresh: { token: string; expiresAt: Date },
    now: Date,
  ): Promise<AuthResult> {
    const access = await issueAccessToken(this.deps.jwtPrivateKey, { userId: user.id, roles: user.roles, sessionId }, now);
    return {
      user,
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken: refresh.token,
      refreshTokenExpiresAt: refresh.expiresAt,
    };
  }
}

function sessionEnded(): DomainError {
  return unauthenticated('This session has ended; sign in again.');
}

export function suspended(): DomainError {
  return new DomainError('ACCOUNT_SUSPENDED', 'This account is suspended. Contact support if you think this is a mistake.');
}
