export * from './analytics-harness.ts';
