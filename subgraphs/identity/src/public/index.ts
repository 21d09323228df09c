import { subgraphTable } from '@marketplace/shared';
import { identityProcess } from '../config.ts';
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
export { createUserStatusReader, type UserStatusReader } from './user-status.ts';
export { createRoleGrants, grantRole } from './role-grants.ts';
export { createUserProfileReader, type UserProfile, type UserProfileReader } from './user-profile.ts';
// The account-erasure job, which the platform runs with every other package's part (gateway/src/platform).
export { type AccountEraser, ErasureJob, type ErasureJobDeps } from './erasure-job.ts';

// What the CDK app (infra/) deploys: the package's table (its one shape, as `ensureTable` creates it) and start-up needs.
export { identityProcess };
export const identityTable = subgraphTable(identityProcess.name);
