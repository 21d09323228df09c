import { AuditLog, type BaseContext, type Clock } from '@marketplace/shared';
import type { BillingDeps } from './deps.ts';

/** The per-request GraphQL context of the billing subgraph. */
export interface BillingContext extends BaseContext {
  clock: Clock;
  /** The billing subgraph's stream of the audit trail. */
  audit: AuditLog;
}

/** Builds one request's services around the verified caller. */
export function createBillingContext(deps: BillingDeps, base: BaseContext): BillingContext {
  return { ...base, clock: deps.clock, audit: new AuditLog(deps.db, deps.table, 'billing') };
}
