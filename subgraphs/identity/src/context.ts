import type { AuditLog, BaseContext } from '@marketplace/shared';
import { createRepositories } from './data/repositories.ts';
import { createLoaders, type IdentityLoaders } from './data/user.loaders.ts';
import type { IdentityDeps } from './deps.ts';
import { AccountSettingsService } from './services/account-settings.service.ts';
import { AccountService } from './services/account.service.ts';
import { AdminService } from './services/admin.service.ts';
import { ErasureService } from './services/erasure.service.ts';
import { LoginThrottle } from './services/login-throttle.ts';
import { MailThrottle } from './services/mail-throttle.ts';
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
  /** Identity's stream of the audit trail. */
  audit: AuditLog;
}

/** Builds one request's loaders and services around the verified caller. */
export function createIdentityContext(deps: IdentityDeps, base: BaseContext): IdentityContext {
  const repos = createRepositories(deps.db, deps.table);
  const mailThrottle = new MailThrottle(repos.throttle, deps.fingerprintSecret, deps.clock);
  const loginThrottle = new LoginThrottle(repos.throttle, deps.fingerprintSecret, deps.clock);
  const sessions = new SessionService(deps, repos, loginThrottle);
  return {
    ...base,
    loaders: createLoaders(repos.users),
    accounts: new AccountService(deps, repos, mailThrottle),
    settings: new AccountSettingsService(deps, repos, mailThrottle),
    sessions,
    admin: new AdminService(deps, repos),
    social: new SocialService(deps, repos, sessions, loginThrottle),
    audit: repos.audit,
    erasure: new ErasureService(deps, repos),
  };
}
