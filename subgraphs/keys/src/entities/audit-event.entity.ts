import { auditTrailSchema } from '@marketplace/shared';
import type { KeysContext } from '../context.ts';
import { User, userStub } from './user.entity.ts';

/** The keys subgraph's stream of the audit trail (keys created, rotated, revoked); identity resolves the actors. */
export const audit = auditTrailSchema<KeysContext>({
  stream: 'keys',
  user: () => User,
  actor: (actorId) => userStub(actorId),
  log: (context) => context.audit,
});
