// What other packages may use of quotas: the usage recorder (the demo writes past days' rollups with it) and the tier vocabulary.
export { UsageRecorder } from '../usage/usage-recorder.ts';
export type { Tier } from '../engine/windows.ts';
export { createPaidGrantWriter, type PaidGrant, type PaidGrantWriter } from './paid-grants.ts';
export type { GrantRecord } from '../data/grant.repository.ts';
