import { auditTrailSchema } from '@marketplace/shared';
import type { QuotasContext } from '../context.ts';
import { User, userStub } from './user.entity.ts';

/** The quotas subgraph's stream of the audit trail (tier grants); identity resolves the actors. */
export const audit = auditTrailSchema<QuotasContext>({
  stream: 'quotas',
  user: () => User,
  actor: (actorId) => userStub(actorId),
  log: (context) => context.audit,
});
