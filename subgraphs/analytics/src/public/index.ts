// What other packages may use of analytics: the event vocabulary and the producer API (append after your commit).
export * from './events.ts';
export { consumerOf, createEventWriter, openEventLog, type EventLog, type EventWriterOptions } from './event-writer.ts';
export { analyticsDir } from './layout.ts';
