// What other packages may use of quotas: the usage recorder (the demo writes past days' rollups with it).
export { UsageRecorder } from '../usage/usage-recorder.ts';
export { createPaidGrantWriter, type PaidGrant, type PaidGrantWriter } from './paid-grants.ts';
export type { GrantRecord } from '../data/grant.repository.ts';
