import type { AuditStream } from '@marketplace/shared';

/** Billing's stream of the platform's audit trail (in the billing table). */
export const AUDIT_STREAM: AuditStream = 'billing';
