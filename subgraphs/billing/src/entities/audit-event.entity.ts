import { auditTrailSchema } from '@marketplace/shared';
import type { BillingContext } from '../context.ts';
import { User, userStub } from './user.entity.ts';

/** The billing subgraph's stream of the audit trail (subscriptions, dunning, offers, settings); identity resolves the actors. */
export const audit = auditTrailSchema<BillingContext>({
  stream: 'billing',
  user: () => User,
  actor: (actorId) => userStub(actorId),
  log: (context) => context.audit,
});
