import { analyticsProcess, analyticsTable } from '@marketplace/analytics/public';
import { billingProcess, billingTable } from '@marketplace/billing/public';
import { catalogProcess, catalogTable } from '@marketplace/catalog/public';
import { gatewayProcess } from '@marketplace/gateway/public';
import { identityProcess, identityTable } from '@marketplace/identity/public';
import { keysProcess, keysTable } from '@marketplace/keys/public';
import { quotasProcess, quotasTable, shimProcess } from '@marketplace/quotas/public';
import type { ProcessRequirements, SubgraphTable } from '@marketplace/shared';
import type { ProgramName } from './bundle.ts';

/** Every table of the platform, as its owning package declares it. */
export const TABLES: SubgraphTable[] = [identityTable, catalogTable, keysTable, quotasTable, billingTable, analyticsTable];
export type TableName = 'identity' | 'catalog' | 'keys' | 'quotas' | 'billing' | 'analytics';

/**
 * How a program may touch a table. `own`: every item operation on its own table; `read`: gets and queries;
 * `update`: read plus UpdateItem (touching a last-used time); `write`: read plus puts, updates, deletes and
 * condition checks (another package's public writer, e.g. identity's grantRole); `backfill`: what a start-up
 * backfill does on its own table (scan it, read and fix items with gets, queries and conditional updates, put its
 * `BACKFILL#` state), nothing else.
 */
export type Access = 'own' | 'read' | 'update' | 'write' | 'backfill';

export const ACTIONS: Record<Access, string[]> = {
  read: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:DescribeTable'],
  update: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:DescribeTable', 'dynamodb:UpdateItem'],
  write: [
    'dynamodb:GetItem',
    'dynamodb:BatchGetItem',
    'dynamodb:Query',
    'dynamodb:DescribeTable',
    'dynamodb:PutItem',
    'dynamodb:UpdateItem',
    'dynamodb:DeleteItem',
    'dynamodb:ConditionCheckItem',
  ],
  backfill: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:Scan', 'dynamodb:DescribeTable', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
  own: [
    'dynamodb:GetItem',
    'dynamodb:BatchGetItem',
    'dynamodb:Query',
    'dynamodb:Scan',
    'dynamodb:DescribeTable',
    'dynamodb:PutItem',
    'dynamodb:UpdateItem',
    'dynamodb:DeleteItem',
    'dynamodb:BatchWriteItem',
    'dynamodb:ConditionCheckItem',
  ],
};

/**
 * The programs that append to the analytics event log (their event writer PUTs batches under `raw/` in the data
 * bucket, ANALYTICS_BUCKET), with their scheduled functions: the only right they get there.
 */
export const EVENT_PRODUCERS: readonly ProgramName[] = ['identity', 'catalog', 'keys', 'quotas', 'billing', 'quota-shim', 'account-erasure'];

/**
 * The subgraphs whose changes stage analytics events in a transactional outbox on their table: each has a scheduled
 * function (`index.jobsHandler`, every minute) that relays what a crash or a failed append left there, as its
 * process's `event-outbox-relay` job does. (The account erasures stage into these packages' tables: relayed by them.)
 */
export const OUTBOX_PRODUCERS = ['identity', 'catalog', 'keys', 'quotas', 'billing'] as const;

/**
 * The subgraphs with start-up backfills (`startupBackfills` in their `data/backfills.ts`): their process runs them
 * before it listens; on AWS a deployment trigger invokes their `index.backfillHandler` after each code change.
 */
export const BACKFILL_PROGRAMS = ['keys', 'billing'] as const satisfies readonly TableName[];

/**
 * Each program's process requirements and its tables: its own, and the other packages' tables it reaches through
 * their public modules (named beside each). The least-privilege test holds every role to exactly this.
 */
export const PROGRAM_ACCESS: Record<ProgramName, { process: ProcessRequirements; tables: Partial<Record<TableName, Access>> }> = {
  // Sessions and roles through identity's session checker.
  gateway: { process: gatewayProcess, tables: { identity: 'read' } },
  identity: { process: identityProcess, tables: { identity: 'own' } },
  // Partner approval grants the partner role through identity's grantRole.
  catalog: { process: catalogProcess, tables: { catalog: 'own', identity: 'write' } },
  // Solutions through the catalog reader.
  keys: { process: keysProcess, tables: { keys: 'own', catalog: 'read' } },
  // Policies, owners and status changes through the catalog reader; account states through identity's user-status
  // reader; a solution's key holders (status-change notices) through keys' holder list.
  quotas: { process: quotasProcess, tables: { quotas: 'own', catalog: 'read', identity: 'read', keys: 'read' } },
  // Catalog reader, identity's profile reader, and quotas' paid-grant writer.
  billing: { process: billingProcess, tables: { billing: 'own', catalog: 'read', identity: 'read', quotas: 'write' } },
  // Its own table (health, and nothing else yet) and who lists a solution through the catalog reader. The event
  // log is in the data bucket (LOG_ACCESS in the stack), not in a table.
  analytics: { process: analyticsProcess, tables: { analytics: 'own', catalog: 'read' } },
  // The scheduled account erasures, with identity's settings: identity's table (deletions, the job's lease), and each
  // package's part through its public eraser on that package's table (keys revoked with their audit; quotas' notices
  // deleted; billing's subscriptions, documents and profile updated or deleted with their audit, its follow-up job
  // scheduled; the catalog's applications and profile updated). Only this function writes other packages' tables so.
  'account-erasure': { process: identityProcess, tables: { identity: 'own', keys: 'write', quotas: 'write', billing: 'write', catalog: 'write' } },
  // The hot path's read modules (the contract's allowed read paths), plus the two throttled touches they make:
  // the key reader's last-used time and the catalog reader's secret-use time.
  'quota-shim': { process: shimProcess, tables: { quotas: 'own', keys: 'update', catalog: 'update', identity: 'read' } },
};

