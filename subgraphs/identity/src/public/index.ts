// What other packages may use of identity: token verification, session and account status, role grants, contact details.
export {
  ACCESS_TOKEN_AUDIENCE,
  ACCESS_TOKEN_ISSUER,
  ACCESS_TOKEN_TTL_SECONDS,
  type AccessTokenClaims,
  issueAccessToken,
  verifyAccessToken,
} from './access-token.ts';
export { createSessionChecker, type SessionChecker } from './session-status.ts';
export { createUserStatusReader, type UserStatusReader, type AccountStatus } from './user-status.ts';
export { grantRole } from './role-grants.ts';
export { createUserProfileReader, type UserProfile, type UserProfileReader } from './user-profile.ts';
