import { subgraphTable } from '@marketplace/shared';
import { quotasProcess } from '../config.ts';
// What other packages may use of quotas: the usage recorder and its calls as analytics facts (the demo writes past
// days' rollups and their `call` facts with them, as the shim does).
export { type CallsOfMinute, UsageRecorder, type UsageEvent } from '../usage/usage-recorder.ts';
export { callFact } from '../usage/call-facts.ts';
export { createQuotasAccountEraser } from './account-eraser.ts';
export { createPaidGrantWriter, type PaidGrant, type PaidGrantWriter } from './paid-grants.ts';
export type { GrantRecord } from '../data/grant.repository.ts';

// What the CDK app (infra/) deploys: the package's table (its one shape, as `ensureTable` creates it) and start-up needs.
export { quotasProcess };
export { shimProcess } from '../config.ts';
export const quotasTable = subgraphTable(quotasProcess.name);
