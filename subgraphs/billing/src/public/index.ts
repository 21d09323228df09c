import { subgraphTable } from '@marketplace/shared';
import { billingProcess } from '../config.ts';
// What other packages may use of billing: the simulator's local defaults (the launcher starts it without Razorpay keys).
export { SIMULATOR_DEFAULTS } from './simulator-defaults.ts';
export { createBillingAccountEraser } from './account-eraser.ts';

// What the CDK app (infra/) deploys: the package's table (its one shape, as `ensureTable` creates it) and start-up needs.
export { billingProcess };
export const billingTable = subgraphTable(billingProcess.name);
