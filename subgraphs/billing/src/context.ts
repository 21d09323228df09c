import { AuditLog, type BaseContext, type Clock } from '@marketplace/shared';
import { AUDIT_STREAM } from './services/billing-audit.ts';
import type { BillingServices } from './services/billing-services.ts';

/** The per-request GraphQL context of the billing subgraph. */
export interface BillingContext extends BaseContext {
  clock: Clock;
  billing: BillingServices;
  /** The billing subgraph's stream of the audit trail. */
  audit: AuditLog;
}

/** One request's context around the verified caller, over the process's services. */
export function createBillingContext(billing: BillingServices, base: BaseContext): BillingContext {
  const { deps } = billing;
  return { ...base, clock: deps.clock, billing, audit: new AuditLog(deps.db, deps.table, AUDIT_STREAM) };
}
