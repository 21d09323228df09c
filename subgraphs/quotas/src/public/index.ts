import { subgraphTable } from '@marketplace/shared';
import { quotasProcess } from '../config.ts';
// What other packages may use of quotas: the usage recorder (the demo writes past days' rollups with it).
export { UsageRecorder } from '../usage/usage-recorder.ts';
export { createQuotasAccountEraser } from './account-eraser.ts';
export { createPaidGrantWriter, type PaidGrant, type PaidGrantWriter } from './paid-grants.ts';
export type { GrantRecord } from '../data/grant.repository.ts';

// What the CDK app (infra/) deploys: the package's table (its one shape, as `ensureTable` creates it) and start-up needs.
export { quotasProcess };
export { shimProcess } from '../config.ts';
export const quotasTable = subgraphTable(quotasProcess.name);
