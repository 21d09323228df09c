import { subgraphTable } from '@marketplace/shared';
import { analyticsProcess } from '../config.ts';
// What other packages may use of analytics: the event vocabulary and the producer API (append after your commit).
export * from './events.ts';
export { consumerOf, createEventWriter, eventBatchStore, openEventLog, type EventLog, type EventWriterOptions } from './event-writer.ts';
export { analyticsDir, LOG_PREFIXES } from './layout.ts';

// What the CDK app (infra/) deploys: the package's table (its one shape, as `ensureTable` creates it) and start-up needs.
export { analyticsProcess };
export const analyticsTable = subgraphTable(analyticsProcess.name);
