import { auditTrailSchema } from '@marketplace/shared';
import type { CatalogContext } from '../context.ts';
import { User, userStub } from './user.entity.ts';

/** The catalog's stream of the audit trail (applications, solutions, tiers); identity resolves the actors. */
export const audit = auditTrailSchema<CatalogContext>({
  stream: 'catalog',
  user: () => User,
  actor: (actorId) => userStub(actorId),
  log: (context) => context.audit,
});
