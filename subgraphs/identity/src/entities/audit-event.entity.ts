import { auditTrailSchema } from '@marketplace/shared';
import type { IdentityContext } from '../context.ts';
import { toUser, User } from './user.entity.ts';

/** Identity's stream of the audit trail (account and role changes), with actors resolved here. */
export const audit = auditTrailSchema<IdentityContext>({
  stream: 'identity',
  user: () => User,
  actor: async (actorId, context) => {
    const record = await context.loaders.userById.load(actorId);
    return record ? toUser(record) : null;
  },
  log: (context) => context.audit,
});
