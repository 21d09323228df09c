import type { AuditLog, BaseContext } from '@marketplace/shared';
import { createRepositories } from './data/repositories.ts';
import { createLoaders, type IdentityLoaders } from './data/user.loaders.ts';
import type { IdentityDeps } from './deps.ts';
import { AccountSettingsService } from './services/account-settings.service.ts';
import { AccountService } from './services/account.service.ts';
import { AdminService } from './services/admin.service.ts';
import { ErasureService } from './services/erasure.service.ts';
import { CURRENT_PASSWORD, PasswordThrottle, SIGN_IN } from './services/password-throttle.ts';
import { MailThrottle } from './services/mail-throttle.ts';
import { ProofOfWork } from './services/proof-of-work.ts';
import { SessionService } from './services/session.service.ts';
import { SocialService } from './services/social.service.ts';

/** The per-request GraphQL context of the identity subgraph. */
export interface IdentityContext extends BaseContext {
  loaders: IdentityLoaders;
  accounts: AccountService;
  settings: AccountSettingsService;
  sessions: SessionService;
  admin: AdminService;
  social: SocialService;
  erasure: ErasureService;
  /** Issues and spends the proof-of-work challenges of sign-up and the account mails. */
  proofOfWork: ProofOfWork;
  /** Identity's stream of the audit trail. */
  audit: AuditLog;
}

/** Builds one request's loaders and services around the verified caller. */
export function createIdentityContext(deps: IdentityDeps, base: BaseContext): IdentityContext {
  const repos = createRepositories(deps.db, deps.table);
  const mailThrottle = new MailThrottle(repos.throttle, deps.fingerprintSecret, deps.clock);
  const loginThrottle = new PasswordThrottle(repos.throttle, deps.fingerprintSecret, deps.clock, SIGN_IN);
  const currentPassword = new PasswordThrottle(repos.throttle, deps.fingerprintSecret, deps.clock, CURRENT_PASSWORD);
  const sessions = new SessionService(deps, repos, loginThrottle);
  return {
    ...base,
    loaders: createLoaders(repos.users),
    accounts: new AccountService(deps, repos, mailThrottle, currentPassword),
    settings: new AccountSettingsService(deps, repos, mailThrottle, currentPassword),
    sessions,
    admin: new AdminService(deps, repos),
    social: new SocialService(deps, repos, sessions, loginThrottle),
    proofOfWork: new ProofOfWork(deps.proofOfWork, repos.proofOfWork, deps.clock),
    audit: repos.audit,
    erasure: new ErasureService(deps, repos, currentPassword),
  };
}
